"""The deployed topology: kiosks on the site broker (``site.conf``), bridged to the national broker
(``national.conf``) where the hub subscribes. Both run as shipped; the site's bridge login and file, and
the kiosks' logins and ``[broker]`` lines, are made by ``poe-kiosk broker add-site|add-kiosk`` and sent
with ``poe-kiosk broker apply``, as an operator would.

Two defences hold at once against a kiosk that wants the hub's alerts: the site broker refuses its
``$share`` subscription (dynamic security), and the hub's group does not even exist where kiosks
connect (the national broker has no login for them).
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from integration_helpers import fill_outbox, kiosk_context, wait_until
from mosquitto import Mosquitto, Probe, probe
from sqlalchemy import select

from kiosk.alerts.outbox import ack_topic, alert_topic, situation_topic
from kiosk.alerts.transport import BrokerSettings
from kiosk.cli import main
from kiosk.hub.ingest import hub_stats, shared_filter
from kiosk.hub.models import HubKiosk

pytestmark = pytest.mark.integration

REFUSED = 0x87


@dataclass
class Topology:
    national: Mosquitto
    site: Mosquitto
    files: Path

    def kiosk(self, kiosk_id: str) -> BrokerSettings:
        """The kiosk's ``[broker]`` lines as ``broker add-kiosk`` wrote them."""
        table = tomllib.loads((self.files / f"{kiosk_id}.kiosk.toml").read_text())["broker"]
        return BrokerSettings(**table)

    def site_login(self) -> BrokerSettings:
        """The bridge's login at the national broker, read from the bridge file."""
        lines = dict(line.split(" ", 1) for line in (self.files / "site-XL-LND-01.bridge.conf").read_text().splitlines()
                     if line and not line.startswith("#") and line.split()[0] != "topic")
        return BrokerSettings(url=self.national.url, username=lines["remote_username"],
                              password=lines["remote_password"], ca_file=self.national.ca_file)


def admin_arguments(broker: Mosquitto, folder: Path) -> list[str]:
    """``--broker … --admin-password-file …`` for the broker's administrator on its loopback listener."""
    secret = folder / f"admin-{broker.port}.password"
    secret.write_text(broker.admin_password + "\n")
    secret.chmod(0o600)
    return ["--broker", broker.admin_settings().url, "--admin-password-file", str(secret)]


def apply_files(broker: Mosquitto, folder: Path, *files: Path) -> None:
    assert main(["broker", "apply", *map(str, files), *admin_arguments(broker, folder)]) == 0


@pytest.fixture(scope="module")
def topology(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Topology]:
    root = tmp_path_factory.mktemp("topology")
    files = root / "provisioning"
    files.mkdir()
    national = Mosquitto(root / "national", config="national")
    national.start()
    site = Mosquitto(root / "site", config="site")
    try:
        assert main(["broker", "add-site", "--country", "XL", "--poe", "XL-LND-01", "--national",
                     f"127.0.0.1:{national.port}", "--ca-file", national.ca_file, "--out", str(files)]) == 0
        apply_files(national, files, files / "site-XL-LND-01.dynsec.json")
        site.add_bridge((files / "site-XL-LND-01.bridge.conf").read_text())
        site.start()
        for kiosk_id in ("XL-LND-01-K1", "XL-LND-01-K2"):
            assert main(["broker", "add-kiosk", "--kiosk-id", kiosk_id, "--country", "XL", "--poe", "XL-LND-01",
                         "--url", site.url, "--ca-file", site.ca_file, "--out", str(files)]) == 0
        apply_files(site, files, files / "XL-LND-01-K1.dynsec.json", files / "XL-LND-01-K2.dynsec.json")
        wait_until(lambda: national.connections("site-XL-LND-01", 0) >= 1, 20, "the site's bridge at the national broker")
        yield Topology(national, site, files)
    finally:
        site.kill()
        national.kill()


def test_alerts_cross_the_bridge_to_the_hub_and_its_acks_come_back(topology, kiosk_store, rules, make_hub,
                                                                   make_publisher) -> None:
    hub = make_hub(topology.national.url, workers=2)
    identifiers = fill_outbox(kiosk_store, kiosk_context("XL-LND-01-K1"), rules, 200)
    publisher = make_publisher(kiosk_store, topology.site.url, settings=topology.kiosk("XL-LND-01-K1"))
    assert publisher.wait_for(lambda s: s.acked == 200, 60), publisher.status()
    stats = hub_stats(hub.engine)
    assert stats["total"] == stats["distinct_identifiers"] == len(set(identifiers)) == 200
    with hub.engine.connect() as connection:  # the retained status crossed the bridge too
        states = dict(connection.execute(select(HubKiosk.kiosk_id, HubKiosk.state)).all())
    assert states.get("XL-LND-01-K1") == "online"


def test_a_site_kiosk_can_neither_join_the_hubs_group_nor_reach_the_national_broker(
        topology, kiosk_store, rules, make_hub, make_publisher) -> None:
    hub = make_hub(topology.national.url, workers=1, group="ingest")
    k2 = topology.kiosk("XL-LND-01-K2")
    with probe(k2) as attacker:
        assert attacker.subscribe(shared_filter("ingest")) == REFUSED
        assert attacker.subscribe("$share/ingest/#") == REFUSED
        assert attacker.subscribe("poe/v1/#") == REFUSED
        away = Probe(BrokerSettings(url=topology.national.url, username=k2.username, password=k2.password,
                                    ca_file=topology.national.ca_file))
        assert away.connect() >= 0x80  # no kiosk of a site has a login where the hub's group lives
        away.close()
        identifiers = fill_outbox(kiosk_store, kiosk_context("XL-LND-01-K1"), rules, 100)
        publisher = make_publisher(kiosk_store, topology.site.url, settings=topology.kiosk("XL-LND-01-K1"))
        assert publisher.wait_for(lambda s: s.acked == 100, 60), publisher.status()
        assert attacker.messages == []
    assert hub_stats(hub.engine)["distinct_identifiers"] == len(set(identifiers)) == 100


def test_a_site_bridge_login_is_confined_to_its_point_of_entry(topology) -> None:
    with probe(topology.site_login()) as bridge:
        assert bridge.publish(alert_topic("XL", "XL-LND-01", "XL-LND-01-K9", "actual"), b"<alert/>") < 0x80
        assert bridge.publish(alert_topic("XL", "XL-AIR-01", "XL-AIR-01-K1", "actual"), b"<alert/>") == REFUSED
        assert bridge.publish(alert_topic("YY", "XL-LND-01", "XL-LND-01-K1", "actual"), b"<alert/>") == REFUSED
        assert bridge.publish(situation_topic("XL"), b"{}", retain=True) == REFUSED
        assert bridge.subscribe(shared_filter("ingest")) == REFUSED
        assert bridge.subscribe(ack_topic("XL", "XL-AIR-01", "XL-AIR-01-K1")) == REFUSED
        assert bridge.subscribe(ack_topic("XL", "XL-LND-01", "XL-LND-01-K1")) == 1


def test_a_disabled_kiosk_login_is_disconnected_and_refused_until_enabled_again(topology) -> None:
    k2 = topology.kiosk("XL-LND-01-K2")
    kiosk = Probe(k2)
    assert kiosk.connect() == 0
    admin = admin_arguments(topology.site, topology.files)
    assert main(["broker", "disable", "XL-LND-01-K2", *admin]) == 0
    assert kiosk.wait(lambda: bool(kiosk.disconnects)), "a disabled login stayed connected"
    kiosk.close()
    assert kiosk.disconnects[0] == 0x98  # "administrative action"
    again = Probe(k2)
    assert again.connect() == REFUSED
    again.close()
    assert main(["broker", "enable", "XL-LND-01-K2", *admin]) == 0
    with probe(k2) as back:
        assert back.subscribe(ack_topic("XL", "XL-LND-01", "XL-LND-01-K2")) == 1


def test_the_countrys_situation_bundle_comes_down_the_bridge_to_the_kiosks(topology) -> None:
    bundle = json.dumps({"format": "test", "n": 1}).encode()
    with probe(topology.national.publisher("XL")) as publisher:
        assert publisher.publish(situation_topic("XL"), bundle, retain=True) < 0x80
    with probe(topology.kiosk("XL-LND-01-K2")) as kiosk:
        assert kiosk.subscribe(situation_topic("XL")) == 1
        assert kiosk.wait(lambda: any(m.payload == bundle for m in kiosk.messages)), kiosk.messages


def test_alerts_sent_while_the_national_broker_is_down_wait_at_the_site_and_arrive(
        topology, kiosk_store, rules, make_hub, make_publisher) -> None:
    """The site broker is a store-and-forward tier: it takes the alerts (PUBACK), keeps them for the
    bridge, and forwards them when the national broker is back (the bridge retries every 5 s)."""
    hub = make_hub(topology.national.url, workers=1, prefix="hub-outage", group="outage")  # its durable session
    topology.national.stop()
    try:
        identifiers = fill_outbox(kiosk_store, kiosk_context("XL-LND-01-K1"), rules, 100)
        publisher = make_publisher(kiosk_store, topology.site.url, settings=topology.kiosk("XL-LND-01-K1"))
        assert publisher.wait_for(lambda s: s.at_broker == 100, 30), publisher.status()
        assert publisher.status().acked == 0
    finally:
        topology.national.start()
    assert publisher.wait_for(lambda s: s.acked == 100, 60), publisher.status()
    assert hub_stats(hub.engine)["distinct_identifiers"] == len(set(identifiers)) == 100
