"""The alerts still waiting for an answer (``hub_waiting``, kept by triggers: ``kiosk.hub.waiting``), and on
PostgreSQL a trigram index for the part-of-a-reference search when ``pg_trgm`` can be had.

Revision ID: 0007
Revises: 0006
"""

import logging

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TRIGRAM_INDEX = "ix_hub_alerts_identifier_trgm"
COPIED = "status, msg_type, poe, urgency, severity, certainty, disposition, received_at"
NEW_COPIED = ", ".join(f"NEW.{name}" for name in COPIED.split(", "))

_SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS tr_hub_alerts_waiting AFTER INSERT ON hub_alerts "
    f"BEGIN INSERT INTO hub_waiting (alert_id, {COPIED}) VALUES (NEW.id, {NEW_COPIED}); END",
    "CREATE TRIGGER IF NOT EXISTS tr_hub_triage_answered AFTER INSERT ON hub_triage WHEN NEW.state <> 'new' "
    "BEGIN DELETE FROM hub_waiting WHERE alert_id = NEW.alert_id; END",
)
# Statement-level with transition tables: a COPY or a batch of ingest is one INSERT ... SELECT, not a call
# per row. SECURITY DEFINER (as the tables' owner, on the search_path of the migration): the desktops' role
# appends triage and may not write hub_waiting itself. IF NOT EXISTS / OR REPLACE (PostgreSQL 14+): a database
# made before migrations is migrated from 0001 again and may keep the triggers of an earlier run.
_POSTGRES_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION hub_waiting_add() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path FROM CURRENT AS $$ BEGIN "
    f"INSERT INTO hub_waiting (alert_id, {COPIED}) SELECT id, {COPIED} FROM stored; RETURN NULL; END $$",
    "CREATE OR REPLACE TRIGGER tr_hub_alerts_waiting AFTER INSERT ON hub_alerts REFERENCING NEW TABLE AS stored "
    "FOR EACH STATEMENT EXECUTE FUNCTION hub_waiting_add()",
    "CREATE OR REPLACE FUNCTION hub_waiting_answered() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path FROM CURRENT AS $$ BEGIN "
    "DELETE FROM hub_waiting w USING steps s WHERE w.alert_id = s.alert_id AND s.state <> 'new'; "
    "RETURN NULL; END $$",
    "CREATE OR REPLACE TRIGGER tr_hub_triage_answered AFTER INSERT ON hub_triage REFERENCING NEW TABLE AS steps "
    "FOR EACH STATEMENT EXECUTE FUNCTION hub_waiting_answered()",
)


def upgrade() -> None:
    op.create_table(
        "hub_waiting",
        sa.Column("alert_id", ID, sa.ForeignKey("hub_alerts.id"), primary_key=True, autoincrement=False),
        *(sa.Column(name, sa.String(size), nullable=False) for name, size in (
            ("status", 10), ("msg_type", 10), ("poe", 60), ("urgency", 12), ("severity", 12), ("certainty", 12),
            ("disposition", 20))),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.execute(f"INSERT INTO hub_waiting (alert_id, {COPIED}) SELECT id, {COPIED} FROM hub_alerts a WHERE NOT EXISTS "
               "(SELECT 1 FROM hub_triage t WHERE t.alert_id = a.id AND t.state <> 'new')")
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in _POSTGRES_TRIGGERS if postgres else _SQLITE_TRIGGERS:
        op.execute(statement)
    if postgres:
        _trigram_index()


def _trigram_index() -> None:
    """``CREATE EXTENSION pg_trgm`` and the GIN index; neither when the extension is not installed on the
    server or the owner may not create it (the search then reads every identifier, as on SQLite).

    The extension goes in ``public`` when the owner may create there (a schema dropped with CASCADE takes
    its extensions along, and tests drop theirs), else in the hub's own schema."""
    bind = op.get_bind()
    schema = bind.exec_driver_sql(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'").scalar()
    problem = ""
    if schema is None:
        candidates = bind.exec_driver_sql(
            "SELECT nspname FROM pg_namespace WHERE nspname = 'public' UNION ALL SELECT current_schema()").scalars()
        for candidate in list(dict.fromkeys(candidates)):
            savepoint = bind.begin_nested()
            try:
                bind.exec_driver_sql(f'CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA "{candidate}"')
            except sa.exc.DBAPIError as error:
                savepoint.rollback()
                problem = str(error.orig).strip().splitlines()[0]
                continue
            savepoint.commit()
            schema = candidate
            break
    if schema is None:
        logging.getLogger("kiosk.hub.migrate").warning(
            "pg_trgm cannot be created (%s): no trigram index, the part-of-a-reference search reads every "
            "identifier", problem)
        return
    op.execute(f'CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} ON hub_alerts USING gin (identifier "{schema}".gin_trgm_ops)')


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
        op.execute("DROP TRIGGER IF EXISTS tr_hub_triage_answered ON hub_triage")
        op.execute("DROP TRIGGER IF EXISTS tr_hub_alerts_waiting ON hub_alerts")
        op.execute("DROP FUNCTION IF EXISTS hub_waiting_answered()")
        op.execute("DROP FUNCTION IF EXISTS hub_waiting_add()")
    else:
        op.execute("DROP TRIGGER IF EXISTS tr_hub_triage_answered")
        op.execute("DROP TRIGGER IF EXISTS tr_hub_alerts_waiting")
    op.drop_table("hub_waiting")
