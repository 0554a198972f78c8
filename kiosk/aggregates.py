"""Daily aggregates: what this kiosk screened on each UTC day, counted, and sent to the hub over the outbox.

The hub knows the travellers who raised an alert; these counts give it the denominators (how many were
screened per point of entry and day, what IHR reporting and DHIS2's PoE package ask for) and tell it which
points of entry did not report. Counts only, never a person: no reference, no name, no document.

Counted: the screenings completed on the day (``completed_at`` in that UTC day), one per traveller (a
primary screening closed by a secondary one is counted once, as the secondary). Real screenings
(``mode = "actual"``) make the counts; exercise and test screenings are counted apart, under
``exercise``, and never added to them (``kiosk.exercises``).

Each day goes out once per revision: it is sent again, as the next revision, only when its counts
changed (e.g. today sent on demand in the afternoon, then the whole day after midnight); the hub keeps
the highest revision of each kiosk and day. The message (schema :data:`SCHEMA`)::

    {"schema": "poe-daily-aggregate/1", "id": "AGG-K1-20261207-2", "kiosk_id": "K1", "poe": "XL-LND-01",
     "country": "XL", "day": "2026-12-07", "revision": 2, "sent": "2026-12-08T00:10:00Z",
     "counts": {"totals": {"screened": 40, "flagged": 3, "referred": 1, "isolated": 0},
                "by_protocol": {"none": {...}, "EVD": {...}}, "by_sex": {...}, "by_age_band": {...},
                "by_nationality": {...}},
     "exercise": {"screened": 5, "flagged": 2, "referred": 0, "isolated": 1}}

Every breakdown has the four counts per key, and each breakdown's counts add up to the totals (a
screening without a protocol, sex, age or nationality is counted under ``none`` or ``unknown``).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from kiosk.clock import Clock
from kiosk.errors import InputError
from kiosk.store import Store
from kiosk.store import models as m

log = logging.getLogger(__name__)

SCHEMA = "poe-daily-aggregate/1"
KIND = "aggregates"
MEASURES = ("screened", "flagged", "referred", "isolated")
BREAKDOWNS = ("by_protocol", "by_sex", "by_age_band", "by_nationality")
AGE_BANDS = ("0-4", "5-14", "15-24", "25-44", "45-64", "65+")
_BAND_STARTS = (0, 5, 15, 25, 45, 65)
UNKNOWN = "unknown"
NO_PROTOCOL = "none"
CATCH_UP_DAYS = 7
"""The daily run sends every finished day of this many past days whose counts were never sent or changed."""


def age_band(age: float | None) -> str:
    """``0-4`` … ``65+`` for an age in years (whole years: 4.9 is ``0-4``); ``unknown`` without one."""
    if age is None or age < 0:
        return UNKNOWN
    band = AGE_BANDS[0]
    for start, name in zip(_BAND_STARTS, AGE_BANDS, strict=True):
        if int(age) >= start:
            band = name
    return band


@dataclass(frozen=True)
class _Screening:
    """What one completed screening contributes to the counts."""

    protocol: str
    sex: str
    age_band: str
    nationality: str
    flagged: bool
    disposition: str

    def measures(self) -> dict[str, int]:
        return {"screened": 1, "flagged": int(self.flagged), "referred": int(self.disposition == "refer"),
                "isolated": int(self.disposition == "isolate")}


def _screening(record: Mapping[str, Any] | None, protocol: str | None, recommended: str | None,
               disposition: str | None) -> _Screening:
    """The same definitions as the home screen's counts (``ScreeningService.today``): flagged = a
    recommendation other than ``clear``; referred / isolated = the officer's disposition."""
    from kiosk.records import parse_record

    record = record or {}
    traveller = record.get("traveller") or {}
    try:
        age = parse_record(record).age()
    except Exception:  # a record an older version stored: its age is then not known
        age = record.get("age_years") if isinstance(record.get("age_years"), int | float) else None
    return _Screening(protocol=protocol or NO_PROTOCOL, sex=traveller.get("sex") or UNKNOWN, age_band=age_band(age),
                      nationality=traveller.get("nationality") or UNKNOWN,
                      flagged=(recommended or "clear") != "clear", disposition=disposition or "")


def empty_measures() -> dict[str, int]:
    return dict.fromkeys(MEASURES, 0)


def tally(screenings: Iterable[_Screening]) -> dict[str, Any]:
    """The ``counts`` object of a message: totals and the four breakdowns (keys sorted)."""
    totals: Counter[str] = Counter()
    parts: dict[str, dict[str, Counter[str]]] = {name: {} for name in BREAKDOWNS}
    for screening in screenings:
        measures = screening.measures()
        totals.update(measures)
        keys = {"by_protocol": screening.protocol, "by_sex": screening.sex, "by_age_band": screening.age_band,
                "by_nationality": screening.nationality}
        for name, key in keys.items():
            parts[name].setdefault(key, Counter()).update(measures)
    out: dict[str, Any] = {"totals": {k: totals[k] for k in MEASURES}}
    for name in BREAKDOWNS:
        out[name] = {key: {k: counter[k] for k in MEASURES} for key, counter in sorted(parts[name].items())}
    return out


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time(), dt.UTC)
    return start, start + dt.timedelta(days=1)


def count_day(connection: Connection, kiosk_id: str, day: dt.date) -> tuple[dict[str, Any], dict[str, int]]:
    """``(counts of real screenings, totals of exercise and test screenings)`` of ``kiosk_id`` on ``day``."""
    en = m.Encounter
    start, end = day_bounds(day)
    rows = connection.execute(
        select(en.mode, en.record, en.leading_protocol, en.recommended_disposition, en.disposition)
        .where(en.kiosk_id == kiosk_id, en.status == "completed", en.completed_at >= start, en.completed_at < end))
    real, practice = [], Counter[str]()
    for row in rows:
        screening = _screening(row.record, row.leading_protocol, row.recommended_disposition, row.disposition)
        if row.mode == "actual":
            real.append(screening)
        else:
            practice.update(screening.measures())
    return tally(real), {k: practice[k] for k in MEASURES}


def aggregate_identifier(kiosk_id: str, day: dt.date, revision: int) -> str:
    return f"AGG-{kiosk_id}-{day:%Y%m%d}-{revision}"


def build_message(*, identifier: str, context: Any, day: dt.date, revision: int, sent: dt.datetime,
                  counts: Mapping[str, Any], exercise: Mapping[str, int]) -> bytes:
    from kiosk.alerts.outbox import iso_utc

    message = {"schema": SCHEMA, "id": identifier, "kiosk_id": context.kiosk_id, "poe": context.site.id,
               "country": context.site.country, "day": day.isoformat(), "revision": revision, "sent": iso_utc(sent),
               "counts": counts, "exercise": exercise}
    return json.dumps(message, sort_keys=True, separators=(",", ":")).encode()


@dataclass(frozen=True)
class SendResult:
    """What :func:`send_day` did for one day: ``sent`` a new revision, or found it ``unchanged``."""

    day: dt.date
    revision: int
    identifier: str
    sent: bool
    screened: int

    def to_json(self) -> dict[str, Any]:
        return {"day": self.day.isoformat(), "revision": self.revision, "identifier": self.identifier,
                "sent": self.sent, "screened": self.screened}


def send_day(store: Store, clock: Clock, context: Any, day: dt.date) -> SendResult:
    """Count ``day`` and put its aggregate in the outbox unless the last revision sent has the same counts.

    One transaction: the revision row and its outbox row together (the primary key makes a revision
    sent once even when two runs race). A day after today (UTC) is refused: it has nothing to count yet.
    """
    from kiosk.alerts.outbox import enqueue_report

    if day > clock.now().astimezone(dt.UTC).date():
        raise InputError("day", f"{day.isoformat()} is after today (UTC): there is nothing to count yet")
    agg = m.DailyAggregate
    with store.connection() as connection:
        counts, exercise = count_day(connection, context.kiosk_id, day)
        last = connection.execute(select(agg.revision, agg.identifier, agg.counts)
                                  .where(agg.kiosk_id == context.kiosk_id, agg.day == day)
                                  .order_by(agg.revision.desc()).limit(1)).first()
        content = {"counts": counts, "exercise": exercise}
        screened = counts["totals"]["screened"]
        if last is not None and last.counts == content:
            return SendResult(day, last.revision, last.identifier, False, screened)
        revision = (last.revision if last else 0) + 1
        identifier = aggregate_identifier(context.kiosk_id, day, revision)
        now = clock.now()
        connection.execute(agg.__table__.insert(), {"kiosk_id": context.kiosk_id, "day": day, "revision": revision,
                                                    "identifier": identifier, "counts": content, "created_at": now})
        enqueue_report(connection, kind=KIND, identifier=identifier, context=context, now=now,
                       payload=build_message(identifier=identifier, context=context, day=day, revision=revision,
                                             sent=now, counts=counts, exercise=exercise))
    _wake()
    log.info("daily aggregate of %s revision %d queued (%d screened)", day, revision, screened)
    return SendResult(day, revision, identifier, True, screened)


def send_due(store: Store, clock: Clock, context: Any, *, days: int = CATCH_UP_DAYS) -> list[SendResult]:
    """The daily run: every finished UTC day of the last ``days`` (yesterday and before) that was
    never sent, or whose counts changed since, from the first day this kiosk screened on."""
    today = clock.now().astimezone(dt.UTC).date()
    with store.reading() as session:
        first = session.scalar(select(func.min(m.Encounter.completed_at))
                               .where(m.Encounter.kiosk_id == context.kiosk_id))
    yesterday = today - dt.timedelta(days=1)
    start = max(first.astimezone(dt.UTC).date() if first else yesterday, today - dt.timedelta(days=days))
    start = min(start, yesterday)  # a day with nothing screened is reported too (zero), not left missing
    return [send_day(store, clock, context, start + dt.timedelta(days=i)) for i in range((today - start).days)]


def _wake() -> None:
    from kiosk.alerts.outbox import notify_enqueued

    notify_enqueued()
