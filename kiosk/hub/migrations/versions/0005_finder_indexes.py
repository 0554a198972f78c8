"""The console finder's indexes (``kiosk.hub.finder.INDEXES``): the console's order and filters walked
from one covering index, the protocol list, the reference search, an alert's thread, and "any triage step
out of new" per alert (attention and escalation).

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_hub_alerts_console_order": ("hub_alerts", ["status", "received_at", "id", "urgency", "severity", "certainty",
                                                   "disposition", "msg_type", "ref_identifier", "poe", "protocol"]),
    "ix_hub_alerts_protocol": ("hub_alerts", ["protocol"]),
    "ix_hub_alerts_identifier": ("hub_alerts", ["identifier"]),
    "ix_hub_alerts_thread": ("hub_alerts", ["ref_sender", "ref_identifier", "status", "msg_type"]),
    "ix_hub_triage_alert_state": ("hub_triage", ["alert_id", "state"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns, if_not_exists=True)  # a pre-migration database may have them


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
