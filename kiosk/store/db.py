"""Engine, sessions and migrations of the kiosk store (SQLite by default, any SQLAlchemy URL).

SQLite runs in WAL mode with ``synchronous=FULL``: a completed encounter survives a power cut the
moment ``complete()`` returns. ``busy_timeout`` lets the publisher and the window share the file.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from kiosk.private_files import make_private, private_dir, sqlite_files

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


def default_database_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'kiosk.sqlite'}"


def make_engine(url: str) -> Engine:
    """The engine for ``url``. Statement parameters never appear in error messages or logs
    (``hide_parameters``): they carry travellers' names, documents and birth dates."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        database = sqlite_path(url)
        if database is not None:
            event.listen(engine, "connect", lambda *_: make_private(*sqlite_files(database)))
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL (None for in-memory databases and other back-ends)."""
    if not url.startswith("sqlite:///") or url.startswith("sqlite:///:memory:"):
        return None
    return Path(url.removeprefix("sqlite:///").partition("?")[0])


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("kiosk.store").joinpath("migrations")))
    return config


def head_revision() -> str:
    """The newest migration's revision, from the file names alone: each ``versions/NNNN_name.py`` has
    ``revision = "NNNN"`` and follows the one before (tests/unit/test_store.py checks it). Importing Alembic
    to ask it costs ~0.3 s of the kiosk's start, on every start; it is needed only when there is work."""
    versions = resources.files("kiosk.store").joinpath("migrations", "versions")
    return max(entry.name[:4] for entry in versions.iterdir() if entry.name[:4].isdigit() and entry.name.endswith(".py"))


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` (idempotent)."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


class Store:
    """The database of one kiosk (or of the hub): migrated on open, sessions as transactions."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        if migrate:
            upgrade(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """One transaction on a plain Connection, for hot paths written as Core statements.

        A Session costs about as much as the commit itself; completing an encounter does not need one.
        """
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def scratch_schema(url: str, prefix: str = "poe_scratch") -> Iterator[str]:
    """``url`` with its connections working in a fresh PostgreSQL schema, dropped afterwards.

    For tests and benchmarks: several runs (developers, CI, helpers) may share one server without
    dropping each other's tables.
    """
    from sqlalchemy import text

    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def open_store(url: str) -> Store:
    """The store at ``url``; a SQLite file's folder is created private (0700) if it does not exist."""
    database = sqlite_path(url)
    if database is not None and not database.parent.exists():
        private_dir(database.parent)
    return Store(url)
