"""Daily aggregates over the shipped broker (ACL included) to a real hub ingest: a day arrives once even when
sent twice, a corrected re-send replaces it, a bad one is quarantined with its reason, and a point of entry
that sent nothing is missing."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from integration_helpers import kiosk_context, wait_until
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kiosk.aggregates import send_day
from kiosk.alerts.outbox import enqueue_report, notify_enqueued
from kiosk.clock import FixedClock
from kiosk.hub.aggregates import HubDailyAggregate, missing_points
from kiosk.hub.models import HubQuarantine
from kiosk.hub.registry import enrol_kiosk
from kiosk.store import models as m

sys.path.insert(0, str(Path(__file__).parents[1]))
from aggregate_forge import expected_counts, make_encounters

pytestmark = pytest.mark.integration


def stored(engine) -> list[HubDailyAggregate]:
    with Session(engine) as session:
        return list(session.scalars(select(HubDailyAggregate)))


def outbox_statuses(store) -> list[str]:
    with store.reading() as session:
        return list(session.scalars(select(m.OutboxMessage.status).order_by(m.OutboxMessage.created_at)))


def test_a_day_arrives_once_when_sent_twice_and_a_correction_replaces_it(
        broker, kiosk_store, make_hub, make_publisher) -> None:
    context = kiosk_context()
    clock = FixedClock(dt.datetime.now(dt.UTC))
    today = clock.today()
    made = make_encounters(kiosk_store, context.site, today, 120)
    hub = make_hub(broker.url)
    first = send_day(kiosk_store, clock, context, today)
    publisher = make_publisher(kiosk_store, broker.url, context)
    assert publisher.wait_for(lambda s: s.acked == 1, 20), publisher.status()
    [day] = stored(hub.engine)
    received = day.received_at
    with kiosk_store.connection() as connection:  # the kiosk lost the hub's Ack (a crash): it sends the day again
        connection.execute(update(m.OutboxMessage).values(status="queued", acked_at=None, sent_at=None))
    notify_enqueued()
    wait_until(lambda: outbox_statuses(kiosk_store) == ["acked"], 20, "the second copy acknowledged")
    [day] = stored(hub.engine)
    assert (day.kiosk_id, day.day, day.revision, day.received_at) == (context.kiosk_id, today, 1, received)
    assert day.counts == expected_counts(made, context.kiosk_id, today)
    assert day.screened == first.screened > 0
    assert day.exercise_screened == expected_counts(made, context.kiosk_id, today, real=False)["totals"]["screened"]

    more = make_encounters(kiosk_store, context.site, today, 40, seed=41)  # the day goes on
    clock.advance(seconds=1)  # (not beyond the real time: the hub refuses a 'sent' in the future)
    corrected = send_day(kiosk_store, clock, context, today)
    assert corrected.revision == 2
    wait_until(lambda: outbox_statuses(kiosk_store) == ["acked"] * 2, 20, "the correction acknowledged")
    wait_until(lambda: stored(hub.engine)[0].revision == 2, 10, "the corrected day at the hub")
    [day] = stored(hub.engine)
    assert day.counts == expected_counts(made + more, context.kiosk_id, today)
    with Session(hub.engine) as session:
        assert session.scalar(select(func.count()).select_from(HubQuarantine)) == 0


def test_a_bad_aggregate_is_quarantined_with_its_reason_and_a_silent_point_of_entry_is_missing(
        broker, kiosk_store, make_hub, make_publisher) -> None:
    context = kiosk_context()
    clock = FixedClock(dt.datetime.now(dt.UTC))
    hub = make_hub(broker.url)
    enrol_kiosk(hub.engine, "XL-AIR-01-K1", "XL", "XL-AIR-01")  # enrolled, never reports
    message = {"schema": "poe-daily-aggregate/1", "id": "AGG-bad-1", "kiosk_id": context.kiosk_id,
               "poe": context.site.id, "country": "XL", "day": clock.today().isoformat(), "revision": 1,
               "sent": clock.now().strftime("%Y-%m-%dT%H:%M:%SZ"),
               "counts": {"totals": {"screened": 1, "flagged": 2, "referred": 0, "isolated": 0}}, "exercise": {}}
    with kiosk_store.connection() as connection:
        enqueue_report(connection, kind="aggregates", identifier="AGG-bad-1", payload=json.dumps(message).encode(),
                       context=context, now=clock.now())
    send_day(kiosk_store, clock, context, clock.today())
    publisher = make_publisher(kiosk_store, broker.url, context)
    wait_until(lambda: len(stored(hub.engine)) == 1, 20, "the good aggregate at the hub")
    with Session(hub.engine) as session:
        wait_until(lambda: session.scalar(select(func.count()).select_from(HubQuarantine)) == 1, 10, "the quarantine")
        reason, detail = session.execute(select(HubQuarantine.reason, HubQuarantine.detail)).one()
    assert reason == "invalid-report" and "counts must be an object" in detail
    assert publisher.status().dead == 0
    missing = {(report.poe, report.state) for report in missing_points(hub.engine, clock.today())}
    assert ("XL-AIR-01", "missing") in missing
    assert ("XL-LND-01", "partial") in missing  # K2 of that crossing sent nothing
    assert not any(poe == "XL-LND-01" and state == "missing" for poe, state in missing)
