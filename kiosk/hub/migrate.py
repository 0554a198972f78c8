"""Migrations of the hub database (Alembic, ``kiosk/hub/migrations/versions/NNNN_name.py``), like the kiosk
store's (``kiosk.store.db``).

:func:`upgrade_hub` runs at every hub start (``kiosk.hub.models.hub_engine``):

* at the head revision already: nothing is imported or run (the head comes from the file names);
* a database made before migrations (``hub_alerts`` there, no ``hub_alembic_version``): first brought to the
  last pre-migration shape in place by :func:`kiosk.hub.models.upgrade_hub_schema`, keeping every row; then
  revision 0001 records it (it only makes what is missing) and the later ones run;
* otherwise ``alembic upgrade head``.

On PostgreSQL the upgrade holds an advisory lock, so that an ingest and a console starting together do not
both create the tables. Adding a table is one more file ``NNNN_name.py`` with ``revision = "NNNN"`` and
``down_revision`` the one before (tests/unit/hub/test_hub_migrations.py checks the chain, and that the
migrated schema is what the models declare).
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Engine, MetaData, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

VERSION_TABLE = "hub_alembic_version"
MIGRATION_LOCK = 0x48554253
"""Key of the PostgreSQL advisory lock held while the hub database is migrated."""


def hub_metadata() -> MetaData:
    """Every hub table the code declares (the modules that add tables to ``HubBase`` imported)."""
    import kiosk.hub.accounts
    import kiosk.hub.aggregates
    import kiosk.hub.assessment
    import kiosk.hub.finder  # its indexes
    import kiosk.hub.follow_up
    import kiosk.hub.waiting  # noqa: F401
    from kiosk.hub.models import HubBase

    return HubBase.metadata


def hub_alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("kiosk.hub").joinpath("migrations")))
    return config


def hub_head_revision() -> str:
    """The newest migration's revision, from the file names alone (importing Alembic costs ~0.3 s)."""
    versions = resources.files("kiosk.hub").joinpath("migrations", "versions")
    return max(entry.name[:4] for entry in versions.iterdir() if entry.name[:4].isdigit() and entry.name.endswith(".py"))


def hub_revision(engine: Engine) -> str | None:
    """The database's revision; None when it has none (empty, or made before migrations)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def upgrade_hub(engine: Engine, revision: str = "head") -> None:
    """Bring the hub database to ``revision`` (idempotent; see the module's words)."""
    if revision == "head" and hub_revision(engine) == hub_head_revision():
        return
    from alembic import command

    from kiosk.hub.models import upgrade_hub_schema

    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            connection.commit()
        try:
            if hub_revision(engine) is None and inspect(engine).has_table("hub_alerts"):
                _create_missing_first_tables(engine)  # made before migrations: its last shape first, rows kept
                upgrade_hub_schema(engine)
            config = hub_alembic_config()
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
        finally:
            if engine.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
                connection.commit()


def _create_missing_first_tables(engine: Engine) -> None:
    """The tables of revision 0001 that a database made before migrations lacks (an early one has no
    quarantine yet, which :func:`~kiosk.hub.models.upgrade_hub_schema` copies the old rejects into), as 0001
    declares them; 0001 then adds their indexes."""
    import importlib

    from sqlalchemy import Table

    first = importlib.import_module("kiosk.hub.migrations.versions.0001_hub_schema")
    existing = set(inspect(engine).get_table_names())
    metadata = MetaData()
    tables = [Table(name, metadata, *columns) for name, columns, _indexes in first._tables() if name not in existing]
    metadata.create_all(engine, tables=tables)


def downgrade_hub(engine: Engine, revision: str) -> None:
    """Back to ``revision`` (tests of each migration's way back)."""
    from alembic import command

    config = hub_alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
