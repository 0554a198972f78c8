"""Hub accounts (``kiosk.hub.accounts``): users with a role, a password hash and lockout counters, their
jurisdiction (points of entry), and the audit of sign-ins and account changes.

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
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "hub_users",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(30), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("all_poes", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", UTC_DATETIME, nullable=True),
        sa.Column("lock_count", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
    )
    op.create_table(
        "hub_user_poes",
        sa.Column("user_id", sa.String(40), sa.ForeignKey("hub_users.id"), primary_key=True),
        sa.Column("poe", sa.String(60), primary_key=True),
    )
    op.create_table(
        "hub_user_events",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("at", UTC_DATETIME, nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("user_id", sa.String(60), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
    )
    op.create_index("ix_hub_user_events_user", "hub_user_events", ["user_id", "id"])


def downgrade() -> None:
    op.drop_table("hub_user_events")
    op.drop_table("hub_user_poes")
    op.drop_table("hub_users")
