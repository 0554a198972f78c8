"""Makes kiosk-0006.sqlite: a database as revision 0006 left it (the schema of the release before the
screening session: no leading protocol, no flag time, no document key, no early notices), with a
completed screening of an identified traveller, its referral, three alerts (queued, at the broker,
acknowledged by the hub), an exercise, a locked officer and audit events.

Run once when the revision was current; the file is committed and never regenerated, so the upgrade
tests keep proving that a terminal of the previous release upgrades without losing data.
"""

import sqlite3
import sys
from pathlib import Path

from sqlalchemy import create_engine

from kiosk.store.db import upgrade

target = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("kiosk-0006.sqlite"))
target.unlink(missing_ok=True)
upgrade(create_engine(f"sqlite:///{target}"), "0006")
T0 = "2026-01-05 09:00:00.000000"
RECORD = ('{"arrival_date": "2026-01-05", "temperature_c": 38.6, "symptoms": ["fever"], "traveller": '
          '{"surname": "DOE", "given_names": "Jane", "birth_date": "1990-04-01", "sex": "female", '
          '"nationality": "XL", "document_number": "X1234567", "phone": "+000 555 0101"}}')
with sqlite3.connect(target) as db:
    db.execute("INSERT INTO sites VALUES ('XL-LND-01', 'Lakeside Land Crossing', 'ground_crossing', 'XL', ?)", (T0,))
    db.execute("INSERT INTO officers (id, name, role, pin_hash, failed_attempts, locked_until, active, created_at,"
               " lock_count) VALUES ('1001', 'A. Officer', 'health_officer', 'scrypt$x', 0, NULL, 1, ?, 0)", (T0,))
    db.execute("INSERT INTO officers (id, name, role, pin_hash, failed_attempts, locked_until, active, created_at,"
               " lock_count) VALUES ('1002', 'B. Officer', 'screener', 'scrypt$y', 5, '2026-01-05 09:05:00.000000',"
               " 1, ?, 1)", (T0,))
    db.execute(
        "INSERT INTO travellers (id, reference, surname, given_names, birth_date, sex, nationality, document_type,"
        " document_number, issuing_state, phone, address, language, created_at) VALUES ('t-1', 'T000000000A',"
        " 'DOE', 'Jane', '1990-04-01', 'female', 'XL', 'passport', 'X1234567', 'XL', '+000 555 0101',"
        " '1 Lake Road', 'fr', ?)", (T0,))
    for number, status in ((1, "completed"), (2, "completed"), (3, "completed")):
        db.execute(
            "INSERT INTO encounters (id, site_id, kiosk_id, officer_id, traveller_id, stage, sop_id, sop_version,"
            " status, language, answers, path, record, evaluation, recommended_disposition, disposition,"
            " override_reason, decided_by, mode, started_at, updated_at, completed_at) VALUES (?, 'XL-LND-01',"
            " 'XL-LND-01-K1', '1001', 't-1', 'primary', 'primary', '1', ?, 'fr', '{\"surname\": \"DOE\"}',"
            " '[\"arrival\"]', ?, '{\"disposition\": \"refer\", \"flags\": []}', 'refer', 'isolate',"
            " 'Traveller coughing, called Jane', '1001', 'actual', ?, ?, ?)",
            (f"e-{number}", status, RECORD, T0, T0, T0))
    db.execute("INSERT INTO referrals VALUES ('R-1', 'e-1', 'isolate', 'EVD', '', NULL, ?, 'saved', 'Saved',"
               " NULL, '/var/lib/poe-kiosk/slips/slip-R-1.pdf')", (T0,))
    for number, status, acked in ((1, "queued", None), (2, "sent", None), (3, "acked", T0)):
        db.execute(
            "INSERT INTO outbox VALUES (?, ?, ?, 'poe/v1/XL/XL-LND-01/XL-LND-01-K1/alerts/actual', ?, 1, '{}', ?,"
            " 1, NULL, '', 'actual', ?, ?, ?)",
            (f"o-{number}", f"e-{number}", f"XL-LND-01-A{number}", b"<alert/>", status, T0,
             T0 if status != "queued" else None, acked))
    db.execute("INSERT INTO exercises VALUES ('EX-1', 'Drill', 'XL-LND-01', 'XL-LND-01-K1', '1001', ?, '1001', ?)",
               (T0, T0))
    db.execute("INSERT INTO audit_events (at, actor, action, entity, entity_id, site_id, kiosk_id, detail)"
               " VALUES (?, '1001', 'encounter.completed', 'encounter', 'e-1', 'XL-LND-01', 'XL-LND-01-K1', '{}')",
               (T0,))
print(target)
