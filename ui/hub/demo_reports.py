"""Demo daily aggregates and follow-ups for the console's screenshots (``ui.hub.screenshots``): built by the
kiosk's own message builders and stored the way ingest stores them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from kiosk.aggregates import build_message as aggregate_message
from kiosk.follow_up import FollowUpContact
from kiosk.follow_up import build_message as follow_up_message
from kiosk.hub import aggregates, follow_up
from kiosk.hub.follow_up import record_check
from kiosk.screening import KioskContext
from ui.hub.demo import SITES

_DAY_COUNTS = {"XL-AIR-01-K1": (412, 9, 2, 1), "XL-AIR-01-K2": (388, 6, 1, 0), "XL-SEA-02-K1": (57, 2, 1, 0)}
"""Yesterday's totals (screened, flagged, referred, isolated) of the kiosks that reported: XL-SEA-02-K2 and the
Kessa crossing did not."""
_FOLLOW_UPS = (("T4K2M9QX7PZ", "XL-AIR-01", "EVD", 9, "+000 555 0100", "Hotel Lakeview, room 214"),
               ("T8N3V5RW2HC", "XL-AIR-01", "EVD", 5, "+000 555 0142", ""),
               ("T2D7H4JB9MK", "XL-SEA-02", "MVD", 2, "", "12 Harbour Street, Port Aurel"),
               ("T6Q1C8ZS3FY", "DEMO-KESSA", "EVD", 1, "+000 555 0177", ""))


class _Clock:
    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def now(self) -> dt.datetime:
        return self.at

    def today(self) -> dt.date:
        return self.at.date()


def seed_reports(engine: Engine, now: dt.datetime) -> None:
    """Yesterday's aggregates of three kiosks of five, and four travellers under follow-up (one overdue)."""
    day = now.astimezone(dt.UTC).date() - dt.timedelta(days=1)
    rows = []
    for kiosk_id, (screened, flagged, referred, isolated) in _DAY_COUNTS.items():
        site = SITES[kiosk_id.rsplit("-", 1)[0]]
        totals = {"screened": screened, "flagged": flagged, "referred": referred, "isolated": isolated}
        counts = {"totals": totals, **{name: {"unknown": totals} for name in
                                       ("by_protocol", "by_sex", "by_age_band", "by_nationality")}}
        payload = aggregate_message(identifier=f"AGG-{kiosk_id}-{day:%Y%m%d}-1", context=KioskContext(site, kiosk_id),
                                    day=day, revision=1, sent=now, counts=counts,
                                    exercise={"screened": 0, "flagged": 0, "referred": 0, "isolated": 0})
        rows.append(aggregates.parse_report(payload, now).row)
    with engine.begin() as connection:
        aggregates.store_aggregates(connection, rows)
    records = []
    for reference, site_id, protocol, days_ago, phone, address in _FOLLOW_UPS:
        decided = now - dt.timedelta(days=days_ago, hours=3)
        contact = FollowUpContact(phone=phone, address=address, consent=True) if phone or address else None
        payload = follow_up_message(identifier=f"FU-{reference}", context=KioskContext(SITES[site_id], f"{site_id}-K1"),
                                    sent=decided, reference=reference, protocol=protocol, disposition="monitor",
                                    until=decided.date() + dt.timedelta(days=21 - days_ago), contact=contact,
                                    recorded_by="H1")
        records.append(follow_up.parse_report(payload, now).row)
    with engine.begin() as connection:
        follow_up.store_follow_ups(connection, records)
    clock = _Clock(now - dt.timedelta(hours=2))
    record_check(engine, 1, "well", actor="Amina Diallo", clock=clock, note="Temperature 36.7 by phone")
    record_check(engine, 3, "symptoms", actor="Jonas Weber", clock=clock, note="Headache since last night")
