"""Daily aggregates at the hub: each kiosk's counts per UTC day, validated, stored once per (kiosk, day),
and the enrolled points of entry that did not report a day.

The message format is the kiosk's (``kiosk.aggregates``, schema ``poe-daily-aggregate/1``). A message
the hub cannot take is refused with a reason naming what is wrong (:class:`RejectedMessage`, into the
quarantine); the sender is checked like an alert's (the topic's kiosk, its enrolment at that country
and point of entry, by the ingest). Storage keeps the highest revision of each kiosk and day: the same
revision again (a re-send, a re-delivery) changes nothing, a higher one replaces it (a corrected day),
a lower one arriving late is ignored. Exercise counts are kept in columns of their own, never added to
the real ones.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Date, Engine, Index, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.aggregates import BREAKDOWNS, MEASURES, SCHEMA
from kiosk.hub.models import _ID, HubBase, HubEnrolment, conflict_insert

MAX_AGGREGATE_BYTES = 32 * 1024
"""A day of a busy kiosk with 200 nationalities is ~15 KB; larger is refused."""
MAX_KEYS = 300
"""Keys of one breakdown (there are ~250 nationalities)."""
MAX_COUNT = 1_000_000
"""A count above this for one kiosk and day is not plausible."""
SENT_FUTURE = dt.timedelta(minutes=15)
_KEY = re.compile(r"^[A-Za-z0-9+._-]{1,40}$")
_IDENTIFIER = re.compile(r"^[A-Za-z0-9._-]{1,120}$")
_FIELDS = {"schema", "id", "kiosk_id", "poe", "country", "day", "revision", "sent", "counts", "exercise"}


class HubDailyAggregate(HubBase):
    """The latest revision of one kiosk's counts for one UTC day."""

    __tablename__ = "hub_daily_aggregates"
    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    kiosk_id: Mapped[str] = mapped_column(String(120))
    day: Mapped[dt.date] = mapped_column(Date)
    country: Mapped[str] = mapped_column(String(8))
    poe: Mapped[str] = mapped_column(String(60))
    revision: Mapped[int] = mapped_column(Integer)
    identifier: Mapped[str] = mapped_column(String(120))
    sent: Mapped[dt.datetime]
    received_at: Mapped[dt.datetime]
    screened: Mapped[int] = mapped_column(Integer)
    flagged: Mapped[int] = mapped_column(Integer)
    referred: Mapped[int] = mapped_column(Integer)
    isolated: Mapped[int] = mapped_column(Integer)
    exercise_screened: Mapped[int] = mapped_column(Integer, default=0)
    """Exercise and test screenings of the day: kept apart, never counted as real."""
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)
    """The message's ``counts`` (totals and breakdowns by protocol, sex, age band and nationality)."""
    exercise: Mapped[dict[str, Any]] = mapped_column(JSON)
    payload: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("kiosk_id", "day", name="uq_hub_daily_aggregates_kiosk_day"),
                      Index("ix_hub_daily_aggregates_day_poe", "day", "country", "poe"))


class AggregateError(ValueError):
    """An aggregate message the hub refuses; the text names what is wrong."""


@dataclass(frozen=True)
class Aggregate:
    """A parsed, valid aggregate message."""

    identifier: str
    kiosk_id: str
    poe: str
    country: str
    day: dt.date
    revision: int
    sent: dt.datetime
    sent_text: str
    counts: dict[str, Any]
    exercise: dict[str, int]


def _measures(value: Any, where: str) -> dict[str, int]:
    if not isinstance(value, dict):
        raise AggregateError(f"{where} must be an object of {', '.join(MEASURES)}")
    if set(value) != set(MEASURES):
        missing, extra = sorted(set(MEASURES) - set(value)), sorted(set(value) - set(MEASURES))
        raise AggregateError(f"{where} must have exactly {', '.join(MEASURES)}"
                             + (f" (missing {', '.join(missing)})" if missing else "")
                             + (f" (unexpected {', '.join(map(str, extra))[:80]})" if extra else ""))
    for name in MEASURES:
        count = value[name]
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
            raise AggregateError(f"{where}.{name} must be a whole number from 0 to {MAX_COUNT}")
    if not value["flagged"] <= value["screened"] or value["referred"] + value["isolated"] > value["screened"]:
        raise AggregateError(f"{where}: flagged, referred and isolated cannot exceed screened")
    return {name: value[name] for name in MEASURES}


def _counts(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != {"totals", *BREAKDOWNS}:
        raise AggregateError(f"counts must be an object with totals, {', '.join(BREAKDOWNS)}")
    totals = _measures(value["totals"], "counts.totals")
    out: dict[str, Any] = {"totals": totals}
    for name in BREAKDOWNS:
        part = value[name]
        if not isinstance(part, dict) or len(part) > MAX_KEYS:
            raise AggregateError(f"counts.{name} must be an object of at most {MAX_KEYS} keys")
        sums = dict.fromkeys(MEASURES, 0)
        for key, measures in part.items():
            if not _KEY.match(key):
                raise AggregateError(f"counts.{name} key {key[:40]!r} is not a code (letters, digits, + . _ -)")
            checked = _measures(measures, f"counts.{name}.{key}")
            for measure in MEASURES:
                sums[measure] += checked[measure]
        if sums != totals:
            raise AggregateError(f"counts.{name} adds up to {sums['screened']} screened, not the totals' "
                                 f"{totals['screened']}" if sums["screened"] != totals["screened"] else
                                 f"counts.{name} does not add up to the totals")
        out[name] = {key: dict(measures) for key, measures in sorted(part.items())}
    return out


def _text(data: Mapping[str, Any], name: str, pattern: re.Pattern[str] = _IDENTIFIER) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not pattern.match(value):
        raise AggregateError(f"{name} must be an identifier (letters, digits, . _ -; at most 120)")
    return value


def parse_aggregate(payload: bytes, *, received_at: dt.datetime) -> Aggregate:
    """The aggregate of one message, or :class:`AggregateError` naming what is wrong."""
    if len(payload) > MAX_AGGREGATE_BYTES:
        raise AggregateError(f"{len(payload)} bytes, over the limit of {MAX_AGGREGATE_BYTES} for an aggregate")
    try:
        data = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        raise AggregateError("not JSON") from None
    if not isinstance(data, dict):
        raise AggregateError("must be a JSON object")
    if data.get("schema") != SCHEMA:
        raise AggregateError(f"schema {str(data.get('schema'))[:40]!r} is not {SCHEMA!r}")
    if extra := sorted(set(data) - _FIELDS):
        raise AggregateError(f"unexpected field {str(extra[0])[:40]!r}")
    identifier, kiosk_id, poe = _text(data, "id"), _text(data, "kiosk_id"), _text(data, "poe")
    country = data.get("country")
    if not isinstance(country, str) or not re.fullmatch(r"[A-Z]{2}", country):
        raise AggregateError("country must be two capital letters (ISO 3166-1 alpha-2)")
    try:
        day = dt.date.fromisoformat(data["day"]) if isinstance(data.get("day"), str) and len(data["day"]) == 10 \
            else None
    except ValueError:
        day = None
    if day is None:
        raise AggregateError("day must be a date YYYY-MM-DD")
    revision = data.get("revision")
    if isinstance(revision, bool) or not isinstance(revision, int) or not 1 <= revision <= 100_000:
        raise AggregateError("revision must be a whole number from 1 to 100000")
    sent_text = data.get("sent")
    sent = _utc(sent_text)
    if sent is None:
        raise AggregateError("sent must be a UTC time such as 2026-12-08T00:10:00Z")
    if sent > received_at + SENT_FUTURE:
        raise AggregateError(f"sent {sent_text} is in the future (received {received_at:%Y-%m-%dT%H:%M:%SZ})")
    if day > sent.date():
        raise AggregateError(f"day {day.isoformat()} is after the day it was sent ({sent.date().isoformat()})")
    counts = _counts(data.get("counts"))
    exercise = _measures(data.get("exercise"), "exercise")
    return Aggregate(identifier, kiosk_id, poe, country, day, revision, sent, str(sent_text), counts, exercise)


def _utc(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value.endswith("Z") or len(value) > 30:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value[:-1] + "+00:00")
    except ValueError:
        return None
    return parsed.astimezone(dt.UTC)


def aggregate_row(aggregate: Aggregate, payload: bytes, received_at: dt.datetime) -> dict[str, Any]:
    totals = aggregate.counts["totals"]
    return {"kiosk_id": aggregate.kiosk_id, "day": aggregate.day, "country": aggregate.country, "poe": aggregate.poe,
            "revision": aggregate.revision, "identifier": aggregate.identifier, "sent": aggregate.sent,
            "received_at": received_at, **{name: totals[name] for name in MEASURES},
            "exercise_screened": aggregate.exercise["screened"], "counts": aggregate.counts,
            "exercise": aggregate.exercise, "payload": payload.decode()}


def parse_report(payload: bytes, received_at: dt.datetime) -> Any:
    """The ingest's view of an aggregate message (``kiosk.hub.reports``)."""
    from kiosk.hub.reports import ParsedReport

    aggregate = parse_aggregate(payload, received_at=received_at)
    return ParsedReport(aggregate.identifier, aggregate.kiosk_id, aggregate.poe, aggregate.country,
                        aggregate.sent_text, aggregate_row(aggregate, payload, received_at))


_UPDATED = ("country", "poe", "revision", "identifier", "sent", "received_at", *MEASURES, "exercise_screened",
            "counts", "exercise", "payload")


def store_aggregates(connection: Any, rows: list[dict[str, Any]]) -> None:
    """Upsert in the caller's transaction: a row replaces the stored one of its kiosk and day only when
    its revision is higher (the same revision again, or an older one arriving late, changes nothing)."""
    if not rows:
        return
    best: dict[tuple[str, dt.date], dict[str, Any]] = {}
    for row in rows:
        key = (row["kiosk_id"], row["day"])
        if key not in best or row["revision"] > best[key]["revision"]:
            best[key] = row
    table = HubDailyAggregate.__table__
    statement = conflict_insert(table, connection.dialect.name)
    statement = statement.on_conflict_do_update(
        index_elements=["kiosk_id", "day"], set_={name: statement.excluded[name] for name in _UPDATED},
        where=statement.excluded.revision > table.c.revision)
    connection.execute(statement, list(best.values()))


# ---------------------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class PointReport:
    """One enrolled point of entry on one day: which of its kiosks reported, and its real totals."""

    country: str
    poe: str
    kiosks: tuple[str, ...]
    reported: tuple[str, ...]
    screened: int
    flagged: int
    referred: int
    isolated: int

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(k for k in self.kiosks if k not in self.reported)

    @property
    def state(self) -> str:
        """``missing`` (no kiosk reported), ``partial`` (some did) or ``reported``."""
        return "missing" if not self.reported else "partial" if self.missing else "reported"

    def to_json(self) -> dict[str, Any]:
        return {"country": self.country, "poe": self.poe, "state": self.state, "kiosks": list(self.kiosks),
                "reported": list(self.reported), "missing": list(self.missing), "screened": self.screened,
                "flagged": self.flagged, "referred": self.referred, "isolated": self.isolated}


def day_reports(session: Session, day: dt.date, *, poes: Collection[str] | None = None) -> list[PointReport]:
    """Every enrolled point of entry on ``day`` (missing ones first, then by country and name); ``poes``:
    only these (a user's jurisdiction), None for all.

    A point of entry reported when all of its enrolled kiosks sent that day's aggregate; an aggregate
    of a kiosk no longer enrolled is not counted for anyone."""
    enrolled: dict[tuple[str, str], list[str]] = {}
    query = select(HubEnrolment.kiosk_id, HubEnrolment.country, HubEnrolment.poe).order_by(HubEnrolment.kiosk_id)
    if poes is not None:
        query = query.where(HubEnrolment.poe.in_(sorted(poes)))
    for kiosk_id, country, poe in session.execute(query):
        enrolled.setdefault((country, poe), []).append(kiosk_id)
    agg = HubDailyAggregate
    sent = {row.kiosk_id: row for row in session.execute(
        select(agg.kiosk_id, agg.country, agg.poe, *(getattr(agg, name) for name in MEASURES))
        .where(agg.day == day))}
    out = []
    for (country, poe), kiosks in enrolled.items():
        rows = [sent[k] for k in kiosks if k in sent and (sent[k].country, sent[k].poe) == (country, poe)]
        out.append(PointReport(country, poe, tuple(kiosks), tuple(row.kiosk_id for row in rows),
                               *(sum(getattr(row, name) for row in rows) for name in MEASURES)))
    order = {"missing": 0, "partial": 1, "reported": 2}
    return sorted(out, key=lambda r: (order[r.state], r.country, r.poe))


def missing_points(engine: Engine, day: dt.date) -> list[PointReport]:
    """The enrolled points of entry of which at least one kiosk sent nothing for ``day``."""
    with Session(engine) as session:
        return [report for report in day_reports(session, day) if report.state != "reported"]
