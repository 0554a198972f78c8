"""``python -m ui.keyboard_check [--shots DIR]``: every text field of the real window, typed into with the
real on-screen keyboard up, and where each field and its action end up.

Needs a display the Qt Virtual Keyboard can show on (a real terminal, or ``xvfb-run -s "-screen 0
1280x800x24"``: the offscreen platform never shows it). Walks the first-run form, sign-in, Officers, the
primary screening's pages, the decision, the secondary pages with text questions and the dialog a trainer
names an exercise in, against a throw-away data directory; for each field it taps
(focus + ``QInputMethod.show()``, what a tap on a field does) it waits for the keyboard, then prints one
JSON line: the screen, the field, its action, their rectangles on screen, the keyboard's rectangle and
whether each is wholly visible (not clipped by a scroll area) and above the keyboard. ``--shots DIR``
saves a picture of the whole screen (keyboard included) for each screen; ``--traveller th`` walks the
screening with a Thai traveller (the pictures of the traveller's screens get ``-th``). Exit status 1 when a field or
its action is covered, clipped or the keyboard never showed.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("QT_SCALE_FACTOR", "1")

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from ui import keyboard

SIZE = (1280, 800)


def wait(app: QApplication, condition: Any, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return False


def fully_visible(widget: QWidget) -> bool:
    """Not clipped by any scroll area or parent: Qt's own visible region is the whole widget."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect() and \
        widget.visibleRegion().rectCount() >= 1 and _area(widget.visibleRegion()) == widget.width() * widget.height()


def _area(region: Any) -> int:
    return sum(rect.width() * rect.height() for rect in region)


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def text_fields(root: QWidget) -> list[QLineEdit]:
    """The fields of the screen shown that bring the keyboard up, top to bottom."""
    fields = [w for w in root.findChildren(QLineEdit) if w.isVisible() and w.isEnabled() and not w.isReadOnly()
              and w.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)]
    return sorted(fields, key=lambda w: (w.mapToGlobal(w.rect().topLeft()).y(), w.mapToGlobal(w.rect().topLeft()).x()))


def probe(app: QApplication, window: Any, screen: str, field: QLineEdit, keeper: Any = None) -> dict[str, Any]:
    """Tap ``field`` with the keyboard up: where the field and its action are, against the keyboard.
    ``keeper``: what moves the field out of the keyboard's way (the window's avoider, or a dialog's keeper)."""
    keeper = keeper or window.keyboard
    method = QGuiApplication.inputMethod()
    field.setFocus()
    method.show()
    shown = wait(app, lambda: not keyboard.keyboard_rect().isEmpty())
    wait(app, lambda: not keeper.pending, 5)
    app.processEvents()
    board = keyboard.keyboard_rect()
    action = keyboard.action_of(field)
    result: dict[str, Any] = {
        "screen": screen, "field": field.objectName(), "hints": int(field.inputMethodHints().value),
        "keyboard": _rect(board), "keyboard_shown": shown,
        "field_rect": _rect(keyboard.global_rect(field)), "field_visible": fully_visible(field),
        "action": action.objectName() if action is not None else None,
    }
    top = board.top() if shown else SIZE[1]
    result["field_above"] = keyboard.global_rect(field).bottom() < top
    if action is not None and action.objectName() == "country_results":  # the best matches must show
        first = [w for w in action.findChildren(QPushButton) if w.isVisible()][:2]
        rect = QRect()
        for widget in first:
            rect = rect.united(keyboard.global_rect(widget))
        result.update(action_rect=_rect(rect), action_visible=bool(first) and all(fully_visible(w) for w in first),
                      action_above=rect.bottom() < top)
    elif action is not None:
        rect = keyboard.global_rect(action)
        result.update(action_rect=_rect(rect), action_visible=fully_visible(action), action_above=rect.bottom() < top)
    return result


TRAVELLER_SCREENS = ("screening-",)
"""With ``--traveller``: the screens whose pictures show the traveller's language (the others are the
officer's, as in the English walk)."""


def walk(shots: Path | None = None, traveller: str = "") -> list[dict[str, Any]]:
    from kiosk.config import ensure_config
    from ui.app import create_application
    from ui.screenshots import seed, settle, tap
    from ui.services import build_services
    from ui.window import KioskWindow

    app = create_application()
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        config, _ = ensure_config(Path(tmp) / "kiosk.toml", Path(tmp) / "data")
        services = build_services(config)
        if traveller:
            from kiosk import languages

            services.languages = (*services.languages, *(c for c in languages.codes() if c not in services.languages))
        window = KioskWindow(services, "en")
        window.move(0, 0)
        window.resize(*SIZE)
        window.show()
        window.activateWindow()
        window.windowHandle().requestActivate()
        wait(app, lambda: QGuiApplication.focusWindow() is window.windowHandle(), 5)
        settle(app, window)

        def screen(name: str) -> None:
            QGuiApplication.inputMethod().hide()
            wait(app, lambda: keyboard.keyboard_rect().isEmpty(), 5)
            settle(app, window)
            for field in text_fields(window.stack.currentWidget()):
                results.append(probe(app, window, name, field))
            if shots is not None and not traveller:
                QGuiApplication.primaryScreen().grabWindow(0).save(str(shots / f"keyboard-{name}.png"))
            elif shots is not None and name.startswith(TRAVELLER_SCREENS):
                QGuiApplication.primaryScreen().grabWindow(0).save(str(shots / f"keyboard-{name}-{traveller}.png"))

        screen("first-run")
        seed(services)
        window.show_sign_in()
        settle(app, window)
        screen("sign-in")
        window._signed_in(services.auth.sign_in("A1", "9999"))
        window.show_officers()
        settle(app, window)
        window.officers.accounts.setCurrentRow(1)
        settle(app, window)
        screen("officers")
        window.sign_out()
        window._signed_in(services.auth.sign_in("H1", "1357"))
        settle(app, window)
        tap(app, window, "start_screening")
        if traveller:
            tap(app, window, f"lang_{traveller}")
        tap(app, window, "prefix_38")
        tap(app, window, "key_6")
        tap(app, window, "chip_feels_unwell")
        tap(app, window, "chip_listed_country")
        tap(app, window, "next")
        for chip in ("chip_fever", "chip_headache"):
            tap(app, window, chip)
        tap(app, window, "date_today")
        tap(app, window, "no")
        tap(app, window, "next")
        picker = next(w for w in window.findChildren(QLineEdit, "country_search") if w.isVisible())
        picker.setText("Gu")  # results on screen, as the officer types
        settle(app, window)
        screen("screening-travel")
        picker.setText("Guinea")
        settle(app, window)
        tap(app, window, "country_result_0")
        tap(app, window, "country_add")
        tap(app, window, "next")
        tap(app, window, "chip_body_fluid_contact")
        tap(app, window, "next")
        tap(app, window, "chip_air")
        settle(app, window)
        screen("screening-journey")
        tap_if_shown(app, window, "no", "field_yf_paper_certificate")
        tap(app, window, "no", within="field_officer_concern")
        tap(app, window, "next")
        screen("decision")
        secondary_pages(app, window, services, screen)
        exercise_name(app, window, services, results, None if traveller else shots)
        QGuiApplication.inputMethod().hide()
        window.shutdown()
    return results


def exercise_name(app: QApplication, window: Any, services: Any, results: list[dict[str, Any]],
                  shots: Path | None) -> None:
    """The dialog a trainer names an exercise in (home: Start an exercise): a window of its own, over the
    middle of the screen, where the keyboard comes up. ``ui.dialogs.ask_text`` opens it without blocking
    here (``exec`` would wait for a tap); the window's own call and texts are used."""
    from ui import dialogs
    from ui.keyboard import DialogKeeper
    from ui.screenshots import settle

    QGuiApplication.inputMethod().hide()
    wait(app, lambda: keyboard.keyboard_rect().isEmpty(), 5)
    window.sign_out()
    window._signed_in(services.auth.sign_in("T1", "8080"))
    settle(app, window)
    opened: list[Any] = []

    def ask_without_waiting(parent: Any, title: str, text: str) -> None:
        dialog = dialogs.text_dialog(parent, title, text)
        dialog.open()
        opened.append(dialog)

    asked, dialogs.ask_text = dialogs.ask_text, ask_without_waiting
    try:
        window._start_or_end_exercise()
    finally:
        dialogs.ask_text = asked
    dialog = opened[0]
    dialog.activateWindow()
    wait(app, lambda: dialog.isVisible() and QGuiApplication.focusWindow() is dialog.windowHandle(), 5)
    field = dialog.findChild(QLineEdit)
    results.append(probe(app, window, "exercise-name", field, dialog.findChild(DialogKeeper)))
    if shots is not None:
        QGuiApplication.primaryScreen().grabWindow(0).save(str(shots / "keyboard-exercise-name.png"))
    QGuiApplication.inputMethod().hide()
    wait(app, lambda: keyboard.keyboard_rect().isEmpty(), 5)
    dialog.reject()


def secondary_pages(app: QApplication, window: Any, services: Any, screen: Any) -> None:
    """The secondary SOP's pages with text questions, each shown as the screening shows it, with all its
    questions (the walk above goes through the primary SOP as an officer does)."""
    from kiosk.services import SECONDARY_SOP
    from ui.screenshots import settle

    sop = services.sop(SECONDARY_SOP)
    window.stack.setCurrentWidget(window.screening)
    for step in sop.steps:
        if not any(field.type == "text" for field in step.fields):
            continue
        page, boxes = window.controller._page(sop, step)
        window.screening.show_page(page)
        window.screening.sop_title.setText(sop.text("en"))
        window.screening.step_title.setText(step.text("en"))
        for field in step.fields:
            boxes[field.id].set_texts(field.text("en"), "")
            boxes[field.id].setVisible(True)
        settle(app, window)
        screen(f"secondary-{step.id}")


def tap_if_shown(app: QApplication, window: Any, name: str, within: str) -> None:
    """Tap ``name`` in the question ``within`` when that question is on screen (asked for some journeys)."""
    from ui.screenshots import tap

    if any(w.isVisible() for w in window.findChildren(QWidget, within)):
        tap(app, window, name, within=within)


def problems(results: list[dict[str, Any]]) -> list[str]:
    found = []
    for result in results:
        where = f"{result['screen']}/{result['field']}"
        if not result["keyboard_shown"]:
            found.append(f"{where}: the keyboard did not show")
        for part in ("field", "action"):
            if part == "action" and result["action"] is None:
                continue
            if not result[f"{part}_visible"]:
                found.append(f"{where}: {part} clipped")
            if not result[f"{part}_above"]:
                found.append(f"{where}: {part} under the keyboard")
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    shots = Path(args[args.index("--shots") + 1]) if "--shots" in args else None
    traveller = args[args.index("--traveller") + 1] if "--traveller" in args else ""
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    results = walk(shots, traveller)
    for result in results:
        print(json.dumps(result), flush=True)
    found = problems(results)
    for line in found:
        print("PROBLEM", line, file=sys.stderr)
    return 1 if found or not results else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # no teardown: the keyboard's QML engine outliving QApplication aborts the interpreter's exit
