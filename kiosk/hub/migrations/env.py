"""Alembic environment of the hub database: migrations run on the connection handed over by
``kiosk.hub.migrate.upgrade_hub``; their version is kept in ``hub_alembic_version`` (not the kiosk store's
``alembic_version``: a hub and a kiosk database never mistake each other's revision)."""

from alembic import context

from kiosk.hub.migrate import VERSION_TABLE, hub_metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=hub_metadata(),
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
