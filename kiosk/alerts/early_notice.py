"""Early notice for the worst cases: the hub hears of a suspected case while it is still being assessed.

When the live evaluation of a screening in progress reaches ``isolate``, or raises an alerting flag of
a protocol that is always notifiable (IHR ``notifiable: always``), the kiosk sends at once a CAP
``Alert`` with certainty ``Possible`` and the parameter ``assessment`` = ``in-progress`` ("suspected,
assessment in progress"). The completed decision follows as a CAP ``Update`` referencing it (written
by :func:`kiosk.alerts.outbox.enqueue_alert`), or as a ``Cancel`` when the completed evaluation raises
no alert any more (:func:`cancel_open_notice`: secondary screening ruled it out), or as an ``Update``
saying the assessment was abandoned when the screening is discarded (:func:`abandon_open_notice`). Each goes out once:
the notice's row in ``early_notices`` is keyed by the screening's first encounter, and it is closed
with a conditional update in the completion's transaction. Everything goes through the outbox.

Every alert also carries ``flagged-at``: when the kiosk first flagged the traveller (the first live
evaluation with a flag, remembered on the encounter), so the hub can show how long a case waited.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, and_, bindparam, or_, select
from sqlalchemy.exc import IntegrityError

from kiosk.alerts.cap import MODE_STATUS, AlertContent, Reference, cap_time, parse_cap
from kiosk.alerts.outbox import enqueue_content, iso_utc, new_alert_identifier, notify_enqueued
from kiosk.store import models as m

if TYPE_CHECKING:
    from kiosk.screening import ScreeningService

log = logging.getLogger(__name__)

EARLY_CERTAINTY = "Possible"
RULED_OUT_CERTAINTY = "Unlikely"
ASSESSMENT = "assessment"
"""CAP parameter: ``in-progress`` (the early notice), ``completed`` (its Update), ``ruled-out`` (its Cancel),
``abandoned`` (its Update when the screening was discarded)."""

_ENCOUNTERS, _NOTICES, _OUTBOX = m.Encounter.__table__, m.EarlyNotice.__table__, m.OutboxMessage.__table__
_PARENT = _ENCOUNTERS.alias("parent")
_MARK_FLAGGED = (_ENCOUNTERS.update()
                 .where(_ENCOUNTERS.c.id == bindparam("b_id"), _ENCOUNTERS.c.flagged_at.is_(None))
                 .values(flagged_at=bindparam("b_at")))
_STATE = (  # one statement: it runs in every completion that raises an alert or could cancel a notice
    select(_ENCOUNTERS.c.flagged_at, _PARENT.c.flagged_at.label("parent_flagged_at"), _NOTICES.c.encounter_id,
           _NOTICES.c.alert_identifier, _NOTICES.c.sender, _NOTICES.c.sent_text, _NOTICES.c.protocol)
    .select_from(_ENCOUNTERS)
    .outerjoin(_PARENT, _PARENT.c.id == _ENCOUNTERS.c.parent_id)
    .outerjoin(_NOTICES, and_(or_(_NOTICES.c.encounter_id == _ENCOUNTERS.c.id,
                                  _NOTICES.c.encounter_id == _ENCOUNTERS.c.parent_id),
                              _NOTICES.c.closed_by.is_(None)))
    .where(_ENCOUNTERS.c.id == bindparam("b_id"))
    .limit(1)
)
_ANY_NOTICE = select(_NOTICES.c.alert_identifier).where(_NOTICES.c.encounter_id == bindparam("b_id"))
_CLOSE_NOTICE = (_NOTICES.update()
                 .where(_NOTICES.c.encounter_id == bindparam("b_id"), _NOTICES.c.closed_by.is_(None))
                 .values(closed_by=bindparam("b_by"), closed_msg_type=bindparam("b_type"), closed_at=bindparam("b_at")))
_NOTICE_PAYLOAD = select(_OUTBOX.c.payload).where(_OUTBOX.c.alert_identifier == bindparam("b_identifier"))


@dataclass(frozen=True)
class OpenNotice:
    """An early notice not yet followed by its Update or Cancel."""

    encounter_id: str
    identifier: str
    sender: str
    sent_text: str
    protocol: str

    @property
    def reference(self) -> Reference:
        return Reference(self.sender, self.identifier, self.sent_text)


@dataclass(frozen=True)
class NoticeState:
    """What the completion of an encounter needs: when the traveller was first flagged, the open notice."""

    flagged_at: dt.datetime | None
    notice: OpenNotice | None


# ---------------------------------------------------------------------------------------- deciding


def notice_flag(evaluation: Any, catalog: Any) -> Any:
    """The flag that warrants an early notice, first by the one leading-flag rule
    (``kiosk.protocols.lead_key``); None when none does.

    A flag does when it carries an alert and recommends ``isolate``, or when its protocol is always
    notifiable (IHR ``notifiable: always``)."""
    from kiosk.protocols.model import lead_key

    candidates = [flag for flag in getattr(evaluation, "flags", ()) or ()
                  if flag.alert is not None and (flag.disposition == "isolate" or _always_notifiable(catalog, flag))]
    return min(candidates, key=lead_key, default=None)


def _always_notifiable(catalog: Any, flag: Any) -> bool:
    try:
        return catalog.protocol(flag.protocol).ihr_notifiable == "always"
    except (KeyError, AttributeError):
        return False


# ---------------------------------------------------------------------------------------- store


def mark_flagged(connection: Connection, encounter_id: str, at: dt.datetime) -> None:
    """Remember when the kiosk first flagged the traveller of ``encounter_id`` (kept once set)."""
    connection.execute(_MARK_FLAGGED, {"b_id": encounter_id, "b_at": at})


def notice_state(connection: Connection, encounter_id: str) -> NoticeState:
    """When the screening of ``encounter_id`` first flagged the traveller (its primary encounter's time
    for a secondary one) and its open early notice, if any."""
    row = connection.execute(_STATE, {"b_id": encounter_id}).first()
    if row is None:
        return NoticeState(None, None)
    times = [value for value in (row.flagged_at, row.parent_flagged_at) if value is not None]
    notice = OpenNotice(row.encounter_id, row.alert_identifier, row.sender, row.sent_text, row.protocol) \
        if row.encounter_id is not None else None
    return NoticeState(min(times) if times else None, notice)


def close_notice(connection: Connection, notice: OpenNotice, by: str, msg_type: str, at: dt.datetime) -> bool:
    """Mark ``notice`` followed by the message ``by``; False when another message already closed it."""
    result = connection.execute(_CLOSE_NOTICE, {"b_id": notice.encounter_id, "b_by": by, "b_type": msg_type,
                                                "b_at": at})
    return result.rowcount == 1


def cancel_open_notice(connection: Connection, *, encounter_id: str, disposition: str, recommended: str,
                       context: Any, now: dt.datetime) -> str | None:
    """The completed evaluation raised no alert: cancel the screening's open early notice (CAP ``Cancel``
    referencing it), in the caller's transaction; the Cancel's identifier, or None without a notice."""
    return _follow_open_notice(
        connection, encounter_id=encounter_id, context=context, now=now, msg_type="Cancel",
        certainty=RULED_OUT_CERTAINTY,
        parameters={ASSESSMENT: "ruled-out", "disposition": disposition, "recommended-disposition": recommended})


def abandon_open_notice(connection: Connection, *, encounter_id: str, reason: str, context: Any,
                        now: dt.datetime) -> str | None:
    """The screening was discarded before a decision: tell the hub with one CAP ``Update`` of its open
    early notice (``assessment`` = ``abandoned``, the certainty kept: nobody ruled the case out), in the
    caller's transaction; the Update's identifier, or None without a notice.

    Neither silence (the hub would wait for an assessment that never comes) nor a ``Cancel`` (which
    would read as "ruled out" for a traveller who may have walked away with a suspected infection)."""
    return _follow_open_notice(
        connection, encounter_id=encounter_id, context=context, now=now, msg_type="Update", certainty=None,
        parameters={ASSESSMENT: "abandoned", "abandoned-reason": reason})


def _follow_open_notice(connection: Connection, *, encounter_id: str, context: Any, now: dt.datetime,
                        msg_type: str, certainty: str | None, parameters: dict[str, str]) -> str | None:
    """Close the screening's open early notice with one ``msg_type`` message referencing it."""
    notice = notice_state(connection, encounter_id).notice
    if notice is None:
        return None
    identifier = new_alert_identifier(context)
    if not close_notice(connection, notice, identifier, msg_type, now):
        return None
    payload = connection.execute(_NOTICE_PAYLOAD, {"b_identifier": notice.identifier}).scalar_one()
    info = parse_cap(payload).infos[0]
    content = AlertContent(
        identifier=identifier, sender=context.kiosk_id, sent=now, status=MODE_STATUS[context.mode],
        note=_note(context), event=info.event, urgency=info.urgency, severity=info.severity,
        certainty=certainty or info.certainty, event_codes=info.event_codes,
        parameters={**info.parameters, **parameters, "encounter": encounter_id},
        area_desc=info.areas[0] if info.areas else _area(context), geocodes=info.geocodes,
        msg_type=msg_type, references=(notice.reference,),
    )
    enqueue_content(connection, content, encounter_id=encounter_id, context=context, now=now)
    return identifier


def _note(context: Any) -> str:
    return f"EXERCISE {context.exercise_id}" if context.mode == "exercise" else ""


def _area(context: Any) -> str:
    return f"{context.site.name} ({context.site.id}), {context.site.country}"


def early_content(*, encounter_id: str, evaluation: Any, flag: Any, record: dict[str, Any] | None,
                  context: Any, identifier: str, sent: dt.datetime, flagged_at: dt.datetime) -> AlertContent:
    """The early notice: the flag's alert with certainty Possible, assessment in progress; no personal data."""
    alert = flag.alert
    parameters: dict[str, str] = {"protocol": alert.protocol, ASSESSMENT: "in-progress"}
    if getattr(flag, "risk", None):
        parameters["risk"] = str(flag.risk)
    parameters["recommended-disposition"] = evaluation.disposition
    if record and record.get("temperature_c") is not None:
        parameters["temperature"] = f"{float(record['temperature_c']):.1f}"
    parameters["point-of-entry"] = context.site.id
    parameters["encounter"] = encounter_id
    parameters["flagged-at"] = iso_utc(flagged_at)
    for name in ("situation_version", "protocols_version"):
        value = getattr(evaluation, name, None)
        if value:
            parameters[name.replace("_", "-")] = str(value)
    return AlertContent(
        identifier=identifier, sender=context.kiosk_id, sent=sent, status=MODE_STATUS[context.mode],
        note=_note(context), event=alert.event, urgency=alert.urgency, severity=alert.severity,
        certainty=EARLY_CERTAINTY, event_codes={"poe-protocol": alert.protocol}, parameters=parameters,
        area_desc=_area(context), geocodes={"poe-id": context.site.id, "ISO3166-1": context.site.country},
    )


# ---------------------------------------------------------------------------------------- the service


class EarlyNotice:
    """Watches the live evaluations of screenings in progress (call :meth:`observe` after each one)."""

    def __init__(self, service: ScreeningService) -> None:
        self.service = service
        self._last: tuple[str, bool] | None = None
        """(encounter id, notice sent) of the last encounter flagged: the next answers skip the database."""

    def observe(self, encounter_id: str, evaluation: Any, record: dict[str, Any] | None = None) -> str | None:
        """Remember when the traveller was first flagged and send the early notice once when warranted;
        the identifier of a notice sent by this call (None otherwise). One transaction; a worker's job."""
        if evaluation is None or not evaluation.flags:
            return None
        service = self.service
        flag = notice_flag(evaluation, service.rules.catalog)
        if self._last is not None and self._last[0] == encounter_id and (self._last[1] or flag is None):
            return None  # already flagged (and noticed): nothing new to write
        now = service.clock.now()
        try:
            with service.store.connection() as connection:
                mark_flagged(connection, encounter_id, now)
                identifier = None if flag is None else self._send(connection, encounter_id, evaluation, flag,
                                                                  record, now)
        except IntegrityError:  # another job sent this screening's notice meanwhile
            return None
        self._last = (encounter_id, flag is not None)
        if identifier:
            log.info("early notice %s sent (%s)", identifier, flag.protocol)
            notify_enqueued()
        return identifier

    def _send(self, connection: Connection, encounter_id: str, evaluation: Any, flag: Any,
              record: dict[str, Any] | None, now: dt.datetime) -> str | None:
        context = self.service.context
        root = _root(connection, encounter_id)
        if connection.execute(_ANY_NOTICE, {"b_id": root}).first() is not None:
            return None
        state = notice_state(connection, encounter_id)
        identifier = new_alert_identifier(context)
        content = early_content(encounter_id=encounter_id, evaluation=evaluation, flag=flag, record=record,
                                context=context, identifier=identifier, sent=now, flagged_at=state.flagged_at or now)
        connection.execute(_NOTICES.insert(), {
            "encounter_id": root, "alert_identifier": identifier, "sender": context.kiosk_id,
            "sent_text": cap_time(now), "protocol": flag.protocol, "sent_at": now,
        })
        enqueue_content(connection, content, encounter_id=encounter_id, context=context, now=now)
        return identifier


def _root(connection: Connection, encounter_id: str) -> str:
    """The screening's first encounter: the primary one of a secondary encounter."""
    parent = connection.execute(select(_ENCOUNTERS.c.parent_id).where(_ENCOUNTERS.c.id == encounter_id)).scalar()
    return parent or encounter_id
