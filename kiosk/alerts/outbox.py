"""The durable outbox: alerts are written in the screening transaction and drained by the publisher.

Paho keeps unsent messages in memory only; this table is the real queue. A row moves
``queued`` → ``sent`` (the broker's PUBACK, reason < 0x80) → ``acked`` (the hub's CAP Ack), or to
``dead`` when the broker refuses it (reason ≥ 0x80, e.g. 0x87 not authorised by the ACL). A
supervisor moves ``dead`` rows back to ``queued`` once the cause is fixed (:func:`requeue_dead`).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from kiosk.alerts.cap import MODE_STATUS, AlertContent, build_alert
from kiosk.clock import Clock
from kiosk.store import models as m

if TYPE_CHECKING:
    from kiosk.auth import OfficerInfo
    from kiosk.store import Store

log = logging.getLogger(__name__)

STATUSES = ("queued", "sent", "acked", "dead")
DELIVERY_STATES = {"queued": "queued", "sent": "at_broker", "acked": "acknowledged", "dead": "dead"}
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_INSERT_OUTBOX = m.OutboxMessage.__table__.insert()
MAX_REQUEUE_REASON = 500


# ---------------------------------------------------------------------------------------- ids


class _Ulid:
    """Monotonic ULIDs: 48-bit milliseconds + 80 random bits, strictly increasing within a process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last = 0

    def new(self) -> str:
        with self._lock:
            value = (int(time.time() * 1000) << 80) | int.from_bytes(os.urandom(10), "big")
            if value <= self._last:
                value = self._last + 1
            self._last = value
        return "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(125, -1, -5))


new_ulid = _Ulid().new


# ---------------------------------------------------------------------------------------- topics


def topic_base(country: str, poe: str, kiosk_id: str) -> str:
    return f"poe/v1/{country}/{poe}/{kiosk_id}"


def alert_topic(country: str, poe: str, kiosk_id: str, mode: str) -> str:
    """``poe/v1/{country}/{poe}/{kiosk}/alerts/{actual|exercise|test}``."""
    if mode not in MODE_STATUS:
        raise ValueError(f"mode {mode!r} is not actual, exercise or test")
    for name, part in (("country", country), ("point of entry", poe), ("kiosk id", kiosk_id)):
        if not part or any(c in part for c in "/+#$ ") :
            raise ValueError(f"{name} {part!r} cannot be used in an MQTT topic")
    return f"{topic_base(country, poe, kiosk_id)}/alerts/{mode}"


REPORT_KINDS = ("aggregates", "follow-up")
"""Messages other than alerts a kiosk sends over the outbox, each on its own topic next to the alerts:
daily aggregates (``kiosk.aggregates``) and follow-up records (``kiosk.follow_up``)."""


def report_topic(country: str, poe: str, kiosk_id: str, kind: str) -> str:
    """``poe/v1/{country}/{poe}/{kiosk}/{aggregates|follow-up}``."""
    if kind not in REPORT_KINDS:
        raise ValueError(f"report kind {kind!r} is not one of {', '.join(REPORT_KINDS)}")
    alert_topic(country, poe, kiosk_id, "actual")  # the same checks of each part
    return f"{topic_base(country, poe, kiosk_id)}/{kind}"


def report_filter(kind: str) -> str:
    """The hub's subscription filter of one report kind (every kiosk)."""
    return f"poe/v1/+/+/+/{kind}"


def ack_topic_for_report_topic(topic: str) -> str | None:
    """The ack topic of the kiosk that published a report on ``topic`` (None when it is not one)."""
    parts = topic.split("/")
    if len(parts) != 6 or parts[:2] != ["poe", "v1"] or parts[5] not in REPORT_KINDS:
        return None
    return "/".join([*parts[:5], "acks"])


def enqueue_report(connection: Connection, *, kind: str, identifier: str, payload: bytes, context: Any,
                   now: dt.datetime) -> None:
    """Write one report message (not an alert) into the outbox, in the caller's transaction: it is
    delivered, re-sent and acknowledged by the hub exactly like an alert (the hub's CAP Ack names
    ``identifier``). Always mode ``actual``: what it counts or carries says itself what is real. No
    ``encounter_id``: an encounter's outbox rows are its CAP messages (``screening_alerts`` parses them)."""
    site = context.site
    connection.execute(_INSERT_OUTBOX, {
        "id": new_ulid(), "encounter_id": None, "alert_identifier": identifier,
        "topic": report_topic(site.country, site.id, context.kiosk_id, kind), "payload": payload, "qos": 1,
        "properties": {"user": {"kind": kind, "report-id": identifier, "kiosk-id": context.kiosk_id}},
        "status": "queued", "attempts": 0, "last_error": "", "mode": "actual", "created_at": now,
    })


def status_topic(country: str, poe: str, kiosk_id: str) -> str:
    return f"{topic_base(country, poe, kiosk_id)}/status"


def ack_topic(country: str, poe: str, kiosk_id: str) -> str:
    """Where the hub sends this kiosk's CAP Acks."""
    return f"{topic_base(country, poe, kiosk_id)}/acks"


def ack_topic_for_alert_topic(topic: str) -> str | None:
    """The ack topic of the kiosk that published on ``topic`` (None when it is not an alert topic)."""
    parts = topic.split("/")
    if len(parts) != 7 or parts[:2] != ["poe", "v1"] or parts[5] != "alerts":
        return None
    return "/".join([*parts[:5], "acks"])


def situation_topic(country: str) -> str:
    """The retained, signed situation bundle of a country."""
    return f"hub/v1/{country}/situation"


# ---------------------------------------------------------------------------------------- enqueue


def alert_content(*, encounter: Any, evaluation: Any, context: Any, sent: Any, identifier: str,
                  traveller_reference: str | None, flagged_at: dt.datetime | None = None) -> AlertContent:
    """Map an encounter and its evaluation to CAP fields (pseudonymous reference only).

    ``flagged_at``: when the kiosk first flagged the traveller (``sent`` when not known), as the
    ``flagged-at`` parameter."""
    alert = evaluation.alert
    # the alerting flag: the leading one whenever it alerts (``kiosk.protocols.lead_key``)
    flag = next((f for f in getattr(evaluation, "flags", ()) or () if f.protocol == alert.protocol), None)
    record = encounter.record or {}
    parameters: dict[str, str] = {"protocol": alert.protocol}
    if flag is not None and getattr(flag, "risk", None):
        parameters["risk"] = str(flag.risk)
    parameters["disposition"] = encounter.disposition or evaluation.disposition
    parameters["recommended-disposition"] = evaluation.disposition
    if record.get("temperature_c") is not None:
        parameters["temperature"] = f"{float(record['temperature_c']):.1f}"
    parameters["point-of-entry"] = context.site.id
    if traveller_reference:
        parameters["traveller-reference"] = traveller_reference
    parameters["encounter"] = encounter.id
    parameters["flagged-at"] = iso_utc(flagged_at or sent)
    for name in ("situation_version", "protocols_version"):
        value = getattr(evaluation, name, None)
        if value:
            parameters[name.replace("_", "-")] = str(value)
    follow_up = getattr(flag, "follow_up_until", None) if flag is not None else None
    if follow_up:
        parameters["follow-up-until"] = str(follow_up)
    parameters.update(clinical_parameters(record, getattr(flag, "reasons", ()) if flag is not None else ()))
    status = MODE_STATUS[context.mode]
    return AlertContent(
        identifier=identifier,
        sender=context.kiosk_id,
        sent=sent,
        status=status,
        note=f"EXERCISE {context.exercise_id}" if context.mode == "exercise" else "",
        event=alert.event,
        urgency=alert.urgency,
        severity=alert.severity,
        certainty=alert.certainty,
        event_codes={"poe-protocol": alert.protocol},
        parameters=parameters,
        area_desc=f"{context.site.name} ({context.site.id}), {context.site.country}",
        geocodes={"poe-id": context.site.id, "ISO3166-1": context.site.country},
    )


def clinical_parameters(record: dict[str, Any], reasons: Any) -> dict[str, str]:
    """What the hub's officer needs to judge the case, no identity: ``symptoms`` and ``exposures`` (codes,
    comma-separated), ``symptom-onset`` (a date), ``itinerary`` (``GN:2026-12-04;SL:2026-11-30``: each
    country and the day the traveller left it) and the decision's ``reasons`` (`` | ``-separated)."""
    out: dict[str, str] = {}
    if record.get("symptoms"):
        out["symptoms"] = ",".join(str(code) for code in record["symptoms"])
    if record.get("symptom_onset"):
        out["symptom-onset"] = str(record["symptom_onset"])
    if record.get("itinerary"):
        out["itinerary"] = ";".join(f"{stay.get('country', '')}:{stay.get('left', '')}" for stay in record["itinerary"])
    if record.get("exposures"):
        out["exposures"] = ",".join(str(code) for code in record["exposures"])
    if reasons:
        out["reasons"] = " | ".join(str(reason) for reason in reasons)
    return out


def user_properties(identifier: str, status: str, kiosk_id: str, exercise_id: str | None) -> dict[str, str]:
    props = {"alert-id": identifier, "status": status, "kiosk-id": kiosk_id}
    if exercise_id:
        props["exercise-id"] = exercise_id
    return props


def iso_utc(value: dt.datetime) -> str:
    """``2026-12-07T23:26:04Z``: ISO-8601 in UTC, seconds precision (the ``flagged-at`` parameter)."""
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_alert_identifier(context: Any) -> str:
    return f"{context.site.id}-{new_ulid()}"


def enqueue_alert(connection: Connection, *, encounter: Any, evaluation: Any, context: Any, clock: Clock,
                  traveller_reference: str | None) -> str:
    """Write the CAP alert of ``encounter`` into the outbox, in the caller's transaction; its identifier.

    ``encounter`` is anything with ``id``, ``record`` and ``disposition`` (its row must already be written).
    When an early notice of this screening is still open, the alert is its CAP ``Update`` (referencing it)
    and closes it (:mod:`kiosk.alerts.early_notice`).
    Call :func:`notify_enqueued` once the transaction has committed, so that publishers send it at once.
    """
    from kiosk.alerts.early_notice import close_notice, notice_state

    identifier = new_alert_identifier(context)
    now = clock.now()
    state = notice_state(connection, encounter.id)
    content = alert_content(encounter=encounter, evaluation=evaluation, context=context, sent=now,
                            identifier=identifier, traveller_reference=traveller_reference,
                            flagged_at=state.flagged_at)
    if state.notice is not None and close_notice(connection, state.notice, identifier, "Update", now):
        content = replace(content, msg_type="Update", references=(state.notice.reference,),
                          parameters={**content.parameters, "assessment": "completed"})
    enqueue_content(connection, content, encounter_id=encounter.id, context=context, now=now)
    return identifier


def enqueue_content(connection: Connection, content: AlertContent, *, encounter_id: str | None, context: Any,
                    now: dt.datetime) -> None:
    """Write one CAP message into the outbox, in the caller's transaction (the one way rows get there)."""
    identifier = content.identifier
    connection.execute(_INSERT_OUTBOX, {
        "id": new_ulid(),
        "encounter_id": encounter_id,
        "alert_identifier": identifier,
        "topic": alert_topic(context.site.country, context.site.id, context.kiosk_id, context.mode),
        "payload": build_alert(content),
        "qos": 1,
        "properties": {"user": user_properties(identifier, content.status, context.kiosk_id,
                                               context.exercise_id if context.mode == "exercise" else None)},
        "status": "queued",
        "attempts": 0,
        "last_error": "",
        "mode": context.mode,
        "created_at": now,
    })


# ---------------------------------------------------------------------------------------- wake-up

_wake_callbacks: list[Callable[[], None]] = []
_wake_lock = threading.Lock()


def add_enqueue_listener(callback: Callable[[], None]) -> None:
    """Call ``callback`` whenever :func:`notify_enqueued` says alerts were committed (wakes the publisher)."""
    with _wake_lock:
        _wake_callbacks.append(callback)


def remove_enqueue_listener(callback: Callable[[], None]) -> None:
    with _wake_lock:
        if callback in _wake_callbacks:
            _wake_callbacks.remove(callback)


def notify_enqueued() -> None:
    """Tell the publishers that committed alerts wait in the outbox (they also poll, so this is latency only)."""
    with _wake_lock:
        callbacks = list(_wake_callbacks)
    for callback in callbacks:
        callback()


# ---------------------------------------------------------------------------------------- reading


def delivery_state(session: Session, encounter_id: str) -> str | None:
    """``queued``, ``at_broker``, ``acknowledged`` or ``dead`` for the encounter's alert; None if none."""
    status = session.scalar(
        select(m.OutboxMessage.status).where(m.OutboxMessage.encounter_id == encounter_id)
        .order_by(m.OutboxMessage.created_at.desc()).limit(1)
    )
    return DELIVERY_STATES.get(status) if status else None


def screening_alerts(session: Session, encounter_id: str) -> list[dict[str, Any]]:
    """Every CAP message of the screening of ``encounter_id`` (its primary's early notice included), in the
    order they were written, as ``poe-kiosk screening run`` lists them: ``identifier``, ``msg_type``,
    ``certainty``, ``event``, ``protocol``, ``status``, ``references`` (``sender,identifier,sent`` texts)."""
    from kiosk.alerts.cap import parse_cap

    parent = session.scalar(select(m.Encounter.parent_id).where(m.Encounter.id == encounter_id))
    ids = [encounter_id, *([parent] if parent else [])]
    payloads = session.scalars(
        select(m.OutboxMessage.payload).where(m.OutboxMessage.encounter_id.in_(ids))
        .order_by(m.OutboxMessage.created_at, m.OutboxMessage.id))
    out = []
    for payload in payloads:
        message = parse_cap(payload)
        info = message.infos[0] if message.infos else None
        out.append({
            "identifier": message.identifier, "msg_type": message.msg_type,
            "certainty": info.certainty if info else "", "event": info.event if info else "",
            "protocol": info.parameters.get("protocol", "") if info else "", "status": message.status,
            "references": [ref.text() for ref in message.references],
        })
    return out


def dead_letters(session: Session, limit: int = 100) -> list[m.OutboxMessage]:
    """Refused alerts, newest first, with their reason code and text (for the officer)."""
    return list(session.scalars(
        select(m.OutboxMessage).where(m.OutboxMessage.status == "dead")
        .order_by(m.OutboxMessage.created_at.desc()).limit(limit)
    ))


# ---------------------------------------------------------------------------------------- re-queue


def requeue_dead(session: Session, officer: OfficerInfo, *, clock: Clock, context: Any,
                 row_ids: Collection[str] | None = None, reason: str = "") -> list[str]:
    """Move refused alerts (``dead``) back to ``queued`` once the cause is fixed (e.g. the broker's
    ACL); their ids, oldest first. ``row_ids`` None: every refused alert; ids of rows that are not
    ``dead`` are left alone.

    Supervisors and administrators only (``requeue_alerts``, re-checked in the database). In the
    caller's transaction, with one audit event per alert (``alert.requeued``: who, why, and the
    refusal it had). Call :func:`notify_enqueued` after the commit (:func:`requeue_refused` does).
    """
    from kiosk.auth import require_current
    from kiosk.screening import record_audit  # kiosk.screening imports this module

    require_current(session, officer, "requeue_alerts")
    reason = " ".join(reason.split())[:MAX_REQUEUE_REASON]
    om = m.OutboxMessage
    query = select(om.id, om.alert_identifier, om.reason_code, om.last_error).where(om.status == "dead")
    if row_ids is not None:
        query = query.where(om.id.in_(list(row_ids)))
    rows = session.execute(query.order_by(om.created_at, om.id)).all()
    if not rows:
        return []
    ids = [row.id for row in rows]
    session.execute(update(om).where(om.id.in_(ids), om.status == "dead")
                    .values(status="queued", reason_code=None, last_error="", sent_at=None))
    connection = session.connection()
    for row in rows:
        record_audit(connection, clock, context, officer.id, "alert.requeued", "outbox", row.id,
                     {"alert": row.alert_identifier, "refused_with": row.reason_code,
                      "refusal": row.last_error, "reason": reason})
    log.info("%s put %d refused alert(s) back in the queue", officer.id, len(ids))
    return ids


def requeue_refused(store: Store, officer: OfficerInfo, *, clock: Clock, context: Any,
                    row_ids: Collection[str] | None = None, reason: str = "") -> int:
    """:func:`requeue_dead` in a transaction of its own, then wake the publishers; how many."""
    with store.transaction() as session:
        ids = requeue_dead(session, officer, clock=clock, context=context, row_ids=row_ids, reason=reason)
    if ids:
        notify_enqueued()
    return len(ids)
