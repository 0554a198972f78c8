"""Exercise runs remember their roster, their pauses and their after-action report; the outbox is counted
by mode.

``exercise_runs.officers`` is the roster the trainer chose at the start (officer ids, in order);
``pauses`` the paused intervals (``[start, end]`` ISO times, ``end`` null while paused): the scoring
clocks stop while paused. ``report_pdf``/``report_json``/``score_percent``/``passed`` are written when
the exercise ends (the kiosk's exercise history). ``ix_outbox_mode_status`` lets the delivery card count
the exercise (and test) alerts apart from the real ones without scanning the whole outbox.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

OUTBOX_INDEX = "ix_outbox_mode_status"


def upgrade() -> None:
    with op.batch_alter_table("exercise_runs") as table:
        table.add_column(sa.Column("officers", sa.JSON, nullable=False, server_default="[]"))
        table.add_column(sa.Column("pauses", sa.JSON, nullable=False, server_default="[]"))
        table.add_column(sa.Column("report_pdf", sa.String(500), nullable=True))
        table.add_column(sa.Column("report_json", sa.String(500), nullable=True))
        table.add_column(sa.Column("score_percent", sa.Float, nullable=True))
        table.add_column(sa.Column("passed", sa.Boolean, nullable=True))
    op.create_index(OUTBOX_INDEX, "outbox", ["mode", "status"])


def downgrade() -> None:
    op.drop_index(OUTBOX_INDEX, table_name="outbox")
    with op.batch_alter_table("exercise_runs") as table:
        for column in ("passed", "score_percent", "report_json", "report_pdf", "pauses", "officers"):
            table.drop_column(column)
