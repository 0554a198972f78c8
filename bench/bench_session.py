"""A year of a busy kiosk (300,000 encounters in the database): the history, the home counts and the
drafts each answer in under 50 ms; and headless screening throughput through the session.

The database is filled once with bare Core inserts (outside the timings): 300,000 encounters spread
over the 365 days up to today (~820 a day, today's included), each with its traveller; a referral for
each refer/isolate, an outbox row for each alert, a few open drafts and secondary cases, abandoned
drafts. Each query row is the median of ``REPEAT`` calls through the window's own functions
(``kiosk.history.today_history``, ``ScreeningService.today``, ``ScreeningService.drafts``).

The throughput row walks travellers through ``kiosk.screening_run`` (the ``poe-kiosk screening run``
path: a ``ScreeningSession`` per traveller, the SOP page by page, the draft saved, completed) beside
the bare sqlite3 insert+commit of the same encounter JSON (WAL, ``synchronous=FULL`` on both sides).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from kiosk.clock import FixedClock
from kiosk.screening import KioskContext, SiteInfo
from kiosk.services import Services, core_services
from kiosk.store import Store
from kiosk.store import models as m

ENCOUNTERS = 300_000
REPEAT = 15
NOW = dt.datetime(2026, 12, 7, 16, 0, tzinfo=dt.UTC)
SITE = SiteInfo("XL-LND-01", "Lakeside Land Crossing", "ground_crossing", "XL")
KIOSK = "XL-LND-01-K1"
DISPOSITIONS = [("clear", 0.90, ""), ("advise", 0.03, "CHOLERA"), ("vaccinate", 0.04, "YF"), ("refer", 0.02, "FEVER"),
                ("isolate", 0.01, "EVD")]
TRAVELLERS = 200
FAST_LANE = {"record": {"temperature_c": 36.6, "conveyance": {"type": "land"}}}
YELLOW_FEVER = {"record": {"temperature_c": 36.6, "age_years": 30, "conveyance": {"type": "land"},
                           "itinerary": [{"country": "NG", "left": "2026-12-01"}]}}


def _services(folder: Path) -> Services:
    return core_services(Store(f"sqlite:///{folder / 'kiosk.sqlite'}"), KioskContext(SITE, KIOSK), FixedClock(NOW))


def _fill(services: Services, count: int = ENCOUNTERS) -> None:
    """``count`` encounters over the year before NOW, with travellers, referrals and alerts (bare inserts)."""
    rng = random.Random(7)
    weights = [w for _, w, _ in DISPOSITIONS]
    encounters, travellers, referrals, outbox = [], [], [], []
    start = NOW - dt.timedelta(days=365)
    span = (NOW - start).total_seconds()
    for index in range(count):
        at = start + dt.timedelta(seconds=span * index / count)
        disposition, _, protocol = rng.choices(DISPOSITIONS, weights)[0]
        encounter_id, traveller_id = str(uuid.uuid4()), str(uuid.uuid4())
        flags = [{"protocol": protocol, "status": "suspected", "actions": [disposition]}] if protocol else []
        travellers.append({"id": traveller_id, "reference": f"T{index:010d}", "created_at": at})
        encounters.append({
            "id": encounter_id, "site_id": SITE.id, "kiosk_id": KIOSK, "officer_id": None, "traveller_id": traveller_id,
            "parent_id": None, "stage": "primary", "sop_id": "primary", "sop_version": "1", "status": "completed",
            "language": "en", "answers": {}, "path": [], "record": {"arrival_date": at.date().isoformat()},
            "evaluation": {"disposition": disposition, "flags": flags}, "recommended_disposition": disposition,
            "leading_protocol": protocol, "disposition": disposition, "override_reason": None, "decided_by": "H1",
            "mode": "actual", "exercise_id": None, "started_at": at, "updated_at": at, "completed_at": at,
            "purged_at": None})
        if disposition in ("refer", "isolate"):
            referrals.append({"id": f"R{index:010d}", "encounter_id": encounter_id, "disposition": disposition,
                              "protocol": protocol, "follow_up_until": None, "created_at": at,
                              "print_status": "printed", "print_message": "", "pdf_path": ""})
        if disposition == "isolate":
            outbox.append({"id": str(uuid.uuid4()), "encounter_id": encounter_id, "alert_identifier": f"A{index}",
                           "topic": "poe/v1/XL/XL-LND-01/K1/alerts/actual", "payload": b"<alert/>", "qos": 1,
                           "properties": {}, "status": "acked", "attempts": 1, "last_error": "", "mode": "actual",
                           "created_at": at})
    for index, status in enumerate(["draft"] * 3 + ["awaiting_secondary"] * 2 + ["abandoned"] * 2000):
        at = NOW - dt.timedelta(minutes=index)
        encounters.append({**encounters[-1], "id": str(uuid.uuid4()), "traveller_id": None, "status": status,
                           "record": None, "evaluation": None, "disposition": None, "completed_at": None,
                           "started_at": at, "updated_at": at, "leading_protocol": None})
    with services.store.connection() as connection:
        for table, rows in ((m.Traveller, travellers), (m.Encounter, encounters), (m.Referral, referrals),
                            (m.OutboxMessage, outbox)):
            for chunk in range(0, len(rows), 20_000):
                connection.execute(table.__table__.insert(), rows[chunk:chunk + 20_000])
        connection.exec_driver_sql("ANALYZE")


def _median_ms(call: Any) -> tuple[float, Any]:
    result = call()  # warm: statements compiled, pages cached (the window asks again and again)
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


def _query_rows(services: Services) -> list[dict]:
    from kiosk.history import today_history

    rows = []
    for name, call in (("history: today's encounters (300,000 in the database)", lambda: today_history(services)),
                       ("home counts (300,000 in the database)", services.screening.today),
                       ("drafts to resume (300,000 in the database)", services.screening.drafts)):
        value, result = _median_ms(call)
        size = len(result) if isinstance(result, list) else result.screened
        rows.append({"name": f"{name}, {size} rows", "value": value, "unit": "ms", "baseline": None, "ratio": None,
                     "target": "< 50 ms"})
    return rows


def _bare_database(folder: Path) -> sqlite3.Connection:
    db = sqlite3.connect(folder / "bare.sqlite")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE encounters (id INTEGER PRIMARY KEY, body BLOB)")
    return db


def _throughput_rows(folder: Path) -> list[dict]:
    from kiosk.screening_run import run_travellers

    services = _services(folder)
    db = _bare_database(folder)
    try:
        travellers = [FAST_LANE if index % 2 else YELLOW_FEVER for index in range(TRAVELLERS)]
        run_travellers(services, travellers[:10], complete=True)  # warm-up: SOP, statements, pages
        started = time.perf_counter()
        done = run_travellers(services, travellers, complete=True)
        session_rate = len(done) / (time.perf_counter() - started)
        payload = json.dumps(done[0]).encode()
        started = time.perf_counter()
        for _ in range(TRAVELLERS):
            db.execute("INSERT INTO encounters (body) VALUES (?)", (payload,))
            db.commit()
        bare_rate = TRAVELLERS / (time.perf_counter() - started)
    finally:
        services.close()
        db.close()
    return [{"name": "headless screening through the session (screening run --complete)", "value": session_rate,
             "unit": "/s", "baseline": bare_rate, "ratio": session_rate / bare_rate,
             "target": "reported beside the bare store insert"}]


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        busy = folder / "busy"
        busy.mkdir()
        services = _services(busy)
        try:
            _fill(services)
            rows = _query_rows(services)
        finally:
            services.close()
        quiet = folder / "quiet"
        quiet.mkdir()
        return rows + _throughput_rows(quiet)
