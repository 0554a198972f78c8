"""Training exercises on a kiosk: who may run them, what they switch, and that real and exercise work
never mix (drafts, queue, counts, completion, alerts), across a restart too."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from kiosk.alerts.loadgen import synthetic_record
from kiosk.auth import OfficerInfo, PermissionDenied
from kiosk.errors import InputError, KioskError
from kiosk.exercises import ExerciseService
from kiosk.screening import Decision, ScreeningService
from kiosk.store import models as m

TRAINER = OfficerInfo("T1", "Tariq Trainer", "trainer")
SCREENER = OfficerInfo("S1", "Sam Screener", "screener")


@pytest.fixture
def exercises(service: ScreeningService, clock) -> ExerciseService:
    return ExerciseService(service, clock)


def complete_alerting(service: ScreeningService) -> str:
    encounter_id = service.start(officer_id=None, sop_id="t", sop_version="1")
    service.complete(encounter_id, synthetic_record(service.clock.today()), Decision(officer_id="H1"))
    return encounter_id


def test_only_trainers_and_supervisors_start_one_exercise_at_a_time(exercises: ExerciseService) -> None:
    with pytest.raises(PermissionDenied):
        exercises.start(SCREENER, "Ebola drill")
    with pytest.raises(InputError, match="name"):
        exercises.start(TRAINER, "   ")
    exercise = exercises.start(TRAINER, "  Ebola   drill, arrivals hall ")
    assert exercise.name == "Ebola drill, arrivals hall" and exercise.id.startswith("EX-")
    assert exercises.screening.context.mode == "exercise"
    assert exercises.screening.context.exercise_id == exercise.id
    with pytest.raises(KioskError, match="already running"):
        exercises.start(OfficerInfo("SV1", "Sue Supervisor", "supervisor"), "Another")
    assert exercises.end(TRAINER) == exercise
    assert exercises.screening.context.mode == "actual" and exercises.screening.context.exercise_id is None
    with pytest.raises(KioskError, match="no exercise"):
        exercises.end(TRAINER)


def test_exercise_work_and_real_work_never_mix(exercises: ExerciseService, service: ScreeningService) -> None:
    real_draft = service.start(officer_id=None, sop_id="t", sop_version="1")
    real_done = complete_alerting(service)
    exercise = exercises.start(TRAINER, "Drill")

    assert service.drafts() == [] and service.today().screened == 0  # the exercise starts from nothing
    drill_done = complete_alerting(service)
    with pytest.raises(KioskError, match="belongs to actual mode"):
        service.complete(real_draft, synthetic_record(service.clock.today()), Decision(officer_id="H1"))
    with pytest.raises(KioskError, match="belongs to actual mode"):
        service.save_progress(real_draft, {}, [])
    assert service.today().screened == 1

    exercises.end(TRAINER)
    assert [d.encounter_id for d in service.drafts()] == [real_draft]  # waiting untouched
    assert service.today().screened == 1  # the real one only
    with pytest.raises(KioskError, match=f"belongs to exercise {exercise.id}"):
        service.abandon(drill_done, None, "x")
    with service.store.reading() as session:
        modes = dict(session.execute(select(m.Encounter.id, m.Encounter.mode)).all())
        topics = dict(session.execute(select(m.OutboxMessage.encounter_id, m.OutboxMessage.topic)).all())
    assert modes[real_done] == "actual" and modes[drill_done] == "exercise"
    assert topics[real_done].endswith("/alerts/actual") and topics[drill_done].endswith("/alerts/exercise")


def test_an_open_exercise_survives_a_restart(exercises: ExerciseService, service: ScreeningService, clock) -> None:
    exercise = exercises.start(TRAINER, "Night drill")
    configured = exercises.configured
    restarted = ScreeningService(service.store, clock, service.rules, configured)  # a fresh process
    assert restarted.context.mode == "actual"
    ExerciseService(restarted, clock)
    assert (restarted.context.mode, restarted.context.exercise_id) == ("exercise", exercise.id)


def test_training_kiosks_are_always_in_their_mode(service: ScreeningService, clock) -> None:
    service.context = dataclasses.replace(service.context, mode="test")
    exercises = ExerciseService(service, clock)
    with pytest.raises(KioskError, match="configured for test mode"):
        exercises.start(TRAINER, "Drill")
    assert service.context.mode == "test"


def test_starting_and_ending_are_audited(exercises: ExerciseService) -> None:
    exercise = exercises.start(TRAINER, "Drill")
    exercises.end(OfficerInfo("SV1", "Sue Supervisor", "supervisor"))
    with exercises.store.reading() as session:
        events = session.scalars(select(m.AuditEvent).where(m.AuditEvent.entity == "exercise")).all()
        row = session.get(m.Exercise, exercise.id)
    assert [(e.action, e.actor, e.entity_id) for e in events] == [
        ("exercise.started", "T1", exercise.id), ("exercise.ended", "SV1", exercise.id)]
    assert row.ended_by == "SV1" and row.ended_at is not None


def test_an_exercise_id_fits_the_slip_qr(context) -> None:
    with pytest.raises(ValueError, match="at most 40"):
        dataclasses.replace(context, mode="exercise", exercise_id="X" * 41)


def _evd_flags(service: ScreeningService, country: str) -> list[str]:
    """The EVD findings for a febrile, vomiting traveller who left ``country`` three days ago (no exposure)."""
    record = {"arrival_date": "2026-11-29", "age_years": 34, "temperature_c": 38.6, "symptoms": ["fever", "vomiting"],
              "symptom_onset": "2026-11-28", "itinerary": [{"country": country, "left": "2026-11-26"}],
              "conveyance": {"type": "land"}}
    return [f.status for f in service.evaluate(record).flags if f.protocol == "EVD"]


def test_a_console_exercise_is_found_in_the_database_and_its_situation_is_only_for_exercise_travellers(
        store, clock, context, tmp_path) -> None:
    """The trainer console (its own services) starts the Ebola scenario, whose situation has Ebola in Uganda
    (the kiosk's real situation has it in Guinea). The kiosk reads it, applies it, and evaluates exercise
    travellers with the scenario's situation; once it has ended, real travellers get the real one again."""
    from kiosk.services import core_services, real_rules
    from kiosk.training.console import ExerciseConsole

    kiosk = core_services(store, context, clock)
    exercises = kiosk.exercises
    assert _evd_flags(kiosk.screening, "UG") == [] and _evd_flags(kiosk.screening, "GN") == ["suspected"]
    console = ExerciseConsole(core_services(store, context, clock), TRAINER)
    console.start("ebola-land-crossing")
    assert kiosk.screening.context.mode == "actual"  # nothing changes until the kiosk reads it
    state = exercises.read()
    assert state.exercise is not None and state.scenario == "ebola-land-crossing"
    assert state.situation.version == "EX-EVD-2026-11-29.1"
    exercises.apply(state)
    assert kiosk.screening.context.exercise_id == state.exercise.id
    assert _evd_flags(kiosk.screening, "UG") == ["suspected"]  # the exercise's own outbreak
    assert _evd_flags(kiosk.screening, "GN") == []  # the scenario's situation replaces the real one in the exercise
    assert real_rules(kiosk).situation.version != "EX-EVD-2026-11-29.1"  # hub updates still reach the real rules
    assert exercises.read().key == exercises.in_force.key  # read again: nothing new

    console.end(tmp_path / "reports")
    ended = exercises.read()
    assert ended.exercise is None and ended.key != exercises.in_force.key
    exercises.apply(ended)
    assert kiosk.screening.context.mode == "actual"
    assert _evd_flags(kiosk.screening, "UG") == [] and _evd_flags(kiosk.screening, "GN") == ["suspected"]


def test_an_exercise_started_at_the_kiosk_itself_has_no_scenario_situation(exercises: ExerciseService) -> None:
    real = exercises.screening.rules
    exercises.start(TRAINER, "Desk drill")
    assert exercises.screening.rules is real and exercises.read().scenario is None
