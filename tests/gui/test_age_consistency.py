"""The decision refuses a traveller whose stated age contradicts the passport's birth date ("born 1974 /
34 years" must never reach a slip): the officer is told which two fields disagree, nothing is recorded."""

from __future__ import annotations

import pytest
from kiosk_gui_helpers import Taps, find, settle, sign_in, wedge_scan
from PySide6.QtCore import Qt
from sqlalchemy import select

from kiosk.store import models as m

pytestmark = pytest.mark.gui

MRZ = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
"""Born 1974-08-12: 52 years old on the test clock's 2026-11-29."""


def to_decision_with_age(qtbot, window, digits: str) -> Taps:
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    taps.quick_check("36.6", "listed_country")
    find(window, "country_search").setText("Nigeria")
    taps.tap("country_result_0")
    taps.tap("date_-week")
    taps.tap("country_add")
    age = find(window, "field_age_years")
    for key in digits:
        qtbot.mouseClick(age.editor.pad.keys[key], Qt.MouseButton.LeftButton)
        settle(qtbot, window)
    taps.tap(window.screening.next)
    taps.tap("chip_none")
    taps.tap(window.screening.next)
    wedge_scan(qtbot, window, MRZ)
    box = window.controller.boxes["travel_document"].editor
    qtbot.waitUntil(lambda: box.state == "ok", timeout=10_000)
    settle(qtbot, window)
    taps.land_crossing_to_decision()
    return taps


def statuses(services) -> list[str]:
    with services.store.reading() as session:
        return list(session.scalars(select(m.Encounter.status)))


def test_age_contradicting_the_birth_date_is_refused_at_the_decision(qtbot, window, services):
    taps = to_decision_with_age(qtbot, window, "34")
    taps.tap(window.decision.confirm)
    message = window.decision.message
    qtbot.waitUntil(lambda: "contradict" in message.text(), timeout=10_000)
    assert message.text() == ("Not recorded: the age (34 years) and the birth date (1974-08-12, so 52 years at "
                              "arrival) contradict each other. Correct the age or the birth date.")
    assert window.stack.currentWidget() is window.decision  # the officer corrects it; nothing was recorded
    assert statuses(services) == ["draft"]


def test_an_age_that_agrees_with_the_birth_date_is_recorded(qtbot, window, services):
    taps = to_decision_with_age(qtbot, window, "52")
    with qtbot.waitSignal(window.controller.completed, timeout=10_000):
        taps.tap(window.decision.confirm)
    assert statuses(services) == ["completed"]
