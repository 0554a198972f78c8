"""Today's completed encounters of this kiosk, as the history screen lists them (Qt-free; the window
reads them on its database worker, the benchmarks and tests call them directly)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from kiosk.alerts.outbox import DELIVERY_STATES
from kiosk.store import models as m

EARLY_NOTICE_MARGIN = dt.timedelta(days=1)
"""An encounter completed today may have sent an alert (an early notice) up to this long before."""


@dataclass(slots=True)
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

    ``services``: a ``kiosk.services.Services`` (the mode in force: real work or the exercise). Two Core
    queries: the day's encounters (``ix_encounters_day``, covering), then the delivery states of the
    day's alerts (``ix_outbox_status_created``): a busy kiosk's year in the database, docs/benchmarks.md.
    """
    context, clock = services.screening.context, services.clock
    start = dt.datetime.combine(clock.today(), dt.time(), dt.UTC)
    e, r = m.Encounter, m.Referral
    query = (
        select(e.id, e.completed_at, e.disposition, e.leading_protocol, m.Traveller.reference, r.id, r.protocol,
               r.print_status, r.print_message, r.pdf_path)
        .outerjoin(m.Traveller, m.Traveller.id == e.traveller_id)
        .outerjoin(r, r.encounter_id == e.id)
        .where(e.site_id == context.site.id, e.status == "completed", e.completed_at >= start,
               e.kiosk_id == context.kiosk_id, e.mode == context.mode,
               e.exercise_id.is_not_distinct_from(context.exercise_id))
        .order_by(e.completed_at.desc(), e.id)
    )
    with services.store.reading() as session:
        found = session.connection().execute(query).all()
        states = _delivery_states(session, start - EARLY_NOTICE_MARGIN) if found else {}
        older = _first_protocols(session, [row[0] for row in found if row[3] is None and not row[6]])
    rows = []
    for encounter_id, completed_at, disposition, leading, reference, referral_id, referral_protocol, \
            print_status, print_message, pdf_path in found:
        referred = referral_id is not None
        state = states.get(encounter_id)
        rows.append(HistoryRow(
            encounter_id=encounter_id, completed_at=completed_at, traveller_reference=reference or "",
            disposition=disposition or "", protocol=leading or referral_protocol or older.get(encounter_id, ""),
            delivery=DELIVERY_STATES.get(state) if state else None, referral_id=referral_id,
            print_status=(print_status or "") if referred else "", print_message=(print_message or "") if referred else "",
            pdf_path=(pdf_path or "") if referred else "",
        ))
    return rows


def _delivery_states(session: Any, since: dt.datetime) -> dict[str, str]:
    """Encounter id → the outbox status of its latest alert written since ``since``."""
    o = m.OutboxMessage
    rows = session.connection().execute(
        select(o.encounter_id, o.status).where(o.status.in_(DELIVERY_STATES), o.created_at >= since)
        .order_by(o.created_at)).all()
    return {encounter_id: status for encounter_id, status in rows}


def _first_protocols(session: Any, encounter_ids: list[str]) -> dict[str, str]:
    """Encounters completed before the leading protocol was stored (NULL, not ""): the evaluation's first flag."""
    found: dict[str, str] = {}
    for encounter_id in encounter_ids:
        flags = (session.get(m.Encounter, encounter_id).evaluation or {}).get("flags") or []
        found[encounter_id] = str(flags[0].get("protocol") or "") if flags else ""
    return found
