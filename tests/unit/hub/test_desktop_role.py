"""The least-privilege PostgreSQL role of the hub console desktops (packaging/hub/desktop-role.sql), made in a
fresh schema on the PostgreSQL at 127.0.0.1:5432 under a name of its own: connected as it, the console reads
alerts, signs in (counting wrong passwords) and appends triage, and PostgreSQL refuses to update or delete an
alert or to rewrite the triage history."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import ProgrammingError

from kiosk.hub import console
from kiosk.hub.accounts import HubAccounts, SignInRefused
from kiosk.hub.models import hub_engine
from kiosk.store.db import scratch_schema
from tests.conftest import POSTGRES_URL, postgres_reachable
from tests.unit.hub.test_console_queries import ADA, add, enrolled

pytestmark = pytest.mark.postgres

ROLE_SQL = Path(__file__).parents[3] / "packaging" / "hub" / "desktop-role.sql"
PASSWORD = "a long test password"


@pytest.fixture
def desktop(fast_passwords: None) -> Iterator[tuple[Engine, Engine, str]]:
    """(owner's engine, the desktop role's engine, the role) on a fresh migrated hub schema with alerts and ADA."""
    if not postgres_reachable():
        pytest.skip("PostgreSQL is not reachable at 127.0.0.1:5432: desktop role test SKIPPED")
    role = f"poe_hub_desktop_{uuid.uuid4().hex[:10]}"
    with scratch_schema(POSTGRES_URL, "poe_role") as owner_url:
        owner = enrolled(hub_engine(owner_url))
        install_role(owner, role)
        schema_options = owner_url.partition("?")[2]
        role_url = POSTGRES_URL.replace("postgres@", f"{role}@", 1) + "?" + schema_options
        as_desktop = hub_engine(role_url)  # at head already: opens without migrating
        try:
            yield owner, as_desktop, role
        finally:
            as_desktop.dispose()
            owner.dispose()
            with psycopg.connect(POSTGRES_URL.replace("postgresql+psycopg", "postgresql"), autocommit=True) as admin:
                admin.execute(f"DROP OWNED BY {role}")
                admin.execute(f"DROP ROLE {role}")


def install_role(owner: Engine, role: str) -> None:
    """Run the shipped SQL as psql would (no parameters: its ``format('%I', …)`` stays as written)."""
    raw = owner.raw_connection()
    try:
        with raw.cursor() as cursor:
            cursor.execute(ROLE_SQL.read_text(encoding="utf-8").replace("poe_hub_desktop", role))
        raw.commit()
    finally:
        raw.close()


def refused(engine: Engine, sql: str) -> str:
    with pytest.raises(ProgrammingError) as error, engine.begin() as connection:
        connection.execute(text(sql))
    return str(error.value.orig)


def test_the_desktop_role_reads_and_appends_triage_but_cannot_alter_an_alert(desktop) -> None:
    owner, as_desktop, role = desktop
    install_role(owner, role)  # again, as after an upgrade: idempotent
    alert = add(owner)
    with as_desktop.connect() as connection:
        assert connection.execute(text("SELECT current_user")).scalar() == role

    assert [a.id for a in console.list_alerts(as_desktop, "actual")] == [alert]
    step = console.triage(as_desktop, alert, "acknowledged", officer=ADA, note="called the port health unit")
    console.add_note(as_desktop, alert, "lab results tomorrow", officer=ADA)
    assert [(s.state, s.officer) for s in console.alert_detail(owner, alert).history] == [
        (step.state, "ada"), ("acknowledged", "ada")]

    assert "permission denied for table hub_alerts" in refused(
        as_desktop, f"UPDATE hub_alerts SET disposition = 'clear' WHERE id = {alert}")
    assert "permission denied for table hub_alerts" in refused(as_desktop, f"DELETE FROM hub_alerts WHERE id = {alert}")
    assert "permission denied for table hub_alerts" in refused(
        as_desktop, "INSERT INTO hub_alerts (sender) VALUES ('forged')")
    assert "permission denied for table hub_triage" in refused(
        as_desktop, f"UPDATE hub_triage SET officer = 'someone else' WHERE alert_id = {alert}")
    assert "permission denied for table hub_triage" in refused(as_desktop, "DELETE FROM hub_triage")
    assert "permission denied for table hub_users" in refused(
        as_desktop, "UPDATE hub_users SET role = 'administrator'")
    assert "permission denied" in refused(as_desktop, "CREATE TABLE hub_mine (id int)")
    assert console.alert_detail(owner, alert).summary.disposition == "isolate"


def test_the_desktop_role_answers_an_alert_but_cannot_touch_the_waiting_list(desktop) -> None:
    """``hub_waiting`` (kiosk.hub.waiting) is kept by triggers running as the owner: the desktop's triage
    step empties it for its alert, while the role itself may only read it."""
    owner, as_desktop, _role = desktop
    answered, waiting = add(owner), add(owner)
    console.triage(as_desktop, answered, "acknowledged", officer=ADA)
    with as_desktop.connect() as connection:
        assert list(connection.execute(text("SELECT alert_id FROM hub_waiting")).scalars()) == [waiting]
    assert "permission denied for table hub_waiting" in refused(as_desktop, "DELETE FROM hub_waiting")
    assert "permission denied for table hub_waiting" in refused(
        as_desktop, f"INSERT INTO hub_waiting (alert_id) VALUES ({answered})")


def test_the_desktop_role_signs_in_and_counts_wrong_passwords(desktop) -> None:
    owner, as_desktop, _role = desktop
    accounts = HubAccounts(as_desktop)
    with pytest.raises(SignInRefused):
        accounts.sign_in("ada", "not the password")
    assert {a.user.id: a.failed_attempts for a in HubAccounts(owner).accounts()}["ada"] == 1
    assert accounts.sign_in("ada", PASSWORD).id == "ada"
    with pytest.raises(ProgrammingError, match="permission denied for table hub_users"):
        accounts.add_user("desktop", "eve", "Eve", "administrator", PASSWORD)  # accounts are made by the owner only
    assert accounts.events("ada")[-1][0] == "auth.signed_in"


def test_the_desktop_role_records_an_ihr_assessment_but_cannot_rewrite_it(desktop) -> None:
    """The steps lock the alert as triage does (an advisory lock: the role has no UPDATE on hub_alerts)."""
    from kiosk.hub import assessment as ihr

    owner, as_desktop, _role = desktop
    alert = add(owner)
    found = ihr.verify(as_desktop, alert, "yes", "Meets the case definition.", actor="ada", expected=0)
    found = ihr.assess_risk(as_desktop, alert, {key: ("yes", "Why.") for key in ihr.QUESTIONS}, actor="ada",
                            expected=found.seq)
    ihr.decide(as_desktop, alert, "notify", actor="ada", expected=found.seq)
    assert [s.step for s in ihr.assessment(owner, alert).steps] == ["verify", "risk", "outcome"]
    assert "permission denied for table hub_assessment_steps" in refused(
        as_desktop, "UPDATE hub_assessment_steps SET outcome = 'monitor'")
    assert "permission denied for table hub_assessment_steps" in refused(as_desktop, "DELETE FROM hub_assessment_steps")
