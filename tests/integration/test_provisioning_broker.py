"""A provisioned kiosk on the shipped brokers: the login and ACL ``poe-kiosk provision`` printed, sent with
``poe-kiosk broker apply`` as a technician would, let the kiosk (with the configuration provisioning
wrote) connect, deliver its alerts and receive their acks — and nothing beyond its own topics."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from integration_helpers import fill_outbox
from mosquitto import Mosquitto, probe
from sqlalchemy import select

from kiosk.alerts.outbox import ack_topic, alert_topic, status_topic
from kiosk.alerts.transport import BrokerSettings
from kiosk.cli import main
from kiosk.config import Config, load_config
from kiosk.doctor import FAIL, OK, check_broker
from kiosk.hub.models import HubAlert
from kiosk.screening import KioskContext, SiteInfo
from kiosk.store import Store

pytestmark = pytest.mark.integration

REPO = Path(__file__).parents[2]
EXAMPLE = REPO / "packaging" / "site.example.yaml"
REFUSED = 0x87


@pytest.fixture(scope="module")
def site_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mosquitto]:
    """The site broker as shipped (``packaging/mosquitto/site.conf``): where a site's kiosks log in."""
    server = Mosquitto(tmp_path_factory.mktemp("site-broker"), config="site")
    server.start()
    yield server
    server.kill()


def provision(tmp_path: Path, broker: Mosquitto, kiosk_id: str, capsys: pytest.CaptureFixture[str]) -> tuple[dict, Config]:
    out = tmp_path / "usb"
    out.mkdir()
    config_path = tmp_path / "etc" / "kiosk.toml"
    code = main(["provision", "--site", str(EXAMPLE), "--kiosk-id", kiosk_id, "--broker", broker.url,
                 "--ca", broker.ca_file, "--config", str(config_path), "--data-dir", str(tmp_path / "data"),
                 "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out), load_config(config_path)


def apply(broker: Mosquitto, summary: dict, tmp_path: Path) -> None:
    """``poe-kiosk broker apply FILE`` on the broker host, the file named in the summary."""
    secret = tmp_path / "admin.password"
    secret.write_text(broker.admin_password + "\n")
    secret.chmod(0o600)
    assert main(["broker", "apply", summary["broker"]["dynamic_security_file"],
                 "--broker", broker.admin_settings().url, "--admin-password-file", str(secret)]) == 0


def settings_of(config: Config) -> BrokerSettings:
    broker = config.broker
    return BrokerSettings(url=broker.url, username=broker.username, password=broker.password, ca_file=broker.ca_file)


def test_the_printed_login_lets_the_provisioned_kiosk_in_and_holds_it_to_its_own_topics(
        site_broker: Mosquitto, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    summary, config = provision(tmp_path, site_broker, "XL-LND-01-K7", capsys)
    before = check_broker(config, login=True, timeout=5)
    assert before.status == FAIL and "login refused" in before.detail  # no such login yet
    apply(site_broker, summary, tmp_path)
    after = check_broker(config, login=True, timeout=5)
    assert after.status == OK and "login XL-LND-01-K7 accepted" in after.detail, after.detail
    with probe(settings_of(config)) as kiosk:
        assert kiosk.publish(status_topic("XL", "XL-LND-01", "XL-LND-01-K7"), b"{}", retain=True) < 0x80
        assert kiosk.subscribe(ack_topic("XL", "XL-LND-01", "XL-LND-01-K7")) == 1
        assert kiosk.subscribe(ack_topic("XL", "XL-LND-01", "XL-LND-01-K1")) == REFUSED
        assert kiosk.subscribe("poe/v1/#") == REFUSED
        assert kiosk.publish(alert_topic("XL", "XL-LND-01", "XL-LND-01-K1", "actual"), b"{}") == REFUSED


def test_a_provisioned_kiosk_delivers_its_alerts_to_the_hub_and_gets_the_acks(
        broker: Mosquitto, tmp_path: Path, capsys: pytest.CaptureFixture[str], rules, make_hub,
        make_publisher) -> None:
    summary, config = provision(tmp_path, broker, "XL-LND-01-K8", capsys)
    apply(broker, summary, tmp_path)
    hub = make_hub(broker.url, workers=2)
    site = config.site
    context = KioskContext(SiteInfo(site.id, site.name, site.kind, site.country), config.kiosk.id)
    store = Store(config.database_url)  # the database provisioning made
    try:
        identifiers = fill_outbox(store, context, rules, 20)
        publisher = make_publisher(store, broker.url, context, settings=settings_of(config))
        assert publisher.wait_for(lambda s: s.acked == 20, 30), publisher.status()
    finally:
        store.close()
    with hub.engine.connect() as connection:
        stored = set(connection.scalars(select(HubAlert.identifier)))
    assert set(identifiers) <= stored
