"""Officers, PINs, roles and sign-in (Qt-free).

PINs are hashed with :func:`hashlib.scrypt` and a random salt; the parameters travel inside the hash
string (``scrypt$n$r$p$salt$hash``, base64) so they can be raised later without breaking old hashes:
a hash made with other parameters still verifies and is re-made with the current ones at the next
sign-in. The parameters (N=2^15, r=8, p=1: 32 MiB, about 95 ms on one core of the reference
terminal) are chosen in docs/deployment.md ("PIN hashing"); ``python -m bench pin`` measures them.
Comparison is constant-time.

Wrong PINs lock the officer, longer each time: five wrong PINs lock for 5 minutes, the next five for
15 minutes, then 1 hour, 4 hours and 24 hours (:data:`LOCK_DURATIONS`); a right PIN after a lock has
expired, or a supervisor lifting the lock (:meth:`AuthService.unlock`, audited), starts afresh.
Every refusal says the same (:data:`REFUSED`) whether the id exists or not, the PIN was wrong or the
officer is locked, and each costs one PIN hash: neither the words nor the time tell an id that
exists from one that does not. Officer ids are matched without regard to case ("admin" signs in as
"Admin") and are unique without regard to case.

Every sign-in, failure, lock, unlock and sign-out is an audit event, written in the same transaction
as the officer's counters. Call these from a background thread (``ui.tasks``): hashing is slow on purpose.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.clock import Clock
from kiosk.errors import InputError, KioskError
from kiosk.screening import KioskContext, record_audit
from kiosk.store import Store
from kiosk.store import models as m

ROLES: tuple[str, ...] = ("screener", "health_officer", "supervisor", "trainer", "admin")
ROLE_LABELS = {
    "screener": "Screener", "health_officer": "Health officer", "supervisor": "Supervisor",
    "trainer": "Trainer", "admin": "Administrator",
}

PERMISSIONS: dict[str, frozenset[str]] = {
    # primary screening: questions, temperature, documents; clearing a traveller the protocols clear
    "screen": frozenset({"screener", "health_officer", "supervisor", "trainer"}),
    # secondary interview and every disposition other than a recommended "clear"
    "decide": frozenset({"health_officer", "supervisor"}),
    # choosing a disposition other than the recommended one (with a mandatory reason)
    "override": frozenset({"health_officer", "supervisor"}),
    "manage_officers": frozenset({"admin", "supervisor"}),
    "run_exercises": frozenset({"trainer", "supervisor"}),
    # sending alerts the broker refused (dead letters) again, once the cause is fixed
    "requeue_alerts": frozenset({"supervisor", "admin"}),
}

MAX_FAILED_ATTEMPTS = 5
LOCK_DURATIONS: tuple[dt.timedelta, ...] = (
    dt.timedelta(minutes=5), dt.timedelta(minutes=15), dt.timedelta(hours=1), dt.timedelta(hours=4),
    dt.timedelta(hours=24),
)
"""The n-th lock since the officer last signed in lasts ``LOCK_DURATIONS[n]`` (the last one repeats)."""
LOCK_DURATION = LOCK_DURATIONS[0]
REFUSED = ("Officer id or PIN is wrong, or this officer is locked after too many wrong PINs. "
           "Try again later, or ask a supervisor to lift the lock.")
"""The one answer to every refused sign-in (unknown id, wrong PIN, locked, deactivated)."""
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_MAXMEM = 64 * 1024 * 1024
_PIN = re.compile(r"^[0-9]{4,12}$")
_OFFICER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,19}$")


class SignInRefused(KioskError):
    """A refused sign-in; its message is always :data:`REFUSED` (it tells nothing about the id)."""


class PermissionDenied(KioskError):
    pass


@dataclass(frozen=True)
class OfficerInfo:
    """A signed-in (or listed) officer; never carries the PIN hash."""

    id: str
    name: str
    role: str

    def can(self, permission: str) -> bool:
        return can(self.role, permission)

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


@dataclass(frozen=True)
class OfficerAccount:
    """An officer as the Officers screen lists them: never the PIN hash."""

    id: str
    name: str
    role: str
    active: bool
    locked_until: dt.datetime | None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


def can(role: str, permission: str) -> bool:
    """Whether ``role`` holds ``permission`` (KeyError for an unknown permission: a programming error)."""
    return role in PERMISSIONS[permission]


EXERCISE_RIGHTS = frozenset({"decide", "override"})
"""Health-officer rights a trainer also holds while the kiosk runs an exercise: every traveller screened then
is an exercise one (issue 13), so the trainer can finish them without a health officer."""


def may(officer: OfficerInfo, permission: str, mode: str) -> bool:
    """:meth:`OfficerInfo.can` in the kiosk's mode in force (``screening.context.mode``): in ``exercise``
    mode a trainer also holds the :data:`EXERCISE_RIGHTS`."""
    return officer.can(permission) or (mode == "exercise" and officer.role == "trainer"
                                       and permission in EXERCISE_RIGHTS)


def require(officer: OfficerInfo, permission: str) -> None:
    if not officer.can(permission):
        raise PermissionDenied(f"{officer.role_label} {officer.id} may not {permission.replace('_', ' ')}")


def require_current(session: Session, officer: OfficerInfo, permission: str) -> None:
    """:func:`require`, re-checked in the database: an officer deactivated or given another role on
    another screen while signed in here can no longer do it."""
    require(officer, permission)
    current = session.get(m.Officer, officer.id)
    if current is None or not current.active or current.role != officer.role:
        raise PermissionDenied(f"the account of {officer.id} has changed: sign in again")


# ---------------------------------------------------------------------------------------------- hashing


def hash_pin(pin: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=32)
    return "$".join(("scrypt", str(n), str(r), str(p), _b64(salt), _b64(digest)))


def lock_duration(lock_count: int) -> dt.timedelta:
    """How long the lock after ``lock_count`` earlier locks lasts (0: the first lock)."""
    return LOCK_DURATIONS[min(max(lock_count, 0), len(LOCK_DURATIONS) - 1)]


def needs_rehash(stored: str) -> bool:
    """Whether ``stored`` was made with other parameters than the current ones."""
    return stored.split("$")[:4] != ["scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P)]


def find_officer(session: Session, officer_id: str) -> m.Officer | None:
    """The officer whose id is ``officer_id`` without regard to case (an exact match first)."""
    if not _OFFICER_ID.match(officer_id):
        return None
    exact = session.get(m.Officer, officer_id)
    if exact is not None:
        return exact
    rows = session.scalars(select(m.Officer).where(func.lower(m.Officer.id) == officer_id.lower()).limit(2)).all()
    return rows[0] if len(rows) == 1 else None


def verify_pin(pin: str, stored: str) -> bool:
    """Constant-time check of ``pin`` against a hash from :func:`hash_pin`; False for a malformed hash."""
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        salt_bytes, expected_bytes = _unb64(salt), _unb64(expected)
        digest = hashlib.scrypt(pin.encode(), salt=salt_bytes, n=int(n), r=int(r), p=int(p), maxmem=_MAXMEM,
                                dklen=len(expected_bytes))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected_bytes)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


_DUMMY_HASH = "$".join(("scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(bytes(16)), _b64(bytes(32))))
"""Checked for unknown officers, so that they cost the same scrypt as known ones. Made of zero bytes, not
by hashing a PIN: a hash at import was ~100 ms of every kiosk start; no PIN's scrypt digest is all zeros."""


def check_pin_format(pin: str) -> None:
    if not _PIN.match(pin):
        raise InputError("pin", "must be 4 to 12 digits")


def check_officer_id(officer_id: str) -> None:
    if not _OFFICER_ID.match(officer_id):
        raise InputError("officer_id", "must be 1 to 20 letters, digits, '-', '_' or '.'")


# ---------------------------------------------------------------------------------------------- service


class AuthService:
    """Officer accounts and sign-in for one kiosk."""

    def __init__(self, store: Store, clock: Clock, context: KioskContext) -> None:
        self.store = store
        self.clock = clock
        self.context = context

    def has_officers(self) -> bool:
        with self.store.reading() as session:
            return bool(session.scalar(select(func.count()).select_from(m.Officer)))

    def officers(self) -> list[OfficerInfo]:
        with self.store.reading() as session:
            rows = session.scalars(select(m.Officer).where(m.Officer.active).order_by(m.Officer.id)).all()
            return [OfficerInfo(row.id, row.name, row.role) for row in rows]

    def accounts(self, manager: OfficerInfo) -> list[OfficerAccount]:
        """Every officer of this kiosk, active first, for those who manage officers."""
        require(manager, "manage_officers")
        with self.store.reading() as session:
            rows = session.scalars(select(m.Officer).order_by(m.Officer.active.desc(), m.Officer.id)).all()
            now = self.clock.now()
            return [OfficerAccount(row.id, row.name, row.role, row.active,
                                   row.locked_until if row.locked_until and row.locked_until > now else None)
                    for row in rows]

    def assignable_roles(self, manager: OfficerInfo) -> tuple[str, ...]:
        """Roles ``manager`` may give: only an administrator makes or changes administrators."""
        if not manager.can("manage_officers"):
            return ()
        return ROLES if manager.role == "admin" else tuple(r for r in ROLES if r != "admin")

    def reset_pin(self, manager: OfficerInfo, officer_id: str, pin: str) -> None:
        """A new PIN for a forgotten one; also lifts a lock. Audited (never the PIN)."""
        check_pin_format(pin)
        pin_hash = hash_pin(pin)
        with self.store.transaction() as session:
            officer = self._managed(session, manager, officer_id)
            officer.pin_hash = pin_hash
            _clear_lock(officer)
            self._audit(session, manager.id, "officer.pin_reset", officer.id, {})

    def unlock(self, manager: OfficerInfo, officer_id: str) -> bool:
        """Lift ``officer_id``'s lock and forget their wrong PINs (the next lock is a first one again).
        Audited with the lock that was lifted. Returns whether the officer was locked."""
        with self.store.transaction() as session:
            officer = self._managed(session, manager, officer_id)
            was_locked = officer.locked_until is not None and officer.locked_until > self.clock.now()
            self._audit(session, manager.id, "officer.unlocked", officer.id,
                        {"locked_until": officer.locked_until.isoformat() if was_locked else None,
                         "failed_attempts": officer.failed_attempts or 0, "locks": officer.lock_count or 0})
            _clear_lock(officer)
        return was_locked

    def set_active(self, manager: OfficerInfo, officer_id: str, active: bool) -> None:
        """Deactivate (cannot sign in; history kept) or reactivate an officer. Audited.

        Nobody deactivates themselves and only an active administrator changes administrators, so an
        active administrator always remains to manage officers.
        """
        with self.store.transaction() as session:
            officer = self._managed(session, manager, officer_id)
            if not active and officer.id == manager.id:
                raise KioskError("you cannot deactivate your own account")
            officer.active = active
            self._audit(session, manager.id, "officer.activated" if active else "officer.deactivated", officer.id, {})

    def _managed(self, session: Session, manager: OfficerInfo, officer_id: str) -> m.Officer:
        """The account ``manager`` may change (re-checked in the database: a manager deactivated on
        another screen while signed in here can no longer change anyone)."""
        self._check_manager(session, manager)
        officer = find_officer(session, officer_id)
        if officer is None:
            raise InputError("officer_id", f"{officer_id} does not exist")
        if officer.role not in self.assignable_roles(manager):
            raise PermissionDenied(f"only an administrator may change the account of administrator {officer.id}")
        return officer

    @staticmethod
    def _check_manager(session: Session, manager: OfficerInfo) -> None:
        require_current(session, manager, "manage_officers")

    def create_first_admin(self, officer_id: str, name: str, pin: str) -> OfficerInfo:
        """The first-run path: only allowed while no officer exists."""
        if self.has_officers():
            raise KioskError("officers already exist: ask an administrator to add you")
        return self._create(officer_id, name, "admin", pin, manager=None)

    def create_officer(self, creator: OfficerInfo, officer_id: str, name: str, role: str, pin: str) -> OfficerInfo:
        require(creator, "manage_officers")
        if role in ROLES and role not in self.assignable_roles(creator):
            raise PermissionDenied(f"only an administrator may create an account with the role {role}")
        return self._create(officer_id, name, role, pin, manager=creator)

    def _create(self, officer_id: str, name: str, role: str, pin: str, manager: OfficerInfo | None) -> OfficerInfo:
        officer_id = officer_id.strip()
        check_officer_id(officer_id)
        name = name.strip()
        if not name or len(name) > 200:
            raise InputError("name", "must be 1 to 200 characters")
        if role not in ROLES:
            raise InputError("role", f"{role!r} is not one of {', '.join(ROLES)}")
        check_pin_format(pin)
        pin_hash = hash_pin(pin)
        with self.store.transaction() as session:
            if manager is not None:
                self._check_manager(session, manager)
            taken = session.scalar(select(m.Officer.id).where(func.lower(m.Officer.id) == officer_id.lower()))
            if taken is not None:
                same = "" if taken == officer_id else f" (as {taken}: ids do not differ by case alone)"
                raise InputError("officer_id", f"{officer_id} already exists{same}")
            session.add(m.Officer(id=officer_id, name=name, role=role, pin_hash=pin_hash, failed_attempts=0,
                                  locked_until=None, lock_count=0, active=True, created_at=self.clock.now()))
            actor = manager.id if manager else officer_id
            self._audit(session, actor, "officer.created", officer_id, {"role": role})
        return OfficerInfo(officer_id, name, role)

    def sign_in(self, officer_id: str, pin: str) -> OfficerInfo:
        """The officer, or :class:`SignInRefused` with :data:`REFUSED` (whatever the cause). Always audited.

        Every path hashes the PIN once, so a refusal takes as long for an unknown id as for a known one."""
        officer_id = officer_id.strip()
        now = self.clock.now()
        signed_in: OfficerInfo | None = None
        rehash = False
        with self.store.transaction() as session:
            officer = find_officer(session, officer_id)
            if officer is None or not officer.active:
                verify_pin(pin, _DUMMY_HASH)
                self._audit(session, None, "auth.failed", officer_id[:60],
                            {"reason": "unknown officer" if officer is None else "inactive"})
            elif officer.locked_until is not None and officer.locked_until > now:
                verify_pin(pin, _DUMMY_HASH)  # the same cost as a check, and a locked PIN is never tried
                self._audit(session, officer.id, "auth.failed", officer.id,
                            {"reason": "locked", "locked_until": officer.locked_until.isoformat()})
            elif verify_pin(pin, officer.pin_hash):
                officer.failed_attempts = 0
                officer.locked_until = None
                officer.lock_count = 0
                self._audit(session, officer.id, "auth.signed_in", officer.id, {"role": officer.role})
                rehash = needs_rehash(officer.pin_hash)
                signed_in = OfficerInfo(officer.id, officer.name, officer.role)
            else:
                self._wrong_pin(session, officer, now)
        if signed_in is None:
            raise SignInRefused(REFUSED)
        if rehash:
            self._rehash(signed_in.id, pin)
        return signed_in

    def _rehash(self, officer_id: str, pin: str) -> None:
        """Re-make a PIN hash of older parameters with the current ones (after a right PIN)."""
        pin_hash = hash_pin(pin)
        with self.store.transaction() as session:
            officer = session.get(m.Officer, officer_id)
            if officer is not None and verify_pin(pin, officer.pin_hash):
                officer.pin_hash = pin_hash

    def _wrong_pin(self, session: Session, officer: m.Officer, now: dt.datetime) -> None:
        if officer.locked_until is not None:  # an expired lock: count afresh (the lock count stays)
            officer.locked_until = None
            officer.failed_attempts = 0
        officer.failed_attempts = (officer.failed_attempts or 0) + 1
        self._audit(session, officer.id, "auth.failed", officer.id,
                    {"reason": "wrong pin", "attempt": officer.failed_attempts})
        if officer.failed_attempts >= MAX_FAILED_ATTEMPTS:
            duration = lock_duration(officer.lock_count or 0)
            officer.locked_until = now + duration
            officer.failed_attempts = 0
            officer.lock_count = (officer.lock_count or 0) + 1
            self._audit(session, officer.id, "auth.locked", officer.id,
                        {"until": officer.locked_until.isoformat(), "attempts": MAX_FAILED_ATTEMPTS,
                         "minutes": int(duration.total_seconds() // 60), "lock": officer.lock_count})

    def sign_out(self, officer: OfficerInfo, reason: str = "officer") -> None:
        """Audit a sign-out (``reason``: officer, idle, shutdown)."""
        with self.store.transaction() as session:
            self._audit(session, officer.id, "auth.signed_out", officer.id, {"reason": reason})

    def _audit(self, session: Session, actor: str | None, action: str, officer_id: str, detail: dict) -> None:
        record_audit(session.connection(), self.clock, self.context, actor, action, "officer", officer_id, detail)


def _clear_lock(officer: m.Officer) -> None:
    officer.failed_attempts = 0
    officer.locked_until = None
    officer.lock_count = 0
