"""The trainer console's logic (no Qt): run a scenario live on a kiosk's database (``poe-kiosk exercise console``).

The trainer chooses a scenario and starts it: the kiosk goes into exercise mode
(:class:`kiosk.exercises.ExerciseService`, audited) and an ``exercise_runs`` row remembers the scenario.
The trainer releases injects one by one (the next or a chosen one): each release is an
``exercise_releases`` row — the traveller the officers must now screen — and an audit event. Pause and
resume are audited too; while paused nothing is released. Observer notes are ``exercise_notes`` rows.

Progress matches the exercise's completed encounters to the released injects **in order**: the first
encounter decided in the exercise answers the first inject released, and so on (the kiosk does not say
which synthetic traveller it screened); the travellers still being screened are matched the same way, so
the console shows the SOP step each released inject is at. Ending the exercise scores it
(:mod:`kiosk.training.scoring`) and writes the after-action report (:mod:`kiosk.training.report`), kept
with the run (the kiosk's exercise history, :func:`exercise_history`). Everything lives in the database,
so a console closed and opened again shows the same exercise.

The trainer chooses the officers taking part (the roster) at the start; it is stored with the run, shown,
and every officer of it has a line in the score. **Exercise time** stops while the exercise is paused:
times since release, to decision and to alert, and the timeline, leave the paused intervals out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kiosk.auth import OfficerInfo, require
from kiosk.errors import InputError, KioskError
from kiosk.exercises import ExerciseInfo
from kiosk.screening import KioskContext, SiteInfo, record_audit
from kiosk.services import Services
from kiosk.store import Store
from kiosk.store import models as m
from kiosk.training.play import Action, Outcome, Played
from kiosk.training.report import MAX_NOTE_CHARS, write_report
from kiosk.training.scenario import Inject, Scenario, load_scenario
from kiosk.training.scoring import score

NOTE_KINDS = ("observation", "strength", "improve")
NOT_RELEASED = "not released by the trainer"
DEFAULT_KIOSK = ("XL-EX-01", "Exercise site", "ground_crossing", "XL", "XL-EX-01-K1")


@dataclass(frozen=True)
class Release:
    inject_id: str
    number: int
    released_by: str
    released_at: dt.datetime


@dataclass(frozen=True)
class Note:
    author: str
    kind: str
    text: str
    at: dt.datetime


@dataclass(frozen=True)
class Decision:
    """A completed exercise encounter (the last stage of one traveller)."""

    encounter_id: str
    officer_id: str | None
    disposition: str | None
    recommended: str | None
    completed_at: dt.datetime
    flags: tuple[tuple[str, str], ...]
    steps: tuple[str, ...]
    record: dict[str, Any]
    alerted: bool


@dataclass(frozen=True)
class InProgress:
    """A traveller of the exercise being screened: the SOP stage and step on screen at the kiosk."""

    encounter_id: str
    officer_id: str | None
    stage: str
    step: str | None
    status: str

    @property
    def text(self) -> str:
        if self.status == "awaiting_secondary":
            return "waiting for secondary screening"
        return f"{self.stage} · {self.step}" if self.step else self.stage


@dataclass(frozen=True)
class ProgressRow:
    """One inject as the console shows it; times are exercise time (paused intervals left out)."""

    inject: Inject
    release: Release | None = None
    decision: Decision | None = None
    since_release_s: float | None = None
    presented_s: float | None = None
    decided_s: float | None = None
    screening: InProgress | None = None

    @property
    def status(self) -> str:
        """waiting (not released), screening (released, no decision yet) or decided."""
        if self.release is None:
            return "waiting"
        return "decided" if self.decision else "screening"

    @property
    def correct(self) -> bool | None:
        if self.decision is None:
            return None
        return self.decision.disposition == self.inject.expected.disposition

    @property
    def time_to_decision_s(self) -> float | None:
        if self.decided_s is None or self.presented_s is None:
            return None
        return self.decided_s - self.presented_s

    @property
    def step(self) -> str:
        """Where the traveller is: not released, the SOP step at the kiosk, or decided."""
        if self.decision is not None:
            return "decided"
        if self.screening is not None:
            return self.screening.text
        return "not started at the kiosk" if self.release is not None else "not released"


Pause = tuple[dt.datetime, dt.datetime | None]


@dataclass(frozen=True)
class RunState:
    exercise: ExerciseInfo
    scenario: Scenario
    paused: bool
    releases: tuple[Release, ...]
    notes: tuple[Note, ...]
    officers: tuple[str, ...] = ()
    """The roster chosen at the start (officer ids)."""
    pauses: tuple[Pause, ...] = ()

    def unreleased(self) -> list[Inject]:
        released = {r.inject_id for r in self.releases}
        return [inject for inject in self.scenario.injects if inject.id not in released]

    def exercise_seconds(self, at: dt.datetime) -> float:
        """Seconds of exercise time from the start to ``at``: the paused intervals before it left out."""
        return exercise_seconds(self.exercise.started_at, self.pauses, at)


def exercise_seconds(start: dt.datetime, pauses: Sequence[Pause], at: dt.datetime) -> float:
    """Seconds from ``start`` to ``at`` without the paused intervals (an open pause runs until ``at``)."""
    paused = 0.0
    for begin, end in pauses:
        stop = min(end or at, at)
        if stop > begin:
            paused += (stop - begin).total_seconds()
    return (at - start).total_seconds() - paused


@dataclass(frozen=True)
class Ended:
    exercise: ExerciseInfo
    score: dict[str, Any]
    report: dict[str, Path]


def kiosk_context(store: Store, kiosk_id: str | None = None) -> KioskContext:
    """The context of the kiosk whose database this is: its site row and its id (the one given, else the
    kiosk of the latest encounter or exercise, else the exercise kiosk of ``poe-kiosk exercise run``)."""
    with store.reading() as session:
        site = session.scalars(select(m.Site).order_by(m.Site.created_at)).first()
        if kiosk_id is None:
            kiosk_id = (session.scalars(select(m.Exercise.kiosk_id).order_by(m.Exercise.started_at.desc())).first()
                        or session.scalars(select(m.Encounter.kiosk_id).order_by(m.Encounter.started_at.desc())).first())
    info = SiteInfo(site.id, site.name, site.kind, site.country) if site else SiteInfo(*DEFAULT_KIOSK[:4])
    return KioskContext(site=info, kiosk_id=kiosk_id or DEFAULT_KIOSK[4])


class ExerciseConsole:
    """What the trainer does to one kiosk's exercise, over that kiosk's services."""

    def __init__(self, services: Services, trainer: OfficerInfo) -> None:
        require(trainer, "run_exercises")
        self.services = services
        self.store = services.store
        self.clock = services.clock
        self.exercises = services.exercises
        self.trainer = trainer
        self._scenarios: dict[str, Scenario] = {}

    def scenario(self, source: str) -> Scenario:
        """The scenario ``source`` names (a shipped id or a file), loaded and checked once."""
        if source not in self._scenarios:
            self._scenarios[source] = load_scenario(source)
        return self._scenarios[source]

    # ------------------------------------------------------------------------------------------ state

    def state(self) -> RunState | None:
        """The exercise running on this kiosk from the console (None when none is, or it has no scenario)."""
        exercise = self.exercises.active()
        if exercise is None:
            return None
        with self.store.reading() as session:
            run = session.get(m.ExerciseRun, exercise.id)
            if run is None:
                return None
            source, paused = run.scenario, run.paused_at is not None
            officers = tuple(run.officers or ())
            pauses = tuple((dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b) if b else None)
                           for a, b in run.pauses or ())
            releases = tuple(Release(r.inject_id, r.number, r.released_by, r.released_at) for r in session.scalars(
                select(m.ExerciseRelease).where(m.ExerciseRelease.exercise_id == exercise.id)
                .order_by(m.ExerciseRelease.released_at, m.ExerciseRelease.number)))
            notes = tuple(Note(n.author, n.kind, n.text, n.at) for n in session.scalars(
                select(m.ExerciseNote).where(m.ExerciseNote.exercise_id == exercise.id).order_by(m.ExerciseNote.id)))
        return RunState(exercise, self.scenario(source), paused, releases, notes, officers, pauses)

    def _running(self) -> RunState:
        state = self.state()
        if state is None:
            raise KioskError("no exercise is running from the trainer console: start one first")
        return state

    # ---------------------------------------------------------------------------------------- actions

    def officers(self) -> list[OfficerInfo]:
        """The kiosk's active officers, whom the trainer may put on the roster."""
        return self.services.auth.officers()

    def start(self, scenario_source: str, officers: Sequence[str] = ()) -> RunState:
        """Start the scenario (a shipped id or a file) as an exercise with the officers taking part
        (``officers``: ids of this kiosk's officers): the kiosk is in exercise mode. An exercise already
        started at the kiosk (its own exercise button) and not yet played from the console plays this
        scenario."""
        scenario = self.scenario(scenario_source)
        roster = self._roster(officers)
        exercise = self.exercises.active()
        if exercise is None:
            exercise = self.exercises.start(self.trainer, scenario.title)
        with self.store.transaction() as session:
            if session.get(m.ExerciseRun, exercise.id) is not None:
                raise KioskError("an exercise is already running on this kiosk: end it first")
            session.add(m.ExerciseRun(exercise_id=exercise.id, scenario=str(scenario_source), scenario_id=scenario.id,
                                      scenario_version=scenario.version, paused_at=None, paused_seconds=0.0,
                                      officers=list(roster), pauses=[]))
            self._audit(session, "exercise.scenario", exercise.id, {"scenario": scenario.id,
                                                                      "version": scenario.version,
                                                                      "officers": list(roster)})
        self.exercises.apply(self.exercises.read())  # with the scenario's situation
        return self._running()

    def _roster(self, officers: Sequence[str]) -> tuple[str, ...]:
        roster = tuple(dict.fromkeys(o.strip() for o in officers if o.strip()))
        if roster:
            known = {o.id for o in self.officers()}
            unknown = [o for o in roster if o not in known]
            if unknown:
                raise InputError("officers", f"{', '.join(unknown)} is not an active officer of this kiosk")
        return roster

    def pause(self) -> RunState:
        self._set_paused(True)
        return self._running()

    def resume(self) -> RunState:
        self._set_paused(False)
        return self._running()

    def _set_paused(self, paused: bool) -> None:
        exercise_id = self._running().exercise.id
        now = self.clock.now()
        with self.store.transaction() as session:
            run = session.get(m.ExerciseRun, exercise_id)
            assert run is not None
            if (run.paused_at is not None) == paused:
                raise KioskError("the exercise is already paused" if paused else "the exercise is not paused")
            pauses = [list(p) for p in run.pauses or ()]
            if paused:
                run.paused_at = now
                pauses.append([now.isoformat(), None])
            else:
                run.paused_seconds += (now - run.paused_at).total_seconds()
                if pauses and pauses[-1][1] is None:
                    pauses[-1][1] = now.isoformat()
                run.paused_at = None
            run.pauses = pauses  # a new list: the JSON column is written
            self._audit(session, "exercise.paused" if paused else "exercise.resumed", exercise_id)

    def release(self, inject_id: str | None = None) -> Release:
        """Release the chosen inject, or the next one not released yet (in scenario order)."""
        state = self._running()
        if state.paused:
            raise KioskError("the exercise is paused: resume it to release an inject")
        waiting = state.unreleased()
        if inject_id is None:
            if not waiting:
                raise KioskError("every inject of the scenario has been released")
            inject = waiting[0]
        else:
            inject = state.scenario.inject(inject_id)
            if inject not in waiting:
                raise KioskError(f"{inject.label} has already been released")
        release = Release(inject.id, inject.number, self.trainer.id, self.clock.now())
        with self.store.transaction() as session:
            session.add(m.ExerciseRelease(exercise_id=state.exercise.id, inject_id=inject.id, number=inject.number,
                                          released_by=self.trainer.id, released_at=release.released_at))
            self._audit(session, "exercise.inject_released", state.exercise.id, {"inject": inject.id,
                                                                                  "number": inject.number})
        return release

    def note(self, text: str, kind: str = "observation") -> Note:
        text = " ".join(text.split())
        if not text or len(text) > MAX_NOTE_CHARS:
            raise InputError("note", f"must be 1 to {MAX_NOTE_CHARS} characters")
        if kind not in NOTE_KINDS:
            raise InputError("kind", f"must be one of {', '.join(NOTE_KINDS)}")
        state = self._running()
        note = Note(self.trainer.id, kind, text, self.clock.now())
        with self.store.transaction() as session:
            session.add(m.ExerciseNote(exercise_id=state.exercise.id, author=note.author, kind=kind, text=text,
                                       at=note.at))
        return note

    def end(self, report_dir: Path) -> Ended:
        """Score the exercise, end it (the kiosk is real again) and write the after-action report."""
        state = self._running()
        played = self.played(state)
        exercise = self.exercises.end(self.trainer)
        result = score(played).to_json()
        result["roster"] = list(state.officers)
        paths = write_report(result, report_dir)
        result["report"] = {kind: str(path) for kind, path in paths.items()}
        with self.store.transaction() as session:
            run = session.get(m.ExerciseRun, exercise.id)
            assert run is not None
            run.report_pdf, run.report_json = str(paths["pdf"]), str(paths["json"])
            run.score_percent, run.passed = float(result["score_percent"]), bool(result["passed"])
        return Ended(exercise, result, paths)

    # -------------------------------------------------------------------------------------- progress

    def progress(self, state: RunState | None = None) -> list[ProgressRow]:
        """Every inject of the scenario: released or not, decided or not (decisions matched in order)."""
        state = state or self._running()
        first = state.releases[0].released_at if state.releases else None
        decisions = [d for d in self._decisions(state.exercise.id) if first is not None and d.completed_at >= first]
        by_inject = {r.inject_id: (r, decisions[i] if i < len(decisions) else None)
                     for i, r in enumerate(state.releases)}
        undecided = [r.inject_id for r in state.releases[len(decisions):]]
        screening = dict(zip(undecided, self._in_progress(state.exercise.id), strict=False))
        now = state.exercise_seconds(self.clock.now())
        rows = []
        for inject in state.scenario.injects:
            release, decision = by_inject.get(inject.id, (None, None))
            presented = state.exercise_seconds(release.released_at) if release else None
            decided = state.exercise_seconds(decision.completed_at) if decision else None
            since = now - presented if presented is not None else None
            rows.append(ProgressRow(inject, release, decision, since, presented, decided, screening.get(inject.id)))
        return rows

    def played(self, state: RunState | None = None) -> Played:
        """The exercise so far as :mod:`kiosk.training.scoring` scores it."""
        state = state or self._running()
        rows = self.progress(state)
        outcomes, timeline = [], [Action(0.0, "note", f"exercise {state.exercise.id} started by {state.exercise.started_by}")]
        for begin, end in state.pauses:
            until = f" until +{_clock(state.exercise_seconds(end))}" if end else ""
            timeline.append(Action(state.exercise_seconds(begin), "note", f"exercise paused{until} (clocks stopped)"))
        for row in rows:
            outcome = _outcome(row)
            outcomes.append(outcome)
            if outcome.presented_at is not None:
                timeline.append(Action(outcome.presented_at, "presented",
                                       f"{row.inject.label}: {row.inject.title} (released)", row.inject.id))
            if outcome.decided_at is not None:
                timeline.append(Action(outcome.decided_at, "decided", f"{row.inject.label}: {outcome.disposition} "
                                       f"(recommended {outcome.recommended})", row.inject.id, outcome.officer_id))
        notes = tuple(Action(state.exercise_seconds(n.at), n.kind, n.text, officer_id=n.author) for n in state.notes)
        officers = tuple(dict.fromkeys([*state.officers, *(o.officer_id for o in outcomes if o.officer_id)]))
        timeline.sort(key=lambda action: action.at)
        return Played(state.scenario, state.exercise.id, tuple(outcomes), tuple(timeline), officers, notes)

    def _decisions(self, exercise_id: str) -> list[Decision]:
        with self.store.reading() as session:
            rows = list(session.scalars(
                select(m.Encounter).where(m.Encounter.exercise_id == exercise_id, m.Encounter.status == "completed")
                .order_by(m.Encounter.completed_at, m.Encounter.started_at, m.Encounter.id)))
            parents = {p.id: p for p in session.scalars(
                select(m.Encounter).where(m.Encounter.id.in_([r.parent_id for r in rows if r.parent_id])))}
            early = set(session.scalars(select(m.EarlyNotice.alert_identifier)
                                        .where(m.EarlyNotice.encounter_id.in_([r.id for r in rows]))))
            alerted = {o.encounter_id for o in session.scalars(
                select(m.OutboxMessage).where(m.OutboxMessage.encounter_id.in_([r.id for r in rows])))
                if o.alert_identifier not in early}
            return [_decision(row, parents.get(row.parent_id or ""), row.id in alerted) for row in rows]

    def _in_progress(self, exercise_id: str) -> list[InProgress]:
        """The exercise's travellers still being screened, first started first (a primary screening whose
        secondary has begun is that secondary)."""
        with self.store.reading() as session:
            rows = list(session.scalars(
                select(m.Encounter).where(m.Encounter.exercise_id == exercise_id)
                .order_by(m.Encounter.started_at, m.Encounter.id)))
        parents = {row.parent_id for row in rows if row.parent_id}
        root = {row.id: row.started_at for row in rows}
        open_rows = [row for row in rows if row.status in ("draft", "awaiting_secondary") and row.id not in parents]
        open_rows.sort(key=lambda row: root.get(row.parent_id or "", row.started_at))
        return [InProgress(row.id, row.officer_id or row.decided_by, row.stage,
                           str(row.path[-1]) if row.path else None, row.status) for row in open_rows]

    def _audit(self, session: Any, action: str, exercise_id: str, detail: dict[str, Any] | None = None) -> None:
        record_audit(session.connection(), self.clock, self.services.context, self.trainer.id, action, "exercise",
                     exercise_id, detail)


def _decision(row: m.Encounter, parent: m.Encounter | None, alerted: bool) -> Decision:
    flags = tuple((str(f.get("protocol")), str(f.get("status"))) for f in (row.evaluation or {}).get("flags", []))
    steps = tuple(dict.fromkeys([*(parent.path if parent else []), *(row.path or [])]))
    assert row.completed_at is not None
    return Decision(row.id, row.decided_by, row.disposition, row.recommended_disposition, row.completed_at, flags,
                    steps, dict(row.record or {}), alerted)


def _outcome(row: ProgressRow) -> Outcome:
    """The inject's outcome in exercise time (paused intervals left out)."""
    if row.release is None:
        return Outcome(row.inject, skipped=NOT_RELEASED)
    presented = row.presented_s
    decision = row.decision
    if decision is None:
        return Outcome(row.inject, presented_at=presented)
    decided = row.decided_s
    return Outcome(row.inject, decision.officer_id, presented, decided, decision.disposition, decision.recommended,
                   decision.flags, decided if decision.alerted else None, decided if decision.alerted else None,
                   decision.steps, decision.record, decision.encounter_id)


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


@dataclass(frozen=True)
class PastRun:
    """One ended exercise of this kiosk with its after-action report (the exercise history)."""

    exercise_id: str
    name: str
    scenario_id: str | None
    started_at: dt.datetime
    ended_at: dt.datetime
    officers: tuple[str, ...]
    score_percent: float | None
    passed: bool | None
    report_pdf: Path | None
    report_json: Path | None


def exercise_history(store: Store, kiosk_id: str, limit: int = 200) -> list[PastRun]:
    """The ended exercises of kiosk ``kiosk_id``, newest first, with their reports (an exercise run from
    the kiosk's own button has no scenario and no report). Exercise data only: never real screenings."""
    with store.reading() as session:
        rows = session.execute(
            select(m.Exercise, m.ExerciseRun).outerjoin(m.ExerciseRun, m.ExerciseRun.exercise_id == m.Exercise.id)
            .where(m.Exercise.kiosk_id == kiosk_id, m.Exercise.ended_at.is_not(None))
            .order_by(m.Exercise.ended_at.desc()).limit(limit)).all()
        return [PastRun(ex.id, ex.name, run.scenario_id if run else None, ex.started_at, ex.ended_at,
                        tuple(run.officers or ()) if run else (), run.score_percent if run else None,
                        run.passed if run else None, Path(run.report_pdf) if run and run.report_pdf else None,
                        Path(run.report_json) if run and run.report_json else None) for ex, run in rows]


def screen_inject(services: Services, inject: Inject, officer: OfficerInfo, disposition: str | None = None,
                  reason: str = "", scenario_sop: str = "primary") -> str:
    """Screen one released inject at the kiosk as its scenario answers it and decide ``disposition`` (None:
    the recommendation), through :class:`kiosk.session.ScreeningSession` like the window; returns the
    encounter id. Demonstrations and tests of the console only (in an exercise, the officer screens); the
    encounter is opened without an officer row, as in ``kiosk.training.play``."""
    from kiosk.session import ScreeningSession
    from kiosk.training.answers import answer_for, walk

    sop = services.sop(scenario_sop)
    encounter_id = services.screening.start(officer_id=None, sop_id=sop.id, sop_version=sop.version,
                                            stage="primary", language="en")
    session = ScreeningSession(services.screening, sop, encounter_id=encounter_id, stage="primary", language="en",
                               arrival=dt.date.fromisoformat(str(inject.record["arrival_date"])), officer=officer)
    walk(session.run, session.answer,
         lambda f, step: answer_for(f, step, inject.record, services, inject.answers))
    session.save()
    return session.complete(disposition, reason, confirmed=disposition is not None).encounter_id
