"""A paper yellow-fever certificate (ICVP) in primary screening, through the real window: the officer
reads it, answers "shown" and taps its date; the YF protocol decides (valid from day 10, for life) and
the record keeps it as paper evidence, apart from a verified digital certificate."""

from __future__ import annotations

import pytest
from kiosk_gui_helpers import Taps, find, settle, sign_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from kiosk.store import models as m

pytestmark = pytest.mark.gui


def from_nigeria_to_the_last_page(qtbot, window, vaccination_date: tuple[str, ...]) -> Taps:
    """A 30-year-old without symptoms who left Nigeria (yellow-fever certificate required) a week ago,
    showing a paper ICVP whose date the ``vaccination_date`` buttons set (none: no certificate shown)."""
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    taps.quick_check("36.6", "listed_country")
    find(window, "country_search").setText("Nigeria")
    taps.tap("country_result_0")
    taps.tap("date_-week")
    taps.tap("country_add")
    age = find(window, "field_age_years")
    for key in ("3", "0"):
        qtbot.mouseClick(age.editor.pad.keys[key], Qt.MouseButton.LeftButton)
        settle(qtbot, window)
    taps.tap(window.screening.next)
    taps.tap("chip_none")
    taps.tap(window.screening.next)
    taps.land_crossing(paper_yellow_fever=vaccination_date)
    return taps


def from_nigeria_to_decision(qtbot, window, vaccination_date: tuple[str, ...]) -> Taps:
    taps = from_nigeria_to_the_last_page(qtbot, window, vaccination_date)
    taps.tap(window.screening.next)
    assert window.stack.currentWidget() is window.decision
    return taps


def encounter(services) -> m.Encounter:
    with services.store.reading() as session:
        return session.scalars(select(m.Encounter)).one()


def decision_texts(window) -> str:
    return " | ".join(label.text() for label in window.decision.flags_area.findChildren(QLabel))


def test_a_paper_icvp_from_years_ago_is_valid_and_clears_the_traveller(qtbot, window, services):
    taps = from_nigeria_to_the_last_page(qtbot, window, tuple(f"date_key_{k}" for k in "291123"))
    assert window.screening.next.text() == "Clear traveller ✓"  # valid: nothing flagged, cleared from the page
    assert window.screening.flags.flag_count == 0
    taps.tap(window.screening.next)
    assert window.stack.currentWidget() is window.home
    row = encounter(services)
    paper = {"vaccine": "yellow_fever", "date": "2023-11-29", "evidence": "paper"}
    assert (row.status, row.disposition) == ("completed", "clear")
    assert row.record["vaccinations"] == [paper]
    [certificate] = row.evaluation["certificates"]
    assert certificate["protocol"] == "YF" and certificate["valid"] is True and certificate["used"] == paper
    assert certificate["reasons"] == ["yellow-fever vaccination on 2023-11-29: paper certificate read by the officer",
                                      "yellow-fever vaccination on 2023-11-29: valid from 2023-12-09 (+10 days), for life"]


def test_a_paper_icvp_from_three_days_ago_is_not_yet_valid_and_the_officer_sees_why(qtbot, window, services):
    taps = from_nigeria_to_decision(qtbot, window, ("date_key_3", "date_days_ago"))
    assert window.decision.banner.text.text() == "Recommended: Vaccinate"
    shown = decision_texts(window)
    assert "paper certificate read by the officer" in shown, shown
    assert "valid only from 2026-12-06" in shown, shown
    taps.tap(window.decision.confirm)
    row = encounter(services)
    assert (row.status, row.disposition) == ("completed", "vaccinate")
    assert row.record["vaccinations"] == [{"vaccine": "yellow_fever", "date": "2026-11-26", "evidence": "paper"}]
    [certificate] = row.evaluation["certificates"]
    assert certificate["valid"] is False and certificate["used"] is None
    assert row.evaluation["flags"][0]["status"] == "no_valid_certificate"


def test_no_paper_certificate_shown_asks_no_date_and_the_outcome_is_vaccinate(qtbot, window, services):
    taps = from_nigeria_to_decision(qtbot, window, ())
    assert window.decision.banner.text.text() == "Recommended: Vaccinate"
    taps.tap(window.decision.confirm)
    row = encounter(services)
    assert "vaccinations" not in row.record
    assert row.evaluation["certificates"][0]["reasons"] == ["no yellow-fever vaccination recorded"]
