"""Early notice: a suspected case reaches the hub while it is assessed (CAP Alert, certainty Possible),
then exactly one Update referencing it when decided, or one Cancel when secondary rules it out; every
alert says when the kiosk first flagged the traveller."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kiosk.alerts.cap import parse_cap
from kiosk.alerts.early_notice import EarlyNotice, notice_flag
from kiosk.records import parse_record
from kiosk.screening import Decision, KioskContext, ScreeningService
from kiosk.store import models as m

EVD_SUSPECT = {
    "arrival_date": "2026-11-29", "temperature_c": 38.4, "symptoms": ["vomiting"],
    "itinerary": [{"country": "GN", "left": "2026-11-20"}], "exposures": ["direct_care_without_ppe"],
    "traveller": {"surname": "KOUROUMA", "given_names": "ADAMA", "nationality": "GN", "document_number": "G123"},
}
EVD_RULED_OUT = {"arrival_date": "2026-11-29", "temperature_c": 36.9,
                 "itinerary": [{"country": "GN", "left": "2026-11-20"}]}
FEVER_ONLY = {"arrival_date": "2026-11-29", "temperature_c": 38.6}


def _start(service: ScreeningService, stage: str = "primary", parent_id: str | None = None) -> str:
    return service.start(officer_id=None, sop_id=stage, sop_version="1", stage=stage, parent_id=parent_id)


def _observe(service: ScreeningService, encounter_id: str, record: dict) -> str | None:
    return EarlyNotice(service).observe(encounter_id, service.evaluate(record), record)


def _messages(service: ScreeningService) -> list:
    with service.store.reading() as session:
        rows = session.scalars(select(m.OutboxMessage).where(m.OutboxMessage.topic.contains("/alerts/"))
                               .order_by(m.OutboxMessage.created_at, m.OutboxMessage.id))
        return [parse_cap(row.payload) for row in rows]  # (a monitor decision also queues a follow-up record)


def _officer(service: ScreeningService) -> None:
    with service.store.transaction() as session:
        session.add(m.Officer(id="1001", name="H. Officer", role="health_officer", pin_hash="x",
                              created_at=service.clock.now()))


def test_a_suspected_ebola_case_sends_one_possible_notice_before_any_decision(service, assert_valid_cap):
    draft = _start(service)
    identifier = _observe(service, draft, EVD_SUSPECT)
    assert identifier
    assert _observe(service, draft, EVD_SUSPECT) is None  # the next answer does not send it again
    (notice,) = _messages(service)
    assert (notice.identifier, notice.msg_type, notice.references) == (identifier, "Alert", ())
    info = notice.infos[0]
    assert (info.certainty, info.urgency, info.severity) == ("Possible", "Immediate", "Severe")
    assert info.parameters["assessment"] == "in-progress"
    assert info.parameters["protocol"] == "EVD" and info.parameters["encounter"] == draft
    assert info.parameters["flagged-at"] == "2026-11-29T09:30:00Z"
    with service.store.reading() as session:
        payload = session.scalars(select(m.OutboxMessage.payload)).one()
    assert b"KOUROUMA" not in payload and b"G123" not in payload
    assert_valid_cap(payload)


def test_the_decision_follows_as_one_update_referencing_the_notice(service, clock, assert_valid_cap):
    draft = _start(service)
    _observe(service, draft, EVD_SUSPECT)
    clock.advance(minutes=17)
    done = service.complete(draft, EVD_SUSPECT, Decision("1001"))
    notice, update = _messages(service)
    assert update.identifier == done.alert_identifier
    assert update.msg_type == "Update"
    assert [ref.text() for ref in update.references] == [f"{notice.sender},{notice.identifier},{notice.sent_text}"]
    parameters = update.infos[0].parameters
    assert parameters["assessment"] == "completed" and parameters["disposition"] == "isolate"
    assert parameters["flagged-at"] == "2026-11-29T09:30:00Z"  # the first flag, not the decision
    assert update.sent - notice.sent == dt.timedelta(minutes=17)
    with service.store.reading() as session:
        row = session.get(m.EarlyNotice, draft)
        assert_valid_cap(session.scalars(select(m.OutboxMessage.payload).where(
            m.OutboxMessage.alert_identifier == update.identifier)).one())
    assert (row.closed_by, row.closed_msg_type) == (update.identifier, "Update")


def test_secondary_ruling_it_out_sends_one_cancel(service, clock, assert_valid_cap):
    _officer(service)
    primary = _start(service)
    notice_id = _observe(service, primary, EVD_SUSPECT)
    service.refer_to_secondary(primary, EVD_SUSPECT, None)
    secondary = _start(service, "secondary", primary)
    assert _observe(service, secondary, EVD_SUSPECT) is None  # same screening: no second notice
    clock.advance(minutes=40)
    done = service.complete(secondary, EVD_RULED_OUT, Decision("1001"))
    notice, cancel = _messages(service)
    assert notice.identifier == notice_id and cancel.identifier == done.alert_identifier
    assert cancel.msg_type == "Cancel"
    assert cancel.references[0].identifier == notice_id and cancel.references[0].sent == notice.sent_text
    parameters = cancel.infos[0].parameters
    assert parameters["assessment"] == "ruled-out" and parameters["disposition"] == "monitor"
    assert parameters["flagged-at"] == "2026-11-29T09:30:00Z"
    assert cancel.infos[0].certainty == "Unlikely"
    with service.store.reading() as session:
        assert_valid_cap(session.scalars(select(m.OutboxMessage.payload).where(
            m.OutboxMessage.alert_identifier == cancel.identifier)).one())


def test_secondary_confirming_it_sends_the_update_of_the_primary_notice(service, clock):
    _officer(service)
    primary = _start(service)
    notice_id = _observe(service, primary, EVD_SUSPECT)
    service.refer_to_secondary(primary, EVD_SUSPECT, None)
    secondary = _start(service, "secondary", primary)
    service.complete(secondary, EVD_SUSPECT, Decision("1001"))
    _, update = _messages(service)
    assert update.msg_type == "Update" and update.references[0].identifier == notice_id


def test_no_notice_without_a_worst_case_flag_but_the_first_flag_time_is_kept(service, clock):
    draft = _start(service)
    assert _observe(service, draft, FEVER_ONLY) is None
    assert _messages(service) == []
    clock.advance(minutes=5)
    assert _observe(service, draft, EVD_SUSPECT)  # the answers went on: now it is suspected Ebola
    (notice,) = _messages(service)
    assert notice.infos[0].parameters["flagged-at"] == "2026-11-29T09:30:00Z"
    assert notice.sent == dt.datetime(2026, 11, 29, 9, 35, tzinfo=dt.UTC)


def test_an_alert_without_early_notice_is_a_plain_alert_flagged_when_decided(service):
    draft = _start(service)
    service.complete(draft, EVD_SUSPECT, Decision("1001"))
    (alert,) = _messages(service)
    assert (alert.msg_type, alert.references) == ("Alert", ())
    assert alert.infos[0].parameters["flagged-at"] == "2026-11-29T09:30:00Z"


def test_a_cleared_screening_without_notice_sends_nothing(service):
    draft = _start(service)
    _observe(service, draft, FEVER_ONLY)
    service.complete(draft, {"arrival_date": "2026-11-29", "temperature_c": 36.5}, Decision("1001"))
    assert _messages(service) == []


def test_an_exercise_notice_is_an_exercise_message(store, clock, shipped_rules, context):
    exercise = KioskContext(site=context.site, kiosk_id=context.kiosk_id, mode="exercise", exercise_id="EX-7")
    service = ScreeningService(store, clock, shipped_rules, exercise)
    service.ensure_site()
    _observe(service, _start(service), EVD_SUSPECT)
    (notice,) = _messages(service)
    assert notice.status == "Exercise" and notice.exercise_id == "EX-7"
    with store.reading() as session:
        assert session.scalars(select(m.OutboxMessage.topic)).one().endswith("/alerts/exercise")


@pytest.mark.parametrize(("record", "expected"), [
    (EVD_SUSPECT, "EVD"), (FEVER_ONLY, None), (EVD_RULED_OUT, None),
])
def test_which_flags_warrant_an_early_notice(shipped_rules, record, expected):
    flag = notice_flag(shipped_rules.evaluate(parse_record(record)), shipped_rules.catalog)
    assert (flag.protocol if flag else None) == expected


def test_an_always_notifiable_protocol_with_an_alert_warrants_a_notice(shipped_rules):
    from dataclasses import replace

    evaluation = shipped_rules.evaluate(parse_record(EVD_SUSPECT))
    (flag,) = evaluation.flags
    polio = replace(flag, protocol="POLIO", disposition="refer")
    assert notice_flag(replace(evaluation, flags=(polio,)), shipped_rules.catalog) is polio
    cholera = replace(flag, protocol="CHOLERA", disposition="refer")
    assert notice_flag(replace(evaluation, flags=(cholera,)), shipped_rules.catalog) is None


def test_the_screening_lists_its_notice_then_its_cancel_for_screening_run(service, clock):
    from kiosk.alerts.outbox import screening_alerts

    _officer(service)
    primary = _start(service)
    notice_id = _observe(service, primary, EVD_SUSPECT)
    service.refer_to_secondary(primary, EVD_SUSPECT, None)
    secondary = _start(service, "secondary", primary)
    done = service.complete(secondary, EVD_RULED_OUT, Decision("1001"))
    with service.store.reading() as session:
        alerts = screening_alerts(session, secondary)
    assert [(a["identifier"], a["msg_type"], a["certainty"], a["protocol"], a["status"]) for a in alerts] == [
        (notice_id, "Alert", "Possible", "EVD", "Actual"), (done.alert_identifier, "Cancel", "Unlikely", "EVD", "Actual")]
    assert alerts[0]["references"] == [] and alerts[1]["references"][0].split(",")[1] == notice_id


def test_an_abandoned_screening_tells_the_hub_its_notice_was_never_assessed(service, clock, assert_valid_cap):
    """A suspected case whose screening is discarded must not stay "assessment in progress" at the hub
    for ever, nor be cancelled as ruled out: one Update says the assessment was abandoned, certainty kept."""
    draft = _start(service)
    notice_id = _observe(service, draft, EVD_SUSPECT)
    clock.advance(minutes=9)
    service.abandon(draft, None, "discarded on the home screen")
    notice, update = _messages(service)
    assert notice.identifier == notice_id
    assert update.msg_type == "Update" and update.references[0].identifier == notice_id
    info = update.infos[0]
    assert info.certainty == "Possible" and (info.urgency, info.severity) == ("Immediate", "Severe")
    assert info.parameters["assessment"] == "abandoned"
    assert info.parameters["abandoned-reason"] == "discarded on the home screen"
    with service.store.reading() as session:
        row = session.get(m.EarlyNotice, draft)
        assert_valid_cap(session.scalars(select(m.OutboxMessage.payload).where(
            m.OutboxMessage.alert_identifier == update.identifier)).one())
    assert (row.closed_by, row.closed_msg_type) == (update.identifier, "Update")


def test_abandoning_a_screening_without_a_notice_sends_nothing(service):
    draft = _start(service)
    _observe(service, draft, FEVER_ONLY)
    service.abandon(draft, None, "traveller left")
    assert _messages(service) == []
