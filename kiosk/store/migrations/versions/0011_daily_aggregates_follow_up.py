"""Daily aggregates sent to the hub and follow-up contacts (``kiosk.aggregates``, ``kiosk.follow_up``).

``daily_aggregates`` has one row per (kiosk, UTC day, revision) sent: a day is sent again, as the next
revision, only when its counts changed. ``follow_up_contacts`` holds the contact a traveller given
``monitor`` (or a referral) agreed to give for follow-up, with the consent, until the retention policy
blanks it.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "daily_aggregates",
        sa.Column("kiosk_id", sa.String(60), primary_key=True),
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("revision", sa.Integer, primary_key=True),
        sa.Column("identifier", sa.String(120), nullable=False, unique=True),
        sa.Column("counts", sa.JSON, nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
    )
    op.create_table(
        "follow_up_contacts",
        sa.Column("encounter_id", sa.String(36), sa.ForeignKey("encounters.id"), primary_key=True),
        sa.Column("identifier", sa.String(120), nullable=False, unique=True),
        sa.Column("end_date", sa.Date, nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("consent", sa.Boolean, nullable=False),
        sa.Column("recorded_by", sa.String(20), nullable=False),
        sa.Column("recorded_at", UTC_DATETIME, nullable=False),
        sa.Column("purged_at", UTC_DATETIME, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("follow_up_contacts")
    op.drop_table("daily_aggregates")
