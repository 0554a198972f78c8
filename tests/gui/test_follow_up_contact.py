"""The follow-up contact on the decision page: refused without the traveller's consent (nothing recorded), then
recorded with it into the follow-up record of a ``monitor`` decision; empty again for the next traveller."""

from __future__ import annotations

import json

import pytest
from kiosk_gui_helpers import Taps, sign_in
from PySide6.QtCore import Qt
from sqlalchemy import select

from kiosk.store import models as m
from ui import keyboard

pytestmark = pytest.mark.gui


def test_a_contact_needs_consent_and_goes_with_the_follow_up_record(qtbot, window, services, monkeypatch):
    monkeypatch.setattr("ui.dialogs.confirm", lambda parent, title, text, yes, no: True)
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    taps.quick_check("38.6", "feels_unwell", "listed_country")
    taps.symptoms("fever", "headache")
    taps.travelled_from("Guinea")
    taps.tap("chip_body_fluid_contact")
    taps.tap(window.screening.next)
    taps.land_crossing_to_decision()
    box = window.decision.follow_up
    assert box.isVisible() and box.phone.text() == "" and not box.consent.isChecked()
    assert box.phone.inputMethodHints() == keyboard.HINTS["phone"]  # the dial pad, not a letter keyboard
    assert box.address.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData  # nothing learnt or suggested
    taps.tap("choose_monitor")
    window.decision.reason.setText("Isolation room full, escorted to the hospital")
    box.phone.setText("+000 555 0100")
    taps.tap(window.decision.override)
    assert window.stack.currentWidget() is window.decision
    assert "consent" in window.decision.message.text()
    with services.store.reading() as session:
        assert session.scalars(select(m.Encounter.status)).all() == ["draft"]

    taps.tap(box.consent)
    taps.tap(window.decision.override)
    assert window.stack.currentWidget() is window.home
    with services.store.reading() as session:
        [record] = session.scalars(select(m.OutboxMessage.payload)
                                   .where(m.OutboxMessage.topic.endswith("/follow-up"))).all()
        stored = session.scalars(select(m.FollowUpContact)).one()
    message = json.loads(record)
    assert message["disposition"] == "monitor" and message["protocol"] == "EVD"
    assert message["contact"] == {"phone": "+000 555 0100", "address": "", "consent": True, "recorded_by": "H1"}
    assert (stored.phone, stored.consent, stored.recorded_by) == ("+000 555 0100", True, "H1")
    assert box.phone.text() == "" and not box.consent.isChecked()  # nothing left for the next traveller
