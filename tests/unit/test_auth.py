"""Officers, PIN hashing, lockout and the audit trail (pinned clock, real SQLite)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kiosk.auth import (
    LOCK_DURATIONS,
    MAX_FAILED_ATTEMPTS,
    REFUSED,
    AuthService,
    OfficerInfo,
    PermissionDenied,
    SignInRefused,
    can,
    hash_pin,
    may,
    require,
    verify_pin,
)
from kiosk.errors import InputError, KioskError
from kiosk.store import models as m


@pytest.fixture
def auth(store, clock, context) -> AuthService:
    return AuthService(store, clock, context)


def audit_actions(store) -> list[str]:
    with store.reading() as session:
        return [e.action for e in session.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id))]


def test_hash_is_salted_parameterised_and_verifies():
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second  # random salt
    assert first.startswith("scrypt$32768$8$1$")
    assert verify_pin("2468", first)
    assert not verify_pin("2469", first)
    assert not verify_pin("2468", "scrypt$garbage")
    assert not verify_pin("2468", "md5$1$2$3$AAAA$AAAA")


def test_first_admin_only_once(auth):
    assert not auth.has_officers()
    admin = auth.create_first_admin("A1", "Ada Admin", "13579")
    assert admin == OfficerInfo("A1", "Ada Admin", "admin")
    with pytest.raises(KioskError, match="already exist"):
        auth.create_first_admin("A2", "Other", "13579")


def test_bad_pin_and_id_refused_with_the_field(auth):
    with pytest.raises(InputError) as error:
        auth.create_first_admin("A1", "Ada", "12a4")
    assert error.value.field == "pin"
    with pytest.raises(InputError) as error:
        auth.create_first_admin("bad id!", "Ada", "1234")
    assert error.value.field == "officer_id"


def test_sign_in_success_is_audited_and_resets_the_counter(auth, store):
    auth.create_first_admin("A1", "Ada", "1357")
    with pytest.raises(SignInRefused) as refused:
        auth.sign_in("A1", "0000")
    assert str(refused.value) == REFUSED
    assert auth.sign_in("A1", "1357").role == "admin"
    with store.reading() as session:
        assert session.get(m.Officer, "A1").failed_attempts == 0
    assert audit_actions(store)[-2:] == ["auth.failed", "auth.signed_in"]


def test_unknown_officer_is_refused_and_audited(auth, store):
    with pytest.raises(SignInRefused, match="wrong"):
        auth.sign_in("NOBODY", "1234")
    assert audit_actions(store) == ["auth.failed"]


def locked(store, officer_id: str):
    with store.reading() as session:
        return session.get(m.Officer, officer_id).locked_until


def test_five_wrong_pins_lock_for_five_minutes(auth, store, clock):
    auth.create_first_admin("A1", "Ada", "1357")
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(SignInRefused):
            auth.sign_in("A1", "9999")
        assert locked(store, "A1") is None
    with pytest.raises(SignInRefused) as refused:
        auth.sign_in("A1", "9999")
    assert str(refused.value) == REFUSED
    assert locked(store, "A1") == clock.now() + dt.timedelta(minutes=5)
    # the right PIN is refused while locked
    clock.advance(minutes=4, seconds=59)
    with pytest.raises(SignInRefused) as refused:
        auth.sign_in("A1", "1357")
    assert str(refused.value) == REFUSED
    # and accepted after five minutes
    clock.advance(seconds=1)
    assert auth.sign_in("A1", "1357").id == "A1"
    actions = audit_actions(store)
    assert actions.count("auth.locked") == 1
    assert actions.count("auth.failed") == MAX_FAILED_ATTEMPTS + 1
    assert actions[-1] == "auth.signed_in"


def lock_out(auth, officer_id: str = "A1") -> None:
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(SignInRefused):
            auth.sign_in(officer_id, "0000")


def test_lockout_escalates_5_min_15_min_1_h_and_a_right_pin_starts_afresh(auth, store, clock):
    auth.create_first_admin("A1", "Ada", "1357")
    assert [d.total_seconds() / 60 for d in LOCK_DURATIONS] == [5, 15, 60, 240, 1440]
    for expected in [*LOCK_DURATIONS, LOCK_DURATIONS[-1]]:
        lock_out(auth)
        assert locked(store, "A1") == clock.now() + expected
        clock.advance(seconds=expected.total_seconds() - 1)
        with pytest.raises(SignInRefused):
            auth.sign_in("A1", "1357")  # still locked one second before the end
        clock.advance(seconds=1)
    assert auth.sign_in("A1", "1357").id == "A1"
    lock_out(auth)
    assert locked(store, "A1") == clock.now() + LOCK_DURATIONS[0]
    with store.reading() as session:
        minutes = [e.detail["minutes"] for e in session.scalars(
            select(m.AuditEvent).where(m.AuditEvent.action == "auth.locked").order_by(m.AuditEvent.id))]
    assert minutes == [5, 15, 60, 240, 1440, 1440, 5]


def test_unknown_and_known_ids_get_the_same_answer(auth, store):
    admin = auth.create_first_admin("A1", "Ada", "1357")
    auth.create_officer(admin, "S1", "Sam", "screener", "2468")
    auth.set_active(admin, "S1", False)
    answers = set()
    for officer_id in ("A1", "NOBODY", "S1", "bad id!"):
        for _ in range(MAX_FAILED_ATTEMPTS + 2):  # A1 is locked during the last two
            with pytest.raises(SignInRefused) as refused:
                auth.sign_in(officer_id, "0000")
            answers.add((str(refused.value), frozenset(vars(refused.value))))
    assert answers == {(REFUSED, frozenset())}
    assert "attempt" not in REFUSED


def test_every_refusal_hashes_once(auth, monkeypatch):
    from kiosk import auth as auth_module

    admin = auth.create_first_admin("A1", "Ada", "1357")
    auth.create_officer(admin, "S1", "Sam", "screener", "2468")
    lock_out(auth, "S1")
    calls = []
    real = auth_module.verify_pin
    monkeypatch.setattr(auth_module, "verify_pin", lambda pin, stored: calls.append(stored) or real(pin, stored))
    for officer_id in ("A1", "NOBODY", "S1"):  # wrong PIN, unknown id, locked
        with pytest.raises(SignInRefused):
            auth.sign_in(officer_id, "0000")
    assert len(calls) == 3


def test_a_supervisor_lifts_a_lock_audited(auth, store, clock):
    admin = auth.create_first_admin("A1", "Ada", "1357")
    supervisor = auth.create_officer(admin, "V1", "Vera", "supervisor", "8642")
    screener = auth.create_officer(admin, "S1", "Sam", "screener", "2468")
    lock_out(auth, "S1")
    with pytest.raises(PermissionDenied):
        auth.unlock(screener, "S1")
    assert auth.unlock(supervisor, "s1") is True  # ids without regard to case
    assert auth.sign_in("S1", "2468").id == "S1"
    with store.reading() as session:
        event = session.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "officer.unlocked")).one()
        assert event.actor == "V1" and event.detail["locks"] == 1
    lock_out(auth, "S1")
    assert locked(store, "S1") == clock.now() + LOCK_DURATIONS[0]  # the lift also reset the escalation
    assert auth.unlock(supervisor, "S1") is True and auth.unlock(supervisor, "S1") is False


def test_officer_ids_are_matched_and_unique_without_regard_to_case(auth):
    admin = auth.create_first_admin("admin", "Ada", "1357")
    assert auth.sign_in("Admin", "1357") == admin
    assert auth.sign_in("ADMIN", "1357").id == "admin"
    with pytest.raises(InputError, match="already exists"):
        auth.create_officer(admin, "ADMIN", "Other", "screener", "2468")


def test_a_hash_of_older_parameters_verifies_and_is_remade_at_sign_in(auth, store):
    auth.create_first_admin("A1", "Ada", "1357")
    with store.transaction() as session:
        session.get(m.Officer, "A1").pin_hash = hash_pin("1357", n=2**14)
    assert auth.sign_in("A1", "1357").id == "A1"
    with store.reading() as session:
        assert session.get(m.Officer, "A1").pin_hash.startswith("scrypt$32768$8$1$")


def test_lock_is_per_officer(auth, store, clock):
    admin = auth.create_first_admin("A1", "Ada", "1357")
    auth.create_officer(admin, "S1", "Sam", "screener", "2468")
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(SignInRefused):
            auth.sign_in("A1", "0000")
    assert auth.sign_in("S1", "2468").role == "screener"


def test_wrong_pins_after_an_expired_lock_count_afresh(auth, store, clock):
    auth.create_first_admin("A1", "Ada", "1357")
    lock_out(auth)
    clock.advance(minutes=6)
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(SignInRefused):
            auth.sign_in("A1", "0000")
    assert locked(store, "A1") is None
    with pytest.raises(SignInRefused):
        auth.sign_in("A1", "0000")
    assert locked(store, "A1") == clock.now() + LOCK_DURATIONS[1]


def test_roles_and_permissions(auth):
    assert not can("screener", "decide")
    assert can("health_officer", "decide") and can("health_officer", "override")
    assert can("screener", "screen")
    assert not can("admin", "screen")
    admin = auth.create_first_admin("A1", "Ada", "1357")
    screener = auth.create_officer(admin, "S1", "Sam", "screener", "2468")
    with pytest.raises(PermissionDenied):
        require(screener, "decide")
    with pytest.raises(PermissionDenied):
        auth.create_officer(screener, "S2", "Sue", "screener", "2468")
    with pytest.raises(InputError) as error:
        auth.create_officer(admin, "S2", "Sue", "wizard", "2468")
    assert error.value.field == "role"


def test_sign_out_is_audited(auth, store):
    admin = auth.create_first_admin("A1", "Ada", "1357")
    auth.sign_out(admin, "idle")
    with store.reading() as session:
        event = session.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "auth.signed_out")).one()
    assert event.actor == "A1" and event.detail == {"reason": "idle"}


def test_managers_add_officers_within_their_rights(auth, store):
    admin = auth.create_first_admin("A1", "Ada Admin", "13579")
    supervisor = auth.create_officer(admin, "SV1", "Sam Supervisor", "supervisor", "2468")
    assert auth.assignable_roles(admin) == ("screener", "health_officer", "supervisor", "trainer", "admin")
    assert "admin" not in auth.assignable_roles(supervisor)
    assert auth.assignable_roles(OfficerInfo("S1", "Screener", "screener")) == ()
    auth.create_officer(supervisor, "S1", "Sara Screener", "screener", "1111")
    with pytest.raises(PermissionDenied, match="only an administrator"):
        auth.create_officer(supervisor, "A2", "Another Admin", "admin", "1111")
    with pytest.raises(PermissionDenied):
        auth.create_officer(OfficerInfo("S1", "Sara Screener", "screener"), "S2", "X", "screener", "1111")
    with pytest.raises(InputError, match="already exists"):
        auth.create_officer(admin, "S1", "Again", "screener", "1111")
    assert [a.id for a in auth.accounts(supervisor)] == ["A1", "S1", "SV1"]


def test_reset_pin_replaces_the_pin_and_lifts_the_lock(auth, store, clock):
    admin = auth.create_first_admin("A1", "Ada Admin", "13579")
    auth.create_officer(admin, "S1", "Sara Screener", "screener", "1111")
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(SignInRefused):
            auth.sign_in("S1", "0000")
    [locked] = [a for a in auth.accounts(admin) if a.id == "S1"]
    assert locked.locked_until is not None
    with pytest.raises(InputError, match="pin"):
        auth.reset_pin(admin, "S1", "12")
    auth.reset_pin(admin, "S1", "4321")
    assert auth.sign_in("S1", "4321").id == "S1"
    with pytest.raises(SignInRefused):
        auth.sign_in("S1", "1111")
    assert "officer.pin_reset" in audit_actions(store)
    with store.reading() as session:
        details = [e.detail for e in session.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "officer.pin_reset"))]
    assert details == [{}], "the audit trail never holds a PIN"


def test_deactivated_officers_cannot_sign_in_until_reactivated(auth, store):
    admin = auth.create_first_admin("A1", "Ada Admin", "13579")
    auth.create_officer(admin, "S1", "Sara Screener", "screener", "1111")
    auth.set_active(admin, "S1", False)
    with pytest.raises(SignInRefused):
        auth.sign_in("S1", "1111")
    assert [(a.id, a.active) for a in auth.accounts(admin)] == [("A1", True), ("S1", False)]
    auth.set_active(admin, "S1", True)
    assert auth.sign_in("S1", "1111").id == "S1"
    assert audit_actions(store).count("officer.deactivated") == 1
    assert "officer.activated" in audit_actions(store)


def test_nobody_locks_the_kiosk_out_of_management(auth):
    admin = auth.create_first_admin("A1", "Ada Admin", "13579")
    supervisor = auth.create_officer(admin, "SV1", "Sam Supervisor", "supervisor", "2468")
    with pytest.raises(KioskError, match="your own account"):
        auth.set_active(admin, "A1", False)
    with pytest.raises(PermissionDenied, match="administrator A1"):
        auth.set_active(supervisor, "A1", False)
    with pytest.raises(PermissionDenied, match="administrator A1"):
        auth.reset_pin(supervisor, "A1", "0000")
    second = auth.create_officer(admin, "A2", "Second Admin", "admin", "97531")
    auth.set_active(second, "A1", False)
    with pytest.raises(KioskError, match="your own account"):
        auth.set_active(second, "A2", False)
    with pytest.raises(InputError, match="does not exist"):
        auth.set_active(second, "NOPE", False)
    auth.set_active(second, "A1", True)
    auth.set_active(admin, "A2", False)  # while A2 is still signed in on another screen...
    with pytest.raises(PermissionDenied, match="sign in again"):
        auth.set_active(second, "A1", False)  # ...A2 can no longer change anyone


def test_cli_unlock_by_a_supervisor_with_the_pin_from_a_file(tmp_path, capsys, monkeypatch):
    import json

    from kiosk.auth import find_officer
    from kiosk.cli import main
    from kiosk.clock import SystemClock
    from kiosk.config import load_config, write_demo_config
    from kiosk.screening import KioskContext, SiteInfo
    from kiosk.store import open_store

    config_path = tmp_path / "kiosk.toml"
    write_demo_config(config_path, data_dir=tmp_path / "data")
    config = load_config(config_path)
    store = open_store(config.database_url)
    site = config.site
    auth = AuthService(store, SystemClock(), KioskContext(SiteInfo(site.id, site.name, site.kind, site.country),
                                                          config.kiosk.id))
    admin = auth.create_first_admin("A1", "Ada", "1357")
    auth.create_officer(admin, "V1", "Vera", "supervisor", "8642")
    auth.create_officer(admin, "S1", "Sam", "screener", "2468")
    lock_out(auth, "S1")
    pin_file = tmp_path / "pin"
    pin_file.write_text("0000\n")
    assert main(["officers", "unlock", "S1", "--supervisor", "V1", "--config", str(config_path),
                 "--pin-file", str(pin_file)]) == 2
    assert capsys.readouterr().err.strip() == f"poe-kiosk officers: {REFUSED}"
    pin_file.write_text("8642\n")
    assert main(["officers", "unlock", "s1", "--supervisor", "v1", "--config", str(config_path),
                 "--pin-file", str(pin_file)]) == 0
    assert json.loads(capsys.readouterr().out) == {"officer": "s1", "was_locked": True, "by": "V1"}
    with store.reading() as session:
        assert find_officer(session, "S1").locked_until is None
        actions = [e.action for e in session.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id))]
    assert actions[-3:] == ["auth.signed_in", "officer.unlocked", "auth.signed_out"]
    store.close()


def test_migration_0006_makes_ids_unique_without_regard_to_case(tmp_path):
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import IntegrityError

    from kiosk.store.db import upgrade

    for clash in (False, True):
        engine = create_engine(f"sqlite:///{tmp_path / f'k{clash}.sqlite'}")
        upgrade(engine, "0005")
        with engine.begin() as connection:
            for officer_id in ("admin", "Admin") if clash else ("admin",):
                connection.execute(text("INSERT INTO officers (id, name, role, pin_hash, failed_attempts, active, "
                                        "created_at) VALUES (:id, 'n', 'admin', 'x', 0, 1, '2026-01-01')"),
                                   {"id": officer_id})
        upgrade(engine)
        with engine.begin() as connection:
            assert connection.execute(text("SELECT lock_count FROM officers")).scalars().all() == [0] * (1 + clash)
        if not clash:
            with pytest.raises(IntegrityError), engine.begin() as connection:
                connection.execute(text("INSERT INTO officers (id, name, role, pin_hash, failed_attempts, active, "
                                        "created_at) VALUES ('ADMIN', 'n', 'admin', 'x', 0, 1, '2026-01-01')"))
        engine.dispose()


@pytest.mark.parametrize(("role", "permission", "mode", "expected"), [
    ("trainer", "decide", "actual", False),
    ("trainer", "decide", "exercise", True),
    ("trainer", "override", "exercise", True),
    ("trainer", "manage_officers", "exercise", False),
    ("screener", "decide", "exercise", False),
    ("health_officer", "decide", "actual", True),
])
def test_a_trainer_holds_the_decision_only_in_an_exercise(role: str, permission: str, mode: str,
                                                          expected: bool) -> None:
    assert may(OfficerInfo("X1", "X", role), permission, mode) is expected
