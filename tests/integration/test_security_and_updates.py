"""ACL refusal (0x87) dead-lettered and shown; signed situation bundles over MQTT; loadgen and stats CLI."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from integration_helpers import broker_arguments, fill_outbox, kiosk_context
from mosquitto import probe

from kiosk.alerts.outbox import dead_letters, situation_topic, status_topic
from kiosk.alerts.situation_updates import SituationUpdates, generate_key, load_private_key, sign_bundle
from kiosk.alerts.transport import BrokerSettings
from kiosk.cli import main
from kiosk.hub.ingest import worker_settings
from kiosk.hub.situation import publish_situation
from kiosk.protocols import load_situation
from kiosk.screening import Rules

pytestmark = pytest.mark.integration


def test_publishing_on_another_kiosks_topic_is_refused_and_shown(acl_broker, kiosk_store, rules, make_hub,
                                                                 make_publisher) -> None:
    own = fill_outbox(kiosk_store, kiosk_context("XL-LND-01-K1"), rules, 3)
    foreign = fill_outbox(kiosk_store, kiosk_context("XL-LND-01-K2"), rules, 1)  # K2's topic in K1's outbox
    hub = make_hub(acl_broker.url)
    publisher = make_publisher(kiosk_store, acl_broker.url, settings=acl_broker.kiosk("XL-LND-01-K1"))
    assert publisher.wait_for(lambda s: s.acked == 3 and s.dead == 1, 30), publisher.status()
    status = publisher.status()
    assert "0x87" in status.last_error
    with kiosk_store.reading() as session:
        [dead] = dead_letters(session)
    assert dead.alert_identifier == foreign[0] and dead.reason_code == 0x87 and "Not authorized" in dead.last_error
    assert len(own) == 3 and hub.workers[0].engine is hub.engine


def test_wrong_password_is_reported(acl_broker, kiosk_store, make_publisher) -> None:
    settings = replace(acl_broker.kiosk("XL-LND-01-K1"), password="wrong")
    publisher = make_publisher(kiosk_store, acl_broker.url, settings=settings)
    assert publisher.wait_for(lambda s: "refused" in s.last_error, 10), publisher.status()
    assert not publisher.status().online


def _retained(settings: BrokerSettings, topic: str) -> bytes:
    with probe(settings) as client:
        assert client.subscribe(topic) == 1, f"may not read {topic}"
        assert client.wait(lambda: bool(client.messages)), f"nothing retained on {topic}"
        return bytes(client.messages[-1].payload)


def test_signed_situation_is_activated_and_tampered_one_refused(broker, kiosk_store, make_publisher,
                                                                tmp_path: Path) -> None:
    keys = generate_key(tmp_path / "hub.key")
    shipped = load_situation()
    rules = Rules(None, shipped)
    updates = SituationUpdates(kiosk_store, load_private_key(tmp_path / "hub.key").public_key(),
                               rules.replace_situation, active_version=shipped.version)
    publisher = make_publisher(kiosk_store, broker.url, situation_version=shipped.version,
                               situation_updates=updates)
    assert publisher.wait_for(lambda s: s.online, 10)
    data = json.loads(json.dumps(shipped.data, default=str)) | {"version": "2026-12-02.1"}
    situation_file = tmp_path / "situation.yaml"
    situation_file.write_text(yaml.safe_dump(data))
    result = publish_situation(situation_file, tmp_path / "hub.key", broker.publisher("XL"), country="XL")
    assert result["version"] == "2026-12-02.1" and result["key_id"] == keys["key_id"]
    assert publisher.wait_for(lambda s: s.situation_version == "2026-12-02.1", 10), publisher.status()
    assert rules.situation.version == "2026-12-02.1"
    hub = broker.hub("hub-status-reader", workers=1)
    status = json.loads(_retained(worker_settings(hub, "hub-status-reader-0"), status_topic("XL", "XL-LND-01",
                                                                                            "XL-LND-01-K1")))
    assert status["state"] == "online" and status["situation_version"] == "2026-12-02.1"

    # the publisher's login stolen: the broker takes the bundle, the kiosk checks the signature
    forged = sign_bundle(data | {"version": "2026-12-03.1", "events": []}, Ed25519PrivateKey.generate())
    with probe(broker.publisher("XL")) as forger:
        assert forger.publish(situation_topic("XL"), forged, retain=True) == 0  # the broker takes it
    assert publisher.wait_for(lambda s: bool(s.situation_warning), 10), publisher.status()
    assert "does not verify" in publisher.status().situation_warning
    assert publisher.status().situation_version == rules.situation.version == "2026-12-02.1"


def test_invalid_situation_is_not_signed(broker, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    generate_key(tmp_path / "hub.key")
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: x\nissued: 2026-01-01\nevents: [{protocol: EVD, areas: [QQ], since: 2026-01-01}]\n")
    code = main(["hub", "publish-situation", str(bad), "--key", str(tmp_path / "hub.key"), "--broker", broker.url,
                 "--country", "XL"])
    assert code == 2 and "QQ" in capsys.readouterr().err


def test_loadgen_and_stats_cli(broker, make_hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hub_db = f"sqlite:///{tmp_path / 'cli-hub.sqlite'}"
    make_hub(broker.url, db_url=hub_db)
    code = main(["loadgen", "--alerts", "25", *broker_arguments(broker.kiosk("XL-LND-01-K9")),
                 "--kiosk-id", "XL-LND-01-K9", "--db", f"sqlite:///{tmp_path / 'k.sqlite'}", "--timeout", "30"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["acknowledged"] == 25 and result["complete"] is True
    assert main(["hub", "stats", "--db", hub_db]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["actual"] == stats["distinct_identifiers"] == 25 and stats["exercise"] == stats["test"] == 0
