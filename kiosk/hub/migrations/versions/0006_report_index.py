"""The report's covering index (``kiosk.hub.poe_report``): received time, mode, message type, point of entry,
protocol and urgency, so that a period's figures are counted from the index without reading the alerts'
rows and payloads.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Made only when missing: a database made before migrations got every model index from
    ``kiosk.hub.models.upgrade_hub_schema`` already."""
    if "ix_hub_alerts_report" in {index["name"] for index in sa.inspect(op.get_bind()).get_indexes("hub_alerts")}:
        return
    op.create_index("ix_hub_alerts_report", "hub_alerts",
                    ["received_at", "status", "msg_type", "poe", "protocol", "urgency"])


def downgrade() -> None:
    op.drop_index("ix_hub_alerts_report", table_name="hub_alerts")
