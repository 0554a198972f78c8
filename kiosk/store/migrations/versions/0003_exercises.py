"""Training exercises run on a kiosk (one at a time), so that an exercise survives a restart.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "exercises",
        sa.Column("id", sa.String(60), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("site_id", sa.String(40), sa.ForeignKey("sites.id"), nullable=False),
        sa.Column("kiosk_id", sa.String(60), nullable=False),
        sa.Column("started_by", sa.String(20), nullable=False),
        sa.Column("started_at", UTC_DATETIME, nullable=False),
        sa.Column("ended_by", sa.String(20), nullable=True),
        sa.Column("ended_at", UTC_DATETIME, nullable=True),
    )
    op.create_index("ix_exercises_kiosk_open", "exercises", ["kiosk_id", "ended_at"])


def downgrade() -> None:
    op.drop_index("ix_exercises_kiosk_open", "exercises")
    op.drop_table("exercises")
