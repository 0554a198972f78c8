# ruff: noqa: F811 — the engine and clock fixtures come from test_console_queries
"""Hub accounts (``kiosk.hub.accounts``) on SQLite and PostgreSQL: roles and what they may do, sign-in with a
password, lockout on the project's clock, jurisdictions applied to the console's reads and writes, and the
``poe-kiosk hub user`` commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine

from kiosk.auth import MAX_FAILED_ATTEMPTS, PermissionDenied
from kiosk.clock import FixedClock
from kiosk.errors import InputError, NotFound
from kiosk.hub import accounts, console
from kiosk.hub.accounts import AccountLocked, HubAccounts, HubUser, SignInRefused, can
from kiosk.hub.models import hub_engine
from tests.unit.hub.test_console_queries import NOW, add, clock, engine, enrolled  # noqa: F401 (fixtures)

PASSWORD = "correct horse battery"


@pytest.fixture
def hub(engine: Engine, clock: FixedClock) -> HubAccounts:
    return HubAccounts(engine, clock)


def test_each_role_may_do_what_the_table_says() -> None:
    def may(role: str) -> set[str]:
        return {action for action in accounts.ACTIONS if can(HubUser("x", "X", role), action)}

    assert may("read_only") == {"view", "export"}
    assert may("surveillance_officer") == {"view", "export", "triage", "note", "assess", "follow_up", "assign"}
    assert may("supervisor") == may("surveillance_officer")
    assert may("administrator") == {"view", "export", "manage_users"}
    with pytest.raises(KeyError):
        can(HubUser("x", "X", "supervisor"), "delete_everything")


def test_sign_in_with_the_right_password_and_the_hash_is_not_the_password(hub: HubAccounts, engine: Engine) -> None:
    made = hub.add_user("cli:root", " Amina ", "Amina  Diallo", "surveillance_officer", PASSWORD, poes=["XL-AIR-01"])
    assert made == HubUser("amina", "Amina Diallo", "surveillance_officer", frozenset({"XL-AIR-01"}))
    assert hub.sign_in("AMINA", PASSWORD) == made  # ids are matched in lower case
    with engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT password_hash FROM hub_users WHERE id = 'amina'").scalar_one()
    assert stored.startswith("scrypt$1024$8$3$") and PASSWORD not in stored
    assert [action for action, _actor, _detail in hub.events("amina")] == ["user.created", "auth.signed_in"]


def test_a_wrong_password_and_an_unknown_id_are_refused_alike(hub: HubAccounts) -> None:
    hub.add_user("cli:root", "amina", "Amina Diallo", "surveillance_officer", PASSWORD)
    for user_id, password in (("amina", "wrong password!"), ("nobody", PASSWORD), ("", ""), ("bad id!", PASSWORD)):
        with pytest.raises(SignInRefused) as refused:
            hub.sign_in(user_id, password)
        assert str(refused.value) == accounts.WRONG and not isinstance(refused.value, AccountLocked)


def test_wrong_passwords_lock_the_account_for_a_while_on_the_clock(hub: HubAccounts, clock: FixedClock) -> None:
    hub.add_user("cli:root", "amina", "Amina Diallo", "surveillance_officer", PASSWORD)
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(SignInRefused):
            hub.sign_in("amina", "wrong password!")
    with pytest.raises(AccountLocked) as locked:
        hub.sign_in("amina", "wrong password!")
    assert locked.value.until == NOW + dt.timedelta(minutes=5)
    assert "locked after 5 wrong passwords until 2026-11-29 09:35 UTC" in str(locked.value)
    with pytest.raises(AccountLocked):  # the right password does not open a locked account
        hub.sign_in("amina", PASSWORD)
    assert {a.user.id: a.locked_until for a in hub.accounts()}["amina"] == NOW + dt.timedelta(minutes=5)
    clock.advance(minutes=5, seconds=1)
    assert hub.sign_in("amina", PASSWORD).id == "amina"
    assert "auth.locked" in [action for action, _actor, _detail in hub.events("amina")]


def test_an_administrator_unlocks_disables_and_resets(hub: HubAccounts) -> None:
    hub.add_user("cli:root", "amina", "Amina Diallo", "surveillance_officer", PASSWORD)
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(SignInRefused):
            hub.sign_in("amina", "wrong password!")
    assert hub.unlock("cli:root", "amina") is True
    assert hub.sign_in("amina", PASSWORD).id == "amina"
    hub.set_active("cli:root", "amina", False)
    with pytest.raises(SignInRefused, match="disabled"):
        hub.sign_in("amina", PASSWORD)
    hub.set_active("cli:root", "amina", True)
    hub.reset_password("cli:root", "amina", "another long password")
    with pytest.raises(SignInRefused):
        hub.sign_in("amina", PASSWORD)
    assert hub.sign_in("amina", "another long password").id == "amina"
    with pytest.raises(NotFound):
        hub.unlock("cli:root", "nobody")


@pytest.mark.parametrize(("field", "kwargs"), [
    ("user_id", {"user_id": "bad id"}),
    ("user_id", {"user_id": "x" * 41}),
    ("name", {"name": "  "}),
    ("role", {"role": "root"}),
    ("password", {"password": "short"}),
    ("password", {"password": "twelve chars\x00"}),
    ("poes", {"poes": []}),
])
def test_bad_account_input_is_refused_naming_the_field(hub: HubAccounts, field: str, kwargs: dict) -> None:
    values = {"user_id": "amina", "name": "Amina Diallo", "role": "surveillance_officer", "password": PASSWORD}
    values.update(kwargs)
    poes = values.pop("poes", None)
    with pytest.raises(InputError) as refused:
        hub.add_user("cli:root", values["user_id"], values["name"], values["role"], values["password"], poes=poes)
    assert refused.value.field == field
    assert hub.accounts()[0].user.id in ("ada", "ben")  # nothing added


def test_the_same_id_twice_is_refused(hub: HubAccounts) -> None:
    with pytest.raises(InputError, match="ada already exists"):
        hub.add_user("cli:root", "Ada", "Ada Again", "read_only", PASSWORD)


# ---------------------------------------------------------------------------------------- the core refuses


def test_the_core_refuses_triage_and_notes_by_a_read_only_user(hub: HubAccounts, engine: Engine) -> None:
    reader = hub.add_user("cli:root", "rui", "Rui Costa", "read_only", PASSWORD)
    admin = hub.add_user("cli:root", "lena", "Lena Petit", "administrator", PASSWORD)
    alert = add(engine)
    for user in (reader, admin):
        with pytest.raises(PermissionDenied, match="may not triage"):
            console.triage(engine, alert, "acknowledged", officer=user)
        with pytest.raises(PermissionDenied, match="may not note"):
            console.add_note(engine, alert, "a note", officer=user)
    with pytest.raises(PermissionDenied, match="has changed"):  # a forged role is checked in the database
        console.triage(engine, alert, "acknowledged", officer=HubUser("rui", "Rui Costa", "supervisor"))
    with pytest.raises(PermissionDenied, match="has changed"):  # no such account
        console.triage(engine, alert, "acknowledged", officer=HubUser("ghost", "Ghost", "supervisor"))
    assert console.alert_detail(engine, alert).history == ()


def test_a_disabled_officer_signed_in_elsewhere_can_no_longer_triage(hub: HubAccounts, engine: Engine) -> None:
    amina = hub.add_user("cli:root", "amina", "Amina Diallo", "surveillance_officer", PASSWORD)
    alert = add(engine)
    console.triage(engine, alert, "acknowledged", officer=amina)
    hub.set_active("cli:root", "amina", False)
    with pytest.raises(PermissionDenied, match="sign in again"):
        console.triage(engine, alert, "investigating", officer=amina)
    assert [(s.state, s.officer) for s in console.alert_detail(engine, alert).history] == [("acknowledged", "amina")]


def test_a_jurisdiction_limits_what_is_listed_reported_shown_and_triaged(
        hub: HubAccounts, engine: Engine, clock: FixedClock) -> None:
    sami = hub.add_user("cli:root", "sami", "Sami Haddad", "surveillance_officer", PASSWORD, poes=["XL-AIR-01"])
    land = add(engine, NOW - dt.timedelta(minutes=2))
    air = add(engine, NOW - dt.timedelta(minutes=1), poe="XL-AIR-01")
    assert [a.id for a in console.list_alerts(engine, "actual", poes=sami.poes)] == [air]
    assert [a.id for a in console.list_alerts(engine, "actual", poes=None)] == [air, land]
    assert console.latest_alert_id(engine, "actual", poes=["XL-LND-01"]) == land
    assert console.alert_ids_after(engine, "actual", 0, poes=sami.poes) == [air]
    assert console.report(engine, 1, clock=clock, poes=sami.poes).by_protocol_poe() == {("EVD", "XL-AIR-01"): 1}
    with pytest.raises(NotFound):
        console.alert_detail(engine, land, poes=sami.poes)
    with pytest.raises(PermissionDenied, match="XL-LND-01 is not in the jurisdiction of sami"):
        console.triage(engine, land, "acknowledged", officer=sami)
    console.triage(engine, air, "acknowledged", officer=sami)
    hub.set_jurisdiction("cli:root", "sami", None)
    console.triage(engine, land, "acknowledged", officer=HubUser("sami", "Sami Haddad", "surveillance_officer"))
    assert hub.sign_in("sami", PASSWORD).poes is None


# ---------------------------------------------------------------------------------------- commands


def test_hub_user_commands_add_list_lock_unlock_reset_and_disable(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        fast_passwords: None) -> None:
    import json

    from kiosk.cli import main as cli_main

    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    secret = tmp_path / "password"
    secret.write_text(PASSWORD + "\n")
    assert cli_main(["hub", "user", "add", "Amina", "--name", "Amina Diallo", "--role", "surveillance_officer",
                     "--poe", "XL-AIR-01", "--poe", "XL-SEA-02", "--password-file", str(secret), "--db", url]) == 0
    assert json.loads(capsys.readouterr().out) == {"added": "amina", "name": "Amina Diallo",
                                                   "role": "surveillance_officer", "poes": ["XL-AIR-01", "XL-SEA-02"]}
    monkeypatch.setenv("POE_HUB_PASSWORD", "a reader's password")
    monkeypatch.setenv("POE_HUB_DB", url)
    assert cli_main(["hub", "user", "add", "rui", "--name", "Rui Costa", "--role", "read_only", "--all-poes",
                     "--db", "env:POE_HUB_DB"]) == 0
    capsys.readouterr()
    engine = hub_engine(url)
    hub = HubAccounts(engine)
    assert hub.sign_in("rui", "a reader's password").poes is None
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(SignInRefused):
            hub.sign_in("amina", "wrong password!")

    assert cli_main(["hub", "user", "list", "--db", url]) == 0
    listed = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert listed["amina"]["locked_until"] is not None and listed["rui"]["poes"] == "all"
    assert all("hash" not in key for row in listed.values() for key in row)
    assert cli_main(["hub", "user", "unlock", "amina", "--db", url]) == 0
    assert json.loads(capsys.readouterr().out) == {"unlocked": "amina", "was_locked": True}
    assert hub.sign_in("amina", PASSWORD).id == "amina"

    secret.write_text("a brand new password\n")
    assert cli_main(["hub", "user", "reset-password", "amina", "--password-file", str(secret), "--db", url]) == 0
    assert hub.sign_in("amina", "a brand new password").id == "amina"
    assert cli_main(["hub", "user", "disable", "amina", "--db", url]) == 0
    with pytest.raises(SignInRefused, match="disabled"):
        hub.sign_in("amina", "a brand new password")
    actors = {actor for _action, actor, _detail in hub.events("amina")}
    assert any(actor.startswith("cli:") for actor in actors)
    engine.dispose()
    capsys.readouterr()

    secret.write_text("short\n")
    assert cli_main(["hub", "user", "add", "ben", "--name", "Ben", "--role", "supervisor", "--all-poes",
                     "--password-file", str(secret), "--db", url]) == 2
    assert "password: must be 12 to 256 characters (5 given)" in capsys.readouterr().err
    assert cli_main(["hub", "user", "unlock", "nobody", "--db", url]) != 0
    assert "user nobody does not exist" in capsys.readouterr().err
    monkeypatch.delenv("POE_HUB_PASSWORD")
    with (tmp_path / "password").open() as not_a_terminal:  # nothing is asked
        monkeypatch.setattr("sys.stdin", not_a_terminal)
        assert cli_main(["hub", "user", "add", "ben", "--name", "Ben", "--role", "supervisor", "--all-poes",
                         "--db", url]) == 2
    assert "give the password" in capsys.readouterr().err
    assert cli_main(["hub", "user", "add", "ben", "--name", "Ben", "--role", "root", "--all-poes",
                     "--password-file", str(secret), "--db", url]) == 2
    assert "role: 'root' is not one of surveillance_officer, supervisor, read_only, administrator" in \
        capsys.readouterr().err
    with pytest.raises(SystemExit):  # a jurisdiction is required
        cli_main(["hub", "user", "add", "ben", "--name", "Ben", "--role", "supervisor", "--db", url])


# ---------------------------------------------------------------------------------------- validators


@given(st.text(max_size=60))
def test_any_user_id_is_accepted_in_lower_case_or_refused_naming_the_field(text: str) -> None:
    try:
        user_id = accounts.check_user_id(text)
    except InputError as error:
        assert error.field == "user_id"
    else:
        assert user_id == text.strip().lower() and 1 <= len(user_id) <= 40 and user_id.isascii()


@given(st.text(max_size=300))
def test_any_password_is_accepted_or_refused_naming_the_field(text: str) -> None:
    try:
        accounts.check_password(text)
    except InputError as error:
        assert error.field == "password"
    else:
        assert accounts.PASSWORD_MIN <= len(text) <= accounts.PASSWORD_MAX and text.isprintable()


@given(st.lists(st.text(max_size=80), max_size=5))
def test_any_list_of_points_of_entry_is_kept_cleaned_or_refused(poes: list[str]) -> None:
    try:
        cleaned = accounts.check_poes(poes)
    except InputError as error:
        assert error.field == "poes"
    else:
        assert cleaned and all(p == p.strip() and 0 < len(p) <= 60 for p in cleaned)


@pytest.mark.postgres
def test_hub_user_takes_a_database_url_with_a_password_from_the_environment(
        postgres_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from kiosk.cli import main as cli_main

    monkeypatch.setenv("POE_HUB_DB", postgres_url.replace("postgres@", "postgres:not-needed-under-trust@", 1))
    assert cli_main(["hub", "user", "list", "--db", "env:POE_HUB_DB"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert cli_main(["hub", "user", "list", "--db", postgres_url.replace("postgres@", "postgres:pw@", 1)]) == 2
    assert "pw@" not in capsys.readouterr().err
