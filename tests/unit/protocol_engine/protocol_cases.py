"""Dates and the test situation shared by the protocol tests (imported by name: no package here)."""

from __future__ import annotations

import datetime as dt
from typing import Any

ARRIVAL = dt.date(2026, 11, 29)

SITUATION: dict[str, Any] = {
    "version": "test.1",
    "issued": "2026-11-29",
    "events": [
        {"protocol": "EVD", "areas": ["GN"], "since": "2026-09-01", "ended": None},
        {"protocol": "MVD", "areas": ["RW"], "since": "2026-06-01", "ended": "2026-10-01"},
        {"protocol": "CHOLERA", "areas": ["HT"], "since": "2026-05-01", "ended": None},
        {"protocol": "RESP", "areas": ["CN"], "since": "2026-10-01", "ended": None},
    ],
    "certificates": {
        "yellow_fever": {"required_from": ["NG", "CD", "AO", "BR"], "min_age_years": 1},
        "polio": {"required_from": ["AF", "PK"], "max_dose_age_days": 365},
    },
}


def days_before(n: int, day: dt.date = ARRIVAL) -> str:
    return (day - dt.timedelta(days=n)).isoformat()
