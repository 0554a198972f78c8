"""Early notice and repeat encounters: when the kiosk first flagged a traveller, the keyed hash of the
document seen, and the early CAP notice of each suspected case with the Update/Cancel that closed it.

``encounters.document_key`` is an HMAC-SHA256 (per-kiosk secret key) of the document number, never
the number itself (``kiosk.repeats``). ``early_notices`` has one row per screening (its first
encounter): the primary key is what makes the early notice go out once, and ``closed_by`` (set with
a conditional update) what makes its Update or Cancel go out once.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)
DOCUMENT_INDEX = "ix_encounters_kiosk_document"


def upgrade() -> None:
    with op.batch_alter_table("encounters") as table:
        table.add_column(sa.Column("flagged_at", UTC_DATETIME, nullable=True))
        table.add_column(sa.Column("document_key", sa.String(64), nullable=True))
    op.create_index(DOCUMENT_INDEX, "encounters", ["kiosk_id", "document_key", "completed_at"])
    op.create_table(
        "early_notices",
        sa.Column("encounter_id", sa.String(36), sa.ForeignKey("encounters.id"), primary_key=True),
        sa.Column("alert_identifier", sa.String(120), nullable=False, unique=True),
        sa.Column("sender", sa.String(60), nullable=False),
        sa.Column("sent_text", sa.String(40), nullable=False),
        sa.Column("protocol", sa.String(20), nullable=False, server_default=""),
        sa.Column("sent_at", UTC_DATETIME, nullable=False),
        sa.Column("closed_by", sa.String(120), nullable=True),
        sa.Column("closed_msg_type", sa.String(10), nullable=True),
        sa.Column("closed_at", UTC_DATETIME, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("early_notices")
    op.drop_index(DOCUMENT_INDEX, table_name="encounters")
    with op.batch_alter_table("encounters") as table:
        table.drop_column("document_key")
        table.drop_column("flagged_at")
