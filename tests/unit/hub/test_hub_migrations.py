"""The hub database's migrations (``kiosk.hub.migrate``, ``kiosk/hub/migrations``) on SQLite and PostgreSQL:
the revision chain, a fresh database at head matching what the models declare, a database made by the code
before migrations (``create_all`` + ``upgrade_hub_schema``) upgraded keeping every row, the way back, and no
Alembic import when there is nothing to do."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, func, inspect, select
from sqlalchemy.orm import Session

from kiosk.hub import console
from kiosk.hub.accounts import HubAccounts
from kiosk.hub.ingest import RejectedMessage, hub_stats, quarantine_row, quarantine_statement
from kiosk.hub.migrate import (
    VERSION_TABLE,
    downgrade_hub,
    hub_alembic_config,
    hub_head_revision,
    hub_metadata,
    hub_revision,
)
from kiosk.hub.models import HubBase, HubKiosk, HubTriage, HubWorker, hub_engine, upgrade_hub_schema
from kiosk.hub.registry import enrol_kiosk
from kiosk.hub.waiting import TRIGRAM_INDEX
from tests.unit.hub.test_console_queries import ADA, KIOSKS, NOW, add

HEAD = hub_head_revision()
BEFORE_MIGRATIONS = ("hub_alerts", "hub_kiosks", "hub_quarantine", "hub_enrolments", "hub_workers", "hub_triage")
"""The tables the hub made with ``create_all`` before it had migrations."""


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield f"sqlite:///{tmp_path / 'hub.sqlite'}" if request.param == "sqlite" else request.getfixturevalue(
        "postgres_url")


def differences(engine: Engine) -> list:
    """What the migrated database lacks or has beyond the models (Alembic's autogenerate comparison)."""
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
        return [diff for diff in compare_metadata(context, hub_metadata())
                if not _same_utc_datetime(diff) and not _optional_trigram_index(diff)]


def _optional_trigram_index(diff: object) -> bool:
    """PostgreSQL's trigram index (0007) is made only where ``pg_trgm`` can be: not declared in the models."""
    return isinstance(diff, tuple) and diff[0] == "remove_index" and diff[1].name == TRIGRAM_INDEX


def _same_utc_datetime(diff: object) -> bool:
    """``UtcDateTime`` (a TypeDecorator over DateTime(timezone=True)) against the migrations' DateTime(timezone=True)."""
    return isinstance(diff, list) and all(d[0] == "modify_type" and "DateTime" in repr(d[-1]) for d in diff)


def test_each_revision_is_named_by_its_number_and_revises_the_one_before() -> None:
    """``upgrade_hub`` skips importing Alembic when the database is at ``hub_head_revision()`` (file names):
    right only while each ``versions/NNNN_*.py`` says ``revision = "NNNN"`` and revises the one before."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(hub_alembic_config())
    assert scripts.get_heads() == [HEAD]
    revisions = list(scripts.walk_revisions())
    assert {script.revision for script in revisions} >= {"0001", "0002"}
    for script in revisions:
        assert Path(script.path).name.startswith(f"{script.revision}_")
        assert script.down_revision == (None if script.revision == "0001" else f"{int(script.revision) - 1:04d}")


def test_a_fresh_database_is_migrated_to_head_and_matches_the_models(url: str) -> None:
    engine = hub_engine(url)
    assert hub_revision(engine) == HEAD
    assert differences(engine) == [], "a table or column of the models has no migration (add NNNN_name.py)"
    assert set(HubBase.metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()
    hub_engine(url).dispose()  # idempotent


def _made_before_migrations(url: str) -> Engine:
    """A hub database as the code before migrations made it, with rows in every table."""
    engine = create_engine(url)
    HubBase.metadata.create_all(engine, tables=[HubBase.metadata.tables[name] for name in BEFORE_MIGRATIONS])
    upgrade_hub_schema(engine)
    for poe, kiosk in KIOSKS.items():
        enrol_kiosk(engine, kiosk, "XL", poe)
    first = add(engine)
    add(engine, poe="XL-AIR-01")
    with Session(engine) as session, session.begin():
        session.add(HubTriage(alert_id=first, state="acknowledged", outcome="", note="called", officer="Ada Okoro",
                              at=NOW))
        session.add(HubKiosk(kiosk_id="XL-AIR-01-K1", country="XL", poe="XL-AIR-01", state="online", mode="actual",
                             situation_version=None, seen_at=NOW, changed_at=NOW))
        session.add(HubWorker(client_id="w-0", host="hub", pid=1, connected=True, database_ok=True, backlog=0,
                              stored=2, quarantined=0, last_commit_at=NOW, last_error="", updated_at=NOW))
    with engine.begin() as connection:
        connection.execute(quarantine_statement(engine.dialect.name), [quarantine_row(
            "poe/v1/XL/XL-LND-09/XL-LND-09-K1/alerts/actual", b"<alert/>",
            RejectedMessage("kiosk 'XL-LND-09-K1' is not enrolled at the hub", "unknown-kiosk"), NOW)])
    return engine


def test_a_database_made_before_migrations_is_upgraded_keeping_every_row(url: str, fast_passwords: None) -> None:
    old = _made_before_migrations(url)
    with old.connect() as connection:
        counts = {name: connection.execute(select(func.count()).select_from(HubBase.metadata.tables[name])).scalar()
                  for name in BEFORE_MIGRATIONS}
    old.dispose()
    assert counts == {"hub_alerts": 2, "hub_kiosks": 1, "hub_quarantine": 1, "hub_enrolments": 2, "hub_workers": 1,
                      "hub_triage": 1}

    engine = hub_engine(url)
    assert hub_revision(engine) == HEAD
    assert differences(engine) == []
    with engine.connect() as connection:
        assert {name: connection.execute(select(func.count()).select_from(HubBase.metadata.tables[name])).scalar()
                for name in BEFORE_MIGRATIONS} == counts
    [step] = console.alert_detail(engine, 1).history
    assert (step.state, step.officer, step.at) == ("acknowledged", "Ada Okoro", NOW)  # the old name stays as written
    HubAccounts(engine).add_user("test", ADA.id, ADA.name, ADA.role, "a long test password")
    console.triage(engine, 1, "investigating", officer=ADA)  # accounts work on the upgraded database
    assert hub_stats(engine)["total"] == 2
    engine.dispose()


def test_the_accounts_revision_goes_back_and_forth(url: str) -> None:
    engine = hub_engine(url)
    downgrade_hub(engine, "0001")
    assert hub_revision(engine) == "0001"
    assert "hub_users" not in inspect(engine).get_table_names()
    assert "hub_alerts" in inspect(engine).get_table_names()
    engine.dispose()
    engine = hub_engine(url)
    assert hub_revision(engine) == HEAD and "hub_users" in inspect(engine).get_table_names()
    engine.dispose()


def test_a_hub_database_at_head_opens_without_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    hub_engine(url).dispose()
    code = ("import sys; from kiosk.hub.models import hub_engine; hub_engine(sys.argv[1]).dispose(); "
            "print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "False"


def test_the_received_times_survive_the_upgrade_as_utc(url: str) -> None:
    engine = _made_before_migrations(url)
    engine.dispose()
    engine = hub_engine(url)
    [first, *_] = console.list_alerts(engine, "actual")
    assert first.received_at == NOW and first.received_at.tzinfo == dt.UTC
    engine.dispose()
