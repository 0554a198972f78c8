"""Slips print the protocol reasons in the slip's language, from the structured reasons an encounter keeps."""

from __future__ import annotations

from kiosk.protocols import evaluate, load_catalog, load_situation
from kiosk.records import parse_record
from kiosk.referral.slip import _reasons, primary_assessment

RECORD = parse_record({
    "arrival_date": "2026-11-29", "temperature_c": 38.4, "symptoms": ["vomiting"],
    "itinerary": [{"country": "GN", "left": "2026-11-20"}], "exposures": ["direct_care_without_ppe"],
})


def test_reasons_follow_the_slip_language() -> None:
    stored = evaluate(RECORD, load_catalog(), load_situation()).to_json(full=True)
    assessment = primary_assessment(stored)
    assert assessment.protocol == "EVD"
    french, english = _reasons(assessment, "fr"), _reasons(assessment, "en")
    assert "vomissements" in french and "38,4 °C" in french
    assert "vomiting" in english and "vomiting" not in french


def test_evaluations_without_structured_reasons_keep_their_text() -> None:
    plain = evaluate(RECORD, load_catalog(), load_situation()).to_json()
    assessment = primary_assessment(plain)
    assert assessment.reason_items == ()
    assert _reasons(assessment, "fr").startswith("38.4 °C ≥ 38.0 °C")
