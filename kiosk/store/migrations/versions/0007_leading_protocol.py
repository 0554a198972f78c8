"""Encounters: the leading protocol (one rule for every output) and indexes for the home screen, the
history and the drafts of a busy kiosk (a year of encounters).

``leading_protocol`` of encounters completed before this revision is filled from their referral row
(the protocol the referral named), else left empty (the consumers then fall back on the evaluation's
first flag).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

DAY_COLUMNS = ["site_id", "status", "completed_at", "mode", "exercise_id", "kiosk_id", "disposition",
               "recommended_disposition", "leading_protocol", "traveller_id", "id"]
"""Covering: the home counts and the history of one day read the index alone, never the encounter rows."""
INDEXES = {
    "ix_encounters_day": ("encounters", DAY_COLUMNS),
    "ix_encounters_kiosk_status_updated": ("encounters", ["kiosk_id", "status", "updated_at"]),
    "ix_travellers_id_reference": ("travellers", ["id", "reference"]),
    "ix_outbox_encounter": ("outbox", ["encounter_id", "created_at"]),
}


def upgrade() -> None:
    with op.batch_alter_table("encounters") as table:
        table.add_column(sa.Column("leading_protocol", sa.String(40), nullable=True))
    op.execute(
        "UPDATE encounters SET leading_protocol = (SELECT referrals.protocol FROM referrals "
        "WHERE referrals.encounter_id = encounters.id AND referrals.protocol <> '' LIMIT 1) "
        "WHERE leading_protocol IS NULL")
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _) in INDEXES.items():
        op.drop_index(name, table_name=table)
    with op.batch_alter_table("encounters") as table:
        table.drop_column("leading_protocol")
