"""Follow-up of travellers given ``monitor`` (or a referral): the record the hub's follow-up list needs.

At the decision, for a real screening whose slip prints a monitoring end date (``monitor``, or a referral
with a follow-up contact: :data:`DISPOSITIONS`), the kiosk writes a follow-up record into the outbox, in the completion's transaction: the traveller's pseudonymous
reference (as the alert carries it), the point of entry, the leading protocol, the disposition, the end
date printed on the slip and, only when the traveller agreed, a contact (phone and/or address) for this
follow-up alone, with who recorded the consent. No name, no document, no immigration status
(docs/follow-up-privacy.md). Exercise and test screenings send none: nobody is to be called.

The kiosk keeps its copy of the contact (``follow_up_contacts``) only until the hub has acknowledged the
record: the retention run (:func:`purge_contacts`) then blanks it, and the contact in the settled outbox
message too. Message (schema :data:`SCHEMA`)::

    {"schema": "poe-follow-up/1", "id": "FU-<encounter id>", "kiosk_id": "K1", "poe": "XL-LND-01",
     "country": "XL", "sent": "2026-12-07T10:00:00Z", "reference": "T4K2M9QX7PZ", "protocol": "EVD",
     "disposition": "monitor", "decided_at": "2026-12-07T10:00:00Z", "end_date": "2026-12-28",
     "contact": {"phone": "+000 555 0100", "address": "", "consent": true, "recorded_by": "S1"}}
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update

from kiosk.clock import Clock
from kiosk.errors import InputError
from kiosk.store import Store
from kiosk.store import models as m

log = logging.getLogger(__name__)

SCHEMA = "poe-follow-up/1"
KIND = "follow-up"
DISPOSITIONS = ("monitor", "refer", "isolate")
"""Decisions that can put a traveller on the hub's follow-up list: ``monitor`` always (when the slip prints an
end date), a referral (:data:`REFERRALS`) when the officer records a follow-up contact with it (the receiving
facility usually takes over; the officer says when the hub should follow up too)."""
REFERRALS = ("refer", "isolate")
MAX_PHONE = 40
MAX_ADDRESS = 200
PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{3,38}$")
AUDIT_ACTION = "follow_up.recorded"
PURGE_ACTION = "follow_up.contacts_purged"


@dataclass(frozen=True)
class FollowUpContact:
    """What the traveller agreed to give for follow-up (both fields optional, consent required for either)."""

    phone: str = ""
    address: str = ""
    consent: bool = False

    def __post_init__(self) -> None:
        phone, address = " ".join(self.phone.split()), " ".join(self.address.split())
        object.__setattr__(self, "phone", phone)
        object.__setattr__(self, "address", address)
        if phone and not PHONE.match(phone):
            raise InputError("follow_up.phone", f"{phone[:50]!r} is not a phone number (digits, spaces, + ( ) - .; "
                                                f"at most {MAX_PHONE})")
        if len(address) > MAX_ADDRESS:
            raise InputError("follow_up.address", f"at most {MAX_ADDRESS} characters ({len(address)} given)")
        if (phone or address) and not self.consent:
            raise InputError("follow_up.consent", "the traveller's consent is needed to record a contact")

    @property
    def given(self) -> bool:
        return bool(self.phone or self.address)


def follow_up_identifier(encounter_id: str) -> str:
    return f"FU-{encounter_id}"


def end_date(evaluation: dict[str, Any], leading_protocol: str) -> dt.date | None:
    """The monitoring end date the slip prints (``kiosk.referral.slip.primary_assessment``)."""
    from kiosk.referral.slip import primary_assessment

    return primary_assessment({**evaluation, "leading_protocol": leading_protocol}).follow_up_until


def build_message(*, identifier: str, context: Any, sent: dt.datetime, reference: str, protocol: str,
                  disposition: str, until: dt.date, contact: FollowUpContact | None, recorded_by: str) -> bytes:
    from kiosk.alerts.outbox import iso_utc

    message = {"schema": SCHEMA, "id": identifier, "kiosk_id": context.kiosk_id, "poe": context.site.id,
               "country": context.site.country, "sent": iso_utc(sent), "reference": reference, "protocol": protocol,
               "disposition": disposition, "decided_at": iso_utc(sent), "end_date": until.isoformat(),
               "contact": ({"phone": contact.phone, "address": contact.address, "consent": True,
                            "recorded_by": recorded_by} if contact is not None and contact.given else None)}
    return json.dumps(message, sort_keys=True, separators=(",", ":")).encode()


def record_follow_up(connection: Connection, *, encounter_id: str, evaluation: dict[str, Any], leading: str,
                     disposition: str, reference: str, contact: FollowUpContact | None, officer_id: str,
                     context: Any, clock: Clock) -> str | None:
    """In the completion's transaction: the follow-up record of a real ``monitor``/``refer``/``isolate``
    decision whose slip prints an end date, into the outbox; its identifier (None when there is none)."""
    from kiosk.alerts.outbox import enqueue_report
    from kiosk.screening import record_audit

    given = contact is not None and contact.given
    if context.mode != "actual" or disposition not in DISPOSITIONS or (disposition in REFERRALS and not given):
        return None
    until = end_date(evaluation, leading)
    if until is None:
        return None
    now = clock.now()
    identifier = follow_up_identifier(encounter_id)
    enqueue_report(connection, kind=KIND, identifier=identifier, context=context, now=now,
                   payload=build_message(identifier=identifier, context=context, sent=now, reference=reference,
                                         protocol=leading, disposition=disposition, until=until, contact=contact,
                                         recorded_by=officer_id))
    if given:
        connection.execute(m.FollowUpContact.__table__.insert(), {
            "encounter_id": encounter_id, "identifier": identifier, "end_date": until, "phone": contact.phone,
            "address": contact.address, "consent": True, "recorded_by": officer_id, "recorded_at": now})
    record_audit(connection, clock, context, officer_id, AUDIT_ACTION, "encounter", encounter_id,
                 {"end_date": until.isoformat(), "contact": given, "consent": given,
                  "phone": bool(given and contact.phone), "address": bool(given and contact.address)})
    return identifier


def purge_contacts(store: Store, clock: Clock, context: Any) -> int:
    """Blank the kiosk's copies of contacts whose follow-up record the hub acknowledged (the row and the
    settled outbox message); how many. Audited when any (``follow_up.contacts_purged``, counts only)."""
    from kiosk.screening import record_audit

    fc, om = m.FollowUpContact, m.OutboxMessage
    now = clock.now()
    with store.connection() as connection:
        rows = connection.execute(select(fc.encounter_id, fc.identifier, om.id, om.payload)
                                  .join(om, om.alert_identifier == fc.identifier)
                                  .where(fc.purged_at.is_(None), om.status == "acked")).all()
        for row in rows:
            message = json.loads(row.payload)
            message["contact"] = None
            connection.execute(update(om).where(om.id == row.id).values(
                payload=json.dumps(message, sort_keys=True, separators=(",", ":")).encode()))
            connection.execute(update(fc).where(fc.encounter_id == row.encounter_id).values(
                phone="", address="", purged_at=now))
        if rows:
            record_audit(connection, clock, context, None, PURGE_ACTION, "follow_up", "", {"contacts": len(rows)})
    if rows:
        log.info("follow-up: %d contact(s) acknowledged by the hub blanked on this kiosk", len(rows))
    return len(rows)
