"""Which kiosks are connected: the hub keeps their retained status (and Last Will) in ``hub_kiosks``.

Each kiosk publishes a retained ``online`` on ``poe/v1/{country}/{poe}/{kiosk}/status`` when it connects
and leaves ``offline`` as its Last Will, so the broker tells the hub when a kiosk vanishes without a
word (power cut, cable cut). One ingest worker subscribes to the status topics (retained messages are
not delivered to shared subscriptions, and one writer is enough) and stores the latest status of each
kiosk with the time its state last changed. A border post whose kiosk went quiet is then visible in the
hub console, not only missing from the alerts.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, select

from kiosk.alerts.cap import MODE_STATUS
from kiosk.hub.models import HubKiosk, conflict_insert

PRESENCE_FILTER = "poe/v1/+/+/+/status"
MAX_STATUS_BYTES = 2048
STATES = ("online", "offline")


class BadStatus(Exception):
    """A status message the hub cannot take (the reason names what is wrong)."""


def is_status_topic(topic: str) -> bool:
    parts = topic.split("/")
    return len(parts) == 6 and parts[:2] == ["poe", "v1"] and parts[5] == "status"


def presence_row(topic: str, payload: bytes, received_at: dt.datetime) -> dict[str, Any] | None:
    """The ``hub_kiosks`` row a status message gives; None for an empty payload (a cleared retained
    status); :class:`BadStatus` for anything else that is not a kiosk's status."""
    if not is_status_topic(topic):
        raise BadStatus(f"not a status topic: {topic[:120]}")
    if not payload:
        return None
    if len(payload) > MAX_STATUS_BYTES:
        raise BadStatus(f"status of {len(payload)} bytes (at most {MAX_STATUS_BYTES})")
    try:
        data = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        raise BadStatus("status is not JSON") from None
    if not isinstance(data, dict):
        raise BadStatus("status must be a JSON object")
    _, _, country, poe, kiosk_id, _ = topic.split("/")
    if data.get("kiosk_id") != kiosk_id:
        raise BadStatus(f"status kiosk_id {str(data.get('kiosk_id'))[:60]!r} is not the topic's kiosk {kiosk_id!r}")
    state, mode, version = data.get("state"), data.get("mode", "actual"), data.get("situation_version")
    if state not in STATES:
        raise BadStatus(f"status state {str(state)[:30]!r} is not online or offline")
    if mode not in MODE_STATUS:
        raise BadStatus(f"status mode {str(mode)[:30]!r} is not actual, exercise or test")
    if version is not None and not (isinstance(version, str) and len(version) <= 60):
        raise BadStatus("status situation_version must be text of at most 60 characters")
    return {"kiosk_id": kiosk_id[:120], "country": country[:8], "poe": poe[:60], "state": state, "mode": mode,
            "situation_version": version, "seen_at": received_at}


def store_presence(connection: Connection, rows: dict[str, dict[str, Any]]) -> None:
    """Upsert the latest status of each kiosk in the caller's transaction; ``changed_at`` moves only
    when the state does (a kiosk that reconnects every minute is not "online since a minute"). One
    presence worker writes these rows, so reading the known states first is not a race."""
    if not rows:
        return
    table = HubKiosk.__table__
    known = {kiosk: (state, changed) for kiosk, state, changed in connection.execute(
        select(table.c.kiosk_id, table.c.state, table.c.changed_at).where(table.c.kiosk_id.in_(list(rows))))}
    values = []
    for kiosk, row in rows.items():
        state, changed = known.get(kiosk, (None, None))
        values.append({**row, "changed_at": changed if state == row["state"] else row["seen_at"]})
    statement = conflict_insert(table, connection.dialect.name)
    columns = ("country", "poe", "state", "mode", "situation_version", "seen_at", "changed_at")
    connection.execute(statement.on_conflict_do_update(
        index_elements=["kiosk_id"], set_={name: statement.excluded[name] for name in columns}), values)
