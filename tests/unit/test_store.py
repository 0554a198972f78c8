"""The store: migrations from older databases, durability settings, UTC times, PostgreSQL."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from kiosk.store import Store
from kiosk.store import models as m
from kiosk.store.db import current_revision, make_engine
from kiosk.store.upgrade import head_revision

HEAD = head_revision()

FROZEN = Path(__file__).parents[1] / "data" / "db"


def test_database_from_revision_0001_upgrades_without_losing_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FROZEN / "kiosk-0001.sqlite", path)
    assert current_revision(make_engine(f"sqlite:///{path}")) == "0001"

    store = Store(f"sqlite:///{path}")

    assert current_revision(store.engine) == HEAD
    assert {"referrals", "outbox", "situation_bundles", "exercises"} <= set(inspect(store.engine).get_table_names())
    with store.reading() as session:
        draft = session.get(m.Encounter, "00000000-0000-4000-8000-000000000001")
        assert draft is not None and draft.answers == {"temperature": 37.2} and draft.language == "fr"
        assert draft.started_at == dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
        assert session.scalar(select(m.Officer.name)) == "A. Officer"
        assert session.scalar(select(m.AuditEvent.action)) == "officer.signed_in"
    store.close()


def test_database_from_revision_0003_keeps_its_refused_alert_and_bundles(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FROZEN / "kiosk-0003-bundles.sqlite", path)
    assert current_revision(make_engine(f"sqlite:///{path}")) == "0003"

    store = Store(f"sqlite:///{path}")

    assert current_revision(store.engine) == HEAD
    with store.reading() as session:
        dead = session.get(m.OutboxMessage, "01JDEAD0000000000000000001")
        assert dead is not None and dead.status == "dead" and dead.reason_code == 0x87
        bundles = session.scalars(select(m.SituationBundle).order_by(m.SituationBundle.id)).all()
        assert [(b.version, b.status) for b in bundles] == [("2026-12-01.1", "active"), ("", "rejected")]
        assert bundles[0].payload["version"] == "2026-12-01.1" and bundles[0].signed_by == "0123456789abcdef"
        assert [(b.sequence, b.issued_at, b.expires, b.digest) for b in bundles] == [(None, None, None, "")] * 2
        assert bundles[0].received_at == dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
    store.close()


def test_opening_twice_is_idempotent(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.sqlite'}"
    Store(url).close()
    store = Store(url)
    assert current_revision(store.engine) == HEAD
    store.close()


def test_sqlite_is_durable_wal(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_naive_datetimes_are_refused(store: Store) -> None:
    with pytest.raises(Exception, match="naive datetime"), store.transaction() as session:
        session.add(m.Site(id="S", name="n", kind="airport", country="XL", created_at=dt.datetime(2026, 1, 1)))
        session.flush()


def test_failed_transaction_writes_nothing(store: Store, clock) -> None:
    with pytest.raises(RuntimeError), store.transaction() as session:
        session.add(m.Site(id="S", name="n", kind="airport", country="XL", created_at=clock.now()))
        session.flush()
        raise RuntimeError("power cut")
    with store.reading() as session:
        assert session.get(m.Site, "S") is None


@pytest.mark.postgres
def test_postgresql_migrates_and_round_trips_utc(postgres_url: str, clock) -> None:
    store = Store(postgres_url)
    assert current_revision(store.engine) == HEAD
    with store.transaction() as session:
        session.add(m.Site(id="S", name="n", kind="airport", country="XL", created_at=clock.now()))
    with store.reading() as session:
        assert session.get(m.Site, "S").created_at == clock.now()
    store.close()


def test_the_head_revision_from_the_file_names_is_alembics() -> None:
    """``Store`` skips importing Alembic when the database is at ``head_revision()``: that shortcut is right
    only while each ``versions/NNNN_*.py`` says ``revision = "NNNN"`` and revises the one before."""
    from alembic.script import ScriptDirectory

    from kiosk.store.db import alembic_config, head_revision

    scripts = ScriptDirectory.from_config(alembic_config())
    assert [head_revision()] == scripts.get_heads()
    for script in scripts.walk_revisions():
        assert Path(script.path).name.startswith(f"{script.revision}_")
        assert script.down_revision == (None if script.revision == "0001" else f"{int(script.revision) - 1:04d}")


def test_a_database_at_head_opens_without_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'kiosk.sqlite'}"
    Store(url).close()
    code = ("import sys; from kiosk.store import Store; Store(sys.argv[1]).close(); "
            "print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_migration_0008_adds_flag_time_document_hash_and_early_notices_and_goes_back(tmp_path: Path) -> None:
    from alembic import command

    from kiosk.store.db import alembic_config, upgrade

    engine = make_engine(f"sqlite:///{tmp_path / 'k.sqlite'}")
    upgrade(engine, "0007")
    upgrade(engine)
    columns = {column["name"] for column in inspect(engine).get_columns("encounters")}
    assert {"flagged_at", "document_key"} <= columns
    assert "early_notices" in inspect(engine).get_table_names()
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    inspector = inspect(engine)
    assert "early_notices" not in inspector.get_table_names()
    assert "document_key" not in {column["name"] for column in inspector.get_columns("encounters")}
    engine.dispose()
