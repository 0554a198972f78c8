"""Upgrading an installed terminal's database with ``poe-kiosk migrate`` (what the package's postinst runs)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import retention
from kiosk.cli import main
from kiosk.clock import FixedClock
from kiosk.config import DEMO_CONFIG, load_config
from kiosk.screening import KioskContext, SiteInfo
from kiosk.store import Store
from kiosk.store import models as m
from kiosk.store.db import alembic_config
from kiosk.store.upgrade import (
    MigrationFailed,
    database_revision,
    head_revision,
    migrate_database,
    upgrade_file,
)

HEAD = head_revision()

FROZEN = Path(__file__).parents[1] / "data" / "db"
FAILING_REVISION = '''"""A migration that fails half-way (test only).

Revision ID: 9999
Revises: {head}
"""
import sqlalchemy as sa
from alembic import op


revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("encounters", sa.Column("half_done", sa.Integer, nullable=True))
    op.create_table("half_table", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE outbox SET status = 'acked'")
    raise RuntimeError("disk full while rewriting encounters")


def downgrade() -> None:
    pass
'''


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _installed_kiosk(tmp_path: Path, frozen: str) -> tuple[Path, Path]:
    """A configuration file and a data directory holding a frozen database, as an older version left them."""
    data = tmp_path / "var-lib-poe-kiosk"
    data.mkdir()
    shutil.copy(FROZEN / frozen, data / "kiosk.sqlite")
    config = tmp_path / "kiosk.toml"
    config.write_text(DEMO_CONFIG.replace('data_dir = ""', f'data_dir = "{data}"'), encoding="utf-8")
    return config, data


def _failing_migrations(tmp_path: Path) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(alembic_config().get_main_option("script_location"), scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_fails.py").write_text(FAILING_REVISION.format(head=head_revision()),
                                                         encoding="utf-8")
    return scripts


@pytest.mark.parametrize("revision", ["0003", "0006"])  # 0006: the release before this one
def test_the_previous_schema_is_upgraded_by_the_package_command_and_keeps_every_row(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], revision: str) -> None:
    config, data = _installed_kiosk(tmp_path, f"kiosk-{revision}.sqlite")

    assert main(["migrate", "--config", str(config)]) == 0

    out = json.loads(capsys.readouterr().out)
    assert (out["from"], out["to"], out["changed"]) == (revision, HEAD, True)
    assert database_revision(data / "kiosk.sqlite") == HEAD
    assert database_revision(Path(out["restore_point"])) == revision
    store = Store(f"sqlite:///{data / 'kiosk.sqlite'}", migrate=False)
    with store.reading() as session:
        assert dict(session.execute(select(m.OutboxMessage.id, m.OutboxMessage.status)).all()) == {
            "o-1": "queued", "o-2": "sent", "o-3": "acked"}
        assert session.get(m.Traveller, "t-1").document_number == "X1234567"
        assert session.get(m.Encounter, "e-1").purged_at is None
        assert session.get(m.Exercise, "EX-1").name == "Drill"
        encounter = session.get(m.Encounter, "e-1")
        assert (encounter.flagged_at, encounter.document_key) == (None, None)  # 0008: unknown for old rows
        if revision == "0006":
            locked = session.get(m.Officer, "1002")
            assert (locked.failed_attempts, locked.lock_count) == (5, 1)
    store.close()
    assert main(["migrate", "--config", str(config)]) == 0
    assert json.loads(capsys.readouterr().out)["changed"] is False


def test_an_upgraded_terminal_applies_retention_but_keeps_the_unacknowledged_screenings(tmp_path: Path) -> None:
    config_path, data = _installed_kiosk(tmp_path, "kiosk-0003.sqlite")
    migrate_database(data / "kiosk.sqlite")
    config = load_config(config_path)
    store = Store(config.database_url, migrate=False)
    now = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    clock = FixedClock(now)
    context = KioskContext(SiteInfo("XL-LND-01", "Lakeside", "ground_crossing", "XL"), "XL-LND-01-K1")

    result = retention.purge_personal_data(store, clock, context, 90)

    assert (result.encounters, result.waiting_for_ack, result.travellers) == (1, 2, 0)
    with store.reading() as session:
        assert session.get(m.Encounter, "e-3").purged_at == now
        assert session.get(m.Encounter, "e-3").override_reason is None
        assert session.get(m.Encounter, "e-1").answers == {"surname": "DOE"}  # its alert is still queued
        assert session.get(m.Traveller, "t-1").surname == "DOE"  # still needed by e-1 and e-2
    store.close()


def test_a_failing_migration_leaves_the_old_database_untouched(tmp_path: Path) -> None:
    _, data = _installed_kiosk(tmp_path, "kiosk-0003.sqlite")
    database = data / "kiosk.sqlite"
    before = _sha(database)

    with pytest.raises(MigrationFailed, match=r"failed on a copy: RuntimeError: disk full .*not changed"):
        migrate_database(database, script_location=_failing_migrations(tmp_path))

    assert _sha(database) == before
    assert [p.name for p in data.iterdir() if p.name.startswith(".migrate")] == []


def test_a_migration_that_fails_on_the_live_file_is_rolled_back_whole(tmp_path: Path) -> None:
    """Even without the trial on a copy, the one-transaction upgrade leaves nothing half done."""
    _, data = _installed_kiosk(tmp_path, "kiosk-0003.sqlite")
    database = data / "kiosk.sqlite"
    migrate_database(database)  # the current head
    with pytest.raises(RuntimeError, match="disk full"):
        upgrade_file(database, script_location=_failing_migrations(tmp_path))

    with sqlite3.connect(database) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(encounters)")]
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        statuses = sorted(row[0] for row in db.execute("SELECT status FROM outbox"))
    assert "half_done" not in columns and "half_table" not in tables
    assert statuses == ["acked", "queued", "sent"] and database_revision(database) == HEAD


def test_the_command_says_in_one_line_why_it_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config, data = _installed_kiosk(tmp_path, "kiosk-0003.sqlite")
    with sqlite3.connect(data / "kiosk.sqlite") as db:
        db.execute("UPDATE alembic_version SET version_num = '0042'")

    assert main(["migrate", "--config", str(config)]) == 2

    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "at schema 0042, which this version does not know" in err
    assert main(["migrate", "--config", str(tmp_path / "none.toml")]) == 2
    assert "no configuration file" in capsys.readouterr().err


def test_a_fresh_install_gets_a_configuration_and_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "etc" / "kiosk.toml"
    data = tmp_path / "var"

    assert main(["migrate", "--config", str(config), "--data-dir", str(data), "--init-config"]) == 0

    assert json.loads(capsys.readouterr().out)["from"] is None
    assert load_config(config).data_dir == data and database_revision(data / "kiosk.sqlite") == head_revision()
