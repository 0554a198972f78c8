"""Today's completed encounters of this kiosk, as the history screen lists them (Qt-free; the window
reads them on its database worker, the benchmarks and tests call them directly)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from kiosk.store import models as m


@dataclass(frozen=True)
class HistoryRow:
    encounter_id: str
    completed_at: dt.datetime
    traveller_reference: str
    disposition: str
    protocol: str
    """The leading protocol stored with the encounter (``kiosk.protocols.leading_protocol``)."""
    delivery: str | None
    """``kiosk.alerts.outbox.delivery_state``: queued, at_broker, acknowledged, dead; None without an alert."""
    referral_id: str | None
    print_status: str = ""
    print_message: str = ""
    pdf_path: str = ""


def today_history(services: Any) -> list[HistoryRow]:
    """Encounters this kiosk completed today (UTC day, as the home counts), newest first.

    ``services``: a ``kiosk.services.Services`` (the mode in force: real work or the exercise). Two
    queries for a day's rows: the encounters, then their alerts' delivery states.
    """
    from kiosk.alerts.outbox import DELIVERY_STATES

    context, clock = services.screening.context, services.clock
    start = dt.datetime.combine(clock.today(), dt.time(), dt.UTC)
    e = m.Encounter
    query = (
        select(e.id, e.completed_at, e.disposition, e.leading_protocol, e.evaluation, m.Traveller.reference,
               m.Referral.id, m.Referral.protocol, m.Referral.print_status, m.Referral.print_message,
               m.Referral.pdf_path)
        .outerjoin(m.Traveller, m.Traveller.id == e.traveller_id)
        .outerjoin(m.Referral, m.Referral.encounter_id == e.id)
        .where(e.site_id == context.site.id, e.status == "completed", e.completed_at >= start,
               e.kiosk_id == context.kiosk_id, e.mode == context.mode,
               e.exercise_id.is_not_distinct_from(context.exercise_id))
        .order_by(e.completed_at.desc(), e.id)
    )
    with services.store.reading() as session:
        found = session.execute(query).all()
        states = _delivery_states(session, [row[0] for row in found])
    return [HistoryRow(
        encounter_id=row[0], completed_at=row[1], traveller_reference=row[5] or "", disposition=row[2] or "",
        protocol=row[3] or row[7] or _first_protocol(row[4]),
        delivery=DELIVERY_STATES.get(states[row[0]]) if row[0] in states else None,
        referral_id=row[6], print_status=(row[8] or "") if row[6] else "",
        print_message=(row[9] or "") if row[6] else "", pdf_path=(row[10] or "") if row[6] else "",
    ) for row in found]


def _delivery_states(session: Any, encounter_ids: list[str], chunk: int = 500) -> dict[str, str]:
    """Encounter id → the outbox status of its latest alert (by the outbox's encounter index)."""
    o = m.OutboxMessage
    states: dict[str, str] = {}
    for index in range(0, len(encounter_ids), chunk):
        rows = session.execute(select(o.encounter_id, o.status).where(
            o.encounter_id.in_(encounter_ids[index:index + chunk])).order_by(o.created_at)).all()
        states.update((encounter_id, status) for encounter_id, status in rows)
    return states


def _first_protocol(evaluation: dict[str, Any] | None) -> str:
    """Encounters from before the leading protocol was stored: the evaluation's first flag."""
    flags = (evaluation or {}).get("flags") or []
    return str(flags[0].get("protocol") or "") if flags else ""
