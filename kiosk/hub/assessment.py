"""The IHR assessment of an alert at the hub (Qt-free): assignment, verification, Annex 2 risk assessment,
outcome, and the 24-hour clock for notifying the National IHR Focal Point.

The path is the EWARS alert workflow the hub's surveillance officers follow (DOMAIN.md §6): an alert is
**assigned** to an officer, **verified** (does it meet the case definition: yes, no or unknown, with the
rationale), **risk-assessed** with the four questions of the decision instrument of the International
Health Regulations (2005), **Annex 2** (WHO/HSE/IHR/2010.4), each answered yes or no with a rationale:

1. Is the public health impact of the event serious?
2. Is the event unusual or unexpected?
3. Is there a significant risk of international spread?
4. Is there a significant risk of international travel or trade restrictions?

and given an **outcome**: monitor, respond, or notify the National IHR Focal Point (NFP).

Rules (IHR 2005 Annex 2 and Art. 6; DOMAIN.md §4):

* Two or more "yes" answers → the instrument recommends notification (Annex 2: "answer yes to any two of
  the four questions" → notify WHO under Article 6).
* A case of a disease that is **always notifiable** (Annex 2, left box: smallpox, poliomyelitis due to
  wild-type poliovirus, human influenza caused by a new subtype, SARS) that meets the case definition
  recommends notification whatever the answers. Protocols say which diseases these are
  (``ihr: notifiable: always``); ``notifiable: annex2`` marks the diseases Annex 2 says are always run
  through the algorithm (cholera, pneumonic plague, yellow fever, viral haemorrhagic fevers …), and those
  alerts are the ones shown as needing an assessment.
* An outcome other than the recommendation (not notifying when it recommends notification, or notifying
  when it does not) needs a written reason.
* The State notifies WHO, through the NFP, within **24 hours** of its assessment (IHR Art. 6). The hub runs
  that clock from the verification that found the alert a possible case (yes or unknown); an outcome stops it.

Every step is a new ``hub_assessment_steps`` row (who, when, what); nothing is updated or deleted, so the
rows are the audit trail, and the current assignment, verification, risk assessment and outcome are each
the latest row of their kind. Each row has a sequence number per alert (unique): a console passes the
number it saw as ``expected`` and a step written meanwhile by another console makes the write fail with
:class:`AssessmentConflict` instead of silently replacing it; two writes at the same moment cannot both
get the same number (the unique rule), so one of them fails the same way.

The table lives here, on :class:`kiosk.hub.models.HubBase`; hub migration 0003 creates it.
Refusals carry an English template with ``%1`` placeholders (:class:`AssessmentRefused`), marked for
translation so that the console shows them in the officer's language.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import (
    Engine,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    exists,
    func,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, aliased, mapped_column

from kiosk.auth import PermissionDenied
from kiosk.clock import Clock, SystemClock
from kiosk.errors import InputError, KioskError, NotFound
from kiosk.hub.console import _current_state as current_state  # the triage state, as the console lists it
from kiosk.hub.console import lock_alert, officer_name
from kiosk.hub.models import _ID, HubAlert, HubBase


def QT_TR_NOOP(text: str) -> str:
    """Marks ``text`` for the hub console's catalogue: pyside6-lupdate looks for this name, and
    ``ui/i18n/make_translations.py`` reads this file. The core itself stays English and Qt-free."""
    return text


STEPS = ("assign", "verify", "risk", "outcome")
VERDICTS = ("yes", "no", "unknown")
"""Verification: does the alert meet the case definition?"""
ANSWERS = ("yes", "no")
QUESTIONS: Mapping[str, str] = {
    "impact": QT_TR_NOOP("Is the public health impact of the event serious?"),
    "unusual": QT_TR_NOOP("Is the event unusual or unexpected?"),
    "spread": QT_TR_NOOP("Is there a significant risk of international spread?"),
    "restrictions": QT_TR_NOOP("Is there a significant risk of international travel or trade restrictions?"),
}
"""The four questions of the IHR (2005) Annex 2 decision instrument, in its order and words."""
OUTCOMES = ("monitor", "respond", "notify")
"""``notify``: notify the National IHR Focal Point (who notifies WHO, IHR Art. 6)."""
NOTIFY_WHEN_YES = 2
"""Annex 2: two or more "yes" answers → notify."""
NOTIFY_WITHIN = dt.timedelta(hours=24)
"""IHR Art. 6: notify WHO within 24 hours of the assessment."""
NOTIFIABLE = ("always", "annex2", "no")
"""A protocol's ``ihr: notifiable``: always notifiable (Annex 2), always assessed with Annex 2, or neither."""
RATIONALE_MAX = 1000
ACTIONS: Mapping[str, str] = {step: f"assessment.{step}" for step in STEPS}
"""Step → the action a permission check (``can(actor, action)``) is asked about."""

Permission = Callable[[str, str], bool]
"""``can(actor, action)``: may ``actor`` do ``action`` (one of :data:`ACTIONS`)? Wired by the console."""


class AssessmentRefused(InputError):
    """A step refused; ``template`` (English, ``%1``… for ``values``) is what the console translates."""

    def __init__(self, field_name: str, template: str, *values: object) -> None:
        self.template = template
        self.values = tuple(str(value) for value in values)
        super().__init__(field_name, fill(template, self.values))


class StepDenied(PermissionDenied):
    """The permission check said no; nothing was written (``template``: translated by the console)."""

    def __init__(self, actor: str, kind: str) -> None:
        self.template = STEP_DENIED[kind]
        self.values = (actor,)
        super().__init__(fill(self.template, self.values))


STEP_DENIED: Mapping[str, str] = {
    "assign": QT_TR_NOOP("%1 may not assign an alert."),
    "verify": QT_TR_NOOP("%1 may not verify an alert."),
    "risk": QT_TR_NOOP("%1 may not assess the risk of an alert."),
    "outcome": QT_TR_NOOP("%1 may not record the outcome of an assessment."),
}


class AssessmentConflict(KioskError):
    """Another console recorded a step since the officer looked; nothing was written."""

    def __init__(self, template: str, *values: object) -> None:
        self.template = template
        self.values = tuple(str(value) for value in values)
        super().__init__(fill(template, self.values))


def fill(template: str, values: tuple[str, ...]) -> str:
    """``%1``, ``%2``… of ``template`` replaced by ``values`` (Qt's ``arg()`` convention, also in the UI)."""
    text = template
    for number in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", values[number - 1])
    return text


MESSAGES = (
    QT_TR_NOOP("Enter the officer the alert is assigned to."),
    QT_TR_NOOP("Choose yes, no or unknown."),
    QT_TR_NOOP("Write the rationale."),
    QT_TR_NOOP("At most %1 characters (%2 given)."),
    QT_TR_NOOP("Verify the alert before its risk assessment."),
    QT_TR_NOOP("The alert does not meet the case definition: verify it again before a risk assessment."),
    QT_TR_NOOP("Answer yes or no."),
    QT_TR_NOOP("Verify the alert before its outcome."),
    QT_TR_NOOP("Answer the four Annex 2 questions before the outcome."),
    QT_TR_NOOP("Choose monitor, respond or notify."),
    QT_TR_NOOP("The Annex 2 instrument recommends notifying the National IHR Focal Point: give the reason "
               "for another outcome."),
    QT_TR_NOOP("The Annex 2 instrument does not recommend notification: give the reason for notifying."),
    QT_TR_NOOP("%1 recorded a step at %2 UTC since you looked; look at the assessment again."),
    QT_TR_NOOP("Another console recorded a step at the same moment; look at the assessment again."),
)
"""Every refusal's template (lupdate reads them from this file)."""


# ---------------------------------------------------------------------------------------- table


class HubAssessmentStep(HubBase):
    """One step of an alert's IHR assessment (see the module docstring). Append-only.

    ``step`` says which columns it fills: ``assign`` → ``assignee``; ``verify`` → ``verdict`` and
    ``rationale``; ``risk`` → the four answers and their rationales; ``outcome`` → ``outcome``,
    ``recommended`` (what the instrument recommended then: ``notify`` or ``no-notify``) and, when they
    differ, ``rationale`` (the reason).
    """

    __tablename__ = "hub_assessment_steps"
    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    alert_id: Mapped[int] = mapped_column(_ID, ForeignKey("hub_alerts.id"))
    seq: Mapped[int] = mapped_column(Integer)
    """1, 2, 3… per alert: the optimistic check (``expected``) and the unique rule."""
    step: Mapped[str] = mapped_column(String(10))
    actor: Mapped[str] = mapped_column(String(120))
    at: Mapped[dt.datetime]
    assignee: Mapped[str | None] = mapped_column(String(120))
    verdict: Mapped[str | None] = mapped_column(String(8))
    impact: Mapped[str | None] = mapped_column(String(3))
    impact_why: Mapped[str | None] = mapped_column(Text)
    unusual: Mapped[str | None] = mapped_column(String(3))
    unusual_why: Mapped[str | None] = mapped_column(Text)
    spread: Mapped[str | None] = mapped_column(String(3))
    spread_why: Mapped[str | None] = mapped_column(Text)
    restrictions: Mapped[str | None] = mapped_column(String(3))
    restrictions_why: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(10))
    recommended: Mapped[str | None] = mapped_column(String(10))
    rationale: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("alert_id", "seq", name="uq_hub_assessment_steps_alert_seq"),
        Index("ix_hub_assessment_steps_alert", "alert_id", "seq"),
    )


# ---------------------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Answer:
    value: str
    """``yes`` or ``no``."""
    rationale: str


@dataclass(frozen=True)
class Step:
    """One recorded step, as the history shows it."""

    seq: int
    step: str
    actor: str
    at: dt.datetime
    assignee: str = ""
    verdict: str = ""
    answers: Mapping[str, Answer] = field(default_factory=dict)
    outcome: str = ""
    recommended: str = ""
    rationale: str = ""

    @property
    def yes_count(self) -> int:
        return sum(answer.value == "yes" for answer in self.answers.values())

    @property
    def against_recommendation(self) -> bool:
        """An outcome other than what the Annex 2 instrument recommended (its ``rationale`` says why)."""
        return self.step == "outcome" and bool(self.recommended) and \
            (self.outcome == "notify") != (self.recommended == "notify")


@dataclass(frozen=True)
class Recommendation:
    """What the Annex 2 instrument recommends: ``notify`` True or False, and why (``basis``)."""

    notify: bool
    basis: str
    """``always`` (an always-notifiable disease that meets the case definition), ``answers`` (the four
    questions), ``not-a-case`` (verified as not meeting the case definition) or ``pending`` (not answered yet)."""
    yes_count: int = 0

    @property
    def code(self) -> str:
        return "notify" if self.notify else "no-notify"


@dataclass(frozen=True)
class NotificationClock:
    """The 24 hours (IHR Art. 6) from the verification that found a possible case, at ``now``."""

    now: dt.datetime
    started_at: dt.datetime | None
    decided_at: dt.datetime | None = None
    """When an outcome was recorded after the start: the clock stops there."""

    @property
    def running(self) -> bool:
        return self.started_at is not None and self.decided_at is None

    @property
    def deadline(self) -> dt.datetime | None:
        return self.started_at + NOTIFY_WITHIN if self.started_at is not None else None

    @property
    def time_left(self) -> dt.timedelta | None:
        """Until the deadline from now (or from the decision, once there is one); negative when late."""
        if self.deadline is None:
            return None
        return self.deadline - (self.decided_at or self.now)

    @property
    def overdue(self) -> bool:
        left = self.time_left
        return left is not None and left < dt.timedelta(0)


@dataclass(frozen=True)
class Assessment:
    """An alert's assessment as recorded so far (``steps`` oldest first)."""

    alert_id: int
    protocol: str
    notifiable: str
    steps: tuple[Step, ...]
    now: dt.datetime

    @property
    def seq(self) -> int:
        """The number of the latest step (0: none): what a console passes as ``expected``."""
        return self.steps[-1].seq if self.steps else 0

    def latest(self, kind: str) -> Step | None:
        return next((step for step in reversed(self.steps) if step.step == kind), None)

    @property
    def assignment(self) -> Step | None:
        return self.latest("assign")

    @property
    def verification(self) -> Step | None:
        return self.latest("verify")

    @property
    def risk(self) -> Step | None:
        return self.latest("risk")

    @property
    def outcome(self) -> Step | None:
        return self.latest("outcome")

    @property
    def needed(self) -> bool:
        """Annex 2 applies to the alert's disease (``notifiable: annex2`` or ``always``)."""
        return self.notifiable in ("annex2", "always")

    @property
    def recommendation(self) -> Recommendation:
        verification, risk = self.verification, self.risk
        return recommend(self.notifiable, verification.verdict if verification else "",
                         risk.answers if risk else None)

    @property
    def clock(self) -> NotificationClock:
        return notification_clock(self.steps, self.now)


def recommend(notifiable: str, verdict: str, answers: Mapping[str, Answer] | None) -> Recommendation:
    """The Annex 2 rule (IHR 2005 Annex 2): an always-notifiable disease meeting the case definition, or
    at least :data:`NOTIFY_WHEN_YES` "yes" answers to the four questions, recommends notification."""
    yes = sum(answer.value == "yes" for answer in (answers or {}).values())
    if verdict == "no":
        return Recommendation(False, "not-a-case", yes)
    if notifiable == "always" and verdict == "yes":
        return Recommendation(True, "always", yes)
    if answers is None:
        return Recommendation(False, "pending", 0)
    return Recommendation(yes >= NOTIFY_WHEN_YES, "answers", yes)


def notification_clock(steps: tuple[Step, ...], now: dt.datetime) -> NotificationClock:
    """Started by the first verification that found a possible case (yes or unknown) since the latest one
    that found none; stopped by the first outcome after the start. Not running while the latest
    verification says the alert does not meet the case definition."""
    started: dt.datetime | None = None
    decided: dt.datetime | None = None
    for step in steps:
        if step.step == "verify":
            if step.verdict == "no":
                started = decided = None
            elif started is None:
                started = step.at
        elif step.step == "outcome" and started is not None and decided is None:
            decided = step.at
    return NotificationClock(now, started, decided)


# ---------------------------------------------------------------------------------------- protocols


@functools.cache
def notifiable_by_protocol() -> Mapping[str, str]:
    """Protocol code → its ``ihr: notifiable`` (``protocols/*.yaml``), loaded once."""
    from kiosk.protocols.catalog import load_catalog

    return {protocol.code: protocol.ihr_notifiable for protocol in load_catalog()}


def protocol_notifiable(code: str, table: Mapping[str, str] | None = None) -> str:
    """``always``, ``annex2`` or ``no`` for an alert's protocol. A protocol the hub does not know (a kiosk's
    newer protocol file) counts as ``annex2``: better assessed once too often than missed."""
    return (notifiable_by_protocol() if table is None else table).get(code, "annex2")


# ---------------------------------------------------------------------------------------- reading


def assessment(engine: Engine, alert_id: int, *, clock: Clock | None = None,
               notifiable: Mapping[str, str] | None = None) -> Assessment:
    """The alert's assessment so far (NotFound when the alert is not at the hub)."""
    with Session(engine) as session:
        return _read(session, alert_id, (clock or SystemClock()).now(), notifiable)


def _read(session: Session, alert_id: int, now: dt.datetime, notifiable: Mapping[str, str] | None,
          *, lock: bool = False) -> Assessment:
    if lock:
        lock_alert(session, alert_id)  # the alert's writers one at a time, without an UPDATE right on hub_alerts
    protocol = session.scalar(select(HubAlert.protocol).where(HubAlert.id == alert_id))
    if protocol is None:
        raise NotFound(f"alert {alert_id} is not in the hub database")
    rows = session.scalars(select(HubAssessmentStep).where(HubAssessmentStep.alert_id == alert_id)
                           .order_by(HubAssessmentStep.seq)).all()
    return Assessment(alert_id, protocol, protocol_notifiable(protocol, notifiable),
                      tuple(_step(row) for row in rows), now)


def _step(row: HubAssessmentStep) -> Step:
    answers = {key: Answer(getattr(row, key), getattr(row, f"{key}_why") or "")
               for key in QUESTIONS if getattr(row, key)}
    return Step(row.seq, row.step, row.actor, row.at, row.assignee or "", row.verdict or "", answers,
                row.outcome or "", row.recommended or "", row.rationale or "")


@dataclass(frozen=True)
class QueueEntry:
    """An alert waiting for its IHR assessment (see :func:`assessment_queue`)."""

    assessment: Assessment
    received_at: dt.datetime
    poe: str
    event: str

    @property
    def alert_id(self) -> int:
        return self.assessment.alert_id


QUEUE_LIMIT = 200
QUEUE_DAYS = 30
"""The queue looks back this far (received time, an indexed range): Annex 1 asks for the assessment within
48 hours, so an alert still unassessed after a month is a matter for a report, not for the desk's queue."""


def assessment_queue(engine: Engine, *, clock: Clock | None = None, notifiable: Mapping[str, str] | None = None,
                     limit: int = QUEUE_LIMIT, days: int = QUEUE_DAYS,
                     poes: frozenset[str] | None = None) -> list[QueueEntry]:
    """The Actual alerts that need an IHR assessment and have no outcome yet: their disease is one Annex 2
    covers (``notifiable: annex2`` or ``always``, or a protocol the hub does not know) and their triage is
    not closed (a duplicate or a ruled-out alert needs none). Running clocks first, the nearest deadline
    first (overdue ones at the top), then the others oldest first; received in the last ``days`` days, at
    the points of entry ``poes`` (a user's jurisdiction; None: all)."""
    now = (clock or SystemClock()).now()
    table = notifiable_by_protocol() if notifiable is None else notifiable
    not_covered = sorted(code for code, value in table.items() if value == "no")
    decided = exists().where(HubAssessmentStep.alert_id == HubAlert.id, HubAssessmentStep.step == "outcome")
    verified = exists().where(HubAssessmentStep.alert_id == HubAlert.id, HubAssessmentStep.step == "verify",
                              HubAssessmentStep.verdict != "no")
    columns = (HubAlert.id, HubAlert.protocol, HubAlert.received_at, HubAlert.poe, HubAlert.event)
    waiting = (HubAlert.received_at >= now - dt.timedelta(days=days),
               func.coalesce(HubAlert.status, "") == "Actual",  # not by the status index: by received time
               HubAlert.msg_type == "Alert", HubAlert.protocol.not_in(not_covered), ~decided,
               current_state() != "closed", *(() if poes is None else (HubAlert.poe.in_(sorted(poes)),)))
    # Two reads, each cheap at 100,000 alerts: the verified ones from the (small) steps table, the others
    # along the received-time index, oldest first, until the limit is reached.
    verifying = aliased(HubAssessmentStep)
    clocked = select(*columns).where(HubAlert.id.in_(
        select(verifying.alert_id).where(verifying.step == "verify", verifying.verdict != "no")), *waiting).limit(limit)
    unverified = select(*columns).where(~verified, *waiting).order_by(HubAlert.received_at)
    with Session(engine) as session:
        alerts = session.execute(clocked).all()
        alerts += session.execute(unverified.limit(max(0, limit - len(alerts)))).all()
        steps = _steps_of(session, [alert.id for alert in alerts])
    entries = [QueueEntry(Assessment(alert.id, alert.protocol, protocol_notifiable(alert.protocol, table),
                                     tuple(steps.get(alert.id, ())), now), alert.received_at, alert.poe, alert.event)
               for alert in alerts]
    return sorted(entries, key=_urgency)


def _urgency(entry: QueueEntry) -> tuple[int, dt.datetime]:
    deadline = entry.assessment.clock.deadline
    return (0, deadline) if deadline is not None else (1, entry.received_at)


def _steps_of(session: Session, alert_ids: list[int]) -> dict[int, list[Step]]:
    steps: dict[int, list[Step]] = {}
    for chunk in range(0, len(alert_ids), 500):
        rows = session.scalars(select(HubAssessmentStep)
                               .where(HubAssessmentStep.alert_id.in_(alert_ids[chunk:chunk + 500]))
                               .order_by(HubAssessmentStep.alert_id, HubAssessmentStep.seq))
        for row in rows:
            steps.setdefault(row.alert_id, []).append(_step(row))
    return steps


# ---------------------------------------------------------------------------------------- writing


def assign(engine: Engine, alert_id: int, assignee: str, *, actor: str, expected: int | None = None,
           clock: Clock | None = None, can: Permission | None = None,
           notifiable: Mapping[str, str] | None = None) -> Assessment:
    """Assign the alert's assessment to ``assignee`` (again: a new assignment replaces it, both stay)."""
    if not " ".join(assignee.split()):
        raise AssessmentRefused("assignee", QT_TR_NOOP("Enter the officer the alert is assigned to."))
    name = officer_name(assignee)
    return _append(engine, alert_id, "assign", actor, expected, clock, can, notifiable,
                   lambda _current: {"assignee": name})


def verify(engine: Engine, alert_id: int, verdict: str, rationale: str, *, actor: str,
           expected: int | None = None, clock: Clock | None = None, can: Permission | None = None,
           notifiable: Mapping[str, str] | None = None) -> Assessment:
    """Record whether the alert meets the case definition (``yes``, ``no``, ``unknown``) and why."""
    if verdict not in VERDICTS:
        raise AssessmentRefused("verdict", QT_TR_NOOP("Choose yes, no or unknown."))
    why = _rationale("rationale", rationale)
    return _append(engine, alert_id, "verify", actor, expected, clock, can, notifiable,
                   lambda _current: {"verdict": verdict, "rationale": why})


def assess_risk(engine: Engine, alert_id: int, answers: Mapping[str, tuple[str, str]], *, actor: str,
                expected: int | None = None, clock: Clock | None = None, can: Permission | None = None,
                notifiable: Mapping[str, str] | None = None) -> Assessment:
    """Record the four Annex 2 answers: question key (:data:`QUESTIONS`) → (``yes``/``no``, rationale)."""
    values = checked_answers(answers)

    def row(current: Assessment) -> dict[str, str]:
        if current.verification is None:
            raise AssessmentRefused("verdict", QT_TR_NOOP("Verify the alert before its risk assessment."))
        if current.verification.verdict == "no":
            raise AssessmentRefused("verdict", QT_TR_NOOP(
                "The alert does not meet the case definition: verify it again before a risk assessment."))
        return values

    return _append(engine, alert_id, "risk", actor, expected, clock, can, notifiable, row)


def checked_answers(answers: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    """The four answers as columns; each must be yes or no with a rationale (refusal names the question)."""
    unknown = set(answers) - set(QUESTIONS)
    if unknown:
        raise InputError("answers", f"not Annex 2 questions: {', '.join(sorted(unknown))}")
    values: dict[str, str] = {}
    for key in QUESTIONS:
        value, why = answers.get(key, ("", ""))
        if value not in ANSWERS:
            raise AssessmentRefused(key, QT_TR_NOOP("Answer yes or no."))
        values[key] = value
        values[f"{key}_why"] = _rationale(key, why)
    return values


def decide(engine: Engine, alert_id: int, outcome: str, reason: str = "", *, actor: str,
           expected: int | None = None, clock: Clock | None = None, can: Permission | None = None,
           notifiable: Mapping[str, str] | None = None) -> Assessment:
    """Record the outcome (``monitor``, ``respond``, ``notify``); see :func:`outcome_refusal` for the rules."""
    if outcome not in OUTCOMES:
        raise AssessmentRefused("outcome", QT_TR_NOOP("Choose monitor, respond or notify."))
    reason = reason.strip()

    def row(current: Assessment) -> dict[str, str]:
        refusal = outcome_refusal(current, outcome, reason)
        if refusal is not None:
            raise refusal
        recommendation = current.recommendation
        return {"outcome": outcome, "recommended": recommendation.code,
                "rationale": _rationale("reason", reason, required=False)}

    return _append(engine, alert_id, "outcome", actor, expected, clock, can, notifiable, row)


def outcome_refusal(current: Assessment, outcome: str, reason: str) -> AssessmentRefused | None:
    """Why ``outcome`` cannot be recorded now, or None. A verification comes first; the four answers too,
    unless the verification found no case or the disease is always notifiable and a case; an outcome
    other than the recommendation (IHR 2005 Annex 2) needs ``reason``."""
    verification = current.verification
    if verification is None:
        return AssessmentRefused("verdict", QT_TR_NOOP("Verify the alert before its outcome."))
    recommendation = current.recommendation
    if recommendation.basis == "pending":
        return AssessmentRefused("answers", QT_TR_NOOP("Answer the four Annex 2 questions before the outcome."))
    if (outcome == "notify") != recommendation.notify and not reason.strip():
        if recommendation.notify:
            return AssessmentRefused("reason", QT_TR_NOOP(
                "The Annex 2 instrument recommends notifying the National IHR Focal Point: give the reason "
                "for another outcome."))
        return AssessmentRefused("reason", QT_TR_NOOP(
            "The Annex 2 instrument does not recommend notification: give the reason for notifying."))
    return None


def _rationale(field_name: str, text: str, *, required: bool = True) -> str:
    text = text.strip()
    if required and not text:
        raise AssessmentRefused(field_name, QT_TR_NOOP("Write the rationale."))
    if len(text) > RATIONALE_MAX:
        raise AssessmentRefused(field_name, QT_TR_NOOP("At most %1 characters (%2 given)."), RATIONALE_MAX, len(text))
    return text


def _append(engine: Engine, alert_id: int, kind: str, actor: str, expected: int | None, clock: Clock | None,
            can: Permission | None, notifiable: Mapping[str, str] | None,
            columns: Callable[[Assessment], Mapping[str, str]]) -> Assessment:
    """Write one step of ``kind`` by ``actor`` if the assessment is still at ``expected`` (the sequence
    number the officer saw; None: whatever it is), with the columns ``columns(current)`` gives."""
    actor = officer_name(actor)
    if can is not None and not can(actor, ACTIONS[kind]):
        raise StepDenied(actor, kind)
    now = (clock or SystemClock()).now()
    try:
        with Session(engine) as session, session.begin():
            current = _read(session, alert_id, now, notifiable, lock=True)
            if expected is not None and current.seq != expected and current.steps:
                last = current.steps[-1]
                raise AssessmentConflict(QT_TR_NOOP(
                    "%1 recorded a step at %2 UTC since you looked; look at the assessment again."),
                    last.actor, f"{last.at:%Y-%m-%d %H:%M}")
            if expected is not None and current.seq != expected:
                raise AssessmentConflict(QT_TR_NOOP(
                    "Another console recorded a step at the same moment; look at the assessment again."))
            session.add(HubAssessmentStep(alert_id=alert_id, seq=current.seq + 1, step=kind, actor=actor, at=now,
                                          **columns(current)))
    except IntegrityError:
        raise AssessmentConflict(QT_TR_NOOP(
            "Another console recorded a step at the same moment; look at the assessment again.")) from None
    with Session(engine) as session:
        return _read(session, alert_id, now, notifiable)
