"""The outbox row written by completing an alert-raising screening: atomic, minimal, schema-valid."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from kiosk.alerts.cap import parse_cap
from kiosk.alerts.loadgen import synthetic_record
from kiosk.alerts.outbox import (
    add_enqueue_listener,
    alert_topic,
    delivery_state,
    new_ulid,
    remove_enqueue_listener,
)
from kiosk.screening import Decision, KioskContext, ScreeningService
from kiosk.store import models as m

IDENTITY = {"surname": "Doe-Secret", "given_names": "Jane", "document_type": "passport",
            "document_number": "ZX9876543", "nationality": "GNQ"}


def complete(service: ScreeningService, **record_changes: object) -> str:
    record = synthetic_record(service.clock.today()) | record_changes
    encounter_id = service.start(officer_id=None, sop_id="t", sop_version="1")
    service.complete(encounter_id, record, Decision(officer_id="O1"))
    return encounter_id


def outbox_row(service: ScreeningService, encounter_id: str) -> m.OutboxMessage:
    with service.store.reading() as session:
        return session.scalars(select(m.OutboxMessage).where(m.OutboxMessage.encounter_id == encounter_id)).one()


def test_completion_writes_one_valid_alert(service: ScreeningService, assert_valid_cap: Callable[[bytes], None]) -> None:
    encounter_id = complete(service, traveller=IDENTITY)
    row = outbox_row(service, encounter_id)
    assert row.status == "queued" and row.qos == 1 and row.mode == "actual"
    assert row.topic == "poe/v1/XL/XL-LND-01/XL-LND-01-K1/alerts/actual"
    assert row.alert_identifier.startswith("XL-LND-01-") and len(row.alert_identifier) == len("XL-LND-01-") + 26
    assert row.properties["user"] == {"alert-id": row.alert_identifier, "status": "Actual", "kiosk-id": "XL-LND-01-K1"}
    assert_valid_cap(row.payload)
    message = parse_cap(row.payload)
    assert message.identifier == row.alert_identifier and message.sender == "XL-LND-01-K1"
    assert message.sent_text == "2026-11-29T09:30:00-00:00"
    params = message.infos[0].parameters
    assert params["protocol"] == "EVD" and params["disposition"] == "isolate" and params["temperature"] == "38.6"
    assert params["risk"] and params["traveller-reference"].startswith("T")
    assert message.infos[0].event_codes == {"poe-protocol": "EVD"}
    for secret in ("Doe-Secret", "Jane", "ZX9876543", "GNQ"):
        assert secret.encode() not in row.payload, f"{secret} leaked into the alert"
    with service.store.reading() as session:
        assert delivery_state(session, encounter_id) == "queued"


def test_exercise_mode_is_isolated_three_ways(service: ScreeningService, context: KioskContext) -> None:
    service.context = dataclasses.replace(context, mode="exercise", exercise_id="EX-7")
    row = outbox_row(service, complete(service))
    assert row.topic.endswith("/alerts/exercise") and row.mode == "exercise"
    assert row.properties["user"]["exercise-id"] == "EX-7" and row.properties["user"]["status"] == "Exercise"
    message = parse_cap(row.payload)
    assert message.status == "Exercise" and message.exercise_id == "EX-7"


def test_clear_screening_writes_no_alert(service: ScreeningService) -> None:
    encounter_id = complete(service, temperature_c=36.6, symptoms=[], itinerary=[])
    with service.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.OutboxMessage)) == 0
        assert delivery_state(session, encounter_id) is None


def test_failed_completion_leaves_no_alert(service: ScreeningService) -> None:
    encounter_id = service.start(officer_id=None, sop_id="t", sop_version="1")
    record = synthetic_record(service.clock.today())
    with pytest.raises(Exception, match="override_reason"):
        service.complete(encounter_id, record, Decision(officer_id="O1", disposition="clear"))
    with service.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.OutboxMessage)) == 0


def test_publishers_are_woken_once_the_alert_is_committed(service: ScreeningService) -> None:
    """The wake-up comes after the commit: a publisher reading the outbox at once must find the row."""
    rows_seen_at_wake: list[int] = []

    def publisher_wakes() -> None:
        with service.store.reading() as session:  # a separate connection sees committed rows only
            rows_seen_at_wake.append(session.scalar(select(func.count()).select_from(m.OutboxMessage)) or 0)

    add_enqueue_listener(publisher_wakes)
    try:
        encounter_id = complete(service)
        with pytest.raises(Exception, match="already completed"):
            service.complete(encounter_id, synthetic_record(service.clock.today()), Decision(officer_id="O1"))
        complete(service, temperature_c=36.6, symptoms=[], itinerary=[])
    finally:
        remove_enqueue_listener(publisher_wakes)
    assert rows_seen_at_wake == [1], "woken once, after the commit; not for a refused or alert-free completion"


@pytest.mark.parametrize("state", [("sent", "at_broker"), ("acked", "acknowledged"), ("dead", "dead")])
def test_delivery_states(service: ScreeningService, state: tuple[str, str]) -> None:
    encounter_id = complete(service)
    with service.store.transaction() as session:
        session.scalars(select(m.OutboxMessage)).one().status = state[0]
    with service.store.reading() as session:
        assert delivery_state(session, encounter_id) == state[1]


def test_ulids_are_unique_and_ordered() -> None:
    ids = [new_ulid() for _ in range(2000)]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


@pytest.mark.parametrize("bad", ["", "a/b", "k+", "#", "x y"])
def test_topic_parts_are_checked(bad: str) -> None:
    with pytest.raises(ValueError):
        alert_topic("XL", "XL-LND-01", bad, "actual")
