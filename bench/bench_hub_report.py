"""The hub's 90-day report over 100,000 alerts vs the bare SQL ``GROUP BY`` that counts the same.

A hub database (SQLite file, WAL; and PostgreSQL at 127.0.0.1:5432 when reachable) holds 100,000
Actual alerts received over the last 90 days at 8 points of entry (6 protocols, 3 urgencies; each row
carries a real 1.9 kB CAP payload, as ingest stores it), 60 % of them triaged (1–3 steps each, 20 %
closed with an outcome), plus 1,000 exercise alerts. Rows are inserted directly (what ingest would have
written), then ``ANALYZE`` gives the planner the statistics a live hub has (without them PostgreSQL
joined the latest triage steps by nested loop: minutes); the clock is today.

* **project**: ``kiosk.hub.poe_report.build_report`` for the last 90 days as the console reads it: the
  per-day figures by point of entry, protocol, urgency and triage outcome, the newest 500 alerts of the
  line list and the exercise/test counts beside them (best of 5).
* **baseline**: the same figures from the bare driver (``sqlite3`` / ``psycopg``) running the same
  grouped query written by hand (latest triage step joined, one ``GROUP BY``), rows fetched (best of 5).
* a second row times the JSON export with the whole line list (100,000 alerts), reported.

Target (issue 14): the 90-day report under 1 s. ``python -m bench.bench_hub_report --no-postgres``
skips PostgreSQL; ``--alerts N`` changes the count; ``POE_BENCH_POSTGRES`` names the server.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert

from kiosk.hub.models import HubAlert, HubTriage, hub_engine
from kiosk.hub.poe_report import build_report, last_days
from kiosk.hub.poe_report_files import report_json

ALERTS = 100_000
DAYS = 90
REPEATS = 5
POSTGRES_URL = os.environ.get("POE_BENCH_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
POES = [f"XL-P{n:02d}" for n in range(8)]
PROTOCOLS = ["EVD", "MVD", "CHOLERA", "MEASLES", "MPOX", "RESP"]
URGENCIES = ["Immediate", "Expected", "Future"]
OUTCOMES = ["confirmed_case", "ruled_out", "lost_to_follow_up", "duplicate"]

BARE_SQL = """
SELECT {day} AS day, a.poe, a.protocol, a.urgency, COALESCE(t.state, 'new') AS state,
       COALESCE(t.outcome, '') AS outcome, COUNT(*)
FROM hub_alerts a
LEFT JOIN (SELECT alert_id, MAX(id) AS step_id FROM hub_triage GROUP BY alert_id) l ON l.alert_id = a.id
LEFT JOIN hub_triage t ON t.id = l.step_id
WHERE a.status = 'Actual' AND a.msg_type = 'Alert' AND a.received_at >= {p} AND a.received_at < {p}
GROUP BY 1, 2, 3, 4, 5, 6
"""
DAY_SQL = {"sqlite": "substr(a.received_at, 1, 10)",
           "postgresql": "to_char(timezone('UTC', a.received_at), 'YYYY-MM-DD')"}


def _payload() -> str:
    from ui.hub.demo import DemoAlert, cap_message  # a real kiosk CAP message (Qt-free module)

    return cap_message(DemoAlert("XL-AIR-01", "EVD"), dt.datetime.now(dt.UTC))[1].decode("utf-8")


def fill(engine: Engine, count: int, now: dt.datetime) -> None:
    """``count`` Actual alerts over the last :data:`DAYS` days, 60 % triaged, and 1 % exercises."""
    rng = random.Random(14)
    payload = _payload()
    span = DAYS * 86400 - 60
    start = dt.datetime.combine(now.date() - dt.timedelta(days=DAYS - 1), dt.time(), dt.UTC)
    latest = min(now, start + dt.timedelta(seconds=span))
    rows = []
    for n in range(count + count // 100):
        received = start + dt.timedelta(seconds=rng.randrange(int((latest - start).total_seconds())))
        poe = rng.choice(POES)
        rows.append({"sender": f"{poe}-K1", "identifier": f"{poe}-BENCH{n:09d}", "sent": received,
                     "status": "Actual" if n < count else "Exercise", "msg_type": "Alert", "exercise_id": None,
                     "country": "XL", "poe": poe, "kiosk_id": f"{poe}-K1", "topic": f"poe/v1/XL/{poe}/{poe}-K1/alert",
                     "event": "Suspected disease – traveller", "urgency": rng.choice(URGENCIES),
                     "severity": "Severe", "certainty": "Possible", "protocol": rng.choice(PROTOCOLS), "risk": "high",
                     "disposition": "isolate", "payload": payload, "received_at": received, "cap_status": None,
                     "markers": None, "flagged_at": received - dt.timedelta(seconds=5), "ref_sender": None,
                     "ref_identifier": None})
    with engine.begin() as connection:
        for chunk in range(0, len(rows), 5000):
            connection.execute(insert(HubAlert), rows[chunk:chunk + 5000])
        steps = []
        for alert_id in range(1, count + 1):
            roll = rng.random()
            if roll < 0.6:
                states = ["acknowledged", "investigating", "closed"][:1 + int(roll * 5) % 3]
                for state in states:
                    outcome = rng.choice(OUTCOMES) if state == "closed" else ""
                    steps.append({"alert_id": alert_id, "state": state, "outcome": outcome, "note": "",
                                  "officer": "Bench", "at": now})
        for chunk in range(0, len(steps), 5000):
            connection.execute(insert(HubTriage), steps[chunk:chunk + 5000])
    with engine.connect() as connection:  # statistics, as a live hub has them (PostgreSQL's autovacuum)
        connection.exec_driver_sql("ANALYZE")
        connection.commit()


def _best(function: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(REPEATS):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result


def _bare(engine: Engine, period: Any) -> tuple[Callable[[], list[Any]], Callable[[], None]]:
    """The bare driver running the hand-written query (timestamps bound as the column stores them), and
    how to close its connection (an open PostgreSQL transaction would block dropping the schema)."""
    if engine.dialect.name == "sqlite":
        import sqlite3

        connection = sqlite3.connect(engine.url.database)
        sql = BARE_SQL.format(day=DAY_SQL["sqlite"], p="?")
        bounds = (period.start.strftime("%Y-%m-%d %H:%M:%S.%f"), period.end.strftime("%Y-%m-%d %H:%M:%S.%f"))
        return lambda: connection.execute(sql, bounds).fetchall(), connection.close
    raw = engine.raw_connection()  # a psycopg connection of the same server and schema, used bare
    raw.dbapi_connection.autocommit = True
    sql = BARE_SQL.format(day=DAY_SQL["postgresql"], p="%s")

    def query() -> list[Any]:
        with raw.dbapi_connection.cursor() as cursor:
            cursor.execute(sql, (period.start, period.end))
            return cursor.fetchall()

    return query, raw.close


def measure(engine: Engine, label: str, count: int) -> list[dict[str, Any]]:
    now = dt.datetime.now(dt.UTC)
    started = time.perf_counter()
    fill(engine, count, now)
    filled = time.perf_counter() - started
    period = last_days(DAYS)
    value, report = _best(lambda: build_report(engine, period))
    bare, close = _bare(engine, period)
    try:
        baseline, bare_rows = _best(bare)
    finally:
        close()
    if report.total != count or sum(row[-1] for row in bare_rows) != count:
        raise RuntimeError(f"{label}: counted {report.total} (bare {sum(r[-1] for r in bare_rows)}), stored {count}")
    full, _ = _best(lambda: json.dumps(report_json(build_report(engine, period, line_list_limit=None))))
    return [
        {"name": f"90-day report, {count:,} alerts ({label})", "value": value * 1000, "unit": "ms",
         "baseline": baseline * 1000, "ratio": value / baseline, "target": "< 1000 ms",
         "filled_s": round(filled, 1), "figure_rows": len(report.figures)},
        {"name": f"90-day JSON export with the whole line list ({label})", "value": full * 1000, "unit": "ms",
         "baseline": None, "ratio": None, "target": "reported"},
    ]


def _postgres_reachable() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
    except OSError:
        return False
    return True


def run(count: int = ALERTS, postgres: bool | None = None) -> list[dict[str, Any]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        engine = hub_engine(f"sqlite:///{Path(tmp) / 'hub.sqlite'}")
        try:
            rows += measure(engine, "SQLite", count)
        finally:
            engine.dispose()
    if postgres is False:
        return rows
    if not _postgres_reachable():
        rows.append({"name": "90-day report on PostgreSQL: SKIPPED (127.0.0.1:5432 unreachable)", "value": None,
                     "unit": "", "baseline": None, "ratio": None, "target": "< 1000 ms"})
        return rows
    from kiosk.store.db import scratch_schema

    with scratch_schema(POSTGRES_URL, "poe_bench_report") as url:
        engine = hub_engine(url)
        try:
            rows += measure(engine, "PostgreSQL", count)
        finally:
            engine.dispose()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_hub_report")
    parser.add_argument("--alerts", type=int, default=ALERTS)
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    args = parser.parse_args(argv)
    for row in run(args.alerts, postgres=False if args.no_postgres else None):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
