"""The on-screen keyboard never covers the focused field nor its action, on every screen.

The real Qt Virtual Keyboard does not show on the offscreen platform the other GUI tests use, so this test
runs ``python -m ui.keyboard_check`` under Xvfb (1280×800) in its own process: the real window, the real
keyboard panel, each text field tapped in turn; the check reports the rectangles Qt gives
(``QInputMethod.keyboardRectangle``, each widget's visible region on screen).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui import keyboard

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {"first-run", "sign-in", "officers", "screening-travel", "screening-journey", "decision", "exercise-name"}


@pytest.fixture(scope="module")
def walk() -> list[dict]:
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed: the on-screen keyboard cannot be shown (apt install xvfb)")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_IM_MODULE")}
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, "-m", "ui.keyboard_check"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    results = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    problems = [line for line in done.stderr.splitlines() if line.startswith("PROBLEM")]
    assert results, done.stderr[-3000:]
    assert not problems, "\n".join(problems)
    assert done.returncode == 0, done.stderr[-3000:]
    return results


def test_keyboard_never_covers_the_focused_field_or_its_action(walk):
    screens = {r["screen"] for r in walk}
    assert screens >= SCREENS and any(name.startswith("secondary-") for name in screens), screens
    for result in walk:
        where = f"{result['screen']}/{result['field']}"
        assert result["keyboard_shown"], where
        top = result["keyboard"][1]
        assert top < 800 and result["keyboard"][3] > 200, f"{where}: {result['keyboard']} is not a keyboard"
        _, y, _, height = result["field_rect"]
        assert y >= 0 and y + height <= top, f"{where}: field {result['field_rect']} vs keyboard top {top}"
        assert result["field_visible"], f"{where}: the field is clipped"
        assert result["action"], f"{where}: no action named for the field"
        _, action_y, _, action_height = result["action_rect"]
        assert action_y >= 0 and action_y + action_height <= top and result["action_visible"], f"{where}: action {result['action_rect']}"


def test_every_field_kind_is_walked(walk):
    fields = {r["field"] for r in walk}
    assert {"officer_id", "admin_id", "admin_pin", "new_officer_id", "new_officer_pin", "reset_pin",
            "country_search", "text_flight_number", "text_phone", "override_reason", "text_surname",
            "text_companions", "text_dialog_field"} <= fields
    actions = {r["field"]: r["action"] for r in walk}
    assert actions["officer_id"] == "key_ok" and actions["country_search"] == "country_results"
    assert actions["text_dialog_field"] == "text_dialog_ok"  # the exercise-name dialog, a window of its own
    assert actions["override_reason"] == "confirm_override" and actions["text_phone"] == "next"


def test_pin_phone_and_id_fields_get_their_keyboards(walk):
    hints = {r["field"]: Qt.InputMethodHint(r["hints"]) for r in walk}
    for pin in ("admin_pin", "admin_pin_again", "new_officer_pin", "reset_pin"):
        assert hints[pin] & Qt.InputMethodHint.ImhDigitsOnly, pin
    assert hints["text_phone"] & Qt.InputMethodHint.ImhDialableCharactersOnly
    for officer_id in ("officer_id", "admin_id", "new_officer_id"):
        assert hints[officer_id] & Qt.InputMethodHint.ImhNoAutoUppercase, officer_id
        assert hints[officer_id] & Qt.InputMethodHint.ImhNoPredictiveText, officer_id


def test_the_sign_in_pin_is_typed_on_its_pad_not_the_keyboard(qapp):
    from ui.views.signin import SignInView

    view = SignInView()
    assert not view.pin.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert view.officer_id.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert keyboard.action_of(view.officer_id) is view.pad.keys["ok"]


def test_sop_text_fields_take_their_keyboard_from_what_they_fill(qapp):
    phone, flight, address = QLineEdit(), QLineEdit(), QLineEdit()
    keyboard.hint_for_binding(phone, "traveller.phone")
    keyboard.hint_for_binding(flight, "conveyance.flight_number")
    keyboard.hint_for_binding(address, "traveller.address")
    assert phone.inputMethodHints() & Qt.InputMethodHint.ImhDialableCharactersOnly
    assert flight.inputMethodHints() & Qt.InputMethodHint.ImhPreferUppercase
    assert address.inputMethodHints() == Qt.InputMethodHint.ImhNone


def test_a_text_dialog_moves_above_the_keyboard_and_back(qapp, qtbot):
    """The dialog a trainer names an exercise in is a window of its own: while the keyboard covers its
    field or OK button it moves up just enough, and goes back when the keyboard hides."""
    from PySide6.QtCore import QRect

    from ui import dialogs
    from ui.keyboard import DialogKeeper, global_rect

    dialog = dialogs.text_dialog(None, "Start an exercise", "Name of the exercise:")
    qtbot.addWidget(dialog)
    dialog.move(380, 360)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.findChild(QLineEdit)
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus())
    keeper = dialog.findChild(DialogKeeper)
    ok = keyboard.action_of(field)
    assert ok is not None and ok.objectName() == "text_dialog_ok"
    board = QRect(0, 400, 1280, 400)
    assert global_rect(ok).bottom() >= board.top()  # covered where it opened
    home = dialog.pos()
    keeper.apply(board)
    qtbot.waitUntil(lambda: global_rect(ok).bottom() + keyboard.MARGIN <= board.top())
    assert global_rect(field).bottom() < board.top() and dialog.y() < home.y() and dialog.x() == home.x()
    keeper.apply(QRect())
    qtbot.waitUntil(lambda: dialog.pos() == home)
    dialog.reject()
