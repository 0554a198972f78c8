"""Resuming a run from what the store saved (answers + path), mid-step and mid-path."""

from __future__ import annotations

import json
import logging

import pytest

from kiosk.clock import FixedClock
from kiosk.sop import Sop, SopRun, resume

UNWELL = {"temperature": 37.2, "red_flags": ["feels_unwell", "listed_country"]}
SYMPTOMS = {"symptoms": ["vomiting"], "symptom_onset": "2026-11-27", "fever_medicine": False}


def saved(run: SopRun) -> tuple[dict, list]:
    """What the store keeps: the JSON of the answers and the path."""
    return json.loads(json.dumps(run.answers)), json.loads(json.dumps(run.path))


def test_resume_mid_step_keeps_the_answers_given_so_far(primary: Sop, pinned: FixedClock) -> None:
    run = SopRun(primary, clock=pinned)
    run.answer("temperature", 37.2)
    resumed = resume(primary, *saved(run), clock=pinned)
    assert resumed.current_step.id == "quick_check"
    assert resumed.answers == {"temperature": 37.2}
    assert not resumed.can_advance()


def test_resume_mid_path_lands_on_the_step_in_progress(primary: Sop, pinned: FixedClock) -> None:
    run = SopRun(primary, clock=pinned)
    run.answer_many(UNWELL)
    run.next()
    run.answer_many(SYMPTOMS)
    run.next()
    run.answer("itinerary", [{"country": "GN", "left": "2026-11-20"}])
    resumed = resume(primary, *saved(run), clock=pinned)
    assert resumed.path == ["quick_check", "symptoms", "travel"] == run.path
    assert resumed.answers == run.answers
    assert resumed.back() and resumed.current_step.id == "symptoms"


def test_resume_stops_at_the_first_incomplete_step_of_the_stored_path(primary: Sop, pinned: FixedClock) -> None:
    answers = {**UNWELL, "symptoms": ["vomiting"]}  # symptom step lacks onset and medicine
    resumed = resume(primary, answers, ["quick_check", "symptoms", "travel"], clock=pinned)
    assert resumed.path == ["quick_check", "symptoms"]
    assert [e.field for e in resumed.step_errors()] == ["symptom_onset", "fever_medicine"]


def test_resume_without_a_path_replays_complete_steps(primary: Sop, pinned: FixedClock) -> None:
    resumed = resume(primary, {**UNWELL, **SYMPTOMS}, None, clock=pinned)
    assert resumed.path == ["quick_check", "symptoms", "travel"]


def test_resume_never_lands_on_finished(primary: Sop, pinned: FixedClock) -> None:
    resumed = resume(primary, {"temperature": 36.4, "red_flags": []}, ["quick_check"], clock=pinned)
    assert not resumed.is_finished and resumed.current_step.id == "quick_check" and resumed.can_advance()


def test_resume_stops_where_the_stored_path_no_longer_follows_the_rules(
    primary: Sop, pinned: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    # the stored path went to "symptoms", but the stored answers now lead to "travel" (e.g. an edited SOP)
    answers = {"temperature": 37.0, "red_flags": ["listed_country"]}
    with caplog.at_level(logging.WARNING, logger="kiosk.sop.run"):
        resumed = resume(primary, answers, ["quick_check", "symptoms"], clock=pinned)
    assert resumed.path == ["quick_check"]
    assert "diverges" in caplog.text


def test_resume_drops_stored_answers_that_are_no_longer_valid(
    primary: Sop, pinned: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="kiosk.sop.run"):
        resumed = resume(primary, {"temperature": 99.0, "red_flags": [], "gone_field": 1}, ["quick_check"],
                         clock=pinned)
    assert resumed.answers == {"red_flags": []}
    assert "gone_field" in caplog.text and "temperature" in caplog.text
