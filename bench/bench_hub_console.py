"""The hub console's list at national scale: opening (first page, escalation count), filtering and paging.

``python -m bench hub_console``. 100,000 alerts in SQLite and, when PostgreSQL answers at 127.0.0.1:5432
(``POE_BENCH_POSTGRES`` names another URL; ``POE_BENCH_NO_POSTGRES=1`` skips it), 1,000,000 there. The rows
are what ingest stores (a real CAP payload, a realistic mix: 20 points of entry, 7 protocols with their
CAP urgency and severity, 90 days of arrivals, everything older than two days triaged and closed), written
fast with ``executemany`` (SQLite) and ``COPY`` (PostgreSQL); the finder's indexes (``kiosk.hub.finder.
INDEXES``) are created as the migration will.

Each figure is the median of several runs of what the console's worker calls (``kiosk.hub.finder``),
beside a bare query of the same database doing the naive thing: the newest 100 of the view by received
time (sqlite3 / psycopg, no ranking, no triage state, no thread counts). Target: each under 200 ms.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import socket
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from kiosk.hub import finder
from kiosk.hub.attention import DEFAULT_RULES
from kiosk.hub.finder import AlertFilter
from kiosk.hub.models import HubAlert, hub_engine
from kiosk.hub.registry import enrol_kiosk

SQLITE_ALERTS = 100_000
POSTGRES_ALERTS = 1_000_000
POSTGRES_URL = os.environ.get("POE_BENCH_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
NOW = dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.UTC)
POSTGRES_PAYLOAD_CHARS = 600
"""Rows as wide as a real alert's fixed columns plus 600 characters of its payload (the queries measured
read the covering index, never the payload; a real one is ~3,000 characters)."""
RUNS = 7
TARGET = "< 200 ms"
PROTOCOLS = (("EVD", "Immediate", "Severe"), ("MVD", "Immediate", "Severe"), ("RESP", "Immediate", "Severe"),
             ("MEASLES", "Immediate", "Moderate"), ("CHOLERA", "Expected", "Moderate"),
             ("MPOX", "Expected", "Moderate"), ("EVD", "Expected", "Severe"))
POES = tuple(f"XL-P{n:02d}" for n in range(20))
COLUMNS = ("sender", "identifier", "sent", "status", "msg_type", "country", "poe", "kiosk_id", "topic", "event",
           "urgency", "severity", "certainty", "protocol", "risk", "disposition", "payload", "received_at",
           "cap_status", "flagged_at")


def _payload() -> str:
    from ui.hub.demo import DemoAlert, cap_message  # Qt-free (real CAP, as a kiosk builds it)

    return cap_message(DemoAlert("XL-AIR-01", "EVD"), NOW)[1].decode()


def _rows(count: int, seed: int = 14, payload_chars: int | None = None) -> tuple[list[tuple[Any, ...]],
                                                                               list[tuple[Any, ...]]]:
    """(alert rows in id order, triage rows ``(alert_id, state, outcome, officer, at)``); ``payload_chars``
    cuts the payload (PostgreSQL: 1,000,000 full payloads are 3 GB on a shared disk)."""
    rng = random.Random(seed)
    payload = _payload()[:payload_chars]
    span = dt.timedelta(days=90).total_seconds()
    times = sorted(NOW - dt.timedelta(seconds=rng.random() * span) for _ in range(count))
    alerts, steps = [], []
    for number, received in enumerate(times, start=1):
        protocol, urgency, severity = PROTOCOLS[rng.randrange(len(PROTOCOLS))]
        poe = POES[rng.randrange(len(POES))]
        early = rng.random() < 0.02
        kiosk = f"{poe}-K1"
        alerts.append((kiosk, f"{poe}-01JBENCH{number:018d}", received, "Actual", "Alert", "XL", poe, kiosk,
                       f"poe/v1/XL/{poe}/{kiosk}/alerts/actual", f"Suspected {protocol}", urgency, severity,
                       "Possible", protocol, "high", "" if early else "isolate", payload, received, "Actual",
                       received))
        if NOW - received > dt.timedelta(days=2):
            steps.append((number, "closed", "ruled_out", "Bench Officer", received + dt.timedelta(hours=1)))
    return alerts, steps


def _fill_sqlite(path: Path, count: int) -> None:
    engine = hub_engine(f"sqlite:///{path}")
    _enrol(engine)
    engine.dispose()
    alerts, steps = _rows(count)
    db = sqlite3.connect(path)
    iso = _sqlite_time
    db.executemany(f"INSERT INTO hub_alerts ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                   [(*row[:2], iso(row[2]), *row[3:17], iso(row[17]), row[18], iso(row[19])) for row in alerts])
    db.executemany("INSERT INTO hub_triage (alert_id, state, outcome, note, officer, at) VALUES (?, ?, ?, '', ?, ?)",
                   [(a, s, o, who, iso(at)) for a, s, o, who, at in steps])
    db.commit()
    db.close()


def _sqlite_time(value: dt.datetime) -> str:
    """How ``UtcDateTime`` stores a time on SQLite (checked against a row the hub wrote, in :func:`run`)."""
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _enrol(engine: Engine) -> None:
    for poe in POES:
        enrol_kiosk(engine, f"{poe}-K1", "XL", poe)


def _fill_postgres(engine: Engine, count: int) -> None:
    _enrol(engine)
    alerts, steps = _rows(count, payload_chars=POSTGRES_PAYLOAD_CHARS)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        with cursor.copy(f"COPY hub_alerts ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for row in alerts:
                copy.write_row(row)
        with cursor.copy("COPY hub_triage (alert_id, state, outcome, note, officer, at) FROM STDIN") as copy:
            for alert_id, state, outcome, officer, at in steps:
                copy.write_row((alert_id, state, outcome, "", officer, at))
        raw.commit()
    finally:
        raw.close()


def _median_ms(work: Callable[[], object]) -> float:
    work()  # warm: statement caches, the pages the query reads
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def _project_work(engine: Engine, floor: int) -> dict[str, Callable[[], object]]:
    """What the console's worker calls, with the attention floor it keeps after its first poll."""
    with engine.connect() as connection:
        known = connection.scalar(select(HubAlert.identifier).where(HubAlert.id == 4242))
    deep = finder.find_page(engine, floor=floor)
    for _ in range(20):  # 2,000 rows down: a key well inside the list
        deep = finder.find_page(engine, after=deep.keys[-1], floor=floor)

    def page(**kwargs: Any) -> Callable[[], object]:
        return lambda: finder.find_page(engine, floor=floor, **kwargs)

    return {
        "open: first page (100 rows, attention first)": page(),
        "open: filter choices (points of entry, protocols)": lambda: finder.filter_choices(engine),
        "filter: one point of entry, open alerts": page(filters=AlertFilter(poe="XL-P07", state="open")),
        "filter: protocol + urgency + last 7 days": page(filters=AlertFilter(
            protocol="CHOLERA", urgency="Expected", received_from=NOW - dt.timedelta(days=7))),
        "filter: reference search, whole identifier": page(filters=AlertFilter(reference=known)),
        "filter: reference search, part of one": page(filters=AlertFilter(reference="0000004242")),
        "page: next 100 after row 2,000": page(after=deep.keys[-1]),
        "each poll: attention floor from the last one": lambda: finder.attention_floor(engine, "actual", floor),
    }


def _row(label: str, name: str, value: float, baseline: float, target: str = TARGET) -> dict[str, Any]:
    return {"name": f"{label} {name}", "value": value, "unit": "ms", "baseline": baseline,
            "ratio": value / baseline if baseline else None, "target": target}


def _measure(label: str, engine: Engine, bare: Callable[[], object]) -> list[dict[str, Any]]:
    """Two states of the hub: as loaded (the last two days not yet answered), then every alert answered
    (nothing needs attention: the attention floor's first walk reads every attention-worthy alert)."""
    baseline = _median_ms(bare)
    rows = [_row(label, "console's first poll: attention floor from 0 (once per console)",
                 _median_ms(lambda: finder.attention_floor(engine, "actual")), baseline),
            _row(label, "escalation count (apart, every 30 s)",
                 _median_ms(lambda: finder.escalated_count(engine, "actual", DEFAULT_RULES, NOW)), baseline)]
    floor = finder.attention_floor(engine, "actual")
    rows += [_row(label, name, _median_ms(work), baseline) for name, work in _project_work(engine, floor).items()]
    _answer_everything(engine)
    rows.append(_row(label, "every alert answered: attention floor from 0 (once per console)",
                     _median_ms(lambda: finder.attention_floor(engine, "actual")), baseline))
    floor = finder.attention_floor(engine, "actual")
    rows.append(_row(label, "every alert answered: first page", _median_ms(
        lambda: finder.find_page(engine, floor=floor)), baseline))
    rows.append(_row(label, "every alert answered: first page without the floor", _median_ms(
        lambda: finder.find_page(engine)), baseline))
    return rows


def _answer_everything(engine: Engine) -> None:
    """Acknowledge every alert still new (a well-kept hub: nothing waits for attention, so the first page's
    attention walk finds nothing and reads every attention-worthy alert to be sure)."""
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO hub_triage (alert_id, state, outcome, note, officer, at) "
            "SELECT id, 'acknowledged', '', '', 'Bench Officer', received_at FROM hub_alerts a "
            "WHERE NOT EXISTS (SELECT 1 FROM hub_triage t WHERE t.alert_id = a.id)")
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE hub_triage")
            connection.exec_driver_sql("VACUUM ANALYZE hub_waiting")


_BARE = "SELECT id, received_at, poe, protocol, urgency, severity FROM hub_alerts WHERE status = 'Actual' " \
        "ORDER BY received_at DESC LIMIT 100"


def _sqlite_rows(folder: Path) -> list[dict[str, Any]]:
    path = folder / "hub.sqlite"
    _fill_sqlite(path, SQLITE_ALERTS)
    engine = hub_engine(f"sqlite:///{path}")
    finder.ensure_indexes(engine)
    _check_times(engine)
    bare_db = sqlite3.connect(path)
    try:
        return _measure(f"SQLite {SQLITE_ALERTS:,}:", engine, lambda: bare_db.execute(_BARE).fetchall())
    finally:
        bare_db.close()
        engine.dispose()


def _check_times(engine: Engine) -> None:
    """The bulk rows must read back as the hub's own (a wrong time format would make every figure a lie)."""
    page = finder.find_page(engine, limit=1)
    if not page.rows or page.rows[0].received_at.tzinfo is None:
        raise RuntimeError("bulk-loaded rows do not read back as hub rows")


def _postgres_rows() -> list[dict[str, Any]]:
    from kiosk.store.db import scratch_schema

    with scratch_schema(POSTGRES_URL, "poe_bench") as url:
        engine = hub_engine(url)
        try:
            _fill_postgres(engine, POSTGRES_ALERTS)
            finder.ensure_indexes(engine)
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("VACUUM ANALYZE hub_alerts")  # the visibility map: index-only scans
                connection.exec_driver_sql("VACUUM ANALYZE hub_triage")
                connection.exec_driver_sql("VACUUM ANALYZE hub_waiting")
            _check_times(engine)
            bare = engine.raw_connection()  # the driver's own connection (psycopg), in the scratch schema
            try:
                cursor = bare.cursor()
                return _measure(f"PostgreSQL {POSTGRES_ALERTS:,}:", engine,
                                lambda: cursor.execute(_BARE).fetchall())
            finally:
                bare.close()
        finally:
            engine.dispose()


def _postgres_reachable() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
    except OSError:
        return False
    return True


def run() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        rows = _sqlite_rows(Path(tmp))
    if os.environ.get("POE_BENCH_NO_POSTGRES"):
        rows.append({"name": "PostgreSQL 1,000,000: SKIPPED (POE_BENCH_NO_POSTGRES set)", "value": None,
                     "target": TARGET})
    elif not _postgres_reachable():
        rows.append({"name": "PostgreSQL 1,000,000: SKIPPED (127.0.0.1:5432 unreachable)", "value": None,
                     "target": TARGET})
    else:
        rows += _postgres_rows()
    return rows
