"""The hub's registry of known kiosks (``poe-kiosk hub enrol``) and its quarantine, Qt-free.

Ingest stores an alert only from an enrolled kiosk whose topic names the country and point of entry it
was enrolled at; anything else is kept in ``hub_quarantine`` with the reason (``kiosk.hub.ingest``).
A kiosk keeps re-sending what the hub did not acknowledge, so once it is enrolled (or its problem
fixed) its alerts arrive on their own; the quarantined copies stay as the record of what happened.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from kiosk.errors import InputError, NotFound
from kiosk.hub.models import QUARANTINE_REASONS, HubEnrolment, HubQuarantine

_KIOSK_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_POE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$")
PUBLIC_KEY_MAX = 8192


@dataclass(frozen=True)
class Enrolment:
    kiosk_id: str
    country: str
    poe: str
    public_key: str | None
    enrolled_at: dt.datetime


def _checked(kiosk_id: str, country: str, poe: str) -> tuple[str, str, str]:
    if not _KIOSK_ID.match(kiosk_id):
        raise InputError("kiosk", f"{kiosk_id[:40]!r} is not a kiosk id (letters, digits, . _ -; at most 120)")
    if not _COUNTRY.match(country):
        raise InputError("country", f"{country[:10]!r} is not an ISO 3166-1 alpha-2 code such as XL")
    if not _POE.match(poe):
        raise InputError("poe", f"{poe[:40]!r} is not a point-of-entry id (letters, digits, . _ -; at most 60)")
    return kiosk_id, country, poe


def read_public_key(path: Path) -> str:
    """A kiosk's public key file (PEM text), refused when unreadable, too large or not PEM."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError("public-key", f"cannot read {path}: {error.strerror or error}") from None
    if len(data) > PUBLIC_KEY_MAX or b"-----BEGIN " not in data:
        raise InputError("public-key", f"{path} is not a PEM public key")
    return data.decode("ascii", "replace").strip()


def enrol_kiosk(engine: Engine, kiosk_id: str, country: str, poe: str, *, public_key: str | None = None,
                now: dt.datetime | None = None) -> Enrolment:
    """Enrol (or move) a kiosk: its alerts are stored from now on, on its country and point of entry only."""
    kiosk_id, country, poe = _checked(kiosk_id, country, poe)
    at = now or dt.datetime.now(dt.UTC)
    with Session(engine) as session, session.begin():
        row = session.get(HubEnrolment, kiosk_id)
        if row is None:
            row = HubEnrolment(kiosk_id=kiosk_id, country=country, poe=poe, public_key=public_key, enrolled_at=at)
            session.add(row)
        else:
            row.country, row.poe, row.enrolled_at = country, poe, at
            if public_key is not None:
                row.public_key = public_key
        return Enrolment(kiosk_id, country, poe, row.public_key, at)


def enrolments(engine: Engine) -> list[Enrolment]:
    with Session(engine) as session:
        rows = session.scalars(select(HubEnrolment).order_by(HubEnrolment.country, HubEnrolment.poe,
                                                             HubEnrolment.kiosk_id)).all()
        return [Enrolment(r.kiosk_id, r.country, r.poe, r.public_key, r.enrolled_at) for r in rows]


def remove_enrolment(engine: Engine, kiosk_id: str) -> None:
    """Remove a kiosk from the registry: its next alerts go to quarantine (``unknown-kiosk``)."""
    with Session(engine) as session, session.begin():
        if session.execute(delete(HubEnrolment).where(HubEnrolment.kiosk_id == kiosk_id)).rowcount != 1:
            raise NotFound(f"kiosk {kiosk_id[:120]!r} is not enrolled")


@dataclass(frozen=True)
class QuarantineEntry:
    id: int
    reason: str
    detail: str
    topic: str
    kiosk_id: str
    sender: str
    identifier: str
    size: int
    received_at: dt.datetime


def quarantine(engine: Engine, *, reason: str | None = None, limit: int = 500) -> list[QuarantineEntry]:
    """The quarantined messages, newest first (``reason``: one of ``QUARANTINE_REASONS``)."""
    if reason is not None and reason not in QUARANTINE_REASONS:
        raise InputError("reason", f"{reason!r} is not one of {', '.join(QUARANTINE_REASONS)}")
    query = select(HubQuarantine).order_by(HubQuarantine.received_at.desc(), HubQuarantine.id.desc()).limit(limit)
    if reason is not None:
        query = query.where(HubQuarantine.reason == reason)
    with Session(engine) as session:
        return [QuarantineEntry(r.id, r.reason, r.detail, r.topic, r.kiosk_id, r.sender, r.identifier, r.size,
                                r.received_at) for r in session.scalars(query)]


def quarantine_by_reason(engine: Engine) -> dict[str, int]:
    """How many messages are in quarantine, by reason."""
    with Session(engine) as session:
        return dict(session.execute(select(HubQuarantine.reason, func.count())  # type: ignore[arg-type]
                                    .group_by(HubQuarantine.reason)).all())
