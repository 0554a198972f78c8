"""Makes kiosk-0001.sqlite: a database as revision 0001 left it, with a few rows.

Run once when the revision was current; the file is committed and never regenerated, so the migration
test keeps proving that a terminal that skipped versions upgrades without losing data.
"""

import sqlite3
import sys
from pathlib import Path

from sqlalchemy import create_engine

from kiosk.store.db import upgrade

target = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("kiosk-0001.sqlite"))
target.unlink(missing_ok=True)
upgrade(create_engine(f"sqlite:///{target}"), "0001")
with sqlite3.connect(target) as db:
    db.execute("INSERT INTO sites VALUES ('XL-LND-01', 'Lakeside Land Crossing', 'ground_crossing', 'XL',"
               " '2026-01-05 08:00:00.000000')")
    db.execute("INSERT INTO officers VALUES ('1001', 'A. Officer', 'health_officer', 'scrypt$x', 0, NULL, 1,"
               " '2026-01-05 08:00:00.000000')")
    db.execute(
        "INSERT INTO encounters (id, site_id, kiosk_id, officer_id, stage, sop_id, sop_version, status, language,"
        " answers, path, mode, started_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001',"
        " 'XL-LND-01', 'XL-LND-01-K1', '1001', 'primary', 'primary', '1', 'draft', 'fr',"
        " '{\"temperature\": 37.2}', '[\"arrival\"]', 'actual', '2026-01-05 09:00:00.000000',"
        " '2026-01-05 09:01:00.000000')"
    )
    db.execute("INSERT INTO audit_events (at, actor, action, entity, entity_id, site_id, kiosk_id, detail)"
               " VALUES ('2026-01-05 08:00:00.000000', '1001', 'officer.signed_in', 'officer', '1001',"
               " 'XL-LND-01', 'XL-LND-01-K1', '{}')")
print(target)
