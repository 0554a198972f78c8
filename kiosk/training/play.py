"""Playing a scenario headless through the screening core, as an exercise (``poe-kiosk exercise run --auto``).

The kiosk is put in exercise mode (:class:`kiosk.exercises.ExerciseService`), so every encounter, alert
(CAP ``Exercise``, exercise topic) and referral is exercise data. The scenario's situation is the one in
force inside the exercise only: the run has its own :class:`~kiosk.screening.Rules`. The clock is the
exercise clock, moved to each inject's time, so times to decision are the scenario's, not the machine's.

Every traveller is screened through :class:`kiosk.session.ScreeningSession`, the object the window shows
and ``poe-kiosk screening run`` drives: the primary SOP is walked page by page, the traveller's documents
scanned on each page through the session's scan merge rules as at the window (the scenario's generated
MRZ, boarding pass and certificates, verified against the scenario's test signer), then the answers the
inject's record gives (:mod:`kiosk.training.answers`, plus the inject's own ``answers``), the draft saved
and evaluated; a traveller whose recommendation is not ``clear`` is sent to secondary screening half-way
through the inject's ``decide_after`` (the session's ``refer``), and a secondary session, prefilled from
the primary record as the window does, is walked the same way; the health officer accepts the
recommendation. The next traveller goes to the desk free first; a traveller waits while every desk is
busy (the wait counts in the time to decision).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kiosk.auth import OfficerInfo
from kiosk.clock import FixedClock
from kiosk.errors import KioskError
from kiosk.screening import KioskContext, Rules, SiteInfo
from kiosk.services import core_services
from kiosk.session import ScreeningSession
from kiosk.store import Store
from kiosk.training.answers import ScanFeeder, answer_for, walk
from kiosk.training.documents import scanned_texts, scenario_signer, scenario_trust
from kiosk.training.scenario import SECONDARY_SOP, Event, Inject, Scenario


def auto_officers(count: int) -> tuple[str, ...]:
    """The ids of the automatic officers of ``count`` desks."""
    return tuple(f"auto-officer-{n}" for n in range(1, count + 1))


@dataclass(frozen=True)
class Action:
    """One line of the exercise timeline: ``at`` seconds after the start."""

    at: float
    kind: str
    """presented, decided, alert, slip_not_printed, event, skipped, note"""
    text: str
    inject_id: str | None = None
    officer_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"at_s": round(self.at, 1), "kind": self.kind, "text": self.text, "inject": self.inject_id,
                "officer": self.officer_id}


@dataclass(frozen=True)
class Outcome:
    """What happened to one inject."""

    inject: Inject
    officer_id: str | None = None
    presented_at: float | None = None
    decided_at: float | None = None
    disposition: str | None = None
    recommended: str | None = None
    flags: tuple[tuple[str, str], ...] = ()
    alert_at: float | None = None
    alert_delivered_at: float | None = None
    steps: tuple[str, ...] = ()
    record: Mapping[str, Any] = field(default_factory=dict)
    encounter_id: str | None = None
    skipped: str = ""

    @property
    def time_to_decision(self) -> float | None:
        if self.decided_at is None or self.presented_at is None:
            return None
        return self.decided_at - self.presented_at

    @property
    def time_to_alert(self) -> float | None:
        if self.alert_at is None or self.presented_at is None:
            return None
        return self.alert_at - self.presented_at


@dataclass(frozen=True)
class Played:
    scenario: Scenario
    exercise_id: str
    outcomes: tuple[Outcome, ...]
    timeline: tuple[Action, ...]
    officers: tuple[str, ...]
    notes: tuple[Action, ...] = ()


@dataclass
class _Outages:
    """Hub-link and printer outages (from the scenario's events), as (start, end) seconds."""

    hub: list[tuple[float, float]] = field(default_factory=list)
    printer: list[tuple[float, float]] = field(default_factory=list)

    def add(self, event: Event) -> None:
        span = (event.at, event.at + (event.minutes or 0) * 60)
        if event.type == "hub_link_down":
            self.hub.append(span)
        elif event.type == "printer_fails":
            self.printer.append(span)

    @staticmethod
    def end_of(spans: list[tuple[float, float]], at: float) -> float | None:
        """The end of the outage in force at ``at`` (None when there is none)."""
        ends = [end for start, end in spans if start <= at < end]
        return max(ends) if ends else None


class ExercisePlayer:
    """Plays one scenario on one kiosk store in exercise mode."""

    def __init__(self, scenario: Scenario, store: Store, *, site: SiteInfo, kiosk_id: str,
                 trainer: OfficerInfo, officers: Sequence[str] = (), rules: Rules | None = None) -> None:
        officers = tuple(officers) or auto_officers(scenario.desks)
        self.scenario = scenario
        self.clock = FixedClock(scenario.start)
        base = rules or Rules.shipped()
        self.rules = Rules(base.catalog, scenario.situation)  # the exercise's own; the kiosk's is untouched
        self.services = core_services(store, KioskContext(site=site, kiosk_id=kiosk_id), self.clock, self.rules)
        self.service = self.services.screening
        self.exercises = self.services.exercises
        self.trainer = trainer
        self.officers = officers
        self.sop = self.services.sop(scenario.sop_id)
        self.secondary_sop = self.services.sop(SECONDARY_SOP)
        self.signer = scenario_signer(scenario.id)
        self.trust = scenario_trust(self.signer)
        self.scans: dict[str, list[tuple[str, str, str]]] = {}
        """Inject id → the scans fed and what each did (scan question, document kind, outcome)."""

    def feeder(self, inject: Inject) -> ScanFeeder:
        """The traveller's documents, scanned through the window's merge path."""
        return ScanFeeder(scanned_texts(self.scenario, inject, self.signer), self.trust, self.clock)

    def play_auto(self) -> Played:
        exercise = self.exercises.start(self.trainer, self.scenario.title)
        timeline: list[Action] = [Action(0.0, "note", f"exercise {exercise.id} started by {self.trainer.id}")]
        outages = _Outages()  # spans known in advance: an outage starting mid-screening still hits the decision
        for event in self.scenario.events:
            outages.add(event)
        pending = list(self.scenario.events)
        free_at = dict.fromkeys(self.officers, 0.0)
        outcomes = []
        try:
            for inject in self.scenario.injects:
                officer = min(self.officers, key=lambda o: max(free_at[o], inject.at))  # first free, in order
                start = max(inject.at, free_at[officer])
                while pending and pending[0].at <= start:
                    self._apply(pending.pop(0), timeline)
                outcome = self._play_one(inject, officer, start, outages, timeline)
                if outcome.decided_at is not None:
                    free_at[officer] = outcome.decided_at
                outcomes.append(outcome)
            for event in pending:
                self._apply(event, timeline)
        finally:
            self.clock.set(max(self.clock.now(), self._instant(max([0.0, *free_at.values()]))))
            self.exercises.end(self.trainer)
        end = (self.clock.now() - self.scenario.start).total_seconds()
        timeline.append(Action(end, "note", f"exercise {exercise.id} ended"))
        timeline.sort(key=lambda action: action.at)
        return Played(self.scenario, exercise.id, tuple(outcomes), tuple(timeline), self.officers)

    def _instant(self, seconds: float) -> dt.datetime:
        return self.scenario.start + dt.timedelta(seconds=seconds)

    def _apply(self, event: Event, timeline: list[Action]) -> None:
        if event.situation is not None:
            self.rules.replace_situation(event.situation)
        note = f": {event.note}" if event.note else ""
        timeline.append(Action(event.at, "event", f"{event.description}{note}"))

    def _play_one(self, inject: Inject, officer: str, start: float, outages: _Outages,
                  timeline: list[Action]) -> Outcome:
        timeline.append(Action(inject.at, "presented", f"{inject.label}: {inject.title}", inject.id))
        if inject.missing:
            reason = f"needs record feature {', '.join(inject.missing)}, which this kiosk does not have yet"
            timeline.append(Action(inject.at, "skipped", f"{inject.label} skipped: {reason}", inject.id))
            return Outcome(inject, presented_at=inject.at, skipped=reason)
        self.clock.set(self._instant(start))
        primary = self._session(inject, officer, "screener")
        feeder = self.feeder(inject)
        steps = walk(primary.run, primary.answer, feeder.answering(
            primary, lambda f, step: answer_for(f, step, inject.record, self.services, inject.answers, scans=True)),
            lambda: feeder.feed(primary))
        live = primary.save()
        final = primary
        if live.evaluation is None:
            raise KioskError(f"{inject.label}: the record the SOP built is not valid: {live.problem}")
        if live.evaluation.disposition != "clear":  # the desk sends the traveller to secondary screening
            final, pages = self._secondary(inject, primary, officer, start + inject.decide_after / 2, timeline,
                                           feeder)
            steps += pages
        decided = start + inject.decide_after
        self.clock.set(self._instant(decided))
        completed = final.complete()  # the recommendation accepted
        record = final.record()[0] or {}
        self.scans[inject.id] = feeder.outcomes
        flags = tuple((flag["protocol"], flag["status"]) for flag in completed.evaluation["flags"])
        timeline.append(Action(decided, "decided", f"{inject.label}: {completed.disposition} "
                                                   f"(recommended {completed.recommended})", inject.id, officer))
        alert_at = delivered_at = None
        if completed.alert_identifier:
            alert_at = decided
            link_back = outages.end_of(outages.hub, decided)
            delivered_at = link_back if link_back is not None else decided
            held = f"; hub link down, held in the outbox until +{link_back / 60:.0f} min" if link_back else ""
            timeline.append(Action(decided, "alert", f"{inject.label}: alert queued for the hub (CAP Exercise){held}",
                                   inject.id, officer))
        if completed.referral_id and outages.end_of(outages.printer, decided) is not None:
            timeline.append(Action(decided, "slip_not_printed", f"{inject.label}: referral slip not printed "
                                                                "(printer down): hand-written card", inject.id, officer))
        return Outcome(inject, officer, inject.at, decided, completed.disposition, completed.recommended, flags,
                       alert_at, delivered_at, tuple(steps), record, completed.encounter_id)

    def _session(self, inject: Inject, officer: str, role: str, *,
                 parent: ScreeningSession | None = None) -> ScreeningSession:
        """A fresh session for the traveller (the encounter opened without an officer row: exercise officers
        are names, not accounts; the decision records the name)."""
        sop = self.secondary_sop if parent else self.sop
        stage = "secondary" if parent else "primary"
        encounter_id = self.service.start(officer_id=None, sop_id=sop.id, sop_version=sop.version, stage=stage,
                                          parent_id=parent.encounter_id if parent else None,
                                          language=parent.language if parent else "en")
        arrival = dt.date.fromisoformat(str(inject.record["arrival_date"]))
        return ScreeningSession(self.service, sop, encounter_id=encounter_id, stage=stage,
                                language=parent.language if parent else "en", arrival=arrival,
                                officer=OfficerInfo(officer, officer, role),
                                base=parent.record()[0] if parent else None,
                                parent_id=parent.encounter_id if parent else None)

    def _secondary(self, inject: Inject, primary: ScreeningSession, officer: str, at: float,
                   timeline: list[Action], feeder: ScanFeeder) -> tuple[ScreeningSession, list[str]]:
        """Primary refers the traveller; a secondary session (prefilled from the primary record) is walked."""
        self.clock.set(self._instant(at))
        primary.refer()
        timeline.append(Action(at, "secondary", f"{inject.label}: sent to secondary screening", inject.id, officer))
        session = self._session(inject, officer, "health_officer", parent=primary)
        record = primary.record()[0] or {}
        def before_page() -> None:
            session.prefill_from_base()
            feeder.feed(session)  # the health officer scans the passport and certificates again

        pages = walk(session.run, session.answer, feeder.answering(
            session, lambda f, step: answer_for(f, step, record, self.services, scans=True)), before_page)
        session.save()
        return session, pages
