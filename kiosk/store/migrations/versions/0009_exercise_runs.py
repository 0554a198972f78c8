"""Trainer console: the scenario an exercise plays, its pauses, the injects the trainer released and the
observer's notes (``kiosk.training.console``).

``exercise_runs`` has one row per exercise started from the trainer console (the scenario and the pause
in force); ``exercise_releases`` one row per inject released to the officers (the primary key makes each
inject released once); ``exercise_notes`` the observer's notes, in order.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "exercise_runs",
        sa.Column("exercise_id", sa.String(60), sa.ForeignKey("exercises.id"), primary_key=True),
        sa.Column("scenario", sa.String(400), nullable=False),
        sa.Column("scenario_id", sa.String(80), nullable=False),
        sa.Column("scenario_version", sa.String(40), nullable=False),
        sa.Column("paused_at", UTC_DATETIME, nullable=True),
        sa.Column("paused_seconds", sa.Float, nullable=False, server_default="0"),
    )
    op.create_table(
        "exercise_releases",
        sa.Column("exercise_id", sa.String(60), sa.ForeignKey("exercises.id"), primary_key=True),
        sa.Column("inject_id", sa.String(80), primary_key=True),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("released_by", sa.String(20), nullable=False),
        sa.Column("released_at", UTC_DATETIME, nullable=False),
    )
    op.create_table(
        "exercise_notes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("exercise_id", sa.String(60), sa.ForeignKey("exercises.id"), nullable=False, index=True),
        sa.Column("author", sa.String(20), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("at", UTC_DATETIME, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("exercise_notes")
    op.drop_table("exercise_releases")
    op.drop_table("exercise_runs")
