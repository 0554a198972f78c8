"""What the hub console asks of the hub database (Qt-free): alert lists, one alert's detail, triage, reports.

The console window (``ui/hub``) calls these on its worker thread; ``poe-kiosk hub report`` calls
:func:`report` directly. Two rules hold everywhere here:

* **Updates and Cancels are not new alerts.** They are shown in the thread of the alert they reference
  (CAP ``<references>``), never counted as arrivals or in reports; one whose alert is not at the hub is
  listed on its own so that it is not out of sight.
* **Views never mix.** ``actual`` lists CAP ``Actual`` alerts only; ``exercise`` lists ``Exercise`` and
  ``Test`` ones. Report totals count Actual alerts; exercise and test counts are reported beside them,
  never inside them.
* **Triage is append-only.** Each change is a new ``hub_triage`` row (state, outcome, note, officer,
  time); an alert's current state is its latest row, ``new`` when it has none. Nothing is updated or
  deleted, so the history is the audit trail.
* **Who may.** Triage and notes take the signed-in :class:`~kiosk.hub.accounts.HubUser`, record their id and
  check their role and jurisdiction in the same transaction; reads take ``poes`` (a user's jurisdiction,
  None for every point of entry).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, exists, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from kiosk.alerts.cap import CapError, CapInfo, CapMessage, parse_cap
from kiosk.clock import Clock, SystemClock
from kiosk.errors import InputError, KioskError, NotFound
from kiosk.hub.accounts import HubUser, require_current
from kiosk.hub.ingest import alert_row, enrolment_problem, enrolments_of, insert_statement
from kiosk.hub.models import HubAlert, HubKiosk, HubTriage
from kiosk.store.models import UtcDateTime

VIEWS: Mapping[str, tuple[str, ...]] = {"actual": ("Actual",), "exercise": ("Exercise", "Test")}
"""Console view → the CAP statuses it shows. Exercise and Test are never in the ``actual`` view."""

TRIAGE_STATES = ("new", "acknowledged", "investigating", "closed")
NEXT_STATES: Mapping[str, tuple[str, ...]] = {
    "new": ("acknowledged", "investigating", "closed"),
    "acknowledged": ("investigating", "closed"),
    "investigating": ("closed",),
    "closed": ("investigating",),
}
"""Allowed changes. Closing straight from ``new`` covers duplicates; a closed alert can be re-opened
for investigation when new information arrives (the earlier closure stays in the history)."""

OUTCOMES: Mapping[str, str] = {
    "confirmed_case": "confirmed case",
    "ruled_out": "ruled out",
    "lost_to_follow_up": "lost to follow-up",
    "duplicate": "duplicate",
}
"""Outcome code (stored) → words. Closing needs one; no other change takes one."""

NOTE_MAX = 500
OFFICER_MAX = 120
REPORT_DAYS_MAX = 366
LIST_LIMIT = 500


class TriageConflict(KioskError):
    """The alert changed since the officer looked at it (another officer triaged it meanwhile)."""


# ---------------------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class AlertSummary:
    """One row of the console's alert list (no payload)."""

    id: int
    received_at: dt.datetime
    sent: dt.datetime
    status: str
    country: str
    poe: str
    kiosk_id: str
    event: str
    protocol: str
    risk: str
    disposition: str
    urgency: str
    severity: str
    certainty: str
    exercise_id: str | None
    state: str
    flagged_at: dt.datetime | None = None
    """When the kiosk flagged the traveller (its ``flagged-at``), None when it did not say."""
    msg_type: str = "Alert"
    follow_ups: int = 0
    """Updates and Cancels received for this alert (its thread, shown in the detail)."""
    cancelled: bool = False


@dataclass(frozen=True)
class ThreadEntry:
    """One message of an alert's thread: the alert itself, or an Update or Cancel referencing it."""

    id: int
    msg_type: str
    identifier: str
    sent: dt.datetime
    received_at: dt.datetime
    note: str
    assessment: str = ""
    """The CAP ``assessment`` parameter: ``in-progress`` for an early notice, ``completed``, ``ruled-out`` or
    ``abandoned`` for what followed it (``kiosk.alerts.early_notice``); empty for other messages."""


@dataclass(frozen=True)
class TriageStep:
    state: str
    outcome: str
    note: str
    officer: str
    at: dt.datetime
    note_only: bool = False
    """A note added during the triage: the state (and a closed alert's outcome) did not change."""


@dataclass(frozen=True)
class AlertDetail:
    """An alert as stored, its CAP message parsed again from the stored payload, and its triage history."""

    summary: AlertSummary
    identifier: str
    sender: str
    msg_type: str
    message: CapMessage | None
    parse_error: str
    history: tuple[TriageStep, ...]
    thread: tuple[ThreadEntry, ...] = ()
    """The alert and its Updates and Cancels, oldest sent first (just this message when it has none)."""

    @property
    def info(self) -> CapInfo | None:
        return self.message.infos[0] if self.message is not None and self.message.infos else None

    @property
    def parameters(self) -> Mapping[str, str]:
        info = self.info
        return info.parameters if info is not None else {}

    @property
    def next_states(self) -> tuple[str, ...]:
        return NEXT_STATES[self.summary.state]


_SUMMARY_COLUMNS = (
    HubAlert.id, HubAlert.received_at, HubAlert.sent, HubAlert.status, HubAlert.country, HubAlert.poe,
    HubAlert.kiosk_id, HubAlert.event, HubAlert.protocol, HubAlert.risk, HubAlert.disposition,
    HubAlert.urgency, HubAlert.severity, HubAlert.certainty, HubAlert.exercise_id, HubAlert.flagged_at,
    HubAlert.msg_type,
)
_FOLLOW_UP = aliased(HubAlert, name="follow_up")
_REFERENCED = aliased(HubAlert, name="referenced")


def _follows(outer: Any) -> Any:
    """The condition "``_FOLLOW_UP`` is an Update or Cancel of the ``outer`` alert" (same mode)."""
    return and_(_FOLLOW_UP.ref_sender == outer.sender, _FOLLOW_UP.ref_identifier == outer.identifier,
                _FOLLOW_UP.status == outer.status)


def _thread_columns() -> tuple[Any, Any]:
    """How many Updates and Cancels the outer alert has, and whether one cancels it."""
    count = select(func.count()).select_from(_FOLLOW_UP).where(_follows(HubAlert)).scalar_subquery()
    cancelled = exists().where(_follows(HubAlert), _FOLLOW_UP.msg_type == "Cancel")
    return count.label("follow_ups"), cancelled.label("cancelled")


def _listed() -> Any:
    """What lists and counts show as an alert of its own: every Alert, and an Update or Cancel only while
    the alert it references is not at the hub (otherwise it is in that alert's thread)."""
    referenced = exists().where(_REFERENCED.sender == HubAlert.ref_sender,
                                _REFERENCED.identifier == HubAlert.ref_identifier,
                                _REFERENCED.status == HubAlert.status)
    return or_(HubAlert.msg_type == "Alert", HubAlert.ref_identifier.is_(None), ~referenced)


def _current_state() -> Any:
    """The latest triage state of the outer ``hub_alerts`` row, ``new`` without one (index lookup per row)."""
    latest = (select(HubTriage.state).where(HubTriage.alert_id == HubAlert.id)
              .order_by(HubTriage.id.desc()).limit(1).scalar_subquery())
    return func.coalesce(latest, "new")


def _statuses(view: str) -> tuple[str, ...]:
    if view not in VIEWS:
        raise InputError("view", f"{view!r} is not one of {', '.join(VIEWS)}")
    return VIEWS[view]


# ---------------------------------------------------------------------------------------- reading


def _within(poes: Collection[str] | None) -> tuple[Any, ...]:
    """The condition "at one of ``poes``" (a user's jurisdiction); none for None (every point of entry)."""
    return () if poes is None else (HubAlert.poe.in_(sorted(poes)),)


def list_alerts(engine: Engine, view: str = "actual", *, state: str | None = None, poe: str | None = None,
                protocol: str | None = None, limit: int = LIST_LIMIT,
                poes: Collection[str] | None = None) -> list[AlertSummary]:
    """Alerts of ``view``, newest received first.

    ``state``: one of :data:`TRIAGE_STATES`, or ``open`` for every state but ``closed``; None for all.
    ``poes``: only these points of entry (the user's jurisdiction); None for all.
    """
    current = _current_state()
    query = (select(*_SUMMARY_COLUMNS, current.label("state"), *_thread_columns())
             .where(HubAlert.status.in_(_statuses(view)), _listed(), *_within(poes))
             .order_by(HubAlert.received_at.desc(), HubAlert.id.desc()).limit(limit))
    if state == "open":
        query = query.where(current != "closed")
    elif state is not None:
        if state not in TRIAGE_STATES:
            raise InputError("state", f"{state!r} is not one of open, {', '.join(TRIAGE_STATES)}")
        query = query.where(current == state)
    if poe:
        query = query.where(HubAlert.poe == poe)
    if protocol:
        query = query.where(HubAlert.protocol == protocol)
    with Session(engine) as session:
        return [AlertSummary(**row._asdict()) for row in session.execute(query)]


def latest_alert_id(engine: Engine, view: str, *, poes: Collection[str] | None = None) -> int:
    """The highest alert id of ``view`` (0 when it is empty): where "new since you looked" starts
    (Alerts only: an Update or Cancel is never a new alert)."""
    with Session(engine) as session:
        return session.scalar(select(func.max(HubAlert.id)).where(HubAlert.status.in_(_statuses(view)),
                                                                   HubAlert.msg_type == "Alert",
                                                                   *_within(poes))) or 0


def alert_ids_after(engine: Engine, view: str, after_id: int, limit: int = 1000, *,
                    poes: Collection[str] | None = None) -> list[int]:
    """Ids of the alerts of ``view`` stored after ``after_id`` (ingest assigns increasing ids)."""
    with Session(engine) as session:
        return list(session.scalars(
            select(HubAlert.id).where(HubAlert.status.in_(_statuses(view)), HubAlert.id > after_id,
                                      HubAlert.msg_type == "Alert", *_within(poes))
            .order_by(HubAlert.id).limit(limit)))


def alert_detail(engine: Engine, alert_id: int, *, poes: Collection[str] | None = None) -> AlertDetail:
    """One alert with its CAP fields and parameters (``parse_cap`` on the stored payload) and its history
    (:class:`NotFound` for one outside ``poes``, the user's jurisdiction)."""
    with Session(engine) as session:
        row = session.execute(
            select(*_SUMMARY_COLUMNS, _current_state().label("state"), *_thread_columns(), HubAlert.identifier,
                   HubAlert.sender, HubAlert.payload, HubAlert.ref_sender, HubAlert.ref_identifier)
            .where(HubAlert.id == alert_id, *_within(poes))).one_or_none()
        if row is None:
            raise NotFound(f"alert {alert_id} is not in the hub database")
        history = _history(session, alert_id)
        thread = _thread(session, row)
    values = row._asdict()
    extra = {name: values.pop(name) for name in ("identifier", "sender", "payload", "ref_sender", "ref_identifier")}
    extra["msg_type"] = values["msg_type"]
    message, error = None, ""
    try:
        message = parse_cap(extra["payload"].encode("utf-8"))
    except CapError as problem:  # stored by an older ingest, or edited by hand: show what is wrong
        error = str(problem)
    return AlertDetail(summary=AlertSummary(**values), identifier=extra["identifier"], sender=extra["sender"],
                       msg_type=extra["msg_type"], message=message, parse_error=error, history=history,
                       thread=thread)


def _thread(session: Session, row: Any) -> tuple[ThreadEntry, ...]:
    """The thread of the alert ``row`` is in: the original (``row`` itself, or the alert an Update or
    Cancel references) and every Update and Cancel referencing it, in the order they were sent."""
    sender, identifier = (row.ref_sender, row.ref_identifier) if row.ref_identifier else (row.sender, row.identifier)
    query = (select(HubAlert.id, HubAlert.msg_type, HubAlert.identifier, HubAlert.sent, HubAlert.received_at,
                    HubAlert.payload)
             .where(HubAlert.status == row.status,
                    or_(and_(HubAlert.sender == sender, HubAlert.identifier == identifier),
                        and_(HubAlert.ref_sender == sender, HubAlert.ref_identifier == identifier)))
             .order_by(HubAlert.sent, HubAlert.id))
    return tuple(ThreadEntry(r.id, r.msg_type, r.identifier, r.sent, r.received_at, *_note_of(r.payload))
                 for r in session.execute(query))


def _note_of(payload: str) -> tuple[str, str]:
    """The message's note and its ``assessment`` parameter (empty when it cannot be read)."""
    try:
        message = parse_cap(payload.encode("utf-8"))
    except CapError:
        return "", ""
    return message.note, message.infos[0].parameters.get("assessment", "") if message.infos else ""


def _history(session: Session, alert_id: int) -> tuple[TriageStep, ...]:
    steps, state, outcome = [], "new", ""
    for row in session.scalars(select(HubTriage).where(HubTriage.alert_id == alert_id).order_by(HubTriage.id)):
        note_only = (row.state, row.outcome) == (state, outcome)
        steps.append(TriageStep(row.state, row.outcome, row.note, row.officer, row.at, note_only))
        state, outcome = row.state, row.outcome
    return tuple(steps)


# ---------------------------------------------------------------------------------------- triage


def officer_name(text: str) -> str:
    """The officer's name as recorded with each triage step; refuses empty, over-long or control characters."""
    name = " ".join(text.split())
    if not name:
        raise InputError("officer", "enter the surveillance officer's name")
    if len(name) > OFFICER_MAX:
        raise InputError("officer", f"at most {OFFICER_MAX} characters ({len(name)} given)")
    if any(not c.isprintable() for c in name):
        raise InputError("officer", "the name contains control characters")
    return name


def _checked_note(note: str) -> str:
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise InputError("note", f"at most {NOTE_MAX} characters ({len(note)} given)")
    return note


def _checked_outcome(state: str, outcome: str) -> str:
    outcome = outcome.strip()
    if state == "closed":
        if not outcome:
            raise InputError("outcome", "choose one to close the alert: " + ", ".join(OUTCOMES.values()))
        if outcome not in OUTCOMES:
            raise InputError("outcome", f"{outcome[:40]!r} is not one of {', '.join(OUTCOMES)}")
    elif outcome:
        raise InputError("outcome", "an outcome is recorded only when the alert is closed")
    return outcome


def triage(engine: Engine, alert_id: int, state: str, *, officer: HubUser, outcome: str = "", note: str = "",
           expected: str | None = None, clock: Clock | None = None) -> TriageStep:
    """Record one triage step (a new ``hub_triage`` row) by the signed-in ``officer`` after checking it
    (their role may ``triage`` and the alert is in their jurisdiction); returns the step.

    ``expected`` is the state the officer saw: when the alert has changed since (another console),
    :class:`TriageConflict` is raised and nothing is written. The alert's triage is locked for the check
    (:func:`lock_alert`), so two officers cannot both move it from the same state.
    """
    if state not in TRIAGE_STATES or state == "new":
        raise InputError("state", f"{state!r} is not one of {', '.join(TRIAGE_STATES[1:])}")
    outcome = _checked_outcome(state, outcome)
    note = _checked_note(note)
    at = (clock or SystemClock()).now()

    def step_from(current: str, _current_outcome: str) -> TriageStep:
        if state not in NEXT_STATES[current]:
            raise InputError("state", f"an alert that is {current} cannot become {state} "
                                      f"(it can become: {', '.join(NEXT_STATES[current])})")
        return TriageStep(state, outcome, note, officer.id, at)

    return _append_step(engine, alert_id, expected, step_from, officer, "triage")


def add_note(engine: Engine, alert_id: int, note: str, *, officer: HubUser, expected: str | None = None,
             clock: Clock | None = None) -> TriageStep:
    """Add a note to the triage history without changing the state (what was done, who was called,
    results awaited); a closed alert keeps its outcome. Same checks as :func:`triage`."""
    note = _checked_note(note)
    if not note:
        raise InputError("note", "write the note to add")
    at = (clock or SystemClock()).now()
    return _append_step(engine, alert_id, expected,
                        lambda current, outcome: TriageStep(current, outcome, note, officer.id, at, note_only=True),
                        officer, "note")


def _append_step(engine: Engine, alert_id: int, expected: str | None,
                 step_from: Callable[[str, str], TriageStep], officer: HubUser, action: str) -> TriageStep:
    """Append the step ``step_from(current state, current outcome)`` gives, if ``officer`` may ``action``
    this alert and it is still in the state the officer saw (``expected``), else :class:`TriageConflict`
    and nothing is written."""
    with Session(engine) as session, session.begin():
        lock_alert(session, alert_id)
        poe = session.scalar(select(HubAlert.poe).where(HubAlert.id == alert_id))
        if poe is None:
            raise NotFound(f"alert {alert_id} is not in the hub database")
        require_current(session, officer, action, poe=poe)
        last = session.scalars(select(HubTriage).where(HubTriage.alert_id == alert_id)
                               .order_by(HubTriage.id.desc()).limit(1)).first()
        current = last.state if last is not None else "new"
        if expected is not None and current != expected:
            by = f" by {last.officer} at {last.at:%Y-%m-%d %H:%M} UTC" if last is not None else ""
            raise TriageConflict(f"the alert is now {current}{by}; look at it again before changing it")
        step = step_from(current, last.outcome if last is not None else "")
        if session.execute(_insert_step_if(alert_id, current, step)).rowcount != 1:
            raise TriageConflict("another officer changed the alert at the same moment; look at it again")
    return step


TRIAGE_LOCK = 0x48554254
"""First key of the PostgreSQL advisory locks that serialise triage per alert (the second is the alert id)."""


def lock_alert(session: Session, alert_id: int) -> None:
    """Serialise writers of one alert (triage, and any other per-alert record: use this, not
    ``with_for_update()`` on ``hub_alerts``) until the transaction ends. PostgreSQL: an advisory lock, not
    ``SELECT … FOR UPDATE``, which needs UPDATE on ``hub_alerts`` (the desktops' role has none; see
    packaging/hub/desktop-role.sql). SQLite serialises writers itself."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(TRIAGE_LOCK, literal(alert_id % 2**31))))


def _insert_step_if(alert_id: int, current: str, step: TriageStep) -> Any:
    """``INSERT … SELECT … WHERE <state now> = current``: the check and the write are one statement.

    On SQLite the SELECTs before it run outside the write transaction (pysqlite begins one at the first
    write), so only this makes "both officers acknowledged it" impossible there.
    """
    values = select(literal(alert_id, HubTriage.alert_id.type), literal(step.state), literal(step.outcome),
                    literal(step.note), literal(step.officer), literal(step.at, UtcDateTime()))
    latest = (select(HubTriage.state).where(HubTriage.alert_id == alert_id)
              .order_by(HubTriage.id.desc()).limit(1).scalar_subquery())
    return (HubTriage.__table__.insert().from_select(["alert_id", "state", "outcome", "note", "officer", "at"],
                                                     values.where(func.coalesce(latest, "new") == current))
            .execution_options(preserve_rowcount=True))  # psycopg reports -1 for INSERT … SELECT otherwise


# ---------------------------------------------------------------------------------------- reports


@dataclass(frozen=True)
class ReportRow:
    protocol: str
    poe: str
    state: str
    outcome: str
    count: int


@dataclass(frozen=True)
class Report:
    """Actual alerts received in ``[start, end]`` by protocol, point of entry and current triage state.

    ``other_statuses`` counts the Exercise and Test alerts of the same period: beside the report,
    never in it.
    """

    days: int
    start: dt.datetime
    end: dt.datetime
    rows: tuple[ReportRow, ...]
    other_statuses: Mapping[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(row.count for row in self.rows)

    def protocols(self) -> list[str]:
        return sorted({row.protocol for row in self.rows})

    def poes(self) -> list[str]:
        return sorted({row.poe for row in self.rows})

    def by_protocol_poe(self) -> dict[tuple[str, str], int]:
        return _counter(((row.protocol, row.poe), row.count) for row in self.rows)

    def by_state(self) -> dict[str, int]:
        counts = _counter((row.state, row.count) for row in self.rows)
        return {state: counts.get(state, 0) for state in TRIAGE_STATES}

    def closed_by_outcome(self) -> dict[str, int]:
        return _counter((row.outcome, row.count) for row in self.rows if row.state == "closed")

    def as_json(self) -> dict[str, Any]:
        return {
            "period": {"days": self.days, "from": self.start.isoformat(), "to": self.end.isoformat()},
            "status": "Actual",
            "total": self.total,
            "by_protocol_and_point_of_entry": [
                {"protocol": protocol, "point_of_entry": poe, "alerts": count}
                for (protocol, poe), count in sorted(self.by_protocol_poe().items())
            ],
            "by_triage_state": self.by_state(),
            "closed_by_outcome": self.closed_by_outcome(),
            "not_counted": {"exercise": self.other_statuses.get("Exercise", 0),
                            "test": self.other_statuses.get("Test", 0)},
        }

    def csv_text(self) -> str:
        """One row per protocol × point of entry × triage state × outcome (Actual alerts only)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        start, end = self.start.isoformat(), self.end.isoformat()
        for row in sorted(self.rows, key=lambda r: (r.protocol, r.poe, TRIAGE_STATES.index(r.state), r.outcome)):
            writer.writerow([start, end, row.protocol, row.poe, row.state, row.outcome, row.count])
        return out.getvalue()

    def write_csv(self, path: Path) -> None:
        try:
            path.write_text(self.csv_text(), encoding="utf-8")
        except OSError as error:
            raise KioskError(f"cannot write {path}: {error.strerror or error}") from None


CSV_HEADER = ("from", "to", "protocol", "point_of_entry", "triage_state", "outcome", "alerts")


def _counter(pairs: Iterable[tuple[Any, int]]) -> dict[Any, int]:
    counts: Counter[Any] = Counter()
    for key, count in pairs:
        counts[key] += count
    return dict(counts)


def report_period(days: int, clock: Clock) -> tuple[dt.datetime, dt.datetime]:
    """``days`` whole UTC days ending now: 1 = today since 00:00 UTC, 7 = today and the 6 days before."""
    if not 1 <= days <= REPORT_DAYS_MAX:
        raise InputError("days", f"a report covers 1 to {REPORT_DAYS_MAX} days ({days} given)")
    start = dt.datetime.combine(clock.today() - dt.timedelta(days=days - 1), dt.time(), dt.UTC)
    return start, clock.now()


def report(engine: Engine, days: int, *, clock: Clock | None = None, poes: Collection[str] | None = None) -> Report:
    """Counts of the alerts received in the last ``days`` UTC days (see :func:`report_period`), at
    ``poes`` only when given (the user's jurisdiction)."""
    start, end = report_period(days, clock or SystemClock())
    latest = (select(HubTriage.alert_id, func.max(HubTriage.id).label("step_id"))
              .group_by(HubTriage.alert_id).subquery())
    state = func.coalesce(HubTriage.state, "new")
    outcome = func.coalesce(HubTriage.outcome, "")
    in_period = (HubAlert.received_at >= start, HubAlert.received_at <= end, *_within(poes))
    query = (select(HubAlert.protocol, HubAlert.poe, state, outcome, func.count())
             .outerjoin(latest, latest.c.alert_id == HubAlert.id)
             .outerjoin(HubTriage, HubTriage.id == latest.c.step_id)
             .where(HubAlert.status == "Actual", HubAlert.msg_type == "Alert", *in_period)
             .group_by(HubAlert.protocol, HubAlert.poe, state, outcome))
    with Session(engine) as session:
        rows = tuple(ReportRow(*row) for row in session.execute(query))
        others = dict(session.execute(
            select(HubAlert.status, func.count()).where(HubAlert.status != "Actual", HubAlert.msg_type == "Alert",
                                                        *in_period)
            .group_by(HubAlert.status)).all())
    return Report(days=days, start=start, end=end, rows=rows, other_statuses=others)


# ---------------------------------------------------------------------------------------- kiosks


@dataclass(frozen=True)
class KioskPresence:
    """A kiosk's latest status (``kiosk.hub.presence``): online, or offline since ``changed_at``."""

    kiosk_id: str
    country: str
    poe: str
    state: str
    mode: str
    situation_version: str | None
    changed_at: dt.datetime
    seen_at: dt.datetime


def kiosk_presence(engine: Engine, *, poes: Collection[str] | None = None) -> list[KioskPresence]:
    """Every kiosk (at ``poes`` when given) that ever published its status: offline ones first (longest
    silent first), then by post."""
    with Session(engine) as session:
        query = select(HubKiosk) if poes is None else select(HubKiosk).where(HubKiosk.poe.in_(sorted(poes)))
        rows = session.scalars(query).all()
        kiosks = [KioskPresence(r.kiosk_id, r.country, r.poe, r.state, r.mode, r.situation_version, r.changed_at,
                                r.seen_at) for r in rows]
    return sorted(kiosks, key=lambda k: (k.state != "offline", k.changed_at if k.state == "offline" else
                                         dt.datetime.min.replace(tzinfo=dt.UTC), k.poe, k.kiosk_id))


# ---------------------------------------------------------------------------------------- storing


def store_alert(engine: Engine, topic: str, payload: bytes, received_at: dt.datetime,
                user: Mapping[str, str] | None = None) -> int:
    """Store one CAP message exactly as ingest does (same checks, enrolment included, same row, same
    duplicate rule); its id.

    For alerts that arrive another way than MQTT (signed CAP files carried over), demos and tests.
    Raises ``kiosk.hub.ingest.RejectedMessage`` (with its quarantine reason) for what ingest would refuse.
    """
    row, _message = alert_row(topic, payload, received_at, user)
    with engine.begin() as connection:
        problem = enrolment_problem(row, enrolments_of(connection, [row["kiosk_id"]]))
        if problem is not None:
            raise problem
        connection.execute(insert_statement(engine.dialect.name), [row])
        return connection.scalar(select(HubAlert.id).where(HubAlert.status == row["status"],
                                                           HubAlert.sender == row["sender"],
                                                           HubAlert.identifier == row["identifier"]))
