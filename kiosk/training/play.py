"""Playing a scenario headless through the screening core, as an exercise (``poe-kiosk exercise run --auto``).

The kiosk is put in exercise mode (:class:`kiosk.exercises.ExerciseService`), so every encounter, alert
(CAP ``Exercise``, exercise topic) and referral is exercise data. The scenario's situation is the one in
force inside the exercise only: the run has its own :class:`~kiosk.screening.Rules`. The clock is the
exercise clock, moved to each inject's time, so times to decision are the scenario's, not the machine's.

With ``auto``, each inject is answered as the scenario says: the SOP is walked with the answers derived
from the inject's record (plus its own ``answers``); a traveller whose recommendation is not ``clear`` is
sent to secondary screening half-way through the inject's ``decide_after`` and the secondary SOP is walked
the same way; the officer accepts the recommendation. The next
traveller goes to the officer free first (one desk each); a traveller waits while every officer is busy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kiosk.auth import OfficerInfo
from kiosk.clock import Clock, FixedClock
from kiosk.errors import KioskError
from kiosk.exercises import ExerciseService
from kiosk.protocols import Situation
from kiosk.screening import Decision, KioskContext, Rules, ScreeningService, SiteInfo
from kiosk.sop import load_sop
from kiosk.sop.model import Field, Sop, Step
from kiosk.sop.run import SopRun
from kiosk.store import Store
from kiosk.training.scenario import SECONDARY_SOP, Event, Inject, Scenario


def auto_officers(count: int) -> tuple[str, ...]:
    """The ids of the automatic officers of ``count`` desks."""
    return tuple(f"auto-officer-{n}" for n in range(1, count + 1))

MAX_SOP_STEPS = 100


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


def derived_answers(sop: Sop, record: Mapping[str, Any], situation: Situation,
                    extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """SOP answers (field id → stored value) as an officer would give them for ``record``.

    Every field of the SOP bound to a record field gets the record's value. A required question the
    record does not answer gets a neutral answer: "no", "none of these", the certificate "shown" when the
    record has that dose (else "none"), the first choice, the symptom onset (or the arrival day) for a date,
    ``EXERCISE`` for a text. The primary SOP's red flags are answered from the record and the countries the
    situation lists. ``extra`` (the inject's ``answers``) replaces any of them.
    """
    answers: dict[str, Any] = {}
    for step in sop.steps:
        for sop_field in step.fields:
            value = _bound_value(sop_field.binds, sop_field.type, record)
            if isinstance(value, list) and sop_field.type == "multi_choice" and sop_field.choices:
                offered = {choice.code for choice in sop_field.choices}  # e.g. fever is asked apart in secondary
                value = [code for code in value if code in offered]
            if value is None and sop_field.required:
                value = _neutral(sop_field, step, record)
            if value is not None:
                answers[sop_field.id] = value
    if "red_flags" in answers:
        answers["red_flags"] = _red_flags(record, situation)
    answers.update(extra or {})
    return answers


def _neutral(sop_field: Field, step: Step, record: Mapping[str, Any]) -> Any:
    gate = _certificate_gate(sop_field, step, record)
    if gate is not None:
        return gate
    if sop_field.type == "yes_no":
        return False
    if sop_field.type == "multi_choice":
        return []
    if sop_field.type == "single_choice" and sop_field.choices:
        codes = [choice.code for choice in sop_field.choices]
        return "none" if "shown" in codes and "none" in codes else codes[0]
    if sop_field.type == "date":
        return record.get("symptom_onset") or record.get("arrival_date")
    if sop_field.type == "text":
        return "EXERCISE"
    return None


def _certificate_gate(sop_field: Field, step: Step, record: Mapping[str, Any]) -> Any:
    """The answer to a "certificate shown?" question that opens a vaccination date field of the same step
    (``show_if: {field: this, equals: V}``): V when the record has that dose (a paper one for a yes/no
    question: the primary SOP's paper ICVP), else None."""
    for other in step.fields:
        condition = other.show_if
        if not (isinstance(condition, Mapping) and condition.get("field") == sop_field.id and "equals" in condition):
            continue
        head, _, vaccine = (other.binds or "").partition(".")
        if head != "vaccinations" or not vaccine:
            continue
        doses = [v for v in _doses(record) if v.get("vaccine") == vaccine]
        if sop_field.type == "yes_no":
            doses = [v for v in doses if v.get("evidence") == "paper"]
        return condition["equals"] if doses else None
    return None


def _doses(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [v for v in record.get("vaccinations") or [] if isinstance(v, Mapping)]


def _bound_value(binds: str | None, field_type: str, record: Mapping[str, Any]) -> Any:
    if not binds:
        return None
    if field_type == "document_scan":
        if binds == "traveller" and record.get("traveller"):
            return {"kind": "mrz", "traveller": dict(record["traveller"])}
        scanned = [dict(v) for v in _doses(record) if v.get("evidence") != "paper"]  # paper is read, not scanned
        return {"kind": "icvp", "vaccinations": scanned} if binds == "vaccinations" and scanned else None
    head, _, tail = binds.partition(".")
    value = record.get(head)
    if head in ("symptoms", "exposures"):
        return tail in (value or []) if tail else list(value or [])
    if head == "vaccinations" and tail:  # the date of that vaccine's dose (a paper one first: typed in)
        doses = sorted((v for v in _doses(record) if v.get("vaccine") == tail), key=lambda v: v.get("evidence") != "paper")
        return doses[0].get("date") if doses else None
    if tail:
        return value.get(tail) if isinstance(value, Mapping) else None
    return value


def _red_flags(record: Mapping[str, Any], situation: Situation) -> list[str]:
    listed = {country for event in situation.events for country in event.areas}
    listed |= {country for rule in situation.certificates.values() for country in rule.required_from}
    flags = []
    if record.get("symptoms") or record.get("fever_reported"):
        flags.append("feels_unwell")
    if any(isinstance(stay, Mapping) and stay.get("country") in listed for stay in record.get("itinerary") or []):
        flags.append("listed_country")
    if record.get("exposures"):
        flags.append("contact_sick")
    return flags


def walk_sop(sop: Sop, answers: Mapping[str, Any], clock: Clock) -> SopRun:
    """Walk ``sop`` to its end with ``answers``; raises KioskError naming the step that cannot be left."""
    run = SopRun(sop, clock=clock)
    for _ in range(MAX_SOP_STEPS):
        step = run.current_step
        if step is None:
            return run
        errors = []
        for sop_field in step.fields:  # in order: a field's show_if may read the answers before it
            if sop_field.id in answers and run.is_visible(sop_field.id):
                errors += run.answer(sop_field.id, answers[sop_field.id])
        errors = errors or run.next()
        if errors:
            detail = "; ".join(f"{e.field}: {e.message}" for e in errors)
            raise KioskError(f"the answers cannot complete SOP step {step.id!r}: {detail}")
    raise KioskError(f"the SOP did not end within {MAX_SOP_STEPS} steps")


class ExercisePlayer:
    """Plays one scenario on one kiosk store in exercise mode."""

    def __init__(self, scenario: Scenario, store: Store, *, site: SiteInfo, kiosk_id: str,
                 trainer: OfficerInfo, officers: Sequence[str] = (), rules: Rules | None = None) -> None:
        officers = tuple(officers) or auto_officers(scenario.desks)
        self.scenario = scenario
        self.clock = FixedClock(scenario.start)
        base = rules or Rules.shipped()
        self.rules = Rules(base.catalog, scenario.situation)  # the exercise's own; the kiosk's is untouched
        self.service = ScreeningService(store, self.clock, self.rules, KioskContext(site=site, kiosk_id=kiosk_id))
        self.service.ensure_site()
        self.exercises = ExerciseService(self.service, self.clock)
        self.trainer = trainer
        self.officers = tuple(officers)
        self.sop = load_sop(scenario.sop_id)
        self.secondary_sop = load_sop(SECONDARY_SOP)

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
        encounter_id = self.service.start(officer_id=None, sop_id=self.sop.id, sop_version=self.sop.version)
        run = walk_sop(self.sop, derived_answers(self.sop, inject.record, self.rules.situation, inject.answers),
                       self.clock)
        arrival = inject.record["arrival_date"]
        record = run.to_record_data(arrival, base=inject.record)
        self.service.save_progress(encounter_id, run.answers, run.path)
        steps = list(run.path)
        decided = start + inject.decide_after
        if self.service.evaluate(record).disposition != "clear":  # the desk sends the traveller to secondary
            encounter_id, record, secondary_steps = self._secondary(inject, encounter_id, record, officer,
                                                                    start + inject.decide_after / 2, timeline)
            steps += secondary_steps
        self.clock.set(self._instant(decided))
        completed = self.service.complete(encounter_id, record, Decision(officer_id=officer))
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
                       alert_at, delivered_at, tuple(steps), record, encounter_id)

    def _secondary(self, inject: Inject, primary_id: str, record: dict[str, Any], officer: str, at: float,
                   timeline: list[Action]) -> tuple[str, dict[str, Any], list[str]]:
        """Primary refers the traveller; the secondary SOP is walked; returns (encounter, record, steps)."""
        self.clock.set(self._instant(at))
        self.service.refer_to_secondary(primary_id, record, officer)
        timeline.append(Action(at, "secondary", f"{inject.label}: sent to secondary screening", inject.id, officer))
        encounter_id = self.service.start(officer_id=None, sop_id=self.secondary_sop.id,
                                          sop_version=self.secondary_sop.version, stage="secondary", parent_id=primary_id)
        run = walk_sop(self.secondary_sop, derived_answers(self.secondary_sop, record, self.rules.situation), self.clock)
        self.service.save_progress(encounter_id, run.answers, run.path)
        return encounter_id, run.to_record_data(record["arrival_date"], base=record), list(run.path)
