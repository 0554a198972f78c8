"""Done-when scenarios of issue 6 against a real Mosquitto: outages, crashes, exactly-once at the hub."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from integration_helpers import broker_arguments, fill_outbox, kiosk_context, wait_until
from lxml import etree
from mosquitto import Mosquitto
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.alerts.transport import DeliveryStatus
from kiosk.hub.ingest import hub_stats
from kiosk.hub.models import HubAlert, HubKiosk
from kiosk.store import Store
from kiosk.store import models as m

pytestmark = pytest.mark.integration
CAP_XSD = Path(__file__).parents[1] / "data" / "cap" / "schema" / "CAP-v1.2.xsd"


def outbox_counts(store: Store) -> dict[str, int]:
    with store.reading() as session:
        om = m.OutboxMessage
        return dict(session.execute(select(om.status, func.count()).group_by(om.status)).all())


def all_acked(count: int) -> Callable[[DeliveryStatus], bool]:
    return lambda status: status.acked == count


def test_broker_crash_in_the_middle_of_2000_alerts(broker, kiosk_store, rules, make_hub, make_publisher) -> None:
    """SIGKILL with the shipped autosave: the broker loses what it took since its last save, and
    (Mosquitto 2.0) every shared subscription, so alerts sent before the hub is back are dropped
    with 0x10. With the periodic re-send an hour away, only the re-send at reconnect and the wait for
    a subscriber can drain the backlog within the deadline."""
    identifiers = fill_outbox(kiosk_store, kiosk_context(), rules, 2000)
    hub = make_hub(broker.url)
    publisher = make_publisher(kiosk_store, broker.url, resend_after=3600)
    assert publisher.wait_for(lambda s: s.acked >= 300, 30), publisher.status()
    broker.restart(crash=True)  # SIGKILL: whatever the last autosave did not write is gone
    assert publisher.status().acked < 2000, "the crash came too late to test anything"
    assert publisher.wait_for(all_acked(2000), 60), publisher.status()
    stats = hub_stats(hub.engine)
    assert stats["actual"] == stats["total"] == stats["distinct_identifiers"] == 2000
    assert outbox_counts(kiosk_store) == {"acked": 2000}
    schema = etree.XMLSchema(etree.parse(str(CAP_XSD)))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    with Session(hub.engine) as session:
        stored = session.execute(select(HubAlert.identifier, HubAlert.payload)).all()
    assert sorted(i for i, _ in stored) == sorted(identifiers)
    for _, payload in stored:
        assert schema.validate(etree.fromstring(payload.encode(), parser)), schema.error_log


def test_a_broker_restart_that_lost_nothing_sends_each_unacknowledged_alert_once_more_at_most(
        broker, kiosk_store, rules, make_hub, make_publisher) -> None:
    """SIGTERM (persistence written): the kiosk cannot tell this from a crash, so what the hub had
    not acknowledged goes out again, once; alerts the hub acknowledged are never sent again."""
    fill_outbox(kiosk_store, kiosk_context(), rules, 2000)
    hub = make_hub(broker.url)
    publisher = make_publisher(kiosk_store, broker.url, resend_after=3600)
    assert publisher.wait_for(lambda s: s.acked >= 300, 30), publisher.status()
    broker.stop()
    assert publisher.wait_for(lambda s: not s.online, 10)
    unacknowledged = 2000 - outbox_counts(kiosk_store).get("acked", 0)  # Acks still in memory only widen it
    assert unacknowledged > 0, "the restart came too late to test anything"
    broker.start()
    assert publisher.wait_for(all_acked(2000), 60), publisher.status()
    received = sum(worker.stored + worker.duplicates for worker in hub.workers)  # every copy the hub had
    assert 2000 <= received <= 2000 + unacknowledged
    assert sum(worker.stored for worker in hub.workers) == 2000, "the stored count includes copies"
    assert hub_stats(hub.engine)["distinct_identifiers"] == 2000


def _run_publisher(db: Path, broker: Mosquitto, *, until_acked: bool = True) -> subprocess.Popen[bytes]:
    """The kiosk's alert publisher in a process of its own (``poe-kiosk alerts run``), with K1's login."""
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "alerts", "run", "--db", f"sqlite:///{db}",
         *broker_arguments(broker.kiosk("XL-LND-01-K1")),
         "--kiosk-id", "XL-LND-01-K1", "--country", "XL", "--poe", "XL-LND-01",
         *(["--until-acked"] if until_acked else []), "--resend-after", "3", "--timeout", "90"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ | {"PYTHONUNBUFFERED": "1"},
    )


def test_kiosk_sigkilled_while_draining(broker, tmp_path, rules, make_hub) -> None:
    db = tmp_path / "kiosk.sqlite"
    store = Store(f"sqlite:///{db}")
    fill_outbox(store, kiosk_context(), rules, 1500)
    hub = make_hub(broker.url)
    first = _run_publisher(db, broker)
    try:
        wait_until(lambda: outbox_counts(store).get("acked", 0) >= 200, 60, "the first acks")
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    before = outbox_counts(store)
    assert before.get("acked", 0) < 1500, "the kill came too late to test anything"
    second = _run_publisher(db, broker)
    out, err = second.communicate(timeout=100)
    assert second.returncode == 0, (out, err)
    assert outbox_counts(store) == {"acked": 1500}
    stats = hub_stats(hub.engine)
    assert stats["total"] == stats["distinct_identifiers"] == 1500
    store.close()


def test_hub_down_while_alerts_are_sent(broker, kiosk_store, rules, make_hub, make_publisher) -> None:
    hub = make_hub(broker.url, prefix="hub-down-test", group="downtest")  # creates the durable sessions
    hub.stop()
    fill_outbox(kiosk_store, kiosk_context(), rules, 300)
    publisher = make_publisher(kiosk_store, broker.url)
    assert publisher.wait_for(lambda s: s.at_broker == 300, 30), publisher.status()  # PUBACKed, nobody home
    assert hub_stats(hub.engine)["total"] == 0
    assert publisher.status().acked == 0
    hub.close()
    back = make_hub(broker.url, prefix="hub-down-test", group="downtest")
    assert publisher.wait_for(all_acked(300), 30), publisher.status()
    assert hub_stats(back.engine)["distinct_identifiers"] == hub_stats(back.engine)["total"] == 300


def test_exercise_and_test_alerts_never_count_as_actual(broker, kiosk_store, rules, make_hub,
                                                        make_publisher) -> None:
    fill_outbox(kiosk_store, kiosk_context(), rules, 3)
    fill_outbox(kiosk_store, kiosk_context(mode="exercise", exercise_id="EX-1"), rules, 4)
    fill_outbox(kiosk_store, kiosk_context(mode="test"), rules, 5)
    hub = make_hub(broker.url)
    publisher = make_publisher(kiosk_store, broker.url)
    assert publisher.wait_for(all_acked(12), 30), publisher.status()
    stats = hub_stats(hub.engine)
    assert (stats["actual"], stats["exercise"], stats["test"]) == (3, 4, 5)
    with Session(hub.engine) as session:
        exercise_ids = set(session.scalars(select(HubAlert.exercise_id).where(HubAlert.status == "Exercise")))
    assert exercise_ids == {"EX-1"}


def test_the_delivery_status_counts_exercise_and_test_alerts_apart(broker, kiosk_store, rules, make_hub,
                                                                   make_publisher) -> None:
    """The home screen's main figure is the real alerts alone: the publisher's snapshot says which part of
    its counts is exercise or test (``DeliveryStatus.exercise``), at the broker and once acknowledged."""
    from kiosk.services import status_from_delivery

    hub = make_hub(broker.url, prefix="hub-split-test", group="splittest")  # the durable sessions, then down
    hub.stop()
    fill_outbox(kiosk_store, kiosk_context(), rules, 3)
    fill_outbox(kiosk_store, kiosk_context(mode="exercise", exercise_id="EX-1"), rules, 4)
    fill_outbox(kiosk_store, kiosk_context(mode="test"), rules, 2)
    publisher = make_publisher(kiosk_store, broker.url)
    assert publisher.wait_for(lambda s: s.at_broker == 9 and s.exercise.at_broker == 6, 30), publisher.status()
    shown = status_from_delivery(publisher.status())
    assert (shown.waiting, shown.at_broker, shown.acked, shown.queued) == (0, 3, 0, 3)
    assert (shown.exercise.at_broker, shown.exercise.acked) == (6, 0)
    hub.close()
    make_hub(broker.url, prefix="hub-split-test", group="splittest")
    assert publisher.wait_for(lambda s: s.acked == 9 and s.exercise.acked == 6, 30), publisher.status()
    shown = status_from_delivery(publisher.status())
    assert (shown.acked, shown.at_broker, shown.exercise.acked, shown.exercise.at_broker) == (3, 0, 6, 0)


def test_duplicates_are_stored_once_and_acked_again(broker, kiosk_store, rules, make_hub, make_publisher) -> None:
    fill_outbox(kiosk_store, kiosk_context(), rules, 50)
    hub = make_hub(broker.url)
    publisher = make_publisher(kiosk_store, broker.url)
    assert publisher.wait_for(all_acked(50), 30)
    publisher.stop()
    with kiosk_store.transaction() as session:  # as if every ack had been lost
        session.execute(m.OutboxMessage.__table__.update().values(status="queued", acked_at=None))
    again = make_publisher(kiosk_store, broker.url)
    assert again.wait_for(all_acked(50), 30), again.status()
    stats = hub_stats(hub.engine)
    assert stats["total"] == stats["distinct_identifiers"] == 50


@pytest.mark.postgres
def test_ingest_into_postgresql(broker, kiosk_store, rules, make_hub, make_publisher, postgres_url) -> None:
    fill_outbox(kiosk_store, kiosk_context(), rules, 500)
    hub = make_hub(broker.url, db_url=postgres_url, workers=2)
    publisher = make_publisher(kiosk_store, broker.url)
    assert publisher.wait_for(all_acked(500), 30), publisher.status()
    with kiosk_store.transaction() as session:
        session.execute(m.OutboxMessage.__table__.update().values(status="queued"))
    publisher.wake()
    wait_until(lambda: outbox_counts(kiosk_store) == {"acked": 500}, 30, "the second round of acks")
    stats = hub_stats(hub.engine)
    assert stats["actual"] == stats["total"] == stats["distinct_identifiers"] == 500
    assert sum(w.stored for w in hub.workers) == 500, "the stored count includes the re-sent copies"


def kiosk_states(engine) -> dict[str, tuple[str, object]]:
    with engine.connect() as connection:
        return {row.kiosk_id: (row.state, row.changed_at)
                for row in connection.execute(select(HubKiosk.kiosk_id, HubKiosk.state, HubKiosk.changed_at))}


@pytest.mark.parametrize("workers", [1, 2])
def test_the_hub_sees_a_kiosk_come_online_and_vanish(broker, tmp_path, make_hub, workers) -> None:
    """Retained status on connect; the Last Will when the kiosk dies without a word (SIGKILL)."""
    hub = make_hub(broker.url, workers=workers)
    db = tmp_path / "kiosk.sqlite"
    Store(f"sqlite:///{db}").close()
    kiosk = _run_publisher(db, broker, until_acked=False)  # stays connected until killed
    try:
        wait_until(lambda: kiosk_states(hub.engine).get("XL-LND-01-K1", ("",))[0] == "online", 30,
                   "the kiosk's online status at the hub")
        online_since = kiosk_states(hub.engine)["XL-LND-01-K1"][1]
    finally:
        kiosk.send_signal(signal.SIGKILL)
        kiosk.wait(10)
    wait_until(lambda: kiosk_states(hub.engine)["XL-LND-01-K1"][0] == "offline", 30, "the Last Will at the hub")
    assert kiosk_states(hub.engine)["XL-LND-01-K1"][1] > online_since
