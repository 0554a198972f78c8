"""Referrals, the alert outbox and received situation bundles.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "referrals",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("encounter_id", sa.String(36), sa.ForeignKey("encounters.id"), nullable=False, unique=True),
        sa.Column("disposition", sa.String(20), nullable=False),
        sa.Column("protocol", sa.String(20), nullable=False),
        sa.Column("facility_id", sa.String(60), nullable=False),
        sa.Column("follow_up_until", sa.Date, nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("print_status", sa.String(20), nullable=False),
        sa.Column("print_message", sa.Text, nullable=False),
        sa.Column("printed_at", UTC_DATETIME, nullable=True),
        sa.Column("pdf_path", sa.String(500), nullable=False),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("encounter_id", sa.String(36), sa.ForeignKey("encounters.id"), nullable=True),
        sa.Column("alert_identifier", sa.String(120), nullable=False, unique=True),
        sa.Column("topic", sa.String(300), nullable=False),
        sa.Column("payload", sa.LargeBinary, nullable=False),
        sa.Column("qos", sa.Integer, nullable=False),
        sa.Column("properties", sa.JSON, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("reason_code", sa.Integer, nullable=True),
        sa.Column("last_error", sa.Text, nullable=False),
        sa.Column("mode", sa.String(10), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("sent_at", UTC_DATETIME, nullable=True),
        sa.Column("acked_at", UTC_DATETIME, nullable=True),
    )
    op.create_index("ix_outbox_status_created", "outbox", ["status", "created_at"])
    op.create_table(
        "situation_bundles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("version", sa.String(60), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("signed_by", sa.String(120), nullable=False),
        sa.Column("error", sa.Text, nullable=False),
        sa.Column("received_at", UTC_DATETIME, nullable=False),
    )


def downgrade() -> None:
    for table in ("situation_bundles", "outbox", "referrals"):
        op.drop_table(table)
