"""IHR assessment (``kiosk.hub.assessment``): the append-only steps of an alert's assessment —
assignment, verification, the four IHR 2005 Annex 2 questions with their rationales, the outcome.

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
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "hub_assessment_steps",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("alert_id", ID, sa.ForeignKey("hub_alerts.id"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(10), nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("at", UTC_DATETIME, nullable=False),
        sa.Column("assignee", sa.String(120), nullable=True),
        sa.Column("verdict", sa.String(8), nullable=True),
        *(column for answer in ("impact", "unusual", "spread", "restrictions")
          for column in (sa.Column(answer, sa.String(3), nullable=True),
                         sa.Column(f"{answer}_why", sa.Text(), nullable=True))),
        sa.Column("outcome", sa.String(10), nullable=True),
        sa.Column("recommended", sa.String(10), nullable=True),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.UniqueConstraint("alert_id", "seq", name="uq_hub_assessment_steps_alert_seq"),
    )
    op.create_index("ix_hub_assessment_steps_alert", "hub_assessment_steps", ["alert_id", "seq"])


def downgrade() -> None:
    op.drop_table("hub_assessment_steps")
