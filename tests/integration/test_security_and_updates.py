"""ACL refusal (0x87) dead-lettered and shown; signed situation bundles over MQTT; loadgen and stats CLI."""

from __future__ import annotations

import datetime as dt
import json
import socket
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from integration_helpers import broker_arguments, fill_outbox, kiosk_context, utc_now, wait_until
from mosquitto import Mosquitto, probe
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.alerts.cap import MODE_STATUS
from kiosk.alerts.outbox import alert_topic, dead_letters, requeue_refused, situation_topic, status_topic
from kiosk.alerts.situation_updates import SituationUpdates, generate_key, load_private_key, sign_bundle
from kiosk.alerts.transport import BrokerSettings
from kiosk.auth import OfficerInfo
from kiosk.broker import dynsec
from kiosk.cli import main
from kiosk.clock import SystemClock
from kiosk.hub.ingest import hub_stats, worker_settings
from kiosk.hub.models import HubAlert
from kiosk.hub.situation import publish_situation
from kiosk.protocols import load_catalog, load_situation
from kiosk.screening import Rules
from kiosk.store import models as m

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


def _alert_grants(command: str, kiosk_id: str) -> list[dynsec.Command]:
    """Add or remove the kiosk role's right to publish its alerts (an administrator's change)."""
    changes = []
    for mode in MODE_STATUS:
        change = {"command": command, "rolename": f"poe-kiosk-{kiosk_id}", "acltype": "publishClientSend",
                  "topic": alert_topic("XL", "XL-LND-01", kiosk_id, mode)}
        changes.append(change | {"allow": True} if command == "addRoleACL" else change)
    return changes


def test_alerts_refused_after_an_acl_change_are_requeued_by_a_supervisor_once_it_is_fixed(
        broker: Mosquitto, kiosk_store, rules, make_hub, make_publisher) -> None:
    kiosk_id = "XL-LND-01-K7"
    context = kiosk_context(kiosk_id)
    settings = broker.kiosk(kiosk_id)
    dynsec.apply(broker.admin_settings(), _alert_grants("removeRoleACL", kiosk_id))  # the faulty change
    try:
        identifiers = fill_outbox(kiosk_store, context, rules, 5)
        publisher = make_publisher(kiosk_store, broker.url, context, settings=settings, resend_after=3600)
        assert publisher.wait_for(lambda s: s.dead == 5, 30), publisher.status()
    finally:
        dynsec.apply(broker.admin_settings(), _alert_grants("addRoleACL", kiosk_id))  # the cause is fixed
    hub = make_hub(broker.url)
    with kiosk_store.transaction() as session:
        session.add(m.Officer(id="S9", name="Sue", role="supervisor", pin_hash="x", failed_attempts=0,
                              active=True, created_at=utc_now()))
    supervisor = OfficerInfo("S9", "Sue", "supervisor")
    assert requeue_refused(kiosk_store, supervisor, clock=SystemClock(), context=context,
                           reason="site broker ACL restored") == 5
    assert publisher.wait_for(lambda s: s.acked == 5 and s.dead == 0, 30), publisher.status()
    with Session(hub.engine) as session:
        assert sorted(session.scalars(select(HubAlert.identifier).where(HubAlert.status == "Actual"))) == \
            sorted(identifiers)
    with kiosk_store.reading() as session:
        audited = session.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "alert.requeued")).all()
    assert len(audited) == 5 and {e.actor for e in audited} == {"S9"}
    assert all("0x87" in e.detail["refusal"] for e in audited)


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


def issue(sequence: int, **changes: object) -> dict[str, object]:
    """The shipped situation as the hub's ``sequence``-th issue, valid for 30 days from now."""
    now = utc_now()
    data = json.loads(json.dumps(load_situation().data, default=str))
    return data | {"version": f"2026-12-0{sequence}.1", "sequence": sequence,
                   "issued_at": (now - dt.timedelta(hours=10 - sequence)).isoformat(),
                   "expires": (now + dt.timedelta(days=30)).isoformat()} | changes


def publish_raw(broker: Mosquitto, payload: bytes) -> None:
    """Retain ``payload`` as the country's situation with the publisher's login (stolen, or a bug)."""
    with probe(broker.publisher("XL")) as forger:
        assert forger.publish(situation_topic("XL"), payload, retain=True) == 0  # the broker takes it


def kiosk_status(broker: Mosquitto, kiosk_id: str = "XL-LND-01-K1") -> dict[str, object]:
    """The kiosk's retained status as the hub reads it (with a hub worker's login)."""
    hub = broker.hub("hub-status-reader", workers=1)
    return json.loads(_retained(worker_settings(hub, "hub-status-reader-0"),
                                status_topic("XL", "XL-LND-01", kiosk_id)))


def test_signed_situation_is_activated_and_forged_or_replayed_ones_refused(broker, kiosk_store, make_publisher,
                                                                           tmp_path: Path) -> None:
    keys = generate_key(tmp_path / "hub.key")
    shipped = load_situation()
    rules = Rules(load_catalog(), shipped)
    updates = SituationUpdates(kiosk_store, load_private_key(tmp_path / "hub.key").public_key(),
                               rules.replace_situation, in_force=shipped, protocols=rules.catalog.codes)
    publisher = make_publisher(kiosk_store, broker.url, situation_version=shipped.version,
                               situation_updates=updates)
    assert publisher.wait_for(lambda s: s.online, 10)
    for sequence in (1, 2):
        situation_file = tmp_path / f"situation-{sequence}.yaml"
        situation_file.write_text(yaml.safe_dump(issue(sequence)))
        result = publish_situation(situation_file, tmp_path / "hub.key", broker.publisher("XL"), country="XL")
        assert result["version"] == f"2026-12-0{sequence}.1" and result["key_id"] == keys["key_id"]
        assert result["sequence"] == sequence
        assert publisher.wait_for(lambda s, v=result["version"]: s.situation_version == v, 10), publisher.status()
    assert rules.situation.version == "2026-12-02.1"
    wait_until(lambda: kiosk_status(broker)["situation_version"] == "2026-12-02.1", 10,
               "the new version in the kiosk's retained status")
    status = kiosk_status(broker)
    assert status["state"] == "online"
    assert "situation_warning" not in status

    # the publisher's login stolen: the broker takes the bundle, the kiosk checks the signature
    publish_raw(broker, sign_bundle(issue(3, events=[]), Ed25519PrivateKey.generate()))
    assert publisher.wait_for(lambda s: bool(s.situation_warning), 10), publisher.status()
    assert "not a trusted hub key" in publisher.status().situation_warning
    assert publisher.status().situation_version == rules.situation.version == "2026-12-02.1"

    replayed = sign_bundle(issue(1), load_private_key(tmp_path / "hub.key"))  # validly signed, but older
    publish_raw(broker, replayed)
    assert publisher.wait_for(lambda s: "is older than the situation in force" in s.situation_warning, 10)
    assert rules.situation.version == "2026-12-02.1"
    wait_until(lambda: "situation_warning" in kiosk_status(broker), 10, "the warning in the kiosk's retained status")
    status = kiosk_status(broker)  # the hub learns it from the kiosk's status
    assert status["situation_version"] == "2026-12-02.1"
    assert "is older than the situation in force" in status["situation_warning"]
    assert len(status["situation_warning"]) <= 200


def test_the_last_will_says_the_situation_in_force_and_its_warning_as_of_the_last_connect(
        broker, kiosk_store, make_publisher, tmp_path: Path) -> None:
    """The hub keeps the kiosk's Last Will when the kiosk vanishes: it must not bring back the
    situation version (and no warning) the kiosk had when it started."""
    generate_key(tmp_path / "hub.key")
    shipped = load_situation()
    rules = Rules(load_catalog(), shipped)
    updates = SituationUpdates(kiosk_store, load_private_key(tmp_path / "hub.key").public_key(),
                               rules.replace_situation, in_force=shipped, protocols=rules.catalog.codes)
    publisher = make_publisher(kiosk_store, broker.url, situation_version=shipped.version, situation_updates=updates)
    assert publisher.wait_for(lambda s: s.online, 10)
    situation_file = tmp_path / "situation.yaml"
    situation_file.write_text(yaml.safe_dump(issue(1)))
    publish_situation(situation_file, tmp_path / "hub.key", broker.publisher("XL"), country="XL")
    assert publisher.wait_for(lambda s: s.situation_version == "2026-12-01.1", 10), publisher.status()
    publish_raw(broker, sign_bundle(issue(2), Ed25519PrivateKey.generate()))
    assert publisher.wait_for(lambda s: "not a trusted hub key" in s.situation_warning, 10), publisher.status()

    hub = broker.hub("hub-status-reader", workers=1)
    with probe(worker_settings(hub, "hub-status-reader-0")) as watcher:
        assert watcher.subscribe(status_topic("XL", "XL-LND-01", "XL-LND-01-K1")) == 1

        def last_state() -> object:
            return json.loads(watcher.messages[-1].payload)["state"] if watcher.messages else None

        wills = []
        for _drop in range(2):  # the connection drops without DISCONNECT: the broker sends the Last Will
            assert watcher.wait(lambda: last_state() == "online"), "the kiosk is not online"
            publisher._client.socket().shutdown(socket.SHUT_RDWR)
            assert watcher.wait(lambda: last_state() == "offline"), "no Last Will"
            wills.append(json.loads(watcher.messages[-1].payload))
        assert wills[0]["situation_version"] == shipped.version  # set when the kiosk started
        assert wills[1]["situation_version"] == "2026-12-01.1"  # as of the reconnect
        assert "not a trusted hub key" in str(wills[1]["situation_warning"])


def test_a_retained_bundle_nested_too_deeply_is_refused_and_alerts_keep_going(broker, kiosk_store, make_hub,
                                                                              make_publisher, tmp_path: Path) -> None:
    """It used to stop the publisher's thread at every connect (the bundle is retained): no alert left."""
    generate_key(tmp_path / "hub.key")
    shipped = load_situation()
    rules = Rules(load_catalog(), shipped)
    publish_raw(broker, b"[" * 100_000)
    hub = make_hub(broker.url)
    updates = SituationUpdates(kiosk_store, load_private_key(tmp_path / "hub.key").public_key(),
                               rules.replace_situation, in_force=shipped, protocols=rules.catalog.codes)
    publisher = make_publisher(kiosk_store, broker.url, situation_version=shipped.version, situation_updates=updates)
    assert publisher.wait_for(lambda s: "nested too deeply" in s.situation_warning, 10), publisher.status()
    fill_outbox(kiosk_store, kiosk_context(), rules, 5)
    assert publisher.wait_for(lambda s: s.acked == 5, 30), publisher.status()
    assert hub_stats(hub.engine)["distinct_identifiers"] == 5
    assert publisher.status().situation_version == rules.situation.version == shipped.version


def test_invalid_situation_is_not_signed(broker, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    generate_key(tmp_path / "hub.key")
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: x\nissued: 2026-01-01\nevents: [{protocol: EVD, areas: [QQ], since: 2026-01-01}]\n")
    code = main(["hub", "publish-situation", str(bad), "--key", str(tmp_path / "hub.key"), "--broker", broker.url,
                 "--country", "XL"])
    assert code == 2 and "QQ" in capsys.readouterr().err


def test_loadgen_and_stats_cli(broker, make_hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hub_db = f"sqlite:///{tmp_path / 'cli-hub.sqlite'}"
    login = broker.kiosk("XL-LND-01-K9")  # before the hub: it enrols every kiosk login of the broker
    make_hub(broker.url, db_url=hub_db)
    code = main(["loadgen", "--alerts", "25", *broker_arguments(login),
                 "--kiosk-id", "XL-LND-01-K9", "--db", f"sqlite:///{tmp_path / 'k.sqlite'}", "--timeout", "30"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["acknowledged"] == 25 and result["complete"] is True
    assert main(["hub", "stats", "--db", hub_db]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["actual"] == stats["distinct_identifiers"] == 25 and stats["exercise"] == stats["test"] == 0
