"""Follow-up at the hub: the travellers a kiosk gave ``monitor`` (or a referral), until their end date, with
the contact they agreed to give, each day's check by staff (audited with who and when), who is overdue,
and the deletion of the contact a fixed time after the end date.

Records come from the kiosks over the outbox (``kiosk.follow_up``, schema ``poe-follow-up/1``), are
validated (bad input refused into the quarantine with a reason) and stored once (a re-send changes
nothing). Checks are append-only rows: the latest of a day is that day's status. A check ``lost`` (lost to
follow-up) or ``referred`` closes the follow-up. docs/follow-up-privacy.md says what is kept, why and how
long.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Engine,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.clock import Clock
from kiosk.errors import InputError, KioskError, NotFound
from kiosk.follow_up import DISPOSITIONS, MAX_ADDRESS, PHONE, SCHEMA
from kiosk.hub.models import _ID, HubBase, conflict_insert

CHECK_STATUSES = ("well", "symptoms", "lost", "referred")
"""A day's check: well; symptoms (the traveller reports symptoms: act on it); lost to follow-up; referred
to care. The last two close the follow-up."""
CLOSING = ("lost", "referred")
CONTACT_RETENTION_DAYS = 30
"""Days after the end date after which the hub deletes the contact (:func:`purge_contacts`)."""
MAX_NOTE = 500
MAX_FOLLOW_UP_BYTES = 4096
MAX_DAYS = 60
"""An end date more than this many days after the decision is not a monitoring period (21 days for filoviruses)."""
SENT_FUTURE = dt.timedelta(minutes=15)
_IDENTIFIER = re.compile(r"^[A-Za-z0-9._-]{1,120}$")
_CODE = re.compile(r"^[A-Za-z0-9._-]{0,40}$")
_FIELDS = {"schema", "id", "kiosk_id", "poe", "country", "sent", "reference", "protocol", "disposition", "decided_at",
           "end_date", "contact"}
_CONTACT_FIELDS = {"phone", "address", "consent", "recorded_by"}


class HubFollowUp(HubBase):
    """A traveller to follow up until ``end_date`` (one per kiosk and record id)."""

    __tablename__ = "hub_follow_ups"
    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    identifier: Mapped[str] = mapped_column(String(120))
    kiosk_id: Mapped[str] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(8))
    poe: Mapped[str] = mapped_column(String(60))
    reference: Mapped[str] = mapped_column(String(40))
    """The traveller's pseudonymous reference, as the alert's ``traveller-reference`` carries it."""
    protocol: Mapped[str] = mapped_column(String(40))
    disposition: Mapped[str] = mapped_column(String(20))
    decided_at: Mapped[dt.datetime]
    end_date: Mapped[dt.date] = mapped_column(Date, index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_recorded_by: Mapped[str] = mapped_column(String(60), default="")
    received_at: Mapped[dt.datetime]
    contact_deleted_at: Mapped[dt.datetime | None]
    """When :func:`purge_contacts` deleted the contact (``CONTACT_RETENTION_DAYS`` after the end date)."""

    __table_args__ = (UniqueConstraint("kiosk_id", "identifier", name="uq_hub_follow_ups_kiosk_identifier"),)


class HubFollowUpCheck(HubBase):
    """One check of one day, append-only: who recorded what, and when."""

    __tablename__ = "hub_follow_up_checks"
    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    follow_up_id: Mapped[int] = mapped_column(ForeignKey("hub_follow_ups.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[dt.datetime]
    check_number: Mapped[int] = mapped_column(Integer, default=1)
    """1 for a day's first check; a correction the same day is 2, 3... (the latest is the day's status)."""

    __table_args__ = (Index("ix_hub_follow_up_checks_follow_up_day", "follow_up_id", "day"),)


class FollowUpError(ValueError):
    """A follow-up record the hub refuses; the text names what is wrong."""


# ---------------------------------------------------------------------------------------- ingest


def _utc(value: Any, name: str) -> dt.datetime:
    if isinstance(value, str) and value.endswith("Z") and len(value) <= 30:
        try:
            return dt.datetime.fromisoformat(value[:-1] + "+00:00")
        except ValueError:
            pass
    raise FollowUpError(f"{name} must be a UTC time such as 2026-12-07T10:00:00Z")


def _text(data: dict[str, Any], name: str, pattern: re.Pattern[str] = _IDENTIFIER) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not pattern.match(value):
        raise FollowUpError(f"{name} must be a code (letters, digits, . _ -)")
    return value


def _contact(value: Any) -> dict[str, Any]:
    if value is None:
        return {"phone": "", "address": "", "consent": False, "consent_recorded_by": ""}
    if not isinstance(value, dict) or set(value) != _CONTACT_FIELDS:
        raise FollowUpError(f"contact must be null or an object of {', '.join(sorted(_CONTACT_FIELDS))}")
    phone, address = value["phone"], value["address"]
    if not isinstance(phone, str) or (phone and not PHONE.match(phone)):
        raise FollowUpError("contact.phone is not a phone number")
    if not isinstance(address, str) or len(address) > MAX_ADDRESS:
        raise FollowUpError(f"contact.address must be text of at most {MAX_ADDRESS} characters")
    if value["consent"] is not True:
        raise FollowUpError("contact without the traveller's consent")
    if not phone and not address:
        raise FollowUpError("contact has neither a phone nor an address")
    return {"phone": phone, "address": address, "consent": True,
            "consent_recorded_by": _text(value, "recorded_by", re.compile(r"^[A-Za-z0-9._-]{1,60}$"))}


def parse_follow_up(payload: bytes, *, received_at: dt.datetime) -> dict[str, Any]:
    """The ``hub_follow_ups`` row of one record, or :class:`FollowUpError` naming what is wrong."""
    if len(payload) > MAX_FOLLOW_UP_BYTES:
        raise FollowUpError(f"{len(payload)} bytes, over the limit of {MAX_FOLLOW_UP_BYTES} for a follow-up record")
    try:
        data = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        raise FollowUpError("not JSON") from None
    if not isinstance(data, dict):
        raise FollowUpError("must be a JSON object")
    if data.get("schema") != SCHEMA:
        raise FollowUpError(f"schema {str(data.get('schema'))[:40]!r} is not {SCHEMA!r}")
    if extra := sorted(set(data) - _FIELDS):
        raise FollowUpError(f"unexpected field {str(extra[0])[:40]!r} (no personal data beyond the contact)")
    country = data.get("country")
    if not isinstance(country, str) or not re.fullmatch(r"[A-Z]{2}", country):
        raise FollowUpError("country must be two capital letters (ISO 3166-1 alpha-2)")
    sent, decided = _utc(data.get("sent"), "sent"), _utc(data.get("decided_at"), "decided_at")
    if sent > received_at + SENT_FUTURE or decided > sent + SENT_FUTURE:
        raise FollowUpError("sent or decided_at is in the future")
    disposition = data.get("disposition")
    if disposition not in DISPOSITIONS:
        raise FollowUpError(f"disposition {str(disposition)[:20]!r} is not one of {', '.join(DISPOSITIONS)}")
    try:
        end = dt.date.fromisoformat(data["end_date"]) if isinstance(data.get("end_date"), str) \
            and len(data["end_date"]) == 10 else None
    except ValueError:
        end = None
    if end is None:
        raise FollowUpError("end_date must be a date YYYY-MM-DD")
    if not decided.date() <= end <= decided.date() + dt.timedelta(days=MAX_DAYS):
        raise FollowUpError(f"end_date {end.isoformat()} is not within {MAX_DAYS} days after the decision")
    return {"identifier": _text(data, "id"), "kiosk_id": _text(data, "kiosk_id"), "poe": _text(data, "poe"),
            "country": country, "reference": _text(data, "reference", re.compile(r"^[A-Za-z0-9-]{1,40}$")),
            "protocol": _text(data, "protocol", _CODE), "disposition": disposition, "decided_at": decided,
            "end_date": end, **_contact(data.get("contact")), "received_at": received_at, "_sent_text": data["sent"]}


def parse_report(payload: bytes, received_at: dt.datetime) -> Any:
    """The ingest's view of a follow-up record (``kiosk.hub.reports``)."""
    from kiosk.hub.reports import ParsedReport

    row = parse_follow_up(payload, received_at=received_at)
    sent_text = row.pop("_sent_text")
    return ParsedReport(row["identifier"], row["kiosk_id"], row["poe"], row["country"], sent_text, row)


def store_follow_ups(connection: Any, rows: list[dict[str, Any]]) -> None:
    """Insert once per (kiosk, identifier), in the caller's transaction (a re-send changes nothing)."""
    if rows:
        statement = conflict_insert(HubFollowUp.__table__, connection.dialect.name)
        connection.execute(statement.on_conflict_do_nothing(index_elements=["kiosk_id", "identifier"]), rows)


# ---------------------------------------------------------------------------------------- the list


@dataclass(frozen=True)
class FollowUpRow:
    """One traveller on the list, as of ``today``."""

    id: int
    reference: str
    country: str
    poe: str
    protocol: str
    disposition: str
    decided_on: dt.date
    end_date: dt.date
    phone: str
    address: str
    today_status: str | None
    """The latest check of today (None: not checked today)."""
    last_check: dt.date | None
    closed_by: str | None
    """``lost`` or ``referred`` when a check closed the follow-up."""
    state: str
    """``overdue`` (a whole day or more without a check), ``due`` (not checked today), ``checked`` (today),
    ``closed`` (lost or referred), ``ended`` (past the end date)."""
    contact_deleted: bool


def _state(today: dt.date, decided_on: dt.date, end: dt.date, today_status: str | None, last: dt.date | None,
           closed_by: str | None) -> str:
    if closed_by:
        return "closed"
    if today > end:
        return "ended"
    if today_status:
        return "checked"
    since = last or decided_on
    return "overdue" if (today - since).days >= 2 else "due"


STATE_ORDER = {"overdue": 0, "due": 1, "checked": 2, "closed": 3, "ended": 4}


def follow_up_list(session: Session, today: dt.date, *, include_finished_days: int = 7,
                   poes: Collection[str] | None = None) -> list[FollowUpRow]:
    """Follow-ups active today, and those that ended or closed in the last ``include_finished_days``;
    overdue first, then due, checked, closed and ended, each by end date. ``poes``: only these points of
    entry (a user's jurisdiction), None for all."""
    fu, ck = HubFollowUp, HubFollowUpCheck
    query = select(fu).where(fu.end_date >= today - dt.timedelta(days=include_finished_days))
    if poes is not None:
        query = query.where(fu.poe.in_(sorted(poes)))
    rows = session.scalars(query.order_by(fu.end_date, fu.id)).all()
    checks: dict[int, list[HubFollowUpCheck]] = {}
    if rows:
        for check in session.scalars(select(ck).where(ck.follow_up_id.in_([r.id for r in rows]))
                                     .order_by(ck.day, ck.recorded_at, ck.id)):
            checks.setdefault(check.follow_up_id, []).append(check)
    out = []
    for row in rows:
        mine = checks.get(row.id, [])
        today_checks = [c for c in mine if c.day == today]
        closed = next((c.status for c in reversed(mine) if c.status in CLOSING), None)
        last = max((c.day for c in mine), default=None)
        decided_on = row.decided_at.astimezone(dt.UTC).date()
        today_status = today_checks[-1].status if today_checks else None
        out.append(FollowUpRow(row.id, row.reference, row.country, row.poe, row.protocol, row.disposition,
                               decided_on, row.end_date, row.phone, row.address, today_status, last, closed,
                               _state(today, decided_on, row.end_date, today_status, last, closed),
                               row.contact_deleted_at is not None))
    return sorted(out, key=lambda r: (STATE_ORDER[r.state], r.end_date, r.id))


def checks_of(session: Session, follow_up_id: int) -> list[HubFollowUpCheck]:
    """Every check of one follow-up, oldest first (the audit trail: who, what, when)."""
    ck = HubFollowUpCheck
    return list(session.scalars(select(ck).where(ck.follow_up_id == follow_up_id).order_by(ck.recorded_at, ck.id)))


# ---------------------------------------------------------------------------------------- checks


@dataclass(frozen=True)
class RecordedCheck:
    follow_up_id: int
    day: dt.date
    status: str
    actor: str
    recorded_at: dt.datetime
    check_number: int


def record_check(engine: Engine, follow_up_id: int, status: str, *, actor: str, clock: Clock,
                 note: str = "", poes: Collection[str] | None = None) -> RecordedCheck:
    """Record today's check (UTC day) of one follow-up, audited with ``actor`` and the time.

    Refused, naming what is wrong: an unknown status, no actor, a note too long, an unknown follow-up (or
    one outside ``poes``, the actor's jurisdiction; None: every point of entry), one closed by an earlier
    check, or one past its end date."""
    if status not in CHECK_STATUSES:
        raise InputError("status", f"{status!r} is not one of {', '.join(CHECK_STATUSES)}")
    actor = " ".join((actor or "").split())
    if not actor or len(actor) > 120:
        raise InputError("actor", "who records the check is required (at most 120 characters)")
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise InputError("note", f"at most {MAX_NOTE} characters ({len(note)} given)")
    now = clock.now()
    today = now.astimezone(dt.UTC).date()
    with Session(engine) as session, session.begin():
        follow_up = session.get(HubFollowUp, follow_up_id)  # no FOR UPDATE: the desktops' role may only read it
        if follow_up is None or (poes is not None and follow_up.poe not in poes):
            raise NotFound(f"no follow-up {follow_up_id}")
        earlier = checks_of(session, follow_up_id)
        if closing := next((c for c in earlier if c.status in CLOSING), None):
            raise KioskError(f"follow-up of {follow_up.reference} was closed on {closing.day.isoformat()} "
                             f"({closing.status}, by {closing.actor})")
        if today > follow_up.end_date:
            raise KioskError(f"follow-up of {follow_up.reference} ended on {follow_up.end_date.isoformat()}")
        number = 1 + sum(c.day == today for c in earlier)
        session.add(HubFollowUpCheck(follow_up_id=follow_up_id, day=today, status=status, note=note, actor=actor,
                                     recorded_at=now, check_number=number))
    return RecordedCheck(follow_up_id, today, status, actor, now, number)


# ---------------------------------------------------------------------------------------- retention


def purge_contacts(engine: Engine, clock: Clock, *, days: int = CONTACT_RETENTION_DAYS) -> int:
    """Delete the contact of every follow-up whose end date is more than ``days`` ago (the reference, the
    dates and the checks stay: they hold no contact); how many."""
    cutoff = clock.now().astimezone(dt.UTC).date() - dt.timedelta(days=days)
    fu = HubFollowUp.__table__
    with engine.begin() as connection:
        return connection.execute(update(fu).where(fu.c.end_date < cutoff, fu.c.contact_deleted_at.is_(None))
                                  .values(phone="", address="", contact_deleted_at=clock.now())).rowcount
