"""The screening service: the one way encounters, decisions, referrals and alerts are written.

Every screen of the window, the CLI, load generation and training exercises go through
:class:`ScreeningService`. Each public method is one transaction. Completing an encounter writes the
encounter, the traveller, the referral (for ``refer``/``isolate``), the alert in the outbox and the
audit events together, or nothing at all.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from kiosk.clock import Clock
from kiosk.consistency import check_consistent
from kiosk.errors import InputError, KioskError, NotFound
from kiosk.protocols.model import leading_flag, leading_protocol
from kiosk.records import ScreeningRecord, parse_record
from kiosk.store import Store
from kiosk.store import models as m

log = logging.getLogger(__name__)

MODES = ("actual", "exercise", "test")
REFERRAL_DISPOSITIONS = ("refer", "isolate")
OPEN_STATUSES = ("draft", "awaiting_secondary")
MAX_EXERCISE_ID = 40

# Core statements of the completion path, built once (building them per call cost more than the commit).
_ENCOUNTERS, _TRAVELLERS = m.Encounter.__table__, m.Traveller.__table__
_ENCOUNTER_STATUS = select(_ENCOUNTERS.c.status, _ENCOUNTERS.c.mode, _ENCOUNTERS.c.exercise_id).where(
    _ENCOUNTERS.c.id == bindparam("b_id"))
_SET_ENCOUNTER = _ENCOUNTERS.update().where(_ENCOUNTERS.c.id == bindparam("b_id"))
_COMPLETE_ENCOUNTER = (
    _ENCOUNTERS.update()
    .where(_ENCOUNTERS.c.id == bindparam("b_id"), or_(*(_ENCOUNTERS.c.status == status for status in OPEN_STATUSES)),
           _ENCOUNTERS.c.mode == bindparam("b_mode"),
           _ENCOUNTERS.c.exercise_id.is_not_distinct_from(bindparam("b_exercise")))
    .returning(_ENCOUNTERS.c.parent_id)
)
_FIND_TRAVELLER = select(_TRAVELLERS.c.id, _TRAVELLERS.c.reference).where(
    _TRAVELLERS.c.document_number == bindparam("b_document"), _TRAVELLERS.c.nationality == bindparam("b_nationality"))
_INSERT_TRAVELLER = _TRAVELLERS.insert()
_INSERT_REFERRAL = m.Referral.__table__.insert()
_INSERT_AUDIT = m.AuditEvent.__table__.insert()

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True)
class SiteInfo:
    id: str
    name: str
    kind: str
    country: str


@dataclass(frozen=True)
class KioskContext:
    """Where screening happens and whether it is real: ``mode`` is actual, exercise or test."""

    site: SiteInfo
    kiosk_id: str
    mode: str = "actual"
    exercise_id: str | None = None

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        if self.mode == "exercise" and not self.exercise_id:
            raise ValueError("an exercise needs an exercise_id")
        if self.exercise_id and len(self.exercise_id) > MAX_EXERCISE_ID:
            raise ValueError(f"an exercise_id has at most {MAX_EXERCISE_ID} characters (it goes into slip QR codes)")


class Rules:
    """The protocol catalog and the situation in force; swapped atomically when the hub sends a bundle."""

    def __init__(self, catalog: Any, situation: Any) -> None:
        self._lock = threading.Lock()
        self._pair = (catalog, situation)

    @classmethod
    def shipped(cls) -> Rules:
        from kiosk.protocols import load_catalog, load_situation

        return cls(load_catalog(), load_situation())

    @property
    def catalog(self) -> Any:
        return self._pair[0]

    @property
    def situation(self) -> Any:
        return self._pair[1]

    def replace_situation(self, situation: Any) -> None:
        with self._lock:
            self._pair = (self._pair[0], situation)

    def evaluate(self, record: ScreeningRecord, as_of: dt.date | None = None) -> Any:
        from kiosk.protocols import evaluate

        catalog, situation = self._pair
        return evaluate(record, catalog, situation, as_of=as_of)


@dataclass(frozen=True)
class _EncounterFacts:
    """What the alert builder reads of an encounter being completed (no ORM object on the hot path)."""

    id: str
    record: dict[str, Any]
    evaluation: dict[str, Any]
    disposition: str


@dataclass(frozen=True)
class Decision:
    """The officer's decision. ``disposition`` None accepts the recommendation."""

    officer_id: str
    disposition: str | None = None
    override_reason: str = ""
    set_aside: tuple[Mapping[str, str], ...] = ()
    """What the officer confirmed setting aside by choosing a less protective disposition
    (``{"protocol": "EVD", "disposition": "isolate"}``...): audited with the reason."""
    contact: Any = None
    """A ``kiosk.follow_up.FollowUpContact`` the traveller agreed to give for follow-up (``monitor`` or a
    referral), or None."""


@dataclass(frozen=True)
class Completed:
    encounter_id: str
    disposition: str
    recommended: str
    evaluation: dict[str, Any]
    referral_id: str | None
    alert_identifier: str | None
    traveller_reference: str | None
    leading_protocol: str = ""
    """The leading flag's protocol, stored with the encounter (``kiosk.protocols.leading_protocol``)."""


@dataclass(frozen=True)
class DraftSummary:
    encounter_id: str
    stage: str
    sop_id: str
    officer_id: str | None
    updated_at: dt.datetime
    answers: dict[str, Any]
    path: list[Any]
    language: str
    recommended: str = ""
    """The recommended disposition when it went to secondary ("" for a draft)."""
    protocol: str = ""
    """The leading protocol (else the evaluation's alert's, else its first flag's); "" when nothing was flagged."""
    severity: str = ""
    """The CAP severity of the evaluation's alert ("" without an alert)."""
    urgency: str = ""
    flagged_at: dt.datetime | None = None


@dataclass(frozen=True)
class TodayCounts:
    screened: int
    flagged: int
    referred: int
    isolated: int
    awaiting_secondary: int


class ScreeningService:
    def __init__(self, store: Store, clock: Clock, rules: Rules, context: KioskContext) -> None:
        self.store = store
        self.clock = clock
        self.rules = rules
        self.context = context
        self.session_setups: list[Any] = []
        """Called with every new ``kiosk.session.ScreeningSession`` (plug its hooks in there)."""

    # ------------------------------------------------------------------------------------ set-up

    def ensure_site(self) -> None:
        site = self.context.site
        with self.store.transaction() as session:
            if session.get(m.Site, site.id) is None:
                session.add(m.Site(id=site.id, name=site.name, kind=site.kind, country=site.country,
                                   created_at=self.clock.now()))

    # ------------------------------------------------------------------------------------ drafts

    def start(self, *, officer_id: str | None, sop_id: str, sop_version: str, stage: str = "primary",
              parent_id: str | None = None, language: str = "en") -> str:
        """Open a draft encounter; returns its id."""
        if stage not in ("primary", "secondary"):
            raise InputError("stage", f"{stage!r} is not primary or secondary")
        now = self.clock.now()
        encounter_id = str(uuid.uuid4())
        with self.store.transaction() as session:
            self._require_site(session)
            session.add(m.Encounter(
                id=encounter_id, site_id=self.context.site.id, kiosk_id=self.context.kiosk_id,
                officer_id=officer_id, parent_id=parent_id, stage=stage, sop_id=sop_id,
                sop_version=sop_version, status="draft", language=language, answers={}, path=[],
                mode=self.context.mode, exercise_id=self.context.exercise_id, started_at=now, updated_at=now,
            ))
            if parent_id:
                parent = self._draft(session, parent_id)
                parent.status = "in_secondary"
                parent.updated_at = now
        return encounter_id

    def save_progress(self, encounter_id: str, answers: Mapping[str, Any], path: list[Any],
                      language: str | None = None) -> None:
        """Save the draft's answers as they are given (called after every answer; Core statements: the
        ORM's bookkeeping cost more than the commit)."""
        values = {"answers": dict(answers), "path": list(path), "updated_at": self.clock.now(),
                  **({"language": language} if language else {})}
        with self.store.connection() as connection:
            row = connection.execute(_ENCOUNTER_STATUS, {"b_id": encounter_id}).first()
            if row is None:
                raise NotFound(f"no encounter {encounter_id}")
            if (row.mode, row.exercise_id) != (self.context.mode, self.context.exercise_id):
                raise _other_mode(encounter_id, row.mode, row.exercise_id)
            if row.status not in OPEN_STATUSES:
                raise KioskError(f"encounter {encounter_id} is already {row.status}")
            connection.execute(_SET_ENCOUNTER, {"b_id": encounter_id, **values})

    def drafts(self) -> list[DraftSummary]:
        """Unfinished screenings of this kiosk, newest first (offered for resumption at start-up)."""
        with self.store.reading() as session:
            rows = session.scalars(
                select(m.Encounter)
                .where(m.Encounter.kiosk_id == self.context.kiosk_id, m.Encounter.status == "draft", *self._this_mode())
                .order_by(m.Encounter.updated_at.desc())
            ).all()
            return [_summary(row) for row in rows]

    def abandon(self, encounter_id: str, officer_id: str | None, reason: str) -> None:
        with self.store.transaction() as session:
            encounter = self._draft(session, encounter_id)
            encounter.status = "abandoned"
            encounter.updated_at = self.clock.now()
            self._audit(session.connection(), officer_id, "encounter.abandoned", "encounter", encounter_id, {"reason": reason})
            from kiosk.alerts.early_notice import abandon_open_notice

            notice_update = abandon_open_notice(session.connection(), encounter_id=encounter_id, reason=reason,
                                                context=self.context, now=self.clock.now())
        if notice_update is not None:
            from kiosk.alerts.outbox import notify_enqueued

            notify_enqueued()

    # ------------------------------------------------------------------------------------ evaluation

    def evaluate(self, record_data: Mapping[str, Any]) -> Any:
        """Validate the record data and evaluate it against the rules in force (no writes)."""
        return self.rules.evaluate(parse_record(record_data))

    def refer_to_secondary(self, encounter_id: str, record_data: Mapping[str, Any], officer_id: str | None) -> None:
        """Primary screening found something: queue the traveller for the health officer."""
        record = parse_record(record_data)
        evaluation = self.rules.evaluate(record)
        with self.store.transaction() as session:
            encounter = self._draft(session, encounter_id)
            encounter.record = record.to_json()
            encounter.evaluation = evaluation.to_json(full=True)
            encounter.recommended_disposition = evaluation.disposition
            encounter.leading_protocol = leading_protocol(evaluation)  # "" without flags; NULL: before 0007
            encounter.status = "awaiting_secondary"
            encounter.updated_at = self.clock.now()
            self._audit(session.connection(), officer_id, "encounter.to_secondary", "encounter", encounter_id,
                        {"recommended": evaluation.disposition})

    def secondary_queue(self) -> list[DraftSummary]:
        """Travellers waiting for the health officer, worst first (recommended disposition, then the
        alert's severity and urgency), then longest waiting first; each with its protocol and severity."""
        with self.store.reading() as session:
            rows = session.scalars(
                select(m.Encounter)
                .where(m.Encounter.site_id == self.context.site.id, m.Encounter.status == "awaiting_secondary",
                       *self._this_mode())
                .order_by(m.Encounter.updated_at)
            ).all()
            return sorted((_summary(row) for row in rows), key=_worst_first)

    # ------------------------------------------------------------------------------------ completion

    def complete(self, encounter_id: str, record_data: Mapping[str, Any], decision: Decision, *,
                 progress: tuple[Mapping[str, Any], list[Any], str] | None = None) -> Completed:
        """Validate, evaluate and record the decision with its outputs, in one transaction.

        ``progress`` (answers, path, language) saves the draft's last answers in the same transaction
        (what :meth:`save_progress` would have written just before).

        Written with Core statements (not the ORM unit of work): completing is the hot path of a busy
        crossing, and the ORM's bookkeeping cost several times the commit itself.
        """
        record = parse_record(record_data)
        check_consistent(record)  # the slip must not say "born 1974 / 34 years"
        evaluation = self.rules.evaluate(record)
        recommended = evaluation.disposition
        leading = leading_protocol(evaluation)
        disposition = decision.disposition or recommended
        reason = decision.override_reason.strip()
        _check_decision(disposition, recommended, reason)
        now = self.clock.now()
        facts = _EncounterFacts(encounter_id, record.to_json(), evaluation.to_json(full=True), disposition)
        saved = {} if progress is None else {"answers": dict(progress[0]), "path": list(progress[1]),
                                             **({"language": progress[2]} if progress[2] else {})}
        with self.store.connection() as connection:
            traveller_id, reference = self._traveller_for(connection, record, now)
            completed = connection.execute(_COMPLETE_ENCOUNTER, {
                "b_id": encounter_id, "b_mode": self.context.mode, "b_exercise": self.context.exercise_id,
                **saved, "traveller_id": traveller_id, "record": facts.record,
                "evaluation": facts.evaluation, "recommended_disposition": recommended,
                "leading_protocol": leading,  # "" without flags; NULL only on rows from before 0007
                "disposition": disposition, "override_reason": reason or None, "decided_by": decision.officer_id,
                "status": "completed", "updated_at": now, "completed_at": now,
            }).first()
            if completed is None:
                raise self._not_open(connection, encounter_id)
            if parent_id := completed.parent_id:
                connection.execute(_SET_ENCOUNTER, {"b_id": parent_id, "status": "closed_in_secondary", "updated_at": now})
            referral_id = self._referral_for(connection, encounter_id, evaluation, disposition, now)
            alert_identifier = self._alert_for(connection, facts, evaluation, reference)
            from kiosk.follow_up import record_follow_up

            follow_up = record_follow_up(connection, encounter_id=encounter_id, evaluation=facts.evaluation,
                                         leading=leading, disposition=disposition, reference=reference,
                                         contact=decision.contact, officer_id=decision.officer_id,
                                         context=self.context, clock=self.clock)
            self._audit(connection, decision.officer_id, "encounter.completed", "encounter", encounter_id,
                        {"disposition": disposition, "recommended": recommended})
            if disposition != recommended:
                self._audit(connection, decision.officer_id, "decision.override", "encounter", encounter_id,
                            {"recommended": recommended, "chosen": disposition, "reason": reason})
            if decision.set_aside:
                self._audit(connection, decision.officer_id, "decision.set_aside_confirmed", "encounter",
                            encounter_id, {"chosen": disposition, "reason": reason,
                                           "set_aside": [dict(item) for item in decision.set_aside]})
        if alert_identifier or follow_up:
            from kiosk.alerts.outbox import notify_enqueued

            notify_enqueued()
        return Completed(encounter_id, disposition, recommended, facts.evaluation, referral_id, alert_identifier,
                         reference, leading)

    def _not_open(self, connection: Connection, encounter_id: str) -> KioskError:
        """Why an encounter could not be completed (the transaction is rolled back by the caller)."""
        row = connection.execute(_ENCOUNTER_STATUS, {"b_id": encounter_id}).first()
        if row is None:
            return NotFound(f"no encounter {encounter_id}")
        if (row.mode, row.exercise_id) != (self.context.mode, self.context.exercise_id):
            return _other_mode(encounter_id, row.mode, row.exercise_id)
        return KioskError(f"encounter {encounter_id} is already {row.status}")

    def _traveller_for(self, connection: Connection, record: ScreeningRecord, now: dt.datetime) -> tuple[str, str]:
        """(id, pseudonymous reference) of the traveller; identity fields only when the officer captured them."""
        identity = vars(record.traveller) if record.traveller else {}
        if identity.get("document_number") and identity.get("nationality"):
            existing = connection.execute(
                _FIND_TRAVELLER, {"b_document": identity["document_number"], "b_nationality": identity["nationality"]}
            ).first()
            if existing is not None:
                return existing.id, existing.reference
        traveller_id, reference = str(uuid.uuid4()), new_reference("T")
        connection.execute(
            _INSERT_TRAVELLER, {**identity, "id": traveller_id, "reference": reference, "created_at": now})
        return traveller_id, reference

    def _referral_for(self, connection: Connection, encounter_id: str, evaluation: Any, disposition: str,
                      now: dt.datetime) -> str | None:
        if disposition not in REFERRAL_DISPOSITIONS:
            return None
        flag = leading_flag(evaluation)
        referral_id = new_reference("R")
        connection.execute(_INSERT_REFERRAL, {
            "id": referral_id, "encounter_id": encounter_id, "disposition": disposition,
            "protocol": flag.protocol if flag else "", "follow_up_until": flag.follow_up_until if flag else None,
            "created_at": now,
        })
        return referral_id

    def _alert_for(self, connection: Connection, facts: _EncounterFacts, evaluation: Any,
                   traveller_reference: str | None) -> str | None:
        if evaluation.alert is None:  # an early notice of this screening, if any, is cancelled
            from kiosk.alerts.early_notice import cancel_open_notice

            return cancel_open_notice(connection, encounter_id=facts.id, disposition=facts.disposition,
                                      recommended=evaluation.disposition, context=self.context, now=self.clock.now())
        from kiosk.alerts.outbox import enqueue_alert

        return enqueue_alert(
            connection, encounter=facts, evaluation=evaluation, context=self.context, clock=self.clock,
            traveller_reference=traveller_reference,
        )

    # ------------------------------------------------------------------------------------ reading

    def encounter(self, encounter_id: str) -> m.Encounter:
        with self.store.reading() as session:
            return self._encounter(session, encounter_id)

    def today(self) -> TodayCounts:
        """Counts for the home screen, for this site, mode (and exercise) and UTC day."""
        start = dt.datetime.combine(self.clock.today(), dt.time(), dt.UTC)
        done = and_(m.Encounter.site_id == self.context.site.id, *self._this_mode(),
                    m.Encounter.status == "completed", m.Encounter.completed_at >= start)
        with self.store.reading() as session:
            def count(*conditions: Any) -> int:
                return session.scalar(select(func.count()).select_from(m.Encounter).where(done, *conditions)) or 0

            waiting = session.scalar(
                select(func.count()).select_from(m.Encounter).where(
                    m.Encounter.site_id == self.context.site.id, *self._this_mode(),
                    m.Encounter.status == "awaiting_secondary")
            ) or 0
            return TodayCounts(
                screened=count(),
                flagged=count(m.Encounter.recommended_disposition != "clear"),
                referred=count(m.Encounter.disposition == "refer"),
                isolated=count(m.Encounter.disposition == "isolate"),
                awaiting_secondary=waiting,
            )

    # ------------------------------------------------------------------------------------ internals

    def _require_site(self, session: Session) -> None:
        if session.get(m.Site, self.context.site.id) is None:
            raise KioskError(f"site {self.context.site.id} is not set up on this kiosk")

    def _encounter(self, session: Session, encounter_id: str) -> m.Encounter:
        encounter = session.get(m.Encounter, encounter_id)
        if encounter is None:
            raise NotFound(f"no encounter {encounter_id}")
        return encounter

    def _draft(self, session: Session, encounter_id: str) -> m.Encounter:
        encounter = self._encounter(session, encounter_id)
        if (encounter.mode, encounter.exercise_id) != (self.context.mode, self.context.exercise_id):
            raise _other_mode(encounter_id, encounter.mode, encounter.exercise_id)
        if encounter.status not in OPEN_STATUSES:
            raise KioskError(f"encounter {encounter_id} is already {encounter.status}")
        return encounter

    def _this_mode(self) -> tuple[Any, ...]:
        """Encounters of the mode in force (and of the same exercise): real and exercise work never mix."""
        return (m.Encounter.mode == self.context.mode,
                m.Encounter.exercise_id.is_not_distinct_from(self.context.exercise_id))

    def _audit(self, connection: Connection, actor: str | None, action: str, entity: str, entity_id: str,
               detail: dict[str, Any]) -> None:
        record_audit(connection, self.clock, self.context, actor, action, entity, entity_id, detail)


def record_audit(connection: Connection, clock: Clock, context: KioskContext, actor: str | None, action: str,
                 entity: str = "", entity_id: str = "", detail: dict[str, Any] | None = None) -> None:
    """Append one audit event in the caller's transaction (a Session's: pass ``session.connection()``)."""
    connection.execute(_INSERT_AUDIT, {
        "at": clock.now(), "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
        "site_id": context.site.id, "kiosk_id": context.kiosk_id, "detail": detail or {},
    })


def _other_mode(encounter_id: str, mode: str, exercise_id: str | None) -> KioskError:
    where = f"exercise {exercise_id}" if mode == "exercise" else f"{mode} mode"
    return KioskError(f"encounter {encounter_id} belongs to {where}, not to the screening in force on this kiosk")


def new_reference(prefix: str, length: int = 10) -> str:
    """A short random reference in Crockford base32 (no I, L, O, U: easy to read aloud)."""
    return prefix + "".join(secrets.choice(_CROCKFORD) for _ in range(length))


def _check_decision(disposition: str, recommended: str, reason: str) -> None:
    from kiosk.protocols import DISPOSITIONS

    if disposition not in DISPOSITIONS:
        raise InputError("disposition", f"{disposition!r} is not one of {', '.join(DISPOSITIONS)}")
    if disposition != recommended and len(reason) < 5:
        raise InputError("override_reason", f"is required to change the recommendation {recommended} to {disposition}")


def _summary(row: m.Encounter) -> DraftSummary:
    evaluation = row.evaluation or {}
    alert = evaluation.get("alert") or {}
    flags = evaluation.get("flags") or []
    protocol = row.leading_protocol or alert.get("protocol") or (flags[0].get("protocol", "") if flags else "")
    return DraftSummary(row.id, row.stage, row.sop_id, row.officer_id, row.updated_at, dict(row.answers or {}),
                        list(row.path or []), row.language, recommended=row.recommended_disposition or "",
                        protocol=protocol, severity=alert.get("severity", ""), urgency=alert.get("urgency", ""),
                        flagged_at=row.flagged_at)


def _worst_first(summary: DraftSummary) -> tuple[int, int, int, dt.datetime]:
    from kiosk.protocols import DISPOSITIONS, SEVERITIES, URGENCIES

    rank = DISPOSITIONS.index(summary.recommended) if summary.recommended in DISPOSITIONS else 0
    severity = SEVERITIES.index(summary.severity) if summary.severity in SEVERITIES else len(SEVERITIES)
    urgency = URGENCIES.index(summary.urgency) if summary.urgency in URGENCIES else len(URGENCIES)
    return (-rank, severity, urgency, summary.updated_at)
