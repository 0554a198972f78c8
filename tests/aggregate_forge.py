"""Encounters for the daily-aggregate tests, and their counts computed independently of ``kiosk.aggregates``
(plain loops over what the test made, not the module's tally)."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from typing import Any

from kiosk.store import Store
from kiosk.store import models as m

SEXES = ("female", "male", "other", "")
NATIONALITIES = ("FRA", "COD", "GIN", "")
PROTOCOLS = ("EVD", "MPX", "YF", None)
DISPOSITIONS = ("clear", "advise", "monitor", "refer", "isolate")


@dataclass(frozen=True)
class Made:
    kiosk_id: str
    mode: str
    status: str
    completed_at: dt.datetime | None
    sex: str
    nationality: str
    age: float | None
    protocol: str | None
    recommended: str
    disposition: str


def make_encounters(store: Store, site: Any, day: dt.date, count: int, *, seed: int = 7,
                    kiosk_ids: tuple[str, ...] = ("XL-LND-01-K1",)) -> list[Made]:
    """``count`` encounters around ``day`` (the day before and after too), of several kiosks, modes and
    statuses, written as rows (the screening service's own tests cover how they come to be)."""
    rng = random.Random(seed)
    made = []
    with store.transaction() as session:
        if session.get(m.Site, site.id) is None:
            session.add(m.Site(id=site.id, name=site.name, kind=site.kind, country=site.country,
                               created_at=dt.datetime.combine(day, dt.time(), dt.UTC)))
            session.flush()
        for _ in range(count):
            when = dt.datetime.combine(day, dt.time(), dt.UTC) + dt.timedelta(minutes=rng.randrange(-300, 1740))
            status = rng.choice(("completed",) * 6 + ("draft", "closed_in_secondary", "abandoned"))
            mode = rng.choice(("actual",) * 4 + ("exercise", "test"))
            age = rng.choice((None, 0.5, 4.99, 5, 14.9, 15, 24, 25, 44, 45, 64.9, 65, 90))
            protocol = rng.choice(PROTOCOLS)
            recommended = "clear" if protocol is None else rng.choice(DISPOSITIONS)
            disposition = rng.choice((recommended, *DISPOSITIONS))
            item = Made(rng.choice(kiosk_ids), mode, status, when if status == "completed" else None,
                        rng.choice(SEXES), rng.choice(NATIONALITIES), age, protocol, recommended, disposition)
            traveller = {key: value for key, value in (("sex", item.sex), ("nationality", item.nationality)) if value}
            record: dict[str, Any] = {"arrival_date": when.date().isoformat()}
            if age is not None:
                record["age_years"] = age
            if traveller:
                record["traveller"] = traveller
            session.add(m.Encounter(
                id=str(uuid.uuid4()), site_id=site.id, kiosk_id=item.kiosk_id, stage="primary", sop_id="t",
                sop_version="1", status=status, record=record, evaluation={}, recommended_disposition=recommended,
                leading_protocol=protocol or "", disposition=disposition, mode=mode,
                exercise_id="EX-1" if mode == "exercise" else None, started_at=when, updated_at=when,
                completed_at=item.completed_at))
            made.append(item)
    return made


def band(age: float | None) -> str:
    if age is None:
        return "unknown"
    for low, high, name in ((0, 5, "0-4"), (5, 15, "5-14"), (15, 25, "15-24"), (25, 45, "25-44"), (45, 65, "45-64")):
        if low <= age < high:
            return name
    return "65+"


def expected_counts(made: list[Made], kiosk_id: str, day: dt.date, *, real: bool = True) -> dict[str, Any]:
    """Totals and breakdowns of the completed screenings of ``kiosk_id`` on ``day`` (real or not)."""
    chosen = [e for e in made if e.kiosk_id == kiosk_id and e.status == "completed"
              and e.completed_at is not None and e.completed_at.date() == day and (e.mode == "actual") == real]

    def measures(items: list[Made]) -> dict[str, int]:
        return {"screened": len(items), "flagged": sum(e.recommended != "clear" for e in items),
                "referred": sum(e.disposition == "refer" for e in items),
                "isolated": sum(e.disposition == "isolate" for e in items)}

    def by(key: Any) -> dict[str, dict[str, int]]:
        keys = sorted({key(e) for e in chosen})
        return {k: measures([e for e in chosen if key(e) == k]) for k in keys}

    return {"totals": measures(chosen), "by_protocol": by(lambda e: e.protocol or "none"),
            "by_sex": by(lambda e: e.sex or "unknown"), "by_age_band": by(lambda e: band(e.age)),
            "by_nationality": by(lambda e: e.nationality or "unknown")}
