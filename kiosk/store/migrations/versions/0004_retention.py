"""When the personal data of an encounter (and of its traveller) was purged by the retention policy.

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


def upgrade() -> None:
    op.add_column("encounters", sa.Column("purged_at", UTC_DATETIME, nullable=True))
    op.add_column("travellers", sa.Column("purged_at", UTC_DATETIME, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("travellers") as batch:
        batch.drop_column("purged_at")
    with op.batch_alter_table("encounters") as batch:
        batch.drop_column("purged_at")
