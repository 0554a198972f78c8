"""Helpers for the GUI tests: settle the background worker, count taps, find widgets, sign in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.auth import AuthService
from kiosk.exercises import ExerciseService
from kiosk.repeats import RepeatCheck
from kiosk.screening import Rules, ScreeningService
from kiosk.services import Services
from kiosk.store import Store

# T1 and V1 are made by the tests that need a trainer or a supervisor
PINS = {"S1": "2468", "H1": "1357", "A1": "9999", "T1": "8080", "V1": "4242"}


def make_services(db_file: Path, clock: Any, rules: Rules, context: Any) -> Services:
    """Services over the SQLite file ``db_file`` (a test's own copy of the officers database)."""
    store = Store(f"sqlite:///{db_file}")
    screening = ScreeningService(store, clock, Rules(rules.catalog, rules.situation), context)
    screening.ensure_site()
    return Services(store=store, clock=clock, context=context, screening=screening,
                    auth=AuthService(store, clock, context), idle_minutes=5, data_dir=Path(db_file).parent,
                    exercises=ExerciseService(screening, clock), repeats=RepeatCheck.for_folder(Path(db_file).parent))


def settle(qtbot, window) -> None:
    """Wait until every background operation has been delivered to the GUI thread."""
    qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=5000)


class Taps:
    """Counts the officer's taps: every tap goes through :meth:`tap`."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window
        self.count = 0

    def tap(self, widget: QAbstractButton | str) -> None:
        if isinstance(widget, str):
            widget = find(self.window, widget)
        scroll = self.window.screening.scroll
        if scroll.widget().isAncestorOf(widget):  # a swipe, not a tap: the officer scrolls to the field
            scroll.ensureWidgetVisible(widget)
        assert widget.isVisible(), f"{widget.objectName()} is not visible"
        assert widget.isEnabled(), f"{widget.objectName()} is disabled"
        self.count += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        settle(self.qtbot, self.window)

    def quick_check(self, temperature: str, *chips: str) -> None:
        """From the home screen: start a screening, type ``temperature`` ("38.6": whole-degree key 38.,
        then 6), tick the quick-check ``chips`` (``feels_unwell``, ``listed_country``…) and go on."""
        whole, tenth = temperature.split(".")
        self.tap(self.window.home.start)
        self.tap(f"prefix_{whole}")
        self.tap(f"key_{tenth}")
        for chip in chips:
            self.tap(f"chip_{chip}")
        self.tap(self.window.screening.next)

    def symptoms(self, *chips: str, onset: str = "date_-week") -> None:
        """The symptoms page: tick ``chips`` (``fever``, ``headache``…), onset today then one ``onset`` step
        back (``date_-day``, ``date_-week``), "no" to the last question, and go on."""
        for chip in chips:
            self.tap(f"chip_{chip}")
        self.tap("date_today")
        self.tap(onset)
        self.tap("no")
        self.tap(self.window.screening.next)

    def travelled_from(self, search: str) -> None:
        """The travel page: the best match for ``search`` (tapped: nothing is chosen for the officer), left
        a week ago; and go on."""
        find(self.window, "country_search").setText(search)
        self.tap("country_result_0")
        self.tap("date_-week")
        self.tap("country_add")
        self.tap(self.window.screening.next)

    def land_crossing_to_decision(self, paper_yellow_fever: tuple[str, ...] = ()) -> None:
        """The journey page of a land crossing with nothing to scan (:meth:`land_crossing`): on to the decision."""
        self.land_crossing(paper_yellow_fever)
        self.tap(self.window.screening.next)
        assert self.window.stack.currentWidget() is self.window.decision

    def land_crossing(self, paper_yellow_fever: tuple[str, ...] = ()) -> None:
        """Answer the journey page of a land crossing with nothing to scan. When the paper yellow-fever
        certificate question shows (the traveller was in a listed country), it is answered "no", or
        "yes" with the vaccination date set by the ``paper_yellow_fever`` date-pad keys (``date_key_2``…,
        ``date_days_ago``, ``date_today``)."""
        self.tap("chip_land")
        question = visible(self.window, "field_yf_paper_certificate")
        if question is not None:
            self.tap(find(question, "yes" if paper_yellow_fever else "no"))
            for name in paper_yellow_fever:
                self.tap(find(find(self.window, "field_yf_paper_date"), name))
        assert not paper_yellow_fever or question is not None, "no paper yellow-fever question on this page"
        self.tap(find(find(self.window, "field_officer_concern"), "no"))


def visible(root: QWidget, name: str) -> QWidget | None:
    """The visible widget called ``name`` under ``root``, or None."""
    return next((w for w in root.findChildren(QWidget, name) if w.isVisible()), None)


def find(root: QWidget, name: str) -> QWidget:
    """The visible widget called ``name`` under ``root`` (screens are rebuilt, so search each time)."""
    matches = [w for w in root.findChildren(QWidget, name) if w.isVisible()]
    assert matches, f"no visible widget named {name}"
    return matches[0]


def sign_in(qtbot, window, officer_id: str) -> None:
    taps = Taps(qtbot, window)
    view = window.signin
    view.officer_id.setText(officer_id)
    view.pin.setFocus()
    for digit in PINS[officer_id]:
        taps.tap(view.pad.keys[digit])
    taps.tap(view.sign_in)
    assert window.stack.currentWidget() is window.home, view.message.text()


# ------------------------------------------------------------------------------- walking every screen
# One walk over the window's screens for every check that must hold on all of them (touch-target sizes,
# accessible names): each generator shows a screen and yields it, the caller checks it before the next.


def shown(qtbot, window, screen: QWidget) -> QWidget:
    window.stack.setCurrentWidget(screen)
    QApplication.processEvents()
    settle(qtbot, window)
    return screen


def officer_screens(qtbot, window) -> Iterator[tuple[str, QWidget]]:
    """Sign-in, first run, then (signed in as the administrator) home, history, officers and the error
    screen, each shown in turn as ``(name, screen)``."""
    yield "sign-in", shown(qtbot, window, window.signin)
    window.signin.show_first_run(True)
    yield "first-run", shown(qtbot, window, window.signin)
    window.signin.show_first_run(False)
    sign_in(qtbot, window, "A1")
    yield "home", shown(qtbot, window, window.home)
    window.show_history()
    settle(qtbot, window)
    yield "history", window.history
    window.show_officers()
    settle(qtbot, window)
    window.officers.accounts.setCurrentRow(1)
    yield "officers", window.officers
    yield "error", shown(qtbot, window, window.error)


def screening_pages(qtbot, window, services, clock) -> Iterator[tuple[str, QWidget]]:
    """Every page of both SOPs with all their questions (whatever the answers) and the widgets that only
    appear later (a country added, a scan read), then the decision screen, as ``(name, screen)``; a
    health officer is signed in and the traveller's quick check flags a fever from a listed country."""
    from ui.services import PRIMARY_SOP, SECONDARY_SOP

    sign_in(qtbot, window, "H1")
    Taps(qtbot, window).quick_check("38.6", "feels_unwell", "listed_country")
    controller = window.controller
    for sop in (services.sop(PRIMARY_SOP), services.sop(SECONDARY_SOP)):
        for step in sop.steps:
            page, boxes = controller._page(sop, step)  # built as the screening shows it
            show_whole_page(window, page, boxes, clock)
            yield f"{sop.id}/{step.id}", window.screening
    yield "decision", shown(qtbot, window, window.decision)


def show_whole_page(window, page, boxes, clock) -> None:
    """Show ``page`` with every question and every widget that appears later."""
    window.screening.show_page(page)
    for box in boxes.values():
        box.setVisible(True)  # every question, whatever the answers so far
        for widget in box.findChildren(QWidget, "scan_clear"):
            widget.setVisible(True)  # shown once a document is read
        if type(box.editor).__name__ == "CountryPicker":
            box.editor.set_value([{"country": "GN", "left": clock.today().isoformat()}])  # its Remove button
            box.editor.search.setText("Gui")  # its results
    QApplication.processEvents()


# ---------------------------------------------------------------------------------------------- scanning


def camera_frame(symbol: Any, size: tuple[int, int] = (641, 481)) -> Any:
    """A grey, slightly blurred RGB32 'camera' frame (QImage) with ``symbol`` (a PIL image) off-centre;
    the odd width gives padded rows, as real camera frames have."""
    from PIL import Image, ImageFilter
    from PySide6.QtGui import QImage

    frame = Image.new("RGB", size, (150, 150, 140))
    frame.paste(symbol.convert("RGB"), (40, 30))
    frame = frame.filter(ImageFilter.GaussianBlur(0.6))
    image = QImage(frame.tobytes("raw", "BGRX"), size[0], size[1], size[0] * 4, QImage.Format.Format_RGB32)
    return image.copy()  # own the pixels


def hold_to_camera(qtbot: Any, frame_decoder: Any, image: Any) -> None:
    """Offer ``image`` until the frame decoder takes it, as a live camera keeps sending frames: a single
    frame is dropped while the worker is still busy with the previous one, or when it comes too soon."""
    qtbot.waitUntil(lambda: frame_decoder.submit(image), timeout=10_000)


def qr_symbol(text: str) -> Any:
    import qrcode

    return qrcode.make(text, box_size=3, border=4).get_image()


def pdf417_symbol(text: str) -> Any:
    """A PDF417 symbol made with zxing-cpp's writer (what paper boarding passes carry)."""
    import zxingcpp
    from PIL import Image

    bitmap = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.PDF417).to_image(scale=2)
    height, width = bitmap.shape[:2]
    return Image.frombytes("L", (width, height), bytes(memoryview(bitmap)))


def wedge_scan(qtbot, window, lines: list[str]) -> None:
    """Type ``lines`` as a keyboard-wedge scanner does (fast keystrokes, Enter after each line) into
    whatever has the focus on the screening screen."""
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget()
    assert target is not None and (target is window.screening or window.screening.isAncestorOf(target)), \
        f"the focus is not on the screening screen: {target}"
    for line in lines:
        type_line(target, line)


def type_line(widget: QWidget, line: str) -> None:
    """Type ``line`` and Enter as a keyboard (or a wedge scanner acting as one) does: through the window's
    QWindow, which hands each key to the focused widget (``qtbot.keyClicks`` would skip the window)."""
    from PySide6.QtTest import QTest

    handle = widget.window().windowHandle()
    assert handle is not None, "the widget's window has not been shown"
    for char in line:
        QTest.keyClick(handle, char)
    QTest.keyClick(handle, Qt.Key.Key_Return)


def missing_glyphs(root: QWidget) -> list[str]:
    """Texts shown in ``root`` (labels, buttons, fields) that Qt would draw with a missing-glyph box: laid
    out as Qt lays them out (font fallback, HarfBuzz shaping), a glyph run holding glyph 0 (.notdef)."""
    from PySide6.QtGui import QTextLayout
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLineEdit):
            text = widget.text() or widget.placeholderText()
        else:
            continue
        for part in text.split("\n"):
            if part.strip() and _notdef(part, widget.font(), QTextLayout):
                found.append(f"{widget.objectName() or type(widget).__name__}: {part!r}")
    return found


def _notdef(text: str, font: Any, layout_type: Any) -> bool:
    layout = layout_type(text, font)
    layout.beginLayout()
    line = layout.createLine()
    while line.isValid():
        line.setLineWidth(100_000)
        line = layout.createLine()
    layout.endLayout()
    return any(0 in run.glyphIndexes() for run in layout.glyphRuns())
