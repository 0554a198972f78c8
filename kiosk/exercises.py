"""Training exercises: a trainer switches a kiosk into exercise mode and back, audited.

While an exercise is open, every screening on the kiosk is an exercise encounter: stored with
``mode = "exercise"`` and the exercise id, its alerts sent as CAP ``Exercise`` on the exercise topic (the
hub never counts them as real), its referral slips marked as not real, and the home counts, drafts and
secondary queue are the exercise's own. Real work started before the exercise waits untouched until it
ends. The open exercise is a database row, so a restart or a crash during an exercise comes back in
exercise mode, never silently in real mode.

An exercise started from the trainer console (another process, or another window on the same database)
is found by :meth:`ExerciseService.read`; the kiosk window polls it and :meth:`~ExerciseService.apply`-s it
between travellers, never in the middle of one. An exercise the console plays has a scenario: its
situation (affected areas used only inside the exercise) is in force for exercise travellers alone —
``screening.rules`` is swapped with the context, and back to the kiosk's real rules when it ends.

A kiosk configured as a training kiosk (``kiosk.mode = "exercise"`` or ``"test"`` in ``kiosk.toml``) is
in that mode all the time; exercises are started only on kiosks configured for real screening.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from kiosk.auth import OfficerInfo, require
from kiosk.clock import Clock
from kiosk.errors import InputError, KioskError
from kiosk.screening import Rules, ScreeningService, new_reference, record_audit
from kiosk.store import models as m

log = logging.getLogger(__name__)

MAX_NAME = 120


@dataclass(frozen=True)
class ExerciseInfo:
    id: str
    name: str
    started_by: str
    started_at: dt.datetime


@dataclass(frozen=True)
class InForce:
    """The mode the database says is in force: the open exercise (None: real screening) and, for an exercise
    the trainer console plays, its scenario (as the trainer chose it) and that scenario's situation."""

    exercise: ExerciseInfo | None = None
    scenario: str | None = None
    situation: Any = dataclasses.field(default=None, compare=False)

    @property
    def key(self) -> tuple[str | None, str | None]:
        return (self.exercise.id if self.exercise else None, self.scenario)


REAL = InForce()


class ExerciseService:
    """Start and end exercises on this kiosk; keeps ``screening.context`` in the mode in force."""

    def __init__(self, screening: ScreeningService, clock: Clock) -> None:
        self.screening = screening
        self.store = screening.store
        self.clock = clock
        self.configured = screening.context
        self.real_rules: Rules = screening.rules
        """The kiosk's own rules (the hub's situation updates go there, whatever is in force)."""
        self.in_force: InForce = REAL
        """What :meth:`apply` last put in force."""
        self._situations: dict[str, Any] = {}
        self.restore()

    def active(self) -> ExerciseInfo | None:
        """The open exercise of this kiosk, if any."""
        with self.store.reading() as session:
            row = session.scalars(self._open_query()).first()
            return _info(row) if row else None

    def read(self) -> InForce:
        """What the database says is in force now (an exercise started or ended elsewhere shows here); the
        scenario's situation is loaded once per scenario. Applies nothing."""
        if self.configured.mode != "actual":
            return REAL
        with self.store.reading() as session:
            row = session.scalars(self._open_query()).first()
            if row is None:
                return REAL
            run = session.get(m.ExerciseRun, row.id)
            exercise, source = _info(row), run.scenario if run else None
        return InForce(exercise, source, self._situation(source) if source else None)

    def restore(self) -> ExerciseInfo | None:
        """Put the screening service in the mode the database says is in force (at start-up)."""
        state = self.read()
        self.apply(state)
        return state.exercise

    def apply(self, state: InForce) -> None:
        """Screen in ``state``'s mode from now on: the context, and the scenario's situation for an exercise
        the console plays. Callers switch only between travellers (a traveller is screened in one mode)."""
        self.in_force = state
        exercise = state.exercise
        self.screening.context = (dataclasses.replace(self.configured, mode="exercise", exercise_id=exercise.id)
                                  if exercise else self.configured)
        real = self.real_rules
        self.screening.rules = Rules(real.catalog, state.situation) if exercise and state.situation else real

    def _situation(self, source: str) -> Any:
        if source not in self._situations:
            from kiosk.training.scenario import load_scenario

            try:
                self._situations[source] = load_scenario(source).situation
            except KioskError as error:  # the exercise still runs, on the kiosk's situation: said in the log
                log.warning("exercise scenario %s cannot be loaded (%s): its situation is not in force", source, error)
                self._situations[source] = None
        return self._situations[source]

    def start(self, trainer: OfficerInfo, name: str) -> ExerciseInfo:
        """Open an exercise called ``name``; from now on screenings here are exercise encounters."""
        require(trainer, "run_exercises")
        name = " ".join(name.split())
        if not name or len(name) > MAX_NAME:
            raise InputError("name", f"must be 1 to {MAX_NAME} characters")
        if self.configured.mode != "actual":
            raise KioskError(f"this kiosk is configured for {self.configured.mode} mode: every screening on it "
                             "is already training")
        now = self.clock.now()
        exercise = ExerciseInfo(new_reference("EX-", 6), name, trainer.id, now)
        with self.store.transaction() as session:
            if session.scalars(self._open_query()).first() is not None:
                raise KioskError("an exercise is already running on this kiosk: end it first")
            session.add(m.Exercise(id=exercise.id, name=name, site_id=self.configured.site.id,
                                   kiosk_id=self.configured.kiosk_id, started_by=trainer.id, started_at=now))
            self._audit(session, trainer, "exercise.started", exercise)
        self.apply(InForce(exercise))
        return exercise

    def end(self, trainer: OfficerInfo) -> ExerciseInfo:
        """Close the open exercise; screenings here are real again."""
        require(trainer, "run_exercises")
        with self.store.transaction() as session:
            row = session.scalars(self._open_query()).first()
            if row is None:
                raise KioskError("no exercise is running on this kiosk")
            row.ended_by, row.ended_at = trainer.id, self.clock.now()
            exercise = _info(row)
            self._audit(session, trainer, "exercise.ended", exercise)
        self.apply(REAL)
        return exercise

    def _open_query(self) -> Select[tuple[m.Exercise]]:
        return (select(m.Exercise)
                .where(m.Exercise.kiosk_id == self.configured.kiosk_id, m.Exercise.ended_at.is_(None))
                .order_by(m.Exercise.started_at.desc()))

    def _audit(self, session: Session, trainer: OfficerInfo, action: str, exercise: ExerciseInfo) -> None:
        record_audit(session.connection(), self.clock, self.configured, trainer.id, action,
                     "exercise", exercise.id, {"name": exercise.name})


def _info(row: m.Exercise) -> ExerciseInfo:
    return ExerciseInfo(row.id, row.name, row.started_by, row.started_at)
