"""Makes kiosk-0003-bundles.sqlite: a database as revision 0003 left it, with a refused alert and the
situation bundles of a kiosk that received them before bundles carried a sequence.

Run once when the revision was current; the file is committed and never regenerated, so the migration
test keeps proving that such a terminal upgrades without losing data.
"""

import json
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import create_engine

from kiosk.protocols import load_situation
from kiosk.store.db import upgrade

target = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("kiosk-0003-bundles.sqlite"))
target.unlink(missing_ok=True)
upgrade(create_engine(f"sqlite:///{target}"), "0003")
situation = json.loads(json.dumps(load_situation().data, default=str)) | {"version": "2026-12-01.1"}
with sqlite3.connect(target) as db:
    db.execute("INSERT INTO sites VALUES ('XL-LND-01', 'Lakeside Land Crossing', 'ground_crossing', 'XL',"
               " '2026-12-01 08:00:00.000000')")
    db.execute("INSERT INTO officers VALUES ('2001', 'S. Supervisor', 'supervisor', 'scrypt$x', 0, NULL, 1,"
               " '2026-12-01 08:00:00.000000')")
    db.execute(
        "INSERT INTO encounters (id, site_id, kiosk_id, officer_id, stage, sop_id, sop_version, status, language,"
        " answers, path, mode, started_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000003',"
        " 'XL-LND-01', 'XL-LND-01-K1', '2001', 'primary', 'primary', '1', 'completed', 'en',"
        " '{}', '[]', 'actual', '2026-12-01 09:00:00.000000', '2026-12-01 09:01:00.000000')"
    )
    db.execute(
        "INSERT INTO outbox (id, encounter_id, alert_identifier, topic, payload, qos, properties, status, attempts,"
        " reason_code, last_error, mode, created_at, sent_at, acked_at) VALUES ('01JDEAD0000000000000000001',"
        " '00000000-0000-4000-8000-000000000003', 'XL-LND-01-01JDEAD', 'poe/v1/XL/XL-LND-01/XL-LND-01-K2/alerts/actual',"
        " X'3c616c6572742f3e', 1, '{\"user\": {\"alert-id\": \"XL-LND-01-01JDEAD\"}}', 'dead', 1, 135,"
        " 'refused by the broker: 0x87 Not authorized', 'actual', '2026-12-01 09:01:00.000000', NULL, NULL)"
    )
    db.execute("INSERT INTO situation_bundles (version, status, payload, signed_by, error, received_at) VALUES"
               " ('2026-12-01.1', 'active', ?, '0123456789abcdef', '', '2026-12-01 10:00:00.000000')",
               (json.dumps(situation),))
    db.execute("INSERT INTO situation_bundles (version, status, payload, signed_by, error, received_at) VALUES"
               " ('', 'rejected', '{}', '', 'bundle signature does not verify against the hub public key',"
               " '2026-12-01 11:00:00.000000')")
print(target)
