"""What one kiosk login can do to the others, tried as an attacker would on the shipped broker
(``national.conf``: dynamic security, client ids bound to logins, the size limit, the real in-flight
settings), with the hub and an honest kiosk delivering at the same time.

Each finding of the security review is a test here: a kiosk in the hub's shared group; a kiosk (or a
hub login) using another login's client id; a 50 MB alert; a kiosk publishing under another country,
point of entry or kiosk id. The attacker is a bare paho client (:class:`mosquitto.Probe`) holding
K2's login; the honest kiosk is K1's real publisher.
"""

from __future__ import annotations

import pytest
from integration_helpers import SITE, fill_outbox, kiosk_context, wait_until
from mosquitto import Probe, probe
from sqlalchemy import select

from kiosk.alerts.outbox import ack_topic, alert_topic, dead_letters, situation_topic, status_topic
from kiosk.broker.policy import MAX_PACKET_BYTES
from kiosk.hub.ingest import hub_stats, shared_filter, worker_settings
from kiosk.hub.models import HubAlert
from kiosk.screening import KioskContext, SiteInfo

pytestmark = pytest.mark.integration

REFUSED = 0x87
GRANTED_QOS_1 = 1
PACKET_TOO_LARGE = 0x95


def stored_identifiers(hub) -> set[str]:
    with hub.engine.connect() as connection:
        return set(connection.scalars(select(HubAlert.identifier)))


def test_a_kiosk_cannot_join_the_hubs_shared_group_and_no_alert_vanishes(broker, kiosk_store, rules, make_hub,
                                                                           make_publisher) -> None:
    hub = make_hub(broker.url, workers=2, group="ingest")
    with probe(broker.kiosk("XL-LND-01-K2")) as attacker:
        for stolen in (shared_filter("ingest"), "$share/ingest/#", "$share/ingest/poe/v1/XL/#",
                       f"$share/ingest/{ack_topic('XL', 'XL-LND-01', 'XL-LND-01-K2')}",
                       "poe/v1/#", "#", "poe/v1/XL/XL-LND-01/+/alerts/actual",
                       ack_topic("XL", "XL-LND-01", "XL-LND-01-K1"), situation_topic("YY")):
            assert attacker.subscribe(stolen) == REFUSED, stolen
        assert attacker.subscribe(ack_topic("XL", "XL-LND-01", "XL-LND-01-K2")) == GRANTED_QOS_1  # its own
        identifiers = fill_outbox(kiosk_store, kiosk_context("XL-LND-01-K1"), rules, 300)
        publisher = make_publisher(kiosk_store, broker.url)
        assert publisher.wait_for(lambda s: s.acked == 300, 60), publisher.status()
        assert attacker.messages == []
    assert stored_identifiers(hub) == set(identifiers)
    stats = hub_stats(hub.engine)
    assert stats["total"] == stats["distinct_identifiers"] == 300


def _online_changes(publisher) -> list[bool]:
    """``online`` now and each time it changes from now on (``[True]``: connected, never dropped since)."""
    seen: list[bool] = [publisher.status().online]

    def note(status) -> None:
        if status.online != seen[-1]:
            seen.append(status.online)

    publisher.add_listener(note)
    return seen


def test_no_login_can_take_over_a_kiosks_or_a_hub_workers_session(broker, kiosk_store, rules, make_hub,
                                                                  make_publisher) -> None:
    since = broker.log_size()
    hub = make_hub(broker.url, workers=2, prefix="hub-takeover")
    identifiers = fill_outbox(kiosk_store, kiosk_context("XL-LND-01-K1"), rules, 600)
    publisher = make_publisher(kiosk_store, broker.url)
    assert publisher.wait_for(lambda s: s.acked >= 50, 30), publisher.status()
    changes = _online_changes(publisher)
    kiosk_k2 = broker.kiosk("XL-LND-01-K2")
    other_hub = worker_settings(broker.hub("hub-other", workers=1), "hub-other-0")
    attempts = [(kiosk_k2, "XL-LND-01-K1"), (kiosk_k2, "hub-takeover-0"), (kiosk_k2, "hub-takeover-1"),
                (other_hub, "XL-LND-01-K1"), (other_hub, "hub-takeover-0")]
    for _round in range(4):  # while K1 delivers: every attempt lands in the attacker's own session
        for settings, victim in attempts:
            attacker = Probe(settings, client_id=victim)
            assert attacker.connect() == 0
            attacker.close()
    assert publisher.wait_for(lambda s: s.acked == 600, 60), publisher.status()
    assert changes == [True], "K1's publisher was disconnected"
    assert stored_identifiers(hub) == set(identifiers)
    assert broker.connections("XL-LND-01-K1", since) == 1  # K1's publisher, once
    assert broker.connections("hub-takeover-0", since) == broker.connections("hub-takeover-1", since) == 1
    assert broker.connections("XL-LND-01-K2", since) == 12 and broker.connections("hub-other-0", since) == 8
    assert "already connected, closing old connection" not in broker.log(since)
    assert all(worker.subscribed.is_set() for worker in hub.workers)


def test_a_kiosk_publishing_under_another_country_poe_or_kiosk_id_is_refused(broker) -> None:
    own = alert_topic("XL", "XL-LND-01", "XL-LND-01-K2", "actual")
    foreign = [alert_topic("XL", "XL-LND-01", "XL-LND-01-K1", "actual"),  # another kiosk
               alert_topic("YY", "XL-LND-01", "XL-LND-01-K2", "actual"),  # another country
               alert_topic("XL", "XL-AIR-01", "XL-LND-01-K2", "actual"),  # another point of entry
               f"{own}/extra", "poe/v1/XL/XL-LND-01/XL-LND-01-K2/alerts/drill",
               status_topic("XL", "XL-LND-01", "XL-LND-01-K1"),  # another kiosk's presence
               ack_topic("XL", "XL-LND-01", "XL-LND-01-K1"),  # a forged hub acknowledgement
               situation_topic("XL"), "$CONTROL/dynamic-security/v1", "$share/ingest/x"]
    with probe(broker.kiosk("XL-LND-01-K2")) as attacker:
        for topic in foreign:
            assert attacker.publish(topic, b"<alert/>") == REFUSED, topic
        assert attacker.publish(own, b"<alert/>") < 0x80
        assert attacker.disconnects == []


def test_the_kiosks_publisher_dead_letters_what_its_login_may_not_send(broker, kiosk_store, rules, make_hub,
                                                                       make_publisher) -> None:
    hub = make_hub(broker.url)
    own = fill_outbox(kiosk_store, kiosk_context("XL-LND-01-K1"), rules, 3)
    elsewhere = [SiteInfo(id="XL-AIR-01", name="Airport", kind="airport", country="XL"),
                 SiteInfo(id=SITE.id, name=SITE.name, kind=SITE.kind, country="YY")]
    for site in elsewhere:  # K1's outbox holding alerts of another point of entry and country
        fill_outbox(kiosk_store, KioskContext(site=site, kiosk_id="XL-LND-01-K1"), rules, 1)
    publisher = make_publisher(kiosk_store, broker.url, kiosk_context("XL-LND-01-K1"))
    assert publisher.wait_for(lambda s: s.acked == 3 and s.dead == 2, 30), publisher.status()
    with kiosk_store.reading() as session:
        dead = dead_letters(session)
    assert sorted(row.topic.split("/")[2:4] for row in dead) == [["XL", "XL-AIR-01"], ["YY", "XL-LND-01"]]
    assert all(row.reason_code == REFUSED for row in dead)
    assert stored_identifiers(hub) == set(own)


def test_a_50_mb_alert_is_refused_before_the_broker_reads_it(broker, make_hub) -> None:
    hub = make_hub(broker.url)
    topic = alert_topic("XL", "XL-LND-01", "XL-LND-01-K2", "actual")
    attacker = Probe(broker.kiosk("XL-LND-01-K2"))
    assert attacker.connect() == 0
    assert attacker.connack_properties.MaximumPacketSize == MAX_PACKET_BYTES  # said to every v5 client
    memory_before = broker.peak_memory_kb()
    assert attacker.publish(topic, b"x" * (MAX_PACKET_BYTES // 2)) < 0x80  # well under the limit: taken
    since = broker.log_size()
    assert attacker.publish(topic, b"<" * 50_000_000, timeout=30) is None  # no PUBACK: the link is dropped
    assert attacker.wait(lambda: bool(attacker.disconnects)), "still connected after 50 MB"
    attacker.close()
    assert "Client XL-LND-01-K2 disconnected due to oversize packet." in broker.log(since)
    assert broker.peak_memory_kb() - memory_before < 20_000, "the broker took the 50 MB in"
    assert broker.running()
    wait_until(lambda: hub_stats(hub.engine)["rejected"] == 1, 10, "the half-limit message at the hub")
    assert hub_stats(hub.engine)["total"] == 0


def test_the_kiosk_refuses_an_alert_larger_than_the_broker_takes_and_delivers_the_rest(
        broker, kiosk_store, rules, make_hub, make_publisher) -> None:
    from kiosk.store import models as m

    hub = make_hub(broker.url)
    identifiers = fill_outbox(kiosk_store, kiosk_context("XL-LND-01-K1"), rules, 20)
    with kiosk_store.transaction() as session:  # the oldest row swollen past the limit (a corrupt or hostile row)
        row = session.scalars(select(m.OutboxMessage).order_by(m.OutboxMessage.created_at)).first()
        row.payload = row.payload + b"<!--" + b"x" * 50_000_000 + b"-->"
        swollen = row.alert_identifier
    publisher = make_publisher(kiosk_store, broker.url)
    assert publisher.wait_for(lambda s: s.online, 30), publisher.status()
    changes = _online_changes(publisher)
    assert publisher.wait_for(lambda s: s.acked == 19 and s.dead == 1, 60), publisher.status()
    with kiosk_store.reading() as session:
        [dead] = dead_letters(session)
    assert dead.alert_identifier == swollen and dead.reason_code == PACKET_TOO_LARGE
    assert "Packet too large" in dead.last_error and str(MAX_PACKET_BYTES) in dead.last_error
    assert changes == [True], "the publisher lost its connection over the large alert"
    assert stored_identifiers(hub) == set(identifiers) - {swollen}
