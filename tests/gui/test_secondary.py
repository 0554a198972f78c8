"""Secondary screening: a screener sends a febrile traveller on; a health officer takes them from the
queue, runs the secondary SOP on top of the primary record and completes with a disposition."""

from __future__ import annotations

import pytest
from kiosk_gui_helpers import Taps, find, settle, sign_in
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from kiosk.store import models as m

pytestmark = pytest.mark.gui


def tap_in(taps: Taps, window, field_id: str, name: str) -> None:
    """Tap the widget ``name`` inside question ``field_id`` (pages have many yes/no pairs)."""
    taps.tap(find(find(window, f"field_{field_id}"), name))


def screener_sends_febrile_traveller(qtbot, window) -> None:
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    taps.quick_check("38.7", "feels_unwell", "listed_country")
    taps.symptoms("fever", "headache", onset="date_-day")
    taps.travelled_from("Guinea")
    taps.tap("chip_none")
    taps.tap(window.screening.next)
    taps.land_crossing_to_decision()
    taps.tap(window.decision.to_secondary)
    assert window.home.queue.count() == 1
    taps.tap(window.home.bar.sign_out)


def test_health_officer_completes_secondary_on_top_of_primary(qtbot, window, services, clock):
    screener_sends_febrile_traveller(qtbot, window)
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    assert window.home.take.isVisible() and window.home.queue.count() == 1
    taps.tap(window.home.take)
    screen = window.screening
    assert screen.sop_title.text() == "Secondary screening"
    # what the screener recorded is on screen
    summary = screen.base_summary.text()
    assert screen.base_summary.isVisible()
    assert "38.7 °C" in summary and "fever" in summary and "Guinea" in summary

    assert screen.step_title.text() == "Clinical temperature"
    taps.tap("prefix_38")
    taps.tap("key_9")
    taps.tap("chip_oral")
    tap_in(taps, window, "fever_medicine", "no")
    taps.tap("chip_unwell")
    taps.tap(screen.next)

    assert screen.step_title.text() == "Symptoms"
    tap_in(taps, window, "fever_reported", "yes")
    taps.tap("chip_headache")
    taps.tap("chip_muscle_pain")
    taps.tap("date_today")
    taps.tap("date_-day")
    taps.tap(screen.next)

    # the itinerary starts from the primary answers
    assert window.controller.current.run.raw_answers["itinerary"][0]["country"] == "GN"
    stays = [w.text() for w in find(window, "field_itinerary").findChildren(QLabel) if w.isVisible()]
    assert any(text.startswith("Guinea — ") for text in stays), stays
    tap_in(taps, window, "long_stay", "no")
    taps.tap(screen.next)

    assert "exposure" in screen.step_title.text().lower()
    tap_in(taps, window, "exp_body_fluids", "yes")
    for field_id in ("exp_care_no_ppe", "exp_household", "exp_funeral", "exp_lab", "exp_health_work",
                     "exp_close_contact", "exp_same_vehicle", "exp_measles", "exp_mpox", "exp_animals"):
        tap_in(taps, window, field_id, "no")
    if find(window, "field_last_exposure").isVisible():
        tap_in(taps, window, "last_exposure", "date_today")
        tap_in(taps, window, "last_exposure", "date_-week")
    taps.tap(screen.next)

    assert screen.message.text() == "", screen.message.text()
    tap_in(taps, window, "yf_certificate", "chip_none")
    tap_in(taps, window, "polio_certificate", "chip_none")
    taps.tap(screen.next)

    # identity and journey: conveyance from the primary record, the rest typed
    assert find(window, "field_conveyance_type").editor.value() == "land"
    for name, text in (("text_surname", "DIALLO"), ("text_given_names", "AMINATA"), ("text_phone", "+224 620 00 00 00"),
                       ("text_address", "Hotel du Lac, room 12")):
        widget = find(window, name)
        widget.setText(text)
        widget.editingFinished.emit()
    settle(qtbot, window)
    taps.tap(screen.next)

    assert window.stack.currentWidget() is window.decision
    assert window.decision.banner.text.text() == "Recommended: Isolate"
    assert window.decision.confirm.text() == "Confirm: Isolate"
    taps.tap(window.decision.confirm)
    assert window.stack.currentWidget() is window.home
    assert window.home.queue.count() == 0

    with services.store.reading() as session:
        rows = {row.stage: row for row in session.scalars(select(m.Encounter))}
    primary, secondary = rows["primary"], rows["secondary"]
    assert secondary.parent_id == primary.id
    assert (secondary.status, secondary.disposition, secondary.decided_by) == ("completed", "isolate", "H1")
    record = secondary.record
    assert record["temperature_c"] == 38.9  # the clinical reading replaces the screening one
    assert set(record["symptoms"]) >= {"fever", "headache", "muscle_pain"}  # primary's and secondary's
    assert record["itinerary"] == primary.record["itinerary"]
    assert "body_fluid_contact" in record["exposures"]
    assert record["traveller"]["surname"] == "DIALLO"
    assert secondary.evaluation["flags"][0]["protocol"] == "EVD"
