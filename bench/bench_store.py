"""Saving a completed encounter through the service vs a bare sqlite3 insert+commit of the same bytes.

Both sides use the same durability (WAL, synchronous=FULL) on the same disk, one commit per encounter,
in alternating rounds (the median round of each side is reported).
The service side is `ScreeningService.complete()`: validation, evaluation, the encounter, the traveller
and the audit event in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from kiosk.clock import FixedClock
from kiosk.screening import Decision, KioskContext, ScreeningService, SiteInfo
from kiosk.services import core_services
from kiosk.store import Store

N = 300
RECORD = {
    "arrival_date": "2026-11-29", "age_years": 41, "temperature_c": 37.1, "symptoms": ["cough"],
    "itinerary": [{"country": "FR", "left": "2026-11-28"}],
    "traveller": {"surname": "DOE", "given_names": "JANE", "nationality": "FR", "document_number": "X1"},
}


def _service(folder: Path) -> ScreeningService:
    """The kiosk's own wiring (``kiosk.services.core_services``), as the window and the CLI make it."""
    clock = FixedClock(dt.datetime(2026, 11, 29, 9, tzinfo=dt.UTC))
    context = KioskContext(SiteInfo("XL-LND-01", "Lakeside", "ground_crossing", "XL"), "XL-LND-01-K1")
    return core_services(Store(f"sqlite:///{folder / 'kiosk.sqlite'}"), context, clock).screening


ROUNDS = 6


def _bare_database(folder: Path) -> sqlite3.Connection:
    db = sqlite3.connect(folder / "bare.sqlite")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE encounters (id INTEGER PRIMARY KEY, body BLOB)")
    return db


def _service_round(service: ScreeningService) -> tuple[float, bytes]:
    """Seconds per completion over one round (drafts opened beforehand, outside the timing)."""
    drafts = [service.start(officer_id=None, sop_id="primary", sop_version="1") for _ in range(N // ROUNDS)]
    started = time.perf_counter()
    for draft in drafts:
        done = service.complete(draft, RECORD, Decision(officer_id="1001"))
    elapsed = (time.perf_counter() - started) / len(drafts)
    return elapsed, json.dumps({"record": RECORD, "evaluation": done.evaluation}).encode()


def _bare_round(db: sqlite3.Connection, payload: bytes) -> float:
    started = time.perf_counter()
    for _ in range(N // ROUNDS):
        db.execute("INSERT INTO encounters (body) VALUES (?)", (payload,))
        db.commit()
    return (time.perf_counter() - started) / (N // ROUNDS)


def run() -> list[dict]:
    """Rounds alternate between the two sides so that both meet the same disk (fsync cost drifts)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        service, db = _service(folder), _bare_database(folder)
        _, payload = _service_round(service)  # warm-up: first pages of both files, compiled statements
        _bare_round(db, payload)
        service_times, bare_times = [], []
        for _ in range(ROUNDS):
            elapsed, payload = _service_round(service)
            service_times.append(elapsed)
            bare_times.append(_bare_round(db, payload))
        service.store.close()
        db.close()
    service_s, bare_s = statistics.median(service_times), statistics.median(bare_times)
    return [{
        "name": "save a completed encounter (complete())",
        "value": service_s * 1000, "unit": "ms", "baseline": bare_s * 1000,
        "ratio": service_s / bare_s, "target": "≤ 3× bare sqlite3 insert+commit",
    }]
