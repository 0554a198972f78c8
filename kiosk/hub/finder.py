"""Find any alert at the hub (Qt-free): filters, the console's order, keyset pages of any length.

The console's list reads one page at a time (:func:`find_page`), so it shows 100,000 alerts as easily
as 10: the first page when it opens or a filter changes, the next one when the officer scrolls to the
end (``after`` = the last row's :class:`PageKey`). No row cap.

**Order**: attention first (``kiosk.hub.attention``: Immediate/Severe alerts and early notices not yet
acknowledged), then priority from urgency and severity, then newest received, then highest id. The
key of a row is ``(rank, received_at, id)`` and a page is "the rows after this key", so a row that
arrives meanwhile never shifts the next page (it appears at the next refresh of the top).

A page is read in two steps: the ids in order (one statement over ``hub_alerts`` with the triage
state looked up only where the order or a filter needs it), then those ids' summaries with their
triage state and thread counts (:func:`summaries_of`). The same rules as ``kiosk.hub.console``:
Updates and Cancels are in their alert's thread, views never mix.

**Assigned officer**: :class:`AssignedTo` (the alert's current IHR assessment assignment,
``kiosk.hub.assessment``) is the ``assigned_to`` filter; it is one case of an :data:`AlertCondition` (a
function of the ``hub_alerts`` entity giving a SQL condition), so other per-alert records can filter the
list the same way without changing this module.

**Indexes** (:data:`INDEXES`): what these queries need at national scale, on the hub's tables (hub
migration 0005 creates them; :func:`ensure_indexes` is idempotent, for the benchmark).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Engine, Index, String, and_, exists, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from kiosk.clock import Clock, SystemClock
from kiosk.errors import InputError
from kiosk.hub import attention
from kiosk.hub.assessment import HubAssessmentStep
from kiosk.hub.attention import AttentionRules
from kiosk.hub.console import (
    _SUMMARY_COLUMNS,
    TRIAGE_STATES,
    AlertSummary,
    _current_state,
    _listed,
    _statuses,
    _thread_columns,
)
from kiosk.hub.models import HubAlert, HubEnrolment, HubTriage
from kiosk.hub.waiting import HubWaiting

PAGE_SIZE = 100
PAGE_MAX = 1000
REFERENCE_MAX = 120
REFERENCE_MATCHES_MAX = 5000

AlertCondition = Callable[[Any], Any]
"""``hub_alerts`` entity → a SQL condition on it (the assigned-officer hook, see the module docstring)."""


@dataclass(frozen=True)
class AssignedTo:
    """The :data:`AlertCondition` "the alert's IHR assessment is assigned to ``officer`` now" (its latest
    ``assign`` step, ``kiosk.hub.assessment``). A value, not a lambda: two filters for the same officer
    are equal, so the console knows the list on show is the one asked for."""

    officer: str

    def __call__(self, alert: Any) -> Any:
        step, later = aliased(HubAssessmentStep, name="assigned"), aliased(HubAssessmentStep, name="reassigned")
        replaced = exists().where(later.alert_id == step.alert_id, later.step == "assign", later.seq > step.seq)
        return exists().where(step.alert_id == alert.id, step.step == "assign", step.assignee == self.officer,
                              ~replaced)


@dataclass(frozen=True)
class AlertFilter:
    """What the officer narrowed the list to; every field None/empty means "any"."""

    poe: str | None = None
    protocol: str | None = None
    urgency: str | None = None
    certainty: str | None = None
    state: str | None = None
    """One of ``kiosk.hub.console.TRIAGE_STATES``, or ``open`` (everything but closed)."""
    received_from: dt.datetime | None = None
    received_to: dt.datetime | None = None
    """Received at or after ``received_from``, and before ``received_to`` (a half-open range)."""
    within: dt.timedelta | None = None
    """Received in this long before now ("last 7 days": the start moves with the clock, the filter does not)."""
    reference: str = ""
    """Part of the alert's identifier (what a caller reads off the slip or the kiosk), any case."""
    assigned_to: AlertCondition | None = None
    poes: frozenset[str] | None = None
    """Only these points of entry: the signed-in user's jurisdiction (None: every one). Not the officer's
    choice (that is ``poe``): the console sets it from the account."""

    def checked(self) -> AlertFilter:
        """This filter, or :class:`InputError` naming the field that is wrong."""
        if self.urgency is not None and self.urgency not in attention.URGENCIES:
            raise InputError("urgency", f"{self.urgency!r} is not one of {', '.join(attention.URGENCIES)}")
        if self.certainty is not None and self.certainty not in attention.CERTAINTIES:
            raise InputError("certainty", f"{self.certainty!r} is not one of {', '.join(attention.CERTAINTIES)}")
        if self.state is not None and self.state != "open" and self.state not in TRIAGE_STATES:
            raise InputError("state", f"{self.state!r} is not one of open, {', '.join(TRIAGE_STATES)}")
        for name in ("received_from", "received_to"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise InputError(name, "a date and time with its time zone")
        if self.received_from and self.received_to and self.received_from >= self.received_to:
            raise InputError("received_to", "the end of the period is not after its start")
        if self.within is not None and self.within <= dt.timedelta(0):
            raise InputError("within", "a period of a positive length")
        reference = self.reference.strip()
        if len(reference) > REFERENCE_MAX:
            raise InputError("reference", f"at most {REFERENCE_MAX} characters ({len(reference)} given)")
        if any(not c.isprintable() for c in reference):
            raise InputError("reference", "the reference contains control characters")
        return replace(self, reference=reference)

    @property
    def active(self) -> bool:
        """Anything narrowed (the state filter included)."""
        return any(v not in (None, "") for v in (self.poe, self.protocol, self.urgency, self.certainty, self.state,
                                                 self.received_from, self.received_to, self.within,
                                                 self.reference, self.assigned_to))


@dataclass(frozen=True, order=True)
class PageKey:
    """Where a row is in the console's order; the next page starts after it."""

    rank: int
    received_at: dt.datetime
    id: int


@dataclass(frozen=True)
class Page:
    rows: tuple[AlertSummary, ...]
    keys: tuple[PageKey, ...]
    more: bool
    """There are rows after the last one (ask with ``after=keys[-1]``)."""


def _unacknowledged() -> Any:
    """The outer alert has no triage step out of ``new`` (a note on a new alert is not an answer): it is
    in ``hub_waiting`` (``kiosk.hub.waiting``, one primary-key probe)."""
    return exists().where(HubWaiting.alert_id == HubAlert.id)


def _conditions(view: str, filters: AlertFilter, now: dt.datetime, matching: Sequence[int] | None = None) -> list[Any]:
    """The WHERE of a page; ``matching``: the ids a reference search found (:func:`_reference_matches`)."""
    where = [HubAlert.status.in_(_statuses(view)), _listed()]
    if filters.within is not None:
        where.append(HubAlert.received_at >= now - filters.within)
    for column, value in ((HubAlert.poe, filters.poe), (HubAlert.protocol, filters.protocol),
                          (HubAlert.urgency, filters.urgency), (HubAlert.certainty, filters.certainty)):
        if value:
            where.append(column == value)
    if filters.received_from is not None:
        where.append(HubAlert.received_at >= filters.received_from)
    if filters.received_to is not None:
        where.append(HubAlert.received_at < filters.received_to)
    if matching is not None:
        where.append(HubAlert.id.in_(matching))
    if filters.state == "open":
        where.append(_current_state() != "closed")
    elif filters.state == "new":
        where.append(_unacknowledged())  # no step leads back to new: the same alerts, one probe each
    elif filters.state:
        where.append(_current_state() == filters.state)
    if filters.assigned_to is not None:
        where.append(filters.assigned_to(HubAlert))
    if filters.poes is not None:
        where.append(HubAlert.poe.in_(sorted(filters.poes)))
    return where


def _after(key: PageKey) -> Any:
    """Rows after ``key`` within its rank (received descending, id descending)."""
    return or_(HubAlert.received_at < key.received_at,
               and_(HubAlert.received_at == key.received_at, HubAlert.id < key.id))


RANKS = range(1 + len(attention.PRIORITIES))


def find_page(engine: Engine, view: str = "actual", filters: AlertFilter | None = None, *,
              after: PageKey | None = None, limit: int = PAGE_SIZE, clock: Clock | None = None,
              floor: int = 0) -> Page:
    """One page of ``view`` in the console's order, narrowed by ``filters``, after ``after`` (None: the top).

    Read rank by rank (:func:`_rank_by_rank`); the few alerts a reference search found are ranked in
    one query (:func:`_ranked`).
    """
    if not 1 <= limit <= PAGE_MAX:
        raise InputError("limit", f"a page holds 1 to {PAGE_MAX} alerts ({limit} asked)")
    filters = (filters or AlertFilter()).checked()
    rank = attention.sort_rank_sql(HubAlert, and_(HubAlert.id > floor, _unacknowledged()))
    with Session(engine) as session:
        matching = _reference_matches(session, filters.reference)
        where = _conditions(view, filters, (clock or SystemClock()).now(), matching)
        read = _rank_by_rank if matching is None else _ranked
        keys = read(session, where, rank, after, limit + 1, floor)
        more = len(keys) > limit
        keys = keys[:limit]
        by_id = {row.id: row for row in _summaries(session, [key.id for key in keys])}
    rows = tuple(by_id[key.id] for key in keys if key.id in by_id)
    return Page(rows, tuple(keys), more=more)


def _rank_by_rank(session: Session, where: list[Any], rank: Any, after: PageKey | None, wanted: int,
                  floor: int = 0) -> list[PageKey]:
    """The whole view: one query per rank, each walking ``ix_hub_alerts_console_order`` newest first (the
    index's order) and stopping at the rows it needs, instead of ranking every alert and sorting."""
    keys: list[PageKey] = []
    for level in RANKS[after.rank if after is not None else 0:]:
        bound = (HubAlert.id > floor,) if level == 0 else ()  # only ids above the floor can need attention
        query = (select(HubAlert.id, HubAlert.received_at).where(*where, *bound, rank == level)
                 .order_by(HubAlert.received_at.desc(), HubAlert.id.desc()).limit(wanted - len(keys)))
        if after is not None and level == after.rank:
            query = query.where(_after(after))
        keys += [PageKey(level, row.received_at, row.id) for row in session.execute(query)]
        if len(keys) >= wanted:
            break
    return keys


def _ranked(session: Session, where: list[Any], rank: Any, after: PageKey | None, wanted: int,
            _floor: int = 0) -> list[PageKey]:
    """One query ranking the rows that pass the filters: for a short list of ids (looked up by rowid)."""
    labelled = rank.label("rank")
    query = (select(HubAlert.id, labelled, HubAlert.received_at).where(*where)
             .order_by(labelled, HubAlert.received_at.desc(), HubAlert.id.desc()).limit(wanted))
    if after is not None:
        query = query.where(or_(rank > after.rank, and_(rank == after.rank, _after(after))))
    return [PageKey(row.rank, row.received_at, row.id) for row in session.execute(query)]


def _reference_matches(session: Session, reference: str) -> list[int] | None:
    """Ids of the alerts whose identifier is ``reference`` or, when none is, contains it (any case); None
    when there is no search.

    The whole identifier (read off the detail or a phone call) is one seek of ``ix_hub_alerts_identifier``.
    A part of one: on PostgreSQL ``ILIKE`` served by the trigram index of hub migration 0007 where
    ``pg_trgm`` could be created (``kiosk.hub.waiting.TRIGRAM_INDEX``), else a walk of every identifier; on
    SQLite a walk of ``ix_hub_alerts_identifier`` with ``LIKE`` (case-blind for ASCII, which identifiers
    are; ``ILIKE``'s ``lower()`` on both sides costs a third more). Done once here rather than in each
    rank's walk.
    """
    if not reference:
        return None
    exact = list(session.scalars(select(HubAlert.id).where(HubAlert.identifier.in_({reference, reference.upper()}))))
    if exact:
        return exact
    pattern = "%" + reference.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    contains = (HubAlert.identifier.like(pattern, escape="\\") if session.get_bind().dialect.name == "sqlite"
                else HubAlert.identifier.ilike(pattern, escape="\\"))
    ids = list(session.scalars(select(HubAlert.id).where(contains).limit(REFERENCE_MATCHES_MAX + 1)))
    if len(ids) > REFERENCE_MATCHES_MAX:
        raise InputError("reference", f"more than {REFERENCE_MATCHES_MAX:,} alerts match {reference!r}; "
                                      "type more of the reference")
    return ids


def find_top(engine: Engine, view: str, filters: AlertFilter | None, rows: int, clock: Clock | None = None,
             floor: int = 0) -> Page:
    """The first ``rows`` rows (at least a page; a refresh of what the console has loaded), in pages of
    :data:`PAGE_MAX`."""
    wanted = max(rows, PAGE_SIZE)
    page = find_page(engine, view, filters, limit=min(wanted, PAGE_MAX), clock=clock, floor=floor)
    found, keys = list(page.rows), list(page.keys)
    while page.more and len(keys) < wanted:
        page = find_page(engine, view, filters, after=keys[-1], limit=min(wanted - len(keys), PAGE_MAX), clock=clock,
                         floor=floor)
        found += page.rows
        keys += page.keys
    return Page(tuple(found), tuple(keys), page.more)


def attention_floor(engine: Engine, view: str, floor: int = 0) -> int:
    """The highest id ``F`` such that every attention-worthy alert of ``view`` with an id up to ``F`` has been
    answered; pass it back as ``floor`` (to this and to :func:`find_page`) and it only grows.

    Why this holds: triage is append-only and no step leads back to ``new``, so an answered alert stays
    answered; ingest gives new alerts higher ids. Why it matters: proving that no old alert still needs
    attention reads the alerts still waiting for an answer (``hub_waiting``, ``kiosk.hub.waiting``: few in a
    hub kept up), then the pages' attention rank looks only at the alerts above the floor.
    """
    statuses = _statuses(view)
    with Session(engine) as session:
        # the newest id walking the primary key back (max() with a status condition reads the whole view)
        top = session.scalar(select(HubAlert.id).where(HubAlert.status.in_(statuses))
                             .order_by(HubAlert.id.desc()).limit(1)) or 0
        first_open = session.scalar(select(func.min(HubWaiting.alert_id)).where(
            HubWaiting.alert_id > floor, HubWaiting.alert_id <= top, HubWaiting.status.in_(statuses),
            attention.attention_worthy_sql(HubWaiting)))
    return first_open - 1 if first_open is not None else max(floor, top)


def summaries_of(engine: Engine, ids: Iterable[int]) -> dict[int, AlertSummary]:
    """Alert id → its summary (state and thread counts), for the ids that exist."""
    with Session(engine) as session:
        return {row.id: row for row in _summaries(session, list(ids))}


def _summaries(session: Session, ids: Sequence[int]) -> list[AlertSummary]:
    if not ids:
        return []
    query = (select(*_SUMMARY_COLUMNS, _current_state().label("state"), *_thread_columns())
             .where(HubAlert.id.in_(ids)))
    return [AlertSummary(**row._asdict()) for row in session.execute(query)]


def escalated_count(engine: Engine, view: str, rules: AttentionRules, now: dt.datetime,
                    poes: frozenset[str] | None = None) -> int:
    """Alerts of ``view`` still ``new`` longer than their urgency's limit (``AttentionRules.is_escalated``),
    at ``poes`` only when given (the user's jurisdiction): read from the alerts still waiting for an answer
    (``hub_waiting``), not from every alert."""
    cutoffs = rules.cutoffs(now)
    if not cutoffs:
        return 0
    overdue = or_(*(and_(HubWaiting.urgency == urgency, HubWaiting.received_at <= cutoff)
                    for urgency, cutoff in cutoffs.items()))
    query = select(HubWaiting.alert_id).where(
        HubWaiting.status.in_(_statuses(view)), HubWaiting.msg_type == "Alert", overdue,
        *(() if poes is None else (HubWaiting.poe.in_(sorted(poes)),)))
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0


@dataclass(frozen=True)
class FilterChoices:
    """What the filter lists offer: the points of entry and protocols that have alerts in the view."""

    poes: tuple[str, ...]
    protocols: tuple[str, ...]
    assignees: tuple[str, ...] = ()
    """Every officer an assessment has been assigned to (``kiosk.hub.assessment``)."""


_DISTINCT_PROTOCOLS = text(
    "WITH RECURSIVE p(v) AS (SELECT min(protocol) FROM hub_alerts UNION ALL "
    "SELECT (SELECT min(protocol) FROM hub_alerts WHERE protocol > p.v) FROM p WHERE p.v IS NOT NULL) "
    "SELECT v FROM p WHERE v IS NOT NULL").columns(v=String())
"""Every protocol, one index seek each (a "loose index scan": PostgreSQL's DISTINCT reads all 1,000,000
entries of ``ix_hub_alerts_protocol``, this reads one per protocol; SQLite and PostgreSQL alike)."""


def filter_choices(engine: Engine) -> FilterChoices:
    """The points of entry of the enrolled kiosks (the hub stores no other's alerts) and every protocol the
    hub has alerts of (any status: a distinct walk of its index, where filtering by view reads every row)."""
    with Session(engine) as session:
        poes = session.scalars(select(HubEnrolment.poe).distinct()).all()
        protocols = [value for value in session.scalars(_DISTINCT_PROTOCOLS) if value]
        assignees = session.scalars(select(HubAssessmentStep.assignee).where(HubAssessmentStep.step == "assign")
                                    .distinct()).all()
    return FilterChoices(tuple(sorted(poes)), tuple(sorted(protocols)), tuple(sorted(a for a in assignees if a)))


# ---------------------------------------------------------------------------------------- indexes

_ALERTS, _TRIAGE = HubAlert.__table__, HubTriage.__table__
INDEXES = (
    Index("ix_hub_alerts_console_order", _ALERTS.c.status, _ALERTS.c.received_at, _ALERTS.c.id, _ALERTS.c.urgency,
          _ALERTS.c.severity, _ALERTS.c.certainty, _ALERTS.c.disposition, _ALERTS.c.msg_type,
          _ALERTS.c.ref_identifier, _ALERTS.c.poe, _ALERTS.c.protocol),
    Index("ix_hub_alerts_protocol", _ALERTS.c.protocol),
    Index("ix_hub_alerts_identifier", _ALERTS.c.identifier),
    Index("ix_hub_alerts_thread", _ALERTS.c.ref_sender, _ALERTS.c.ref_identifier, _ALERTS.c.status,
          _ALERTS.c.msg_type),
    Index("ix_hub_triage_alert_state", _TRIAGE.c.alert_id, _TRIAGE.c.state),
)
"""The finder's indexes (for the hub migration). ``console_order`` covers everything the order, the view
and the filters but the reference need, so a page walks the index and never reads rows (whose payload is
kilobytes); the protocol alone for its filter list (a distinct walk); the
identifier for the reference search; "any step out of new" per alert (attention,
escalation); ``thread`` matches all three equalities of an alert's Updates and Cancels (with only
``ix_hub_alerts_reference``, SQLite 3.40 takes ``ix_hub_alerts_status`` for them and reads every row of
the view per listed alert: 17 s for a page of 100 at 20,000 alerts). """


def ensure_indexes(engine: Engine) -> None:
    """Create :data:`INDEXES` where missing (the migration's job in production; the benchmark calls it)."""
    with engine.begin() as connection:
        for index in INDEXES:
            index.create(connection, checkfirst=True)
