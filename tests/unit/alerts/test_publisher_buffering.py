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
