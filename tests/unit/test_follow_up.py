"""Follow-up: the kiosk writes a record (reference, point of entry, protocol, the slip's end date, the contact
only with consent) in the completion's transaction; the hub takes it once, lists it with today's status and
who is overdue, records checks with who and when, and deletes the contact a fixed time after the end date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.clock import FixedClock
from kiosk.errors import InputError, KioskError
from kiosk.follow_up import FollowUpContact, purge_contacts
from kiosk.hub.follow_up import (
    CONTACT_RETENTION_DAYS,
    FollowUpError,
    HubFollowUp,
    checks_of,
    follow_up_list,
    parse_follow_up,
    parse_report,
    record_check,
    store_follow_ups,
)
from kiosk.hub.follow_up import (
    purge_contacts as purge_hub_contacts,
)
from kiosk.hub.models import hub_engine
from kiosk.screening import Decision
from kiosk.store import models as m


def monitored(day: dt.date) -> dict:
    """A traveller who left an EVD-affected country 4 days ago, well: ``monitor`` until day 21."""
    return {"arrival_date": day.isoformat(), "age_years": 30, "conveyance": {"type": "land"},
            "itinerary": [{"country": "GN", "left": (day - dt.timedelta(days=4)).isoformat()}]}


def follow_up_rows(store) -> list[m.OutboxMessage]:
    with store.reading() as session:
        return list(session.scalars(select(m.OutboxMessage).where(m.OutboxMessage.topic.endswith("/follow-up"))))


def test_a_monitor_decision_sends_the_record_with_the_contact_given_with_consent(service, store, clock) -> None:
    encounter = service.start(officer_id=None, sop_id="t", sop_version="1")
    done = service.complete(encounter, monitored(clock.today()), Decision(
        "S1", contact=FollowUpContact(phone=" +000  555 0100 ", consent=True)))
    assert done.disposition == "monitor"
    [row] = follow_up_rows(store)
    message = json.loads(row.payload)
    assert message["reference"] == done.traveller_reference and message["protocol"] == "EVD"
    assert message["end_date"] == (clock.today() - dt.timedelta(days=4) + dt.timedelta(days=21)).isoformat()
    assert message["contact"] == {"phone": "+000 555 0100", "address": "", "consent": True, "recorded_by": "S1"}
    assert message["poe"] == service.context.site.id and row.encounter_id is None
    assert not {"surname", "given_names", "document_number", "birth_date", "immigration_status"} & set(message)
    with store.reading() as session:
        contact = session.get(m.FollowUpContact, encounter)
        audit = session.scalars(select(m.AuditEvent.detail).where(m.AuditEvent.action == "follow_up.recorded")).one()
    assert contact.phone == "+000 555 0100" and contact.consent and contact.recorded_by == "S1"
    assert audit["contact"] is True and "0100" not in json.dumps(audit)  # the audit says that, never what
    row_parsed = parse_follow_up(row.payload, received_at=clock.now())
    assert row_parsed["phone"] == "+000 555 0100" and row_parsed["end_date"].isoformat() == message["end_date"]


def test_no_record_without_a_follow_up_decision_and_none_from_an_exercise(service, store, clock) -> None:
    encounter = service.start(officer_id=None, sop_id="t", sop_version="1")
    service.complete(encounter, {"arrival_date": clock.today().isoformat()}, Decision("S1"))  # clear
    assert follow_up_rows(store) == []
    service.context = type(service.context)(service.context.site, service.context.kiosk_id, "exercise", "EX-1")
    encounter = service.start(officer_id=None, sop_id="t", sop_version="1")
    service.complete(encounter, monitored(clock.today()), Decision("S1"))
    assert follow_up_rows(store) == []


@pytest.mark.parametrize(("contact", "field"), [
    (dict(phone="+000 555 0100"), "follow_up.consent"), (dict(phone="call me", consent=True), "follow_up.phone"),
    (dict(address="x" * 201, consent=True), "follow_up.address")])
def test_a_contact_is_refused_without_consent_or_when_it_is_not_one(contact: dict, field: str) -> None:
    with pytest.raises(InputError) as refused:
        FollowUpContact(**contact)
    assert refused.value.field == field


def test_the_kiosk_blanks_its_copy_once_the_hub_acknowledged(service, store, clock) -> None:
    encounter = service.start(officer_id=None, sop_id="t", sop_version="1")
    service.complete(encounter, monitored(clock.today()), Decision(
        "S1", contact=FollowUpContact(address="12 Lake Road, Kessa", consent=True)))
    assert purge_contacts(store, clock, service.context) == 0, "not acknowledged yet: kept for the re-sends"
    with store.connection() as connection:
        connection.execute(m.OutboxMessage.__table__.update().values(status="acked"))
    assert purge_contacts(store, clock, service.context) == 1
    [row] = follow_up_rows(store)
    assert json.loads(row.payload)["contact"] is None
    with store.reading() as session:
        contact = session.get(m.FollowUpContact, encounter)
    assert (contact.address, contact.purged_at) == ("", clock.now())


# ---------------------------------------------------------------------------------------- hub


def record(identifier: str, decided: dt.datetime, end: dt.date, *, phone: str = "+000 555 0100") -> bytes:
    return json.dumps({
        "schema": "poe-follow-up/1", "id": identifier, "kiosk_id": "XL-LND-01-K1", "poe": "XL-LND-01",
        "country": "XL", "sent": f"{decided:%Y-%m-%dT%H:%M:%SZ}", "decided_at": f"{decided:%Y-%m-%dT%H:%M:%SZ}",
        "reference": f"T{identifier[-4:]}", "protocol": "EVD", "disposition": "monitor", "end_date": end.isoformat(),
        "contact": {"phone": phone, "address": "", "consent": True, "recorded_by": "S1"}}).encode()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hub(request, tmp_path: Path):
    """The hub database on SQLite, and on PostgreSQL when it answers (a loud skip otherwise)."""
    url = request.getfixturevalue("postgres_url") if request.param == "postgres" else \
        f"sqlite:///{tmp_path / 'hub.sqlite'}"
    engine = hub_engine(url)
    yield engine
    engine.dispose()


def store_records(engine, *payloads: bytes, at: dt.datetime) -> None:
    with engine.begin() as connection:
        store_follow_ups(connection, [parse_report(p, at).row for p in payloads])


def test_the_list_says_who_is_overdue_and_checks_are_audited(hub) -> None:
    clock = FixedClock(dt.datetime(2026, 12, 10, 9, 0, tzinfo=dt.UTC))
    start = dt.datetime(2026, 12, 5, 8, 0, tzinfo=dt.UTC)
    end = dt.date(2026, 12, 26)
    store_records(hub, record("FU-0001", start, end), record("FU-0002", start, end),
                  record("FU-0003", clock.now(), end), record("FU-0001", start, end), at=clock.now())  # one copy
    with Session(hub) as session:
        rows = follow_up_list(session, clock.today())
    assert [(r.reference, r.state) for r in rows] == [("T0001", "overdue"), ("T0002", "overdue"), ("T0003", "due")]
    first = rows[0].id
    record_check(hub, first, "well", actor="Ada Okoro", clock=clock)
    clock.advance(minutes=30)
    record_check(hub, first, "symptoms", actor="Ben Kalu", clock=clock, note="fever 38.2 this morning")
    record_check(hub, rows[1].id, "lost", actor="Ada Okoro", clock=clock, note="no answer for 3 days")
    with Session(hub) as session:
        states = {r.reference: (r.state, r.today_status) for r in follow_up_list(session, clock.today())}
        trail = [(c.status, c.actor, c.recorded_at, c.check_number) for c in checks_of(session, first)]
    assert states == {"T0001": ("checked", "symptoms"), "T0002": ("closed", "lost"), "T0003": ("due", None)}
    assert trail == [("well", "Ada Okoro", dt.datetime(2026, 12, 10, 9, 0, tzinfo=dt.UTC), 1),
                     ("symptoms", "Ben Kalu", dt.datetime(2026, 12, 10, 9, 30, tzinfo=dt.UTC), 2)]
    with pytest.raises(KioskError, match="closed on 2026-12-10"):
        record_check(hub, rows[1].id, "well", actor="Ada Okoro", clock=clock)
    with pytest.raises(InputError, match="actor"):
        record_check(hub, first, "well", actor="  ", clock=clock)
    with pytest.raises(InputError, match="status"):
        record_check(hub, first, "fine", actor="Ada Okoro", clock=clock)
    clock.advance(days=2)
    with Session(hub) as session:
        assert follow_up_list(session, clock.today())[0].reference == "T0001"  # not checked for 2 days: overdue
        assert follow_up_list(session, clock.today())[0].state == "overdue"


def test_the_hub_deletes_the_contact_a_fixed_time_after_the_end_date(hub) -> None:
    clock = FixedClock(dt.datetime(2026, 12, 10, 9, 0, tzinfo=dt.UTC))
    end = dt.date(2026, 12, 26)
    store_records(hub, record("FU-0001", clock.now(), end), record("FU-0002", clock.now(), end + dt.timedelta(days=5)),
                  at=clock.now())
    clock.advance(days=16 + CONTACT_RETENTION_DAYS)  # 2026-12-26 + 30 days: the last day it is kept
    assert purge_hub_contacts(hub, clock) == 0
    clock.advance(days=1)
    assert purge_hub_contacts(hub, clock) == 1
    assert purge_hub_contacts(hub, clock) == 0
    with Session(hub) as session:
        kept = {r.reference: (r.phone, r.contact_deleted_at) for r in session.scalars(select(HubFollowUp))}
    assert kept == {"T0001": ("", clock.now()), "T0002": ("+000 555 0100", None)}
    with pytest.raises(KioskError, match="ended on"):
        record_check(hub, 1, "well", actor="Ada Okoro", clock=clock)


@pytest.mark.parametrize(("change", "reason"), [
    (lambda d: d.update(surname="Doe"), "unexpected field 'surname'"),
    (lambda d: d["contact"].update(consent=False), "consent"),
    (lambda d: d.update(end_date="2027-06-01"), "not within 60 days"),
    (lambda d: d.update(disposition="clear"), "disposition"),
    (lambda d: d.update(sent="yesterday"), "sent must be a UTC time")])
def test_a_bad_record_is_refused_naming_what_is_wrong(change, reason: str) -> None:
    at = dt.datetime(2026, 12, 10, 9, 0, tzinfo=dt.UTC)
    data = json.loads(record("FU-0001", at, dt.date(2026, 12, 26)))
    change(data)
    with pytest.raises(FollowUpError, match=reason):
        parse_follow_up(json.dumps(data).encode(), received_at=at)


@given(st.binary(max_size=400) | st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12).map(lambda value: json.dumps(value).encode()))
def test_any_input_is_taken_or_refused_with_a_reason(payload: bytes) -> None:
    at = dt.datetime(2026, 12, 10, 9, 0, tzinfo=dt.UTC)
    try:
        row = parse_follow_up(payload, received_at=at)
    except FollowUpError as error:
        assert str(error)
    else:
        assert row["disposition"] in ("monitor", "refer", "isolate")


@given(st.sampled_from(["id", "kiosk_id", "poe", "country", "sent", "reference", "protocol", "disposition",
                        "decided_at", "end_date", "contact", "schema"]),
       st.none() | st.booleans() | st.integers(-3, 10**6) | st.text(max_size=70) | st.just({}))
def test_a_record_with_one_field_changed_is_taken_or_refused_naming_it(name: str, value) -> None:
    at = dt.datetime(2026, 12, 10, 9, 0, tzinfo=dt.UTC)
    data = json.loads(record("FU-0001", at, dt.date(2026, 12, 26)))
    data[name] = value
    try:
        parse_follow_up(json.dumps(data).encode(), received_at=at)
    except FollowUpError as error:
        assert name.split("_")[0] in str(error) or "contact" in str(error) or "future" in str(error), str(error)


def test_a_user_sees_and_checks_only_the_follow_ups_of_their_jurisdiction(hub) -> None:
    clock = FixedClock(dt.datetime(2026, 12, 10, 9, 0, tzinfo=dt.UTC))
    other = json.loads(record("FU-0002", clock.now(), dt.date(2026, 12, 26)))
    other.update(poe="XL-AIR-01", kiosk_id="XL-AIR-01-K1")
    store_records(hub, record("FU-0001", clock.now(), dt.date(2026, 12, 26)), json.dumps(other).encode(),
                  at=clock.now())
    with Session(hub) as session:
        mine = follow_up_list(session, clock.today(), poes=frozenset({"XL-AIR-01"}))
        everyone = follow_up_list(session, clock.today())
    assert [r.poe for r in mine] == ["XL-AIR-01"] and len(everyone) == 2
    outside = next(r.id for r in everyone if r.poe == "XL-LND-01")
    with pytest.raises(KioskError, match=f"no follow-up {outside}"):
        record_check(hub, outside, "well", actor="Ada Okoro", clock=clock, poes=frozenset({"XL-AIR-01"}))
    record_check(hub, mine[0].id, "well", actor="Ada Okoro", clock=clock, poes=frozenset({"XL-AIR-01"}))
