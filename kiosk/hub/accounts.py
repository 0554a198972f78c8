"""Hub accounts: users, roles, jurisdictions, passwords and sign-in for the console (Qt-free).

Four roles (:data:`ROLES`). What each may do is :data:`PERMISSIONS`; :func:`can` answers it, and every
write of the console layer calls :func:`require_current` in its own transaction, so a user disabled or
given another role on another desk is refused at once (not just by greyed-out buttons).

**Jurisdiction**: a user sees every point of entry (``poes`` None) or only those listed
(``hub_user_poes``); the console's queries take that set (``poes=``) and triage refuses an alert
outside it.

**Passwords** are hashed like the kiosk's PINs (:func:`kiosk.auth.hash_pin`, scrypt with a random salt
and the parameters inside the hash) with stronger parameters: N=2^15, r=8, p=3 (32 MiB, OWASP's
scrypt minimum); a hash of older parameters still verifies, and ``hub user reset-password`` re-makes it
(sign-in does not write hashes: the desktops' database role may not change them). **Lockout** is the kiosk's: :data:`kiosk.auth.MAX_FAILED_ATTEMPTS` wrong passwords lock
the account for :func:`kiosk.auth.lock_duration` (5 min, then 15 min, 1 h, 4 h, 24 h); an administrator
lifts it (``poe-kiosk hub user unlock``). Unlike the kiosk, the refusal says when the account is
locked: user ids are not secret at the hub (every triage step shows its user's id to every reader).
An unknown id still costs one hash, like a known one.

Every sign-in, refusal, lock and account change is a row of ``hub_user_events``.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, ForeignKey, Index, String, Text, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.auth import MAX_FAILED_ATTEMPTS, PermissionDenied, hash_pin, lock_duration, verify_pin
from kiosk.clock import Clock, SystemClock
from kiosk.errors import InputError, KioskError, NotFound
from kiosk.hub.models import _ID, HubBase

ROLES: tuple[str, ...] = ("surveillance_officer", "supervisor", "read_only", "administrator")
ROLE_LABELS = {"surveillance_officer": "Surveillance officer", "supervisor": "Supervisor",
               "read_only": "Read-only", "administrator": "Administrator"}
ACTIONS: tuple[str, ...] = ("view", "export", "triage", "note", "assign", "assess", "follow_up", "manage_users")

_OFFICERS = frozenset({"surveillance_officer", "supervisor"})
PERMISSIONS: dict[str, frozenset[str]] = {
    "view": frozenset(ROLES),
    "export": frozenset(ROLES),
    "triage": _OFFICERS,
    "note": _OFFICERS,
    "assess": _OFFICERS,
    "follow_up": _OFFICERS,
    "assign": _OFFICERS,  # take an alert, or give it to another officer on duty
    "manage_users": frozenset({"administrator"}),
}
"""Action → the roles that may do it. ``read_only`` views and exports only; an administrator manages
accounts and reads, and does not triage (least privilege: account management is not surveillance work)."""

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 3
PASSWORD_MIN, PASSWORD_MAX = 12, 256
NAME_MAX = 200
_USER_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,39}$")
_DUMMY_HASH = "$".join(("scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P),
                        base64.b64encode(bytes(16)).decode(), base64.b64encode(bytes(32)).decode()))
"""Checked for unknown ids, so that a refusal costs one hash whatever the id (no password hashes to zeros)."""


# ---------------------------------------------------------------------------------------------- tables


class HubUserRow(HubBase):
    """A hub account. Ids are lower case (``Ada`` signs in as ``ada``); never deleted (histories name them)."""

    __tablename__ = "hub_users"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    role: Mapped[str] = mapped_column(String(30))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool]
    all_poes: Mapped[bool]
    """Jurisdiction: every point of entry (else those of ``hub_user_poes``)."""
    failed_attempts: Mapped[int]
    locked_until: Mapped[dt.datetime | None]
    lock_count: Mapped[int]
    created_at: Mapped[dt.datetime]


class HubUserPoe(HubBase):
    """One point of entry of a user's jurisdiction."""

    __tablename__ = "hub_user_poes"
    user_id: Mapped[str] = mapped_column(String(40), ForeignKey("hub_users.id"), primary_key=True)
    poe: Mapped[str] = mapped_column(String(60), primary_key=True)


class HubUserEvent(HubBase):
    """Audit of sign-ins, refusals, locks and account changes (append-only)."""

    __tablename__ = "hub_user_events"
    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime]
    actor: Mapped[str] = mapped_column(String(120))
    """Who did it: a user id, or ``cli:<login>`` for ``poe-kiosk hub user``."""
    action: Mapped[str] = mapped_column(String(40))
    user_id: Mapped[str] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (Index("ix_hub_user_events_user", "user_id", "id"),)


# ---------------------------------------------------------------------------------------------- users


class SignInRefused(KioskError):
    """Wrong id or password, or a disabled account."""


class AccountLocked(SignInRefused):
    """Too many wrong passwords: the account is locked until :attr:`until`."""

    def __init__(self, until: dt.datetime) -> None:
        self.until = until
        super().__init__(f"this account is locked after {MAX_FAILED_ATTEMPTS} wrong passwords until "
                         f"{until:%Y-%m-%d %H:%M} UTC; try again then, or ask an administrator to unlock it")


WRONG = "user id or password is wrong"
DISABLED = "this account is disabled; ask an administrator"


@dataclass(frozen=True)
class HubUser:
    """A signed-in (or listed) user; never carries the password hash. ``poes`` None: every point of entry."""

    id: str
    name: str
    role: str
    poes: frozenset[str] | None = None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def sees(self, poe: str) -> bool:
        return self.poes is None or poe in self.poes


@dataclass(frozen=True)
class UserAccount:
    """An account as ``hub user list`` shows it."""

    user: HubUser
    active: bool
    locked_until: dt.datetime | None
    failed_attempts: int


def can(user: HubUser, action: str) -> bool:
    """Whether ``user``'s role may do ``action`` (KeyError for an unknown action: a programming error)."""
    return user.role in PERMISSIONS[action]


def require(user: HubUser, action: str) -> None:
    if not can(user, action):
        raise PermissionDenied(f"{user.role_label} {user.id} may not {action.replace('_', ' ')}")


def require_current(session: Session, user: HubUser, action: str, *, poe: str | None = None) -> None:
    """:func:`require`, re-checked in the database in the caller's transaction (an account disabled or
    changed since sign-in is refused), and ``poe`` within the user's jurisdiction as stored now."""
    require(user, action)
    row = session.get(HubUserRow, user.id)
    if row is None or not row.active or row.role != user.role:
        raise PermissionDenied(f"the account of {user.id} has changed: sign in again")
    if poe is not None and not row.all_poes and session.get(HubUserPoe, (user.id, poe)) is None:
        raise PermissionDenied(f"{poe} is not in the jurisdiction of {user.id}")


def _user_of(session: Session, row: HubUserRow) -> HubUser:
    poes = None if row.all_poes else frozenset(
        session.scalars(select(HubUserPoe.poe).where(HubUserPoe.user_id == row.id)))
    return HubUser(row.id, row.name, row.role, poes)


# ---------------------------------------------------------------------------------------------- checks


def check_user_id(user_id: str) -> str:
    user_id = user_id.strip().lower()
    if not _USER_ID.match(user_id):
        raise InputError("user_id", "must be 1 to 40 letters, digits, '-', '_' or '.', starting with a letter or digit")
    return user_id


def check_password(password: str) -> None:
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
        raise InputError("password", f"must be {PASSWORD_MIN} to {PASSWORD_MAX} characters ({len(password)} given)")
    if any(not c.isprintable() for c in password):
        raise InputError("password", "contains control characters")


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError("role", f"{role!r} is not one of {', '.join(ROLES)}")
    return role


def check_poes(poes: Iterable[str] | None) -> frozenset[str] | None:
    """None (every point of entry) or a non-empty set of point-of-entry ids."""
    if poes is None:
        return None
    cleaned = frozenset(p.strip() for p in poes if p.strip())
    if not cleaned:
        raise InputError("poes", "name at least one point of entry, or give the user every point of entry")
    too_long = sorted(p for p in cleaned if len(p) > 60 or not p.isprintable())
    if too_long:
        raise InputError("poes", f"{too_long[0][:60]!r} is not a point-of-entry id")
    return cleaned


def hash_password(password: str) -> str:
    return hash_pin(password, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)


# ---------------------------------------------------------------------------------------------- service


class HubAccounts:
    """Accounts and sign-in on one hub database. Slow on purpose (one scrypt per sign-in): call it from
    a worker thread in a window."""

    def __init__(self, engine: Engine, clock: Clock | None = None) -> None:
        self.engine = engine
        self.clock = clock or SystemClock()

    def sign_in(self, user_id: str, password: str) -> HubUser:
        """The user, or :class:`SignInRefused` (:class:`AccountLocked` when locked). Always audited."""
        user_id = user_id.strip().lower()
        now = self.clock.now()
        refusal: SignInRefused | None = None
        user: HubUser | None = None
        with Session(self.engine) as session, session.begin():
            row = session.get(HubUserRow, user_id) if _USER_ID.match(user_id) else None
            if row is None:
                verify_pin(password, _DUMMY_HASH)
                refusal = SignInRefused(WRONG)
                self._audit(session, user_id[:60] or "?", "auth.failed", user_id[:60], {"reason": "unknown user"})
            elif row.locked_until is not None and row.locked_until > now:
                verify_pin(password, _DUMMY_HASH)  # a locked account's password is never tried
                refusal = AccountLocked(row.locked_until)
                self._audit(session, row.id, "auth.failed", row.id, {"reason": "locked"})
            elif not verify_pin(password, row.password_hash):
                refusal = self._wrong_password(session, row, now)
            elif not row.active:
                refusal = SignInRefused(DISABLED)
                self._audit(session, row.id, "auth.failed", row.id, {"reason": "disabled"})
            else:
                row.failed_attempts, row.locked_until, row.lock_count = 0, None, 0
                self._audit(session, row.id, "auth.signed_in", row.id, {"role": row.role})
                user = _user_of(session, row)
        if user is None:
            raise refusal or SignInRefused(WRONG)
        return user

    def _wrong_password(self, session: Session, row: HubUserRow, now: dt.datetime) -> SignInRefused:
        if row.locked_until is not None:  # an expired lock: count afresh (the lock count stays)
            row.locked_until, row.failed_attempts = None, 0
        row.failed_attempts += 1
        self._audit(session, row.id, "auth.failed", row.id, {"reason": "wrong password",
                                                             "attempt": row.failed_attempts})
        if row.failed_attempts < MAX_FAILED_ATTEMPTS:
            return SignInRefused(WRONG)
        row.locked_until = now + lock_duration(row.lock_count)
        row.failed_attempts = 0
        row.lock_count += 1
        self._audit(session, row.id, "auth.locked", row.id, {"until": row.locked_until.isoformat(),
                                                             "lock": row.lock_count})
        return AccountLocked(row.locked_until)

    def sign_out(self, user: HubUser) -> None:
        with Session(self.engine) as session, session.begin():
            self._audit(session, user.id, "auth.signed_out", user.id, {})

    # ------------------------------------------------------------------------------------ management

    def add_user(self, actor: str, user_id: str, name: str, role: str, password: str, *,
                 poes: Collection[str] | None = None) -> HubUser:
        """A new active account (``poes`` None: every point of entry). Audited (never the password)."""
        user_id = check_user_id(user_id)
        name = " ".join(name.split())
        if not name or len(name) > NAME_MAX or not name.isprintable():
            raise InputError("name", f"must be 1 to {NAME_MAX} printable characters")
        check_role(role)
        jurisdiction = check_poes(poes)
        check_password(password)
        password_hash = hash_password(password)
        with Session(self.engine) as session, session.begin():
            if session.get(HubUserRow, user_id) is not None:
                raise InputError("user_id", f"{user_id} already exists")
            session.add(HubUserRow(id=user_id, name=name, role=role, password_hash=password_hash, active=True,
                                   all_poes=jurisdiction is None, failed_attempts=0, locked_until=None,
                                   lock_count=0, created_at=self.clock.now()))
            session.flush()
            session.add_all(HubUserPoe(user_id=user_id, poe=poe) for poe in sorted(jurisdiction or ()))
            self._audit(session, actor, "user.created", user_id,
                        {"role": role, "poes": sorted(jurisdiction) if jurisdiction is not None else "all"})
        return HubUser(user_id, name, role, jurisdiction)

    def accounts(self) -> list[UserAccount]:
        """Every account, active first."""
        now = self.clock.now()
        with Session(self.engine) as session:
            rows = session.scalars(select(HubUserRow).order_by(HubUserRow.active.desc(), HubUserRow.id)).all()
            return [UserAccount(_user_of(session, row), row.active,
                                row.locked_until if row.locked_until and row.locked_until > now else None,
                                row.failed_attempts) for row in rows]

    def set_active(self, actor: str, user_id: str, active: bool) -> None:
        """Disable (cannot sign in; its history stays) or enable an account. Audited."""
        with Session(self.engine) as session, session.begin():
            row = self._row(session, user_id)
            row.active = active
            self._audit(session, actor, "user.enabled" if active else "user.disabled", row.id, {})

    def reset_password(self, actor: str, user_id: str, password: str) -> None:
        """A new password for a forgotten one; also lifts a lock. Audited (never the password)."""
        check_password(password)
        password_hash = hash_password(password)
        with Session(self.engine) as session, session.begin():
            row = self._row(session, user_id)
            row.password_hash = password_hash
            row.failed_attempts, row.locked_until, row.lock_count = 0, None, 0
            self._audit(session, actor, "user.password_reset", row.id, {})

    def unlock(self, actor: str, user_id: str) -> bool:
        """Lift the lock and forget the wrong passwords. Returns whether the account was locked."""
        with Session(self.engine) as session, session.begin():
            row = self._row(session, user_id)
            locked = row.locked_until is not None and row.locked_until > self.clock.now()
            self._audit(session, actor, "user.unlocked", row.id,
                        {"was_locked": locked, "failed_attempts": row.failed_attempts})
            row.failed_attempts, row.locked_until, row.lock_count = 0, None, 0
        return locked

    def set_jurisdiction(self, actor: str, user_id: str, poes: Collection[str] | None) -> None:
        """Replace a user's points of entry (None: every one). Audited."""
        jurisdiction = check_poes(poes)
        with Session(self.engine) as session, session.begin():
            row = self._row(session, user_id)
            row.all_poes = jurisdiction is None
            session.execute(delete(HubUserPoe).where(HubUserPoe.user_id == row.id))
            session.add_all(HubUserPoe(user_id=row.id, poe=poe) for poe in sorted(jurisdiction or ()))
            self._audit(session, actor, "user.jurisdiction", row.id,
                        {"poes": sorted(jurisdiction) if jurisdiction is not None else "all"})

    def events(self, user_id: str) -> list[tuple[str, str, dict[str, Any]]]:
        """(action, actor, detail) of ``user_id``'s audit, oldest first."""
        with Session(self.engine) as session:
            rows = session.scalars(select(HubUserEvent).where(HubUserEvent.user_id == user_id.lower())
                                   .order_by(HubUserEvent.id)).all()
            return [(row.action, row.actor, json.loads(row.detail)) for row in rows]

    @staticmethod
    def _row(session: Session, user_id: str) -> HubUserRow:
        row = session.get(HubUserRow, user_id.strip().lower())
        if row is None:
            raise NotFound(f"user {user_id} does not exist")
        return row

    def _audit(self, session: Session, actor: str, action: str, user_id: str, detail: dict[str, Any]) -> None:
        session.add(HubUserEvent(at=self.clock.now(), actor=actor[:120], action=action, user_id=user_id[:60],
                                 detail=json.dumps(detail, sort_keys=True)))
