"""The Officers screen: an administrator adds an officer, resets a PIN and deactivates an account; bad
input is refused with the reason and adds nothing; officers without the right never see the screen."""

from __future__ import annotations

import pytest
from kiosk_gui_helpers import Taps, settle, sign_in

from kiosk.auth import REFUSED

pytestmark = pytest.mark.gui


def open_officers(qtbot, window) -> Taps:
    sign_in(qtbot, window, "A1")
    taps = Taps(qtbot, window)
    assert window.home.officers.isVisible()
    taps.tap(window.home.officers)
    settle(qtbot, window)
    assert window.stack.currentWidget() is window.officers
    return taps


def listed(window) -> list[str]:
    accounts = window.officers.accounts
    return [accounts.item(row).text() for row in range(accounts.count())]


def select(window, officer_id: str) -> None:
    accounts = window.officers.accounts
    [row] = [r for r in range(accounts.count()) if accounts.item(r).text().startswith(f"{officer_id} ·")]
    accounts.setCurrentRow(row)


def fill_new_officer(window, officer_id: str, name: str, pin: str, pin_again: str | None = None) -> None:
    view = window.officers
    view.new_id.setText(officer_id)
    view.new_name.setText(name)
    view.new_pin.setText(pin)
    view.new_pin_again.setText(pin if pin_again is None else pin_again)


def sign_in_with(qtbot, window, officer_id: str, pin: str) -> None:
    taps = Taps(qtbot, window)
    window.signin.officer_id.setText(officer_id)
    window.signin.pin.setFocus()
    for digit in pin:
        taps.tap(window.signin.pad.keys[digit])
    taps.tap(window.signin.sign_in)
    settle(qtbot, window)


def test_an_administrator_adds_an_officer_who_can_sign_in_at_once(qtbot, window):
    taps = open_officers(qtbot, window)
    assert listed(window) == ["A1 · Ada Admin — Administrator", "H1 · Hana Health — Health officer",
                              "S1 · Sam Screener — Screener"]
    fill_new_officer(window, "S2", "Selam Tesfaye", "4321")
    taps.tap("chip_screener")
    taps.tap("add_officer")
    settle(qtbot, window)
    assert window.officers.message.text() == "S2 (Screener) added: they can sign in now."
    assert "S2 · Selam Tesfaye — Screener" in listed(window)
    assert window.officers.new_id.text() == "" and window.officers.new_pin.text() == ""  # ready for the next

    taps.tap(window.officers.back)
    taps.tap(window.home.bar.sign_out)
    settle(qtbot, window)
    sign_in_with(qtbot, window, "S2", "4321")
    assert window.stack.currentWidget() is window.home, window.signin.message.text()
    assert not window.home.officers.isVisible()  # a screener does not manage officers


def test_bad_input_is_refused_with_the_reason_and_adds_nothing(qtbot, window):
    taps = open_officers(qtbot, window)
    message = window.officers.message
    fill_new_officer(window, "S2", "Selam Tesfaye", "4321")
    taps.tap("add_officer")
    assert message.text() == "Choose the officer's role."
    taps.tap("chip_screener")
    fill_new_officer(window, "S2", "Selam Tesfaye", "4321", "4322")
    taps.tap("add_officer")
    assert message.text() == "The two PINs differ."
    fill_new_officer(window, "S2", "Selam Tesfaye", "12")
    taps.tap("add_officer")
    settle(qtbot, window)
    assert message.text() == "pin: must be 4 to 12 digits"
    fill_new_officer(window, "S1", "Someone Else", "4321")
    taps.tap("add_officer")
    settle(qtbot, window)
    assert message.text() == "officer_id: S1 already exists"
    assert window.officers.new_name.text() == "Someone Else"  # what was typed stays, to be corrected
    assert len(listed(window)) == 3 and window.officers.add.isEnabled()


def test_reset_a_forgotten_pin_then_deactivate_and_reactivate(qtbot, window, monkeypatch):
    taps = open_officers(qtbot, window)
    view = window.officers
    select(window, "A1")
    assert not view.toggle_active.isEnabled()  # nobody deactivates their own account
    select(window, "S1")
    assert view.selected_title.text() == "S1 · Sam Screener — Screener"
    view.reset_pin.setText("8642")
    view.reset_pin_again.setText("8642")
    taps.tap("apply_pin_reset")
    settle(qtbot, window)
    assert view.message.text() == "New PIN set for S1; any lock is lifted."

    questions = []
    monkeypatch.setattr("ui.dialogs.confirm", lambda parent, title, *rest: questions.append(title) or True)
    taps.tap("toggle_active")
    settle(qtbot, window)
    assert questions == ["Deactivate this officer?"]
    assert view.message.text() == "S1 can no longer sign in."
    assert "S1 · Sam Screener — Screener — deactivated" in listed(window)
    assert view.toggle_active.text() == "Reactivate"  # the selection survived the reload

    taps.tap(view.back)
    taps.tap(window.home.bar.sign_out)
    settle(qtbot, window)
    sign_in_with(qtbot, window, "S1", "8642")
    assert window.signin.message.text() == REFUSED

    open_officers(qtbot, window)
    select(window, "S1")
    taps.tap("toggle_active")
    settle(qtbot, window)
    assert questions == ["Deactivate this officer?"], "reactivating asks nothing"
    taps.tap(view.back)
    taps.tap(window.home.bar.sign_out)
    settle(qtbot, window)
    sign_in_with(qtbot, window, "S1", "8642")
    assert window.stack.currentWidget() is window.home


def test_officers_without_the_right_never_reach_the_screen(qtbot, window):
    sign_in(qtbot, window, "H1")
    assert not window.home.officers.isVisible()
    window.show_officers()
    settle(qtbot, window)
    assert window.stack.currentWidget() is window.home
    assert window.officers.accounts.count() == 0  # nothing was read for them


def test_a_locked_officer_is_shown_locked_and_the_administrator_lifts_the_lock(qtbot, window, services):
    from sqlalchemy import select as sql_select

    from kiosk.auth import MAX_FAILED_ATTEMPTS
    from kiosk.store import models as m

    for _ in range(MAX_FAILED_ATTEMPTS):
        sign_in_with(qtbot, window, "S1", "0000")
    assert window.signin.message.text() == REFUSED
    taps = open_officers(qtbot, window)
    view = window.officers
    assert any(text.startswith("S1 · Sam Screener — Screener — locked until") for text in listed(window))
    select(window, "A1")
    assert not view.unlock.isEnabled()  # not locked: nothing to lift
    select(window, "S1")
    assert view.unlock.isEnabled()
    taps.tap("unlock_officer")
    settle(qtbot, window)
    assert view.message.text() == "S1 can sign in again: the lock is lifted."
    assert "S1 · Sam Screener — Screener" in listed(window)
    with services.store.reading() as session:
        [event] = session.scalars(sql_select(m.AuditEvent).where(m.AuditEvent.action == "officer.unlocked")).all()
        assert event.actor == "A1"

    taps.tap(view.back)
    taps.tap(window.home.bar.sign_out)
    settle(qtbot, window)
    sign_in_with(qtbot, window, "s1", _pin("S1"))  # the id in another case
    assert window.stack.currentWidget() is window.home, window.signin.message.text()


def _pin(officer_id: str) -> str:
    from kiosk_gui_helpers import PINS

    return PINS[officer_id]
