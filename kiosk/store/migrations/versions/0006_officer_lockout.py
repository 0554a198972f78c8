"""Officers: a lock count (each lock lasts longer) and ids unique without regard to case.

The unique index on ``lower(id)`` is made only when no two officers' ids differ by case alone
(possible in a database from before this revision); then sign-in asks for the exact id of those
officers and the service still refuses new ids that differ by case alone.

Revision ID: 0006
Revises: 0005
"""

import logging

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")
INDEX = "ux_officers_id_nocase"


def upgrade() -> None:
    with op.batch_alter_table("officers") as table:
        table.add_column(sa.Column("lock_count", sa.Integer, nullable=False, server_default="0"))
    clashes = op.get_bind().execute(sa.text(
        "SELECT lower(id) FROM officers GROUP BY lower(id) HAVING count(*) > 1")).scalars().all()
    if clashes:
        log.warning("officer ids differing by case alone (%s): no case-insensitive unique index", ", ".join(clashes))
        return
    op.create_index(INDEX, "officers", [sa.text("lower(id)")], unique=True)


def downgrade() -> None:
    bind = op.get_bind()
    if INDEX in {index["name"] for index in sa.inspect(bind).get_indexes("officers")}:
        op.drop_index(INDEX, table_name="officers")
    with op.batch_alter_table("officers") as table:
        table.drop_column("lock_count")
