"""Upgrading a kiosk database to the schema of the installed version (``poe-kiosk migrate``).

The package's ``postinst`` runs this before it switches the installed version, so a failed migration
leaves the previous version in place with its database as it was:

1. a **restore point**: a consistent copy of the live database (SQLite online backup, so the running
   kiosk may keep writing), ``kiosk.sqlite.before-<head>`` beside it;
2. a **trial** on a copy of that copy: a migration that fails there stops everything before the
   live file is touched (``trial_only`` stops here, for the package to check while the old version runs);
3. the **real** migration in one SQLite transaction (DDL included: the driver's own transaction
   handling is switched off so that ``BEGIN`` covers every statement), so it applies whole or not at
   all; if it still fails, the restore point is copied back.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event

from kiosk.errors import KioskError
from kiosk.private_files import make_private, private_dir, sqlite_files
from kiosk.store.db import _sqlite_pragmas, alembic_config, current_revision

log = logging.getLogger(__name__)


class MigrationFailed(KioskError):
    """The database could not be migrated; it was left as it was (the message says so)."""


@dataclass(frozen=True)
class MigrationResult:
    database: Path
    from_revision: str | None
    to_revision: str
    changed: bool
    restore_point: Path | None = None
    trial_only: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"database": str(self.database), "from": self.from_revision, "to": self.to_revision,
                "changed": self.changed, "restore_point": str(self.restore_point) if self.restore_point else None,
                "trial_only": self.trial_only}


def migrations_config(script_location: Path | None = None) -> Config:
    config = alembic_config()
    if script_location is not None:
        config.set_main_option("script_location", str(script_location))
    return config


def head_revision(script_location: Path | None = None) -> str:
    head = ScriptDirectory.from_config(migrations_config(script_location)).get_current_head()
    if head is None:
        raise MigrationFailed("this version has no database migrations (broken install?)")
    return head


def known_revisions(script_location: Path | None = None) -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(migrations_config(script_location)).walk_revisions()}


def transactional_engine(path: Path) -> Engine:
    """A SQLite engine whose transactions cover DDL too (pysqlite alone does not BEGIN before DDL)."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"isolation_level": None, "timeout": 30},
                           hide_parameters=True)
    event.listen(engine, "connect", _sqlite_pragmas)

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def upgrade_file(path: Path, revision: str = "head", script_location: Path | None = None) -> None:
    """Migrate the SQLite file ``path`` to ``revision`` in one transaction (raises on failure)."""
    engine = transactional_engine(path)
    event.listen(engine, "connect", lambda *_: make_private(*sqlite_files(path)))
    try:
        config = migrations_config(script_location)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def sqlite_copy(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite database (the online backup API), mode 0600."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30) as live, \
            sqlite3.connect(partial) as copy:
        live.backup(copy)
    os.replace(partial, target)
    return target


def database_revision(path: Path) -> str | None:
    engine = create_engine(f"sqlite:///{path}")
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def migrate_database(path: Path, *, trial_only: bool = False, script_location: Path | None = None) -> MigrationResult:
    """Bring the kiosk database ``path`` to the installed schema (see the module docstring)."""
    head = head_revision(script_location)
    if not path.exists():
        if trial_only:
            return MigrationResult(path, None, head, changed=False, trial_only=True)
        private_dir(path.parent)
        _guarded(lambda: upgrade_file(path, "head", script_location), None, head, path)
        return MigrationResult(path, None, head, changed=True)
    current = database_revision(path)
    if current == head:
        return MigrationResult(path, current, head, changed=False, trial_only=trial_only)
    if current is not None and current not in known_revisions(script_location):
        raise MigrationFailed(f"{path} is at schema {current}, which this version does not know (it knows up to "
                              f"{head}): it was made by a newer version; install that version again")
    restore_point = sqlite_copy(path, path.with_name(f"{path.name}.before-{head}"))
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".migrate-trial-") as folder:
        trial = sqlite_copy(restore_point, Path(folder) / "trial.sqlite")
        _guarded(lambda: upgrade_file(trial, "head", script_location), current, head, path, on_copy=True)
    if trial_only:
        return MigrationResult(path, current, head, changed=False, restore_point=restore_point, trial_only=True)
    try:
        _guarded(lambda: upgrade_file(path, "head", script_location), current, head, path)
    except MigrationFailed:
        if database_revision(path) != current:
            _restore(restore_point, path)
        raise
    log.info("migrated %s from %s to %s (restore point %s)", path, current, head, restore_point)
    return MigrationResult(path, current, head, changed=True, restore_point=restore_point)


def _guarded(run: Any, current: str | None, head: str, path: Path, *, on_copy: bool = False) -> None:
    try:
        run()
    except Exception as error:
        log.debug("migration of %s failed", path, exc_info=True)
        where = "on a copy" if on_copy else "and was rolled back"
        reason = " ".join(str(error).split())[:300] or type(error).__name__
        raise MigrationFailed(f"migrating {path} from schema {current or 'none'} to {head} failed {where}: "
                              f"{type(error).__name__}: {reason}; the database was not changed") from None


def _restore(restore_point: Path, path: Path) -> None:
    with sqlite3.connect(restore_point) as source, sqlite3.connect(path, timeout=30) as target:
        source.backup(target)
    log.warning("restored %s from %s after a failed migration", path, restore_point)
