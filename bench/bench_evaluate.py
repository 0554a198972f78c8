"""Records evaluated per second against every shipped protocol, beside the bare record parser.

The mix resembles a busy arrival hall: most travellers are well and come from unaffected countries; some
come through affected areas or yellow-fever/polio countries; a few have fever or symptoms. The baseline
is :func:`kiosk.records.parse_record` on the same records (the validation every record goes through
anyway), so the ratio says how much the protocols cost next to it. Target: ≥ 20,000 records/s, one core.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from typing import Any

from kiosk.protocols import evaluate, load_catalog, load_situation
from kiosk.records import parse_record

N = 5_000
REPEATS = 5
TARGET = 20_000
ARRIVAL = dt.date(2026, 11, 29)
QUIET = ["FR", "DE", "US", "GB", "MA", "SN", "KE", "IN", "AE", "ZA"]
FLAGGED = ["GN", "RW", "HT", "CN", "NG", "BR", "AF", "PK"]


def _record(rng: random.Random) -> dict[str, Any]:
    def before(low: int, high: int) -> str:
        return (ARRIVAL - dt.timedelta(days=rng.randint(low, high))).isoformat()

    countries = rng.sample(FLAGGED if rng.random() < 0.2 else QUIET, rng.randint(1, 3))
    record: dict[str, Any] = {
        "arrival_date": ARRIVAL.isoformat(),
        "age_years": rng.randint(0, 90),
        "temperature_c": round(rng.gauss(36.9, 0.6), 1),
        "itinerary": [{"country": c, "left": before(0, 30)} for c in countries],
    }
    if rng.random() < 0.15:
        record["symptoms"] = rng.sample(["cough", "headache", "vomiting", "maculopapular_rash", "coryza",
                                         "watery_diarrhoea", "vesicular_rash", "weakness"], rng.randint(1, 3))
    if rng.random() < 0.03:
        record["exposures"] = [rng.choice(["close_contact_case", "same_flight_symptomatic", "contact_measles_case"])]
    if rng.random() < 0.5:
        record["vaccinations"] = [{"vaccine": rng.choice(["yellow_fever", "polio"]), "date": before(0, 4000)}]
    record["temperature_c"] = min(max(record["temperature_c"], 30.0), 45.0)
    return record


def _rate(work: Callable[[], None]) -> float:
    best = min(_timed(work) for _ in range(REPEATS))
    return N / best


def _timed(work: Callable[[], None]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def run() -> list[dict[str, Any]]:
    rng = random.Random(2026)
    raw = [_record(rng) for _ in range(N)]
    records = [parse_record(r) for r in raw]
    catalog, situation = load_catalog(), load_situation()

    def parse_only() -> None:
        for r in raw:
            parse_record(r)

    def evaluate_only() -> None:
        for r in records:
            evaluate(r, catalog, situation)

    def parse_and_evaluate() -> None:
        for r in raw:
            evaluate(parse_record(r), catalog, situation)

    parse_rate = _rate(parse_only)
    rows = []
    for name, work in (("evaluate: all protocols", evaluate_only), ("parse + evaluate", parse_and_evaluate)):
        rate = _rate(work)
        rows.append({"name": f"{name} ({len(catalog)} protocols)", "value": rate, "unit": "records/s",
                     "baseline": parse_rate, "ratio": rate / parse_rate, "target": f">= {TARGET:,} records/s"})
    return rows
