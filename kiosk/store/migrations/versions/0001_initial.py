"""First schema: sites, officers, travellers, encounters, audit events.

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


def upgrade() -> None:
    op.create_table(
        "sites",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
    )
    op.create_table(
        "officers",
        sa.Column("id", sa.String(20), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("pin_hash", sa.String(300), nullable=False),
        sa.Column("failed_attempts", sa.Integer, nullable=False),
        sa.Column("locked_until", UTC_DATETIME, nullable=True),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
    )
    op.create_table(
        "travellers",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("reference", sa.String(20), nullable=False, unique=True),
        *(sa.Column(name, sa.String(size), nullable=False) for name, size in _TRAVELLER_TEXT),
        sa.Column("birth_date", sa.Date, nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
    )
    op.create_index("ix_travellers_document", "travellers", ["document_number", "nationality"])
    op.create_table(
        "encounters",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("site_id", sa.String(40), sa.ForeignKey("sites.id"), nullable=False),
        sa.Column("kiosk_id", sa.String(60), nullable=False),
        sa.Column("officer_id", sa.String(20), sa.ForeignKey("officers.id"), nullable=True),
        sa.Column("traveller_id", sa.String(36), sa.ForeignKey("travellers.id"), nullable=True),
        sa.Column("parent_id", sa.String(36), sa.ForeignKey("encounters.id"), nullable=True),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("sop_id", sa.String(60), nullable=False),
        sa.Column("sop_version", sa.String(40), nullable=False),
        sa.Column("status", sa.String(30), nullable=False, index=True),
        sa.Column("language", sa.String(10), nullable=False),
        sa.Column("answers", sa.JSON, nullable=False),
        sa.Column("path", sa.JSON, nullable=False),
        sa.Column("record", sa.JSON, nullable=True),
        sa.Column("evaluation", sa.JSON, nullable=True),
        sa.Column("recommended_disposition", sa.String(20), nullable=True),
        sa.Column("disposition", sa.String(20), nullable=True),
        sa.Column("override_reason", sa.Text, nullable=True),
        sa.Column("decided_by", sa.String(20), nullable=True),
        sa.Column("mode", sa.String(10), nullable=False),
        sa.Column("exercise_id", sa.String(60), nullable=True),
        sa.Column("started_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.Column("completed_at", UTC_DATETIME, nullable=True, index=True),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", UTC_DATETIME, nullable=False, index=True),
        sa.Column("actor", sa.String(20), nullable=True),
        sa.Column("action", sa.String(60), nullable=False),
        sa.Column("entity", sa.String(30), nullable=False),
        sa.Column("entity_id", sa.String(60), nullable=False),
        sa.Column("site_id", sa.String(40), nullable=False),
        sa.Column("kiosk_id", sa.String(60), nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
    )


_TRAVELLER_TEXT = (
    ("surname", 200), ("given_names", 200), ("sex", 10), ("nationality", 3), ("document_type", 40),
    ("document_number", 40), ("issuing_state", 3), ("phone", 200), ("address", 200), ("language", 10),
)


def downgrade() -> None:
    for table in ("audit_events", "encounters", "travellers", "officers", "sites"):
        op.drop_table(table)
