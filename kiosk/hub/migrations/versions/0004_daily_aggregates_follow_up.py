"""Daily aggregates from every kiosk (``kiosk.hub.aggregates``) and the follow-up of travellers under
monitoring (``kiosk.hub.follow_up``: the records and each day's check).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "hub_daily_aggregates",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("kiosk_id", sa.String(120), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("poe", sa.String(60), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("identifier", sa.String(120), nullable=False),
        sa.Column("sent", UTC_DATETIME, nullable=False),
        sa.Column("received_at", UTC_DATETIME, nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False)
          for name in ("screened", "flagged", "referred", "isolated", "exercise_screened")),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("exercise", sa.JSON(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.UniqueConstraint("kiosk_id", "day", name="uq_hub_daily_aggregates_kiosk_day"),
    )
    op.create_index("ix_hub_daily_aggregates_day_poe", "hub_daily_aggregates", ["day", "country", "poe"])
    op.create_table(
        "hub_follow_ups",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("identifier", sa.String(120), nullable=False),
        sa.Column("kiosk_id", sa.String(120), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("poe", sa.String(60), nullable=False),
        sa.Column("reference", sa.String(40), nullable=False),
        sa.Column("protocol", sa.String(40), nullable=False),
        sa.Column("disposition", sa.String(20), nullable=False),
        sa.Column("decided_at", UTC_DATETIME, nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("consent_recorded_by", sa.String(60), nullable=False),
        sa.Column("received_at", UTC_DATETIME, nullable=False),
        sa.Column("contact_deleted_at", UTC_DATETIME, nullable=True),
        sa.UniqueConstraint("kiosk_id", "identifier", name="uq_hub_follow_ups_kiosk_identifier"),
    )
    op.create_index("ix_hub_follow_ups_end_date", "hub_follow_ups", ["end_date"])
    op.create_table(
        "hub_follow_up_checks",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("follow_up_id", ID, sa.ForeignKey("hub_follow_ups.id"), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("recorded_at", UTC_DATETIME, nullable=False),
        sa.Column("check_number", sa.Integer(), nullable=False),
    )
    op.create_index("ix_hub_follow_up_checks_follow_up_day", "hub_follow_up_checks", ["follow_up_id", "day"])


def downgrade() -> None:
    op.drop_table("hub_follow_up_checks")
    op.drop_table("hub_follow_ups")
    op.drop_table("hub_daily_aggregates")
