"""The hub schema as it was before migrations: alerts, kiosks' presence, quarantine, enrolments, ingest
workers' health, triage.

A database made before migrations existed (``create_all`` and ``upgrade_hub_schema``) was first brought to
this shape by ``kiosk.hub.migrate`` (every row kept); so each table and index here is made only when
missing, and the version is recorded.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _tables() -> list[tuple[str, list, list[tuple[str, list[str]]]]]:
    """(table, columns and constraints, indexes (name, columns))."""
    return [
        ("hub_alerts", [
            sa.Column("id", ID, primary_key=True, autoincrement=True),
            sa.Column("sender", sa.String(120), nullable=False),
            sa.Column("identifier", sa.String(120), nullable=False),
            sa.Column("sent", UTC_DATETIME, nullable=False),
            sa.Column("status", sa.String(10), nullable=False),
            sa.Column("msg_type", sa.String(10), nullable=False),
            sa.Column("exercise_id", sa.String(60), nullable=True),
            sa.Column("country", sa.String(8), nullable=False),
            sa.Column("poe", sa.String(60), nullable=False),
            sa.Column("kiosk_id", sa.String(120), nullable=False),
            sa.Column("topic", sa.String(300), nullable=False),
            sa.Column("event", sa.String(300), nullable=False),
            sa.Column("urgency", sa.String(12), nullable=False),
            sa.Column("severity", sa.String(12), nullable=False),
            sa.Column("certainty", sa.String(12), nullable=False),
            sa.Column("protocol", sa.String(40), nullable=False),
            sa.Column("risk", sa.String(40), nullable=False),
            sa.Column("disposition", sa.String(20), nullable=False),
            sa.Column("payload", sa.Text(), nullable=False),
            sa.Column("received_at", UTC_DATETIME, nullable=False),
            sa.Column("cap_status", sa.String(10), nullable=True),
            sa.Column("markers", sa.String(120), nullable=True),
            sa.Column("flagged_at", UTC_DATETIME, nullable=True),
            sa.Column("ref_sender", sa.String(120), nullable=True),
            sa.Column("ref_identifier", sa.String(120), nullable=True),
            sa.UniqueConstraint("status", "sender", "identifier", name="uq_hub_alerts_status_sender_identifier"),
        ], [("ix_hub_alerts_received", ["received_at"]), ("ix_hub_alerts_reference", ["ref_sender", "ref_identifier"]),
            ("ix_hub_alerts_status", ["status"])]),
        ("hub_enrolments", [
            sa.Column("kiosk_id", sa.String(120), primary_key=True),
            sa.Column("country", sa.String(8), nullable=False),
            sa.Column("poe", sa.String(60), nullable=False),
            sa.Column("public_key", sa.Text(), nullable=True),
            sa.Column("enrolled_at", UTC_DATETIME, nullable=False),
        ], []),
        ("hub_kiosks", [
            sa.Column("kiosk_id", sa.String(120), primary_key=True),
            sa.Column("country", sa.String(8), nullable=False),
            sa.Column("poe", sa.String(60), nullable=False),
            sa.Column("state", sa.String(10), nullable=False),
            sa.Column("mode", sa.String(10), nullable=False),
            sa.Column("situation_version", sa.String(60), nullable=True),
            sa.Column("seen_at", UTC_DATETIME, nullable=False),
            sa.Column("changed_at", UTC_DATETIME, nullable=False),
        ], []),
        ("hub_quarantine", [
            sa.Column("id", ID, primary_key=True, autoincrement=True),
            sa.Column("digest", sa.String(64), nullable=False, unique=True),
            sa.Column("reason", sa.String(20), nullable=False),
            sa.Column("detail", sa.Text(), nullable=False),
            sa.Column("topic", sa.String(300), nullable=False),
            sa.Column("kiosk_id", sa.String(120), nullable=False),
            sa.Column("sender", sa.String(120), nullable=False),
            sa.Column("identifier", sa.String(120), nullable=False),
            sa.Column("size", sa.Integer(), nullable=False),
            sa.Column("payload", sa.Text(), nullable=False),
            sa.Column("received_at", UTC_DATETIME, nullable=False),
        ], [("ix_hub_quarantine_reason", ["reason"])]),
        ("hub_workers", [
            sa.Column("client_id", sa.String(120), primary_key=True),
            sa.Column("host", sa.String(120), nullable=False),
            sa.Column("pid", sa.Integer(), nullable=False),
            sa.Column("connected", sa.Boolean(), nullable=False),
            sa.Column("database_ok", sa.Boolean(), nullable=False),
            sa.Column("backlog", sa.Integer(), nullable=False),
            sa.Column("stored", sa.BigInteger(), nullable=False),
            sa.Column("quarantined", sa.BigInteger(), nullable=False),
            sa.Column("last_commit_at", UTC_DATETIME, nullable=True),
            sa.Column("last_error", sa.Text(), nullable=False),
            sa.Column("updated_at", UTC_DATETIME, nullable=False),
        ], []),
        ("hub_triage", [
            sa.Column("id", ID, primary_key=True, autoincrement=True),
            sa.Column("alert_id", ID, sa.ForeignKey("hub_alerts.id"), nullable=False),
            sa.Column("state", sa.String(20), nullable=False),
            sa.Column("outcome", sa.String(40), nullable=False),
            sa.Column("note", sa.Text(), nullable=False),
            sa.Column("officer", sa.String(120), nullable=False),
            sa.Column("at", UTC_DATETIME, nullable=False),
        ], [("ix_hub_triage_alert", ["alert_id", "id"])]),
    ]


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    existing = set(inspector.get_table_names())
    for name, columns, indexes in _tables():
        if name not in existing:
            op.create_table(name, *columns)
            have = set()
        else:
            have = {index["name"] for index in inspector.get_indexes(name)}
        for index, index_columns in indexes:
            if index not in have:
                op.create_index(index, name, index_columns)


def downgrade() -> None:
    for name, _columns, _indexes in reversed(_tables()):
        op.drop_table(name)
