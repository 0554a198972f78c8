"""The publisher's in-memory bookkeeping, without a broker: held ``sent`` marks and the read-ahead."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from kiosk.alerts import transport
from kiosk.alerts.loadgen import synthetic_record
from kiosk.alerts.transport import BrokerSettings, Publisher, _Batch, _Sent
from kiosk.screening import Decision, KioskContext, ScreeningService
from kiosk.store import models as m


def sent(row_id: str, at: float) -> _Sent:
    return _Sent(row_id, f"alert-{row_id}", at, True)


def test_a_sent_mark_waits_for_the_ack_within_the_hold() -> None:
    hold = transport.SENT_HOLD
    batch = _Batch(sent=[sent("a", 10.0), sent("b", 10.0 + hold / 2)], acked={"alert-b"})
    assert batch.writable(10.0 + hold / 2)  # b is acked: written now, straight to acked
    write, keep = batch.split(10.0 + hold / 2, force=False)
    assert [s.row_id for s in write.sent] == ["b"] and write.acked == {"alert-b"}
    assert [s.row_id for s in keep.sent] == ["a"] and not keep.writable(10.0 + hold / 2)
    assert keep.writable(10.0 + hold)  # no Ack within the hold: written as sent
    write, keep = keep.split(10.0 + hold, force=False)
    assert [s.row_id for s in write.sent] == ["a"] and keep.size() == 0


def test_stop_writes_held_marks_at_once() -> None:
    write, keep = _Batch(sent=[sent("a", 10.0)]).split(10.0, force=True)
    assert [s.row_id for s in write.sent] == ["a"] and keep.size() == 0


def complete(service: ScreeningService) -> None:
    encounter_id = service.start(officer_id=None, sop_id="t", sop_version="1")
    service.complete(encounter_id, synthetic_record(service.clock.today()), Decision(officer_id="O1"))


def test_read_ahead_continues_after_the_last_row_and_still_finds_rows_behind_it(
        service: ScreeningService, context: KioskContext) -> None:
    for _ in range(3):
        complete(service)
    publisher = Publisher(service.store, BrokerSettings(url="mqtt://127.0.0.1:1"), context)
    with service.store.transaction() as session:
        publisher._read_ahead(session, include_stale=False)
    first = [row.id for row in publisher._ready]
    assert len(first) == 3 and publisher._caught_up
    complete(service)  # after the cursor
    complete(service)  # then moved behind it, as after the clock stepped back
    with service.store.transaction() as session:
        newest = session.get(m.OutboxMessage, publisher._ready[0].id)
        late = max(session.query(m.OutboxMessage).all(), key=lambda row: row.id)
        session.execute(update(m.OutboxMessage).where(m.OutboxMessage.id == late.id)
                        .values(created_at=newest.created_at - dt.timedelta(hours=1)))
        publisher._read_ahead(session, include_stale=False)
    ids = [row.id for row in publisher._ready]
    assert ids[:3] == first and len(ids) == len(set(ids)) == 5


def test_after_a_reconnect_unacknowledged_rows_go_first_except_those_still_in_flight(
        service: ScreeningService, context: KioskContext) -> None:
    for _ in range(5):
        complete(service)
    with service.store.reading() as session:
        ids = [row.id for row in session.query(m.OutboxMessage).order_by(m.OutboxMessage.created_at,
                                                                          m.OutboxMessage.id)]
    with service.store.transaction() as session:  # the broker took the first three; the hub has not acked
        session.execute(update(m.OutboxMessage).where(m.OutboxMessage.id.in_(ids[:3]))
                        .values(status="sent", sent_at=service.clock.now()))
    publisher = Publisher(service.store, BrokerSettings(url="mqtt://127.0.0.1:1"), context)
    with service.store.transaction() as session:
        publisher._read_ahead(session, include_stale=False)
    assert [row.id for row in publisher._ready] == ids[3:]  # queued rows read ahead before the drop
    publisher._flights[7] = transport._Flight(ids[1], "in flight", False)  # paho re-sends this one itself
    with service.store.transaction() as session:
        publisher._plan_resend(session)
        publisher._read_ahead(session, include_stale=False)
    assert [(row.id, row.was_queued) for row in publisher._ready] == [
        (ids[0], False), (ids[2], False), (ids[3], True), (ids[4], True)]


def test_the_retained_status_carries_a_situation_warning_of_at_most_200_characters(
        service: ScreeningService, context: KioskContext) -> None:
    import json
    from types import SimpleNamespace

    quiet = Publisher(service.store, BrokerSettings(url="mqtt://127.0.0.1:1"), context, situation_version="v1")
    assert "situation_warning" not in json.loads(quiet._presence("online"))
    refused = SimpleNamespace(warning="Situation update refused (" + "x" * 300 + ")")
    publisher = Publisher(service.store, BrokerSettings(url="mqtt://127.0.0.1:1"), context,
                          situation_version="v1", situation_updates=refused)
    presence = json.loads(publisher._presence("offline"))  # also the Last Will
    assert presence["situation_version"] == "v1" and len(presence["situation_warning"]) == 200
    assert presence["situation_warning"].startswith("Situation update refused (xxx")
    assert presence["situation_warning"].endswith("…")


def test_when_the_broker_kept_the_session_unacknowledged_rows_go_after_the_queued_ones(
        service: ScreeningService, context: KioskContext) -> None:
    for _ in range(4):
        complete(service)
    with service.store.reading() as session:
        ids = [row.id for row in session.query(m.OutboxMessage).order_by(m.OutboxMessage.created_at,
                                                                          m.OutboxMessage.id)]
    with service.store.transaction() as session:
        session.execute(update(m.OutboxMessage).where(m.OutboxMessage.id.in_(ids[:2]))
                        .values(status="sent", sent_at=service.clock.now()))
    publisher = Publisher(service.store, BrokerSettings(url="mqtt://127.0.0.1:1"), context)
    publisher._session_kept = True  # a clean restart: the broker may still hold them for the hub
    with service.store.transaction() as session:
        publisher._plan_resend(session)
        publisher._read_ahead(session, include_stale=False)
    assert [row.id for row in publisher._ready] == ids[2:]  # the queued rows first
    with service.store.transaction() as session:  # meanwhile the hub acknowledged the first one
        session.execute(update(m.OutboxMessage).where(m.OutboxMessage.id == ids[0]).values(status="acked"))
        publisher._read_ahead(session, include_stale=False)
    assert [(row.id, row.was_queued) for row in publisher._ready] == [(ids[2], True), (ids[3], True),
                                                                     (ids[1], False)]


def test_a_situation_bundle_that_cannot_be_handled_is_a_refusal_and_the_publisher_goes_on(
        service: ScreeningService, context: KioskContext, caplog) -> None:
    """The bundle is retained: an error escaping from it stopped the publisher at every connect."""
    import json
    from types import SimpleNamespace

    def handle(payload: bytes) -> None:
        raise RuntimeError("a bug in the bundle checks")

    updates = SimpleNamespace(handle=handle, warning="", active_version="v1")
    publisher = Publisher(service.store, BrokerSettings(url="mqtt://127.0.0.1:1"), context,
                          situation_version="v1", situation_updates=updates)
    assert publisher._handle_message(publisher.situation_topic, b"{}", _Batch())
    warning = publisher.status().situation_warning
    assert warning == "Situation update refused (internal error, see the log); version v1 stays in force"
    assert json.loads(publisher._presence("online"))["situation_warning"] == warning
    assert "RuntimeError: a bug in the bundle checks" in caplog.text
