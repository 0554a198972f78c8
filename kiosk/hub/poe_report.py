"""Surveillance reports of the hub (Qt-free): per-day figures per point of entry and a line list of alerts.

A report covers whole UTC days, ``first`` to ``last`` inclusive (14, 30 or 90 days ending today in the
console, any range of up to :data:`REPORT_DAYS_MAX` days with ``poe-kiosk hub report --from --to``).
The rules of :mod:`kiosk.hub.console` hold: only CAP ``Actual`` Alerts are counted (Updates and Cancels
are part of their alert's thread; Exercise and Test alerts are counted beside the report, never in
it), and an alert's triage state is its latest ``hub_triage`` row.

* **The day of an alert is the UTC day the hub received it** (``received_at``): the hub's own clock,
  which every alert has; the kiosk's ``flagged-at`` is in the line list beside it.
* **Triage outcome** is one dimension: the outcome code of a closed alert (``ruled_out``,
  ``confirmed_case``…), else its open state (``new``, ``acknowledged``, ``investigating``).
* **Denominators** (travellers screened per point of entry and day) do not come from alerts: a
  :data:`DenominatorSource` gives them; the hub's is :func:`kiosk_aggregates` (the kiosks' daily
  aggregates, ``kiosk.hub.aggregates``). Without a source the report says "not available"; a day a point
  of entry did not report has no screened count (unknown, never zero).
* **The line list carries nothing personal**: the alert's reference (the CAP identifier), its point
  of entry, protocol, times, urgency, state and outcome. Names, documents and contacts are not in it.

Figures are counted by the database (one ``GROUP BY`` of day, point of entry, protocol, urgency,
state and outcome); the breakdowns are sums over those rows, so every total agrees with the others.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Engine, and_, func, select
from sqlalchemy.orm import Session

from kiosk.clock import Clock, SystemClock
from kiosk.errors import InputError
from kiosk.hub.models import HubAlert, HubTriage

REPORT_DAYS_MAX = 366
CONSOLE_PERIODS = (14, 30, 90)
"""The periods the console offers (days ending today)."""
LINE_LIST_SHOWN = 500
"""Line-list rows the console and the PDF show (the newest); CSV and JSON exports carry all of them."""
OPEN_STATES = ("new", "acknowledged", "investigating")
FORMAT = "poe-kiosk/hub-report/1"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


# ---------------------------------------------------------------------------------------- period


@dataclass(frozen=True)
class ReportPeriod:
    """Whole UTC days ``first`` to ``last``, both included."""

    first: dt.date
    last: dt.date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.first, dt.time(), dt.UTC)

    @property
    def end(self) -> dt.datetime:
        """The first instant after the period (exclusive)."""
        return dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time(), dt.UTC)

    def each_day(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=n) for n in range(self.days)]


def parse_day(text: str, name: str) -> dt.date:
    """A ``YYYY-MM-DD`` date (``name`` is the option, for the message); refuses anything else."""
    text = text.strip()
    if not _DAY.fullmatch(text):
        raise InputError(name, f"{text[:40]!r} is not a date written YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(name, f"{text} is not a date of the calendar") from None


def period_between(first: dt.date, last: dt.date, *, clock: Clock | None = None) -> ReportPeriod:
    """The days ``first`` to ``last``; refuses a range that ends before it starts, ends after today
    (UTC) or is longer than :data:`REPORT_DAYS_MAX` days."""
    today = (clock or SystemClock()).today()
    if last < first:
        raise InputError("--to", f"{last} is before the first day {first}")
    if last > today:
        raise InputError("--to", f"{last} is in the future (today is {today} UTC)")
    days = (last - first).days + 1
    if days > REPORT_DAYS_MAX:
        raise InputError("--from", f"a report covers at most {REPORT_DAYS_MAX} days ({days} asked)")
    return ReportPeriod(first, last)


def last_days(days: int, *, clock: Clock | None = None) -> ReportPeriod:
    """``days`` whole UTC days ending today (today included)."""
    if not 1 <= days <= REPORT_DAYS_MAX:
        raise InputError("days", f"a report covers 1 to {REPORT_DAYS_MAX} days ({days} given)")
    today = (clock or SystemClock()).today()
    return ReportPeriod(today - dt.timedelta(days=days - 1), today)


# ---------------------------------------------------------------------------------------- rows


class DailyFigure(NamedTuple):
    """Actual alerts received on ``day`` at ``poe`` with this protocol, urgency, state and outcome.

    A named tuple, not a dataclass: a 90-day report has tens of thousands of them, and a tuple is made
    and sorted several times faster."""

    day: dt.date
    poe: str
    protocol: str
    urgency: str
    state: str
    outcome: str
    alerts: int

    @property
    def triage_outcome(self) -> str:
        return outcome_of(self.state, self.outcome)


def triage_outcome(self) -> str:
        return outcome_of(self.state, self.outcome)


def outcome_of(state: str, outcome: str) -> str:
    """A closed alert's outcome code, an open one's state."""
    return (outcome or "closed") if state == "closed" else state


@dataclass(frozen=True)
class LineListEntry:
    """One alert of the line list: what the alert carries about itself, nothing about the traveller."""

    reference: str
    poe: str
    protocol: str
    flagged_at: dt.datetime | None
    received_at: dt.datetime
    urgency: str
    state: str
    outcome: str

    def as_json(self) -> dict[str, Any]:
        return {"reference": self.reference, "point_of_entry": self.poe, "protocol": self.protocol,
                "flagged_at": self.flagged_at.isoformat() if self.flagged_at else None,
                "received_at": self.received_at.isoformat(), "urgency": self.urgency, "state": self.state,
                "outcome": self.outcome}


LINE_LIST_HEADER = ("reference", "point_of_entry", "protocol", "flagged_at", "received_at", "urgency",
                    "state", "outcome")


@dataclass(frozen=True)
class DailyDenominator:
    """What the kiosks of ``poe`` reported for one UTC day (their daily aggregates, summed)."""

    day: dt.date
    poe: str
    screened: int
    flagged: int = 0
    referred: int = 0
    isolated: int = 0


DenominatorSource = Callable[[Engine, ReportPeriod], Iterable[DailyDenominator]]
"""Reads the denominators of a period (e.g. the kiosks' daily aggregates at the hub)."""


# ---------------------------------------------------------------------------------------- report


@dataclass(frozen=True)
class PoeReport:
    """Per-day figures per point of entry over ``period``, the line list and (when known) denominators.

    ``line_list`` holds the newest ``line_list_limit`` alerts (all of them when no limit was asked);
    ``line_list_total`` is how many there are. ``denominators`` is None when no source gave any: the
    report then has no screened counts (never zero for "unknown").
    """

    period: ReportPeriod
    figures: tuple[DailyFigure, ...]
    line_list: tuple[LineListEntry, ...] = ()
    not_counted: Mapping[str, int] = field(default_factory=dict)
    denominators: tuple[DailyDenominator, ...] | None = None
    generated_at: dt.datetime | None = None

    @property
    def total(self) -> int:
        return sum(f.alerts for f in self.figures)

    @property
    def line_list_total(self) -> int:
        return self.total

    def poes(self) -> list[str]:
        """Points of entry with alerts or denominators in the period."""
        return sorted({f.poe for f in self.figures} | {d.poe for d in self.denominators or ()})

    def protocols(self) -> list[str]:
        return sorted({f.protocol for f in self.figures})

    def alerts_by(self, dimension: str, poe: str | None = None) -> dict[str, int]:
        """Alerts by ``protocol``, ``urgency``, ``triage_outcome`` (or any figure field) for one point of
        entry (all when None), keys sorted."""
        counts: Counter[str] = Counter()
        for f in self.figures:
            if poe is None or f.poe == poe:
                counts[getattr(f, dimension)] += f.alerts
        return dict(sorted(counts.items()))

    def daily_alerts(self, poe: str | None = None, protocol: str | None = None) -> list[int]:
        """Alerts per day of the period (zeros included), for one point of entry and/or protocol."""
        counts: Counter[dt.date] = Counter()
        for f in self.figures:
            if (poe is None or f.poe == poe) and (protocol is None or f.protocol == protocol):
                counts[f.day] += f.alerts
        return [counts.get(day, 0) for day in self.period.each_day()]

    def day_cells(self) -> list[tuple[dt.date, str, Mapping[str, Mapping[str, int]]]]:
        """(day, point of entry, {dimension: {value: alerts}}) for each day and point of entry with alerts or
        a denominator (a day the kiosks screened travellers and raised no alert is a figure too)."""
        dimensions = ("protocol", "urgency", "triage_outcome")
        cells: dict[tuple[dt.date, str], dict[str, Counter[str]]] = {
            (d.day, d.poe): {name: Counter() for name in dimensions} for d in self.denominators or ()}
        for f in self.figures:
            cell = cells.setdefault((f.day, f.poe), {d: Counter() for d in dimensions})
            for dimension in cell:
                cell[dimension][getattr(f, dimension)] += f.alerts
        return [(day, poe, {d: dict(sorted(c.items())) for d, c in cell.items()})
                for (day, poe), cell in sorted(cells.items())]

    def screened(self, poe: str | None = None) -> int | None:
        """Travellers screened in the period (at ``poe``, or everywhere) on the days reported; None when
        no day was (unknown, not zero)."""
        rows = [d for d in self.denominators or () if poe is None or d.poe == poe]
        return sum(d.screened for d in rows) if rows else None

    def denominator(self, day: dt.date, poe: str) -> DailyDenominator | None:
        for d in self.denominators or ():
            if d.day == day and d.poe == poe:
                return d
        return None


def build_report(engine: Engine, period: ReportPeriod, *, line_list_limit: int | None = LINE_LIST_SHOWN,
                 denominators: DenominatorSource | None = None, clock: Clock | None = None,
                 poes: Collection[str] | None = None) -> PoeReport:
    """Count the Actual alerts of ``period`` (one grouped query), read the line list (newest first,
    at most ``line_list_limit``; None for all) and the denominators when a source is given.

    ``poes``: only these points of entry (the signed-in user's jurisdiction); None for all."""
    where = _in_period(period, poes)
    with Session(engine) as session:
        figures = _figures(session, where, engine.dialect.name)
        line_list = _line_list(session, where, line_list_limit) if line_list_limit != 0 else ()
        others = dict(session.execute(  # IN, not !=: the status index finds the few exercise rows
            select(HubAlert.status, func.count()).where(HubAlert.status.in_(("Exercise", "Test")),
                                                        HubAlert.msg_type == "Alert", *where)
            .group_by(HubAlert.status)).all())
    given = tuple(sorted((d for d in denominators(engine, period) if poes is None or d.poe in poes),
                         key=lambda d: (d.day, d.poe))) if denominators else None
    return PoeReport(period, figures, line_list, others, given, (clock or SystemClock()).now())


def _in_period(period: ReportPeriod, poes: Collection[str] | None) -> tuple[Any, ...]:
    """Received in ``period`` (and at one of ``poes`` when given)."""
    within = () if poes is None else (HubAlert.poe.in_(sorted(poes)),)
    return HubAlert.received_at >= period.start, HubAlert.received_at < period.end, *within


def utc_day(column: Any, dialect: str) -> Any:
    """The UTC day of a stored time as ``YYYY-MM-DD`` text, in SQL (SQLite stores UTC as text)."""
    if dialect == "postgresql":
        return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD")
    return func.substr(column, 1, 10)


def _latest_steps() -> Any:
    return (select(HubTriage.alert_id, func.max(HubTriage.id).label("step_id"))
            .group_by(HubTriage.alert_id).subquery())


def _figures(session: Session, where: tuple[Any, ...], dialect: str) -> tuple[DailyFigure, ...]:
    latest = _latest_steps()
    day = utc_day(HubAlert.received_at, dialect).label("day")
    state = func.coalesce(HubTriage.state, "new").label("state")
    outcome = func.coalesce(HubTriage.outcome, "").label("outcome")
    query = (select(day, HubAlert.poe, HubAlert.protocol, HubAlert.urgency, state, outcome, func.count())
             .outerjoin(latest, latest.c.alert_id == HubAlert.id)
             .outerjoin(HubTriage, HubTriage.id == latest.c.step_id)
             .where(HubAlert.status == "Actual", HubAlert.msg_type == "Alert", *where)
             .group_by(day, HubAlert.poe, HubAlert.protocol, HubAlert.urgency, state, outcome))
    days: dict[str, dt.date] = {}
    figures = [DailyFigure(days.get(day) or days.setdefault(day, dt.date.fromisoformat(day)), poe, protocol, urgency,
                           state, outcome, count)
               for day, poe, protocol, urgency, state, outcome, count in session.execute(query)]
    figures.sort()
    return tuple(figures)


def _latest_of(column: Any) -> Any:
    """``column`` of the outer alert's latest triage step (one index lookup per alert, for listed rows only)."""
    return (select(column).where(HubTriage.alert_id == HubAlert.id).order_by(HubTriage.id.desc()).limit(1)
            .scalar_subquery())


def _line_list(session: Session, where: tuple[Any, ...], limit: int | None) -> tuple[LineListEntry, ...]:
    query = (select(HubAlert.identifier, HubAlert.poe, HubAlert.protocol, HubAlert.flagged_at,
                    HubAlert.received_at, HubAlert.urgency, func.coalesce(_latest_of(HubTriage.state), "new"),
                    func.coalesce(_latest_of(HubTriage.outcome), ""))
             .where(HubAlert.status == "Actual", HubAlert.msg_type == "Alert", *where)
             .order_by(HubAlert.received_at.desc(), HubAlert.id.desc()))
    if limit is not None:
        query = query.limit(limit)
    return tuple(LineListEntry(*row) for row in session.execute(query))


def kiosk_aggregates(engine: Engine, period: ReportPeriod) -> list[DailyDenominator]:
    """The :data:`DenominatorSource` of the hub: the kiosks' daily aggregates (``kiosk.hub.aggregates``),
    summed per point of entry and UTC day over the kiosks enrolled there (as the Daily reporting tab counts
    them). A day a point of entry sent nothing is absent (unknown), never zero."""
    from kiosk.hub.aggregates import HubDailyAggregate as agg
    from kiosk.hub.models import HubEnrolment

    query = (select(agg.day, agg.poe, func.sum(agg.screened), func.sum(agg.flagged), func.sum(agg.referred),
                    func.sum(agg.isolated))
             .join(HubEnrolment, and_(HubEnrolment.kiosk_id == agg.kiosk_id, HubEnrolment.poe == agg.poe,
                                      HubEnrolment.country == agg.country))
             .where(agg.day >= period.first, agg.day <= period.last)
             .group_by(agg.day, agg.poe))
    with Session(engine) as session:
        return [DailyDenominator(day, poe, int(screened), int(flagged), int(referred), int(isolated))
                for day, poe, screened, flagged, referred, isolated in session.execute(query)]
