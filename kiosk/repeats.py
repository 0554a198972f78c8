"""Repeat encounters: the same document seen again at this kiosk shows the earlier decision and its time.

The document number is never stored for this: each encounter keeps ``document_key``, an
HMAC-SHA256 of the normalised number under a secret key of this kiosk (``document-key``, 32 random
bytes, mode 0600, beside the kiosk's slip-signing key). Without the key the hashes cannot be tested
against guessed numbers, and another kiosk's hashes do not match this one's.

An earlier encounter counts while its window is open: until the latest follow-up date of its flags
(the protocol's follow-up window, e.g. 21 days for Ebola), and in any case for
:data:`MIN_WINDOW` after its completion.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, select

from kiosk.errors import KioskError
from kiosk.private_files import FILE_MODE, write_private
from kiosk.store import models as m

if TYPE_CHECKING:
    from kiosk.screening import ScreeningService

KEY_FILE = "document-key"
KEY_BYTES = 32
MIN_WINDOW = dt.timedelta(hours=24)
MAX_LOOK_BACK = dt.timedelta(days=60)
"""Earlier encounters are looked for this far back at most (longer than any protocol's follow-up)."""
MAX_SHOWN = 3
_DOMAIN = b"POE-DOCUMENT-1:"
_NOT_IN_NUMBER = re.compile(r"[\s<\-./]+")

_ENCOUNTERS = m.Encounter.__table__
_SET_KEY = (_ENCOUNTERS.update().where(_ENCOUNTERS.c.id == bindparam("b_id"))
            .values(document_key=bindparam("b_key")))
_EARLIER = (
    select(_ENCOUNTERS.c.id, _ENCOUNTERS.c.completed_at, _ENCOUNTERS.c.disposition, _ENCOUNTERS.c.evaluation,
           _ENCOUNTERS.c.leading_protocol)
    .where(_ENCOUNTERS.c.kiosk_id == bindparam("b_kiosk"), _ENCOUNTERS.c.document_key == bindparam("b_key"),
           _ENCOUNTERS.c.completed_at >= bindparam("b_since"), _ENCOUNTERS.c.status == "completed",
           _ENCOUNTERS.c.mode == bindparam("b_mode"),
           _ENCOUNTERS.c.exercise_id.is_not_distinct_from(bindparam("b_exercise")),
           _ENCOUNTERS.c.id.not_in(bindparam("b_own", expanding=True)))
    .order_by(_ENCOUNTERS.c.completed_at.desc())
    .limit(20)
)
_PARENT = select(_ENCOUNTERS.c.parent_id).where(_ENCOUNTERS.c.id == bindparam("b_id"))


# ---------------------------------------------------------------------------------------- the key


def load_or_make_key(folder: Path | str) -> bytes:
    """This kiosk's document-hash key from ``folder/document-key``, made (0600) on first use."""
    path = Path(folder) / KEY_FILE
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        key = os.urandom(KEY_BYTES)
        write_private(path, key)
        return key
    except OSError as error:
        raise KioskError(f"{path}: cannot read the document-hash key ({error.strerror})") from None
    if len(key) != KEY_BYTES:
        raise KioskError(f"{path}: the document-hash key must be {KEY_BYTES} bytes, not {len(key)}")
    if path.stat().st_mode & 0o777 != FILE_MODE:
        os.chmod(path, FILE_MODE)
    return key


def normalise_number(number: str) -> str:
    """The number as an MRZ writes it: capitals, without spaces, fillers, dashes, dots or slashes."""
    return _NOT_IN_NUMBER.sub("", number).upper()


def document_key(secret: bytes, number: str) -> str | None:
    """HMAC-SHA256 (hex) of the normalised document number; None for an empty number."""
    normal = normalise_number(number or "")
    if not normal:
        return None
    return hmac.new(secret, _DOMAIN + normal.encode("utf-8"), hashlib.sha256).hexdigest()


# ---------------------------------------------------------------------------------------- earlier encounters


@dataclass(frozen=True)
class Repeat:
    """An earlier completed screening of the same document at this kiosk."""

    encounter_id: str
    completed_at: dt.datetime
    disposition: str
    protocol: str
    """Its leading protocol (else its alert's, else its first flag's); "" when nothing was flagged."""

    def minutes_ago(self, now: dt.datetime) -> int:
        return max(0, int((now - self.completed_at).total_seconds() // 60))

    def text(self, now: dt.datetime) -> str:
        """``screened 9 min ago at this kiosk: isolate`` (the ``screening run`` warnings' wording)."""
        minutes = self.minutes_ago(now)
        if minutes < 120:
            ago = f"{minutes} min"
        elif minutes < 48 * 60:
            ago = f"{minutes // 60} h"
        else:
            ago = f"{minutes // (24 * 60)} days"
        return f"screened {ago} ago at this kiosk: {self.disposition}"


def record_document_number(record_data: Mapping[str, Any] | None) -> str:
    traveller = (record_data or {}).get("traveller") or {}
    return str(traveller.get("document_number") or "")


class RepeatCheck:
    """Remembers the keyed hash of each encounter's document and finds earlier encounters with it."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("the document-hash key is too short")
        self._secret = secret
        self._remembered: tuple[str, str] | None = None
        """(encounter id, key) last stored: the next answers do not write it again."""

    @classmethod
    def for_folder(cls, folder: Path | str) -> RepeatCheck:
        return cls(load_or_make_key(folder))

    def key_for(self, record_data: Mapping[str, Any] | None) -> str | None:
        return document_key(self._secret, record_document_number(record_data))

    def remember(self, service: ScreeningService, encounter_id: str, record_data: Mapping[str, Any] | None) -> None:
        """Store the hash of the record's document on the encounter (nothing without a document number)."""
        key = self.key_for(record_data)
        if key is None or self._remembered == (encounter_id, key):
            return
        with service.store.connection() as connection:
            connection.execute(_SET_KEY, {"b_id": encounter_id, "b_key": key})
        self._remembered = (encounter_id, key)

    def earlier(self, service: ScreeningService, encounter_id: str,
                record_data: Mapping[str, Any] | None) -> list[Repeat]:
        """Earlier completed screenings of the record's document at this kiosk whose window is still
        open, newest first (at most :data:`MAX_SHOWN`); the encounter itself and its primary excluded."""
        key = self.key_for(record_data)
        if key is None:
            return []
        now = service.clock.now()
        context = service.context
        with service.store.connection() as connection:
            parent = connection.execute(_PARENT, {"b_id": encounter_id}).scalar()
            rows = connection.execute(_EARLIER, {
                "b_kiosk": context.kiosk_id, "b_key": key, "b_since": now - MAX_LOOK_BACK, "b_mode": context.mode,
                "b_exercise": context.exercise_id, "b_own": [encounter_id, *([parent] if parent else [])],
            }).all()
        repeats = [_repeat(row) for row in rows if _window_open(row, now)]
        return repeats[:MAX_SHOWN]


def _repeat(row: Any) -> Repeat:
    evaluation = row.evaluation or {}
    alert = evaluation.get("alert") or {}
    flags = evaluation.get("flags") or []
    protocol = row.leading_protocol or alert.get("protocol") or (flags[0].get("protocol", "") if flags else "")
    return Repeat(row.id, _aware(row.completed_at), row.disposition or "", protocol)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _window_open(row: Any, now: dt.datetime) -> bool:
    """Within :data:`MIN_WINDOW` of its completion, or on or before the latest follow-up date of its flags."""
    if now - _aware(row.completed_at) <= MIN_WINDOW:
        return True
    until = [flag.get("follow_up_until") for flag in (row.evaluation or {}).get("flags") or []]
    days = [dt.date.fromisoformat(day) for day in until if day]
    return bool(days) and now.date() <= max(days)
