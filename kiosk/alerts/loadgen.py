"""Synthetic alert-raising screenings through the real service layer (``poe-kiosk loadgen``, tests, bench)."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from kiosk.screening import Decision, ScreeningService

SYNTHETIC_OFFICER = "LOADGEN"


def synthetic_record(arrival: dt.date) -> dict[str, Any]:
    """A febrile traveller who left an EVD-affected country of the demo situation 4 days ago."""
    return {
        "arrival_date": arrival.isoformat(),
        "age_years": 34,
        "temperature_c": 38.6,
        "symptoms": ["fever", "headache"],
        "symptom_onset": (arrival - dt.timedelta(days=2)).isoformat(),
        "itinerary": [{"country": "GN", "left": (arrival - dt.timedelta(days=4)).isoformat()}],
        "conveyance": {"type": "land"},
    }


def complete_alerts(service: ScreeningService, count: int, *, sop_id: str = "loadgen",
                    sop_version: str = "1") -> list[str]:
    """Start and complete ``count`` screenings that raise an alert; returns their alert identifiers."""
    identifiers = []
    record = synthetic_record(service.clock.today())
    for _ in range(count):
        encounter_id = service.start(officer_id=None, sop_id=sop_id, sop_version=sop_version)
        done = service.complete(encounter_id, record, Decision(officer_id=SYNTHETIC_OFFICER))
        if done.alert_identifier is None:
            raise RuntimeError("the synthetic screening raised no alert under the rules in force")
        identifiers.append(done.alert_identifier)
    return identifiers


def timed(function: Any, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start
