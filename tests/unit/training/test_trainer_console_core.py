"""The trainer console's logic on a real SQLite kiosk database: start, release, pause, notes, progress, end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.auth import OfficerInfo
from kiosk.clock import FixedClock
from kiosk.errors import KioskError
from kiosk.screening import KioskContext
from kiosk.services import core_services
from kiosk.store import Store
from kiosk.store import models as m
from kiosk.training.console import ExerciseConsole, screen_inject

TRAINER = OfficerInfo("T1", "Tariq Trainer", "trainer")
OFFICER = OfficerInfo("S1", "Sam Screener", "screener")


def test_released_injects_are_matched_to_decisions_in_order_and_scored(
        store: Store, clock: FixedClock, context: KioskContext, tmp_path: Path) -> None:
    console = ExerciseConsole(core_services(store, context, clock), TRAINER)
    state = console.start("yellow-fever-airport")
    kiosk = core_services(store, context, clock)  # the kiosk's own services: in exercise mode from the database
    assert kiosk.screening.context.mode == "exercise"
    first = console.release()
    clock.advance(seconds=30)
    second = console.release("yf-missing")
    assert (first.inject_id, second.inject_id) == ("yf-valid", "yf-missing")
    with pytest.raises(KioskError, match="already been released"):
        console.release("yf-missing")
    console.pause()
    with pytest.raises(KioskError, match="paused"):
        console.release()
    console.resume()
    clock.advance(seconds=60)
    screen_inject(kiosk, state.scenario.inject("yf-valid"), OFFICER)
    clock.advance(seconds=30)
    screen_inject(kiosk, state.scenario.inject("yf-missing"), OFFICER, "clear", "certificate seen on the phone")
    console.note("improve: the officer did not ask for the certificate", "improve")
    rows = {row.inject.id: row for row in console.progress()}
    assert rows["yf-valid"].correct is True and rows["yf-valid"].time_to_decision_s == 90
    assert rows["yf-missing"].correct is False and rows["yf-missing"].decision.disposition == "clear"
    assert rows["yf-infant"].status == "waiting"
    ended = console.end(tmp_path / "reports")
    assert console.state() is None and kiosk.exercises.active() is None
    injects = {i["id"]: i for i in ended.score["injects"]}
    assert injects["yf-valid"]["passed"] is True
    assert "inject 3 (yf-missing): disposition clear, expected vaccinate" in injects["yf-missing"]["reasons"]
    report = json.loads(ended.report["json"].read_text(encoding="utf-8"))
    assert any("yf-missing" in area for area in report["areas_for_improvement"])
    assert ended.report["pdf"].read_bytes().startswith(b"%PDF")
    with store.reading() as session:
        actions = [a.action for a in session.query(m.AuditEvent).order_by(m.AuditEvent.id)]
    assert actions.count("exercise.inject_released") == 2
    assert {"exercise.started", "exercise.paused", "exercise.resumed", "exercise.ended"} <= set(actions)


def test_an_exercise_started_at_the_kiosk_plays_the_scenario_chosen_at_the_console(
        store: Store, clock: FixedClock, context: KioskContext) -> None:
    kiosk = core_services(store, context, clock)
    started = kiosk.exercises.start(TRAINER, "Drill at the desk")  # the kiosk window is in exercise mode now
    console = ExerciseConsole(core_services(store, context, clock), TRAINER)
    assert console.state() is None
    state = console.start("cholera-bus")
    assert state.exercise.id == started.id and state.scenario.id == "cholera-bus"
    with pytest.raises(KioskError, match="already running"):
        console.start("cholera-bus")


def _officers(services) -> None:
    """Sam Screener and Hana Health on the kiosk (the roster is chosen among its officers)."""
    admin = services.auth.create_first_admin("A1", "Ada Admin", "9999")
    services.auth.create_officer(admin, "S1", "Sam Screener", "screener", "2468")
    services.auth.create_officer(admin, "H1", "Hana Health", "health_officer", "1357")


def test_the_roster_is_chosen_at_the_start_stored_and_scored(store: Store, clock: FixedClock, context: KioskContext,
                                                             tmp_path: Path) -> None:
    from kiosk.errors import InputError

    console = ExerciseConsole(core_services(store, context, clock), TRAINER)
    _officers(console.services)
    assert {o.id for o in console.officers()} >= {"S1", "H1"}
    with pytest.raises(InputError, match="officers: X9 is not an active officer of this kiosk"):
        console.start("cholera-bus", ["S1", "X9"])
    assert console.state() is None
    state = console.start("cholera-bus", ["S1", "H1"])
    assert state.officers == ("S1", "H1")
    reopened = ExerciseConsole(core_services(store, context, clock), TRAINER)  # a console opened again
    assert reopened.state().officers == ("S1", "H1")
    ended = console.end(tmp_path)
    assert ended.score["roster"] == ["S1", "H1"] and set(ended.score["officers"]) == {"S1", "H1"}
    assert ended.score["officers"]["H1"]["injects"] == 0  # on the roster, screened nobody: still in the score


def test_pause_stops_the_clocks_of_the_console_and_the_score(store: Store, clock: FixedClock, context: KioskContext,
                                                             tmp_path: Path) -> None:
    """Released at 0, paused from 30 s to 630 s, decided at 660 s of wall time: 60 s of exercise time."""
    from kiosk.session import ScreeningSession

    console = ExerciseConsole(core_services(store, context, clock), TRAINER)
    console.start("yellow-fever-airport")
    kiosk = core_services(store, context, clock)
    _officers(kiosk)
    console.release()
    clock.advance(seconds=30)
    session = ScreeningSession.open_primary(kiosk.screening, kiosk.sop("primary"), OFFICER, "en")
    session.save()  # the officer is on the first page
    row = console.progress()[0]
    assert row.since_release_s == 30 and row.step == "primary · quick_check"
    console.pause()
    clock.advance(seconds=600)
    assert console.progress()[0].since_release_s == 30  # stopped while paused
    console.resume()
    clock.advance(seconds=30)
    kiosk.screening.abandon(session.encounter_id, None, "the officer started again")
    screen_inject(kiosk, console.state().scenario.inject("yf-valid"), OFFICER)
    row = console.progress()[0]
    assert row.status == "decided" and row.step == "decided"
    assert row.time_to_decision_s == 60 and row.since_release_s == 60
    ended = console.end(tmp_path)
    inject = next(i for i in ended.score["injects"] if i["id"] == "yf-valid")
    assert inject["time_to_decision_s"] == 60
    assert any("exercise paused until +00:30" in a["text"] for a in ended.score["timeline"])
