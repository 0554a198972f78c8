"""Situation bundles carry their place in the authority's order: sequence, issue instant, expiry, digest.

Rows received before (sequence NULL) rank below every bundle that has one.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("situation_bundles") as table:
        table.add_column(sa.Column("sequence", sa.Integer, nullable=True))
        table.add_column(sa.Column("issued_at", UTC_DATETIME, nullable=True))
        table.add_column(sa.Column("expires", UTC_DATETIME, nullable=True))
        table.add_column(sa.Column("digest", sa.String(64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("situation_bundles") as table:
        for column in ("digest", "expires", "issued_at", "sequence"):
            table.drop_column(column)
