"""Saving a completed encounter through the service vs a bare sqlite3 insert+commit of the same bytes.

Both sides use the same durability (WAL, synchronous=FULL) on the same disk, one commit per encounter.
The service side is `ScreeningService.complete()`: validation, evaluation, the encounter, the traveller
and the audit event in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
import time
from pathlib import Path

from kiosk.clock import FixedClock
from kiosk.screening import Decision, KioskContext, Rules, ScreeningService, SiteInfo
from kiosk.store import Store

N = 300
RECORD = {
    "arrival_date": "2026-11-29", "age_years": 41, "temperature_c": 37.1, "symptoms": ["cough"],
    "itinerary": [{"country": "FR", "left": "2026-11-28"}],
    "traveller": {"surname": "DOE", "given_names": "JANE", "nationality": "FR", "document_number": "X1"},
}


def _service(folder: Path) -> ScreeningService:
    clock = FixedClock(dt.datetime(2026, 11, 29, 9, tzinfo=dt.UTC))
    context = KioskContext(SiteInfo("XL-LND-01", "Lakeside", "ground_crossing", "XL"), "XL-LND-01-K1")
    service = ScreeningService(Store(f"sqlite:///{folder / 'kiosk.sqlite'}"), clock, Rules.shipped(), context)
    service.ensure_site()
    return service


def _time_service(folder: Path) -> tuple[float, bytes]:
    service = _service(folder)
    drafts = [service.start(officer_id=None, sop_id="primary", sop_version="1") for _ in range(N)]
    started = time.perf_counter()
    for draft in drafts:
        done = service.complete(draft, RECORD, Decision(officer_id="1001"))
    elapsed = (time.perf_counter() - started) / N
    payload = json.dumps({"record": RECORD, "evaluation": done.evaluation}).encode()
    service.store.close()
    return elapsed, payload


def _time_bare(folder: Path, payload: bytes) -> float:
    db = sqlite3.connect(folder / "bare.sqlite")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE encounters (id INTEGER PRIMARY KEY, body BLOB)")
    started = time.perf_counter()
    for _ in range(N):
        db.execute("INSERT INTO encounters (body) VALUES (?)", (payload,))
        db.commit()
    elapsed = (time.perf_counter() - started) / N
    db.close()
    return elapsed


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        service_s, payload = _time_service(folder)
        bare_s = _time_bare(folder, payload)
    return [{
        "name": "save a completed encounter (complete())",
        "value": service_s * 1000, "unit": "ms", "baseline": bare_s * 1000,
        "ratio": service_s / bare_s, "target": "≤ 3× bare sqlite3 insert+commit",
    }]
