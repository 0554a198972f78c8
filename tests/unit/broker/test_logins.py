"""Broker logins as data: what each kind may do, and the dynamic-security commands and files that create it."""

from __future__ import annotations

import base64
import json
import shutil
import stat
import subprocess
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from paho.mqtt.client import topic_matches_sub

from kiosk.alerts.outbox import alert_topic, situation_topic
from kiosk.broker import dynsec, logins, policy
from kiosk.cli import main
from kiosk.errors import InputError, KioskError
from kiosk.hub.ingest import shared_filter


def sent_topics(grants: list[policy.Grant]) -> list[str]:
    return [g.topic for g in grants if g.acltype == "publishClientSend"]


def subscriptions(grants: list[policy.Grant]) -> list[str]:
    return [g.topic for g in grants if g.acltype.startswith("subscribe")]


def test_a_kiosk_may_publish_only_its_own_topics_and_read_only_its_acks_and_situation() -> None:
    grants = policy.kiosk_grants("XL", "XL-LND-01", "XL-LND-01-K1")
    assert sent_topics(grants) == [alert_topic("XL", "XL-LND-01", "XL-LND-01-K1", mode)
                                   for mode in ("actual", "exercise", "test")] + [
        "poe/v1/XL/XL-LND-01/XL-LND-01-K1/aggregates", "poe/v1/XL/XL-LND-01/XL-LND-01-K1/follow-up",
        "poe/v1/XL/XL-LND-01/XL-LND-01-K1/status"]
    assert subscriptions(grants) == ["poe/v1/XL/XL-LND-01/XL-LND-01-K1/acks", situation_topic("XL")]
    assert {g.acltype for g in grants if g.topic.endswith("/acks")} == {"subscribeLiteral", "publishClientReceive"}
    assert not any(c in g.topic for g in grants for c in "+#$")


@given(st.text(min_size=0, max_size=70))
def test_any_kiosk_id_is_refused_or_confined_to_its_own_topics(kiosk_id: str) -> None:
    try:
        grants = policy.kiosk_grants("XL", "XL-LND-01", kiosk_id)
    except InputError as error:
        assert error.field == "kiosk id"
        return
    others = [alert_topic("XL", "XL-LND-01", "OTHER-K", "actual"), alert_topic("YY", "XL-LND-01", kiosk_id, "actual"),
              alert_topic("XL", "XL-AIR-01", kiosk_id, "actual"), "poe/v1/XL/XL-LND-01/OTHER-K/status"]
    assert not any(topic_matches_sub(granted, other) for granted in sent_topics(grants) for other in others)
    assert not any(c in g.topic for g in grants for c in "+#")


@pytest.mark.parametrize(("country", "poe", "kiosk_id", "field"), [
    ("XL", "XL-LND-01", "K/1", "kiosk id"), ("XL", "XL-LND-01", "K+", "kiosk id"), ("XL", "XL-LND-01", "", "kiosk id"),
    ("XL", "XL-LND-01", "hub-a-0", "kiosk id"), ("XL", "XL-LND-01", "site-XL-LND-01", "kiosk id"),
    ("XL", "XL-LND-01", "admin", "kiosk id"), ("XL", "#", "K1", "poe"), ("xl", "XL-LND-01", "K1", "country"),
    ("XLL", "XL-LND-01", "K1", "country")])
def test_bad_identities_are_refused_naming_the_field(country: str, poe: str, kiosk_id: str, field: str) -> None:
    with pytest.raises(InputError) as refused:
        logins.kiosk_login(kiosk_id, country, poe)
    assert refused.value.field == field


def test_every_login_is_bound_to_its_client_id_and_roles_are_per_login_but_the_hubs() -> None:
    kiosk = logins.kiosk_login("XL-LND-01-K1", "XL", "XL-LND-01")
    hub = logins.hub_login("hub-east", workers=3)
    publisher = logins.publisher_login("XL")
    site = logins.site_login("XL", "XL-LND-01")
    for login in (kiosk, hub, publisher, site):
        clients = [c for c in login.commands() if c["command"] == "createClient"]
        assert [c["username"] for c in clients] == list(login.logins)
        assert all(c["clientid"] == c["username"] and c["password"] == login.password for c in clients)
        assert all(c["roles"] == [{"rolename": login.role}] for c in clients)
    assert hub.logins == ("hub-east-0", "hub-east-1", "hub-east-2")
    assert [c["command"] for c in hub.commands()] == ["createClient"] * 3  # its role comes with `broker init`
    assert kiosk.commands()[0] == {"command": "createRole", "rolename": "poe-kiosk-XL-LND-01-K1",
                                   "acls": [g.as_json() for g in kiosk.grants]}
    assert len({logins.new_password() for _ in range(50)}) == 50 and len(kiosk.password) == 43


def test_the_hub_reads_every_kiosk_only_through_a_shared_group_and_writes_only_acks() -> None:
    grants = policy.hub_ingest_grants()
    assert subscriptions(grants) == [shared_filter("+"), "$share/+/poe/v1/+/+/+/aggregates",
                                     "$share/+/poe/v1/+/+/+/follow-up", "poe/v1/+/+/+/status"]
    assert sent_topics(grants) == ["poe/v1/+/+/+/acks"]
    assert sent_topics(policy.situation_publisher_grants("XL")) == ["hub/v1/XL/situation"]


def test_a_site_bridge_is_confined_to_its_point_of_entry() -> None:
    grants = policy.site_bridge_grants("XL", "XL-LND-01")
    sent = sent_topics(grants)
    assert any(topic_matches_sub(g, alert_topic("XL", "XL-LND-01", "XL-LND-01-K7", "actual")) for g in sent)
    assert not any(topic_matches_sub(g, alert_topic("XL", "XL-AIR-01", "XL-AIR-01-K1", "actual")) for g in sent)
    assert not any(topic_matches_sub(g, situation_topic("XL")) for g in sent)
    assert any(topic_matches_sub(g, "poe/v1/XL/XL-LND-01/XL-LND-01-K7/aggregates") for g in sent)
    assert not any(topic_matches_sub(g, "poe/v1/XL/XL-AIR-01/XL-AIR-01-K1/aggregates") for g in sent)
    assert subscriptions(grants) == ["poe/v1/XL/XL-LND-01/+/acks", "hub/v1/XL/situation"]


def test_hub_and_publisher_names_have_their_prefix_and_a_bounded_worker_count() -> None:
    with pytest.raises(InputError, match="hub-"):
        logins.hub_login("ingest-a")
    with pytest.raises(InputError, match="between 1 and"):
        logins.hub_login("hub-a", workers=0)
    with pytest.raises(InputError, match="situation-"):
        logins.publisher_login("XL", name="pub-XL")


def test_initial_config_denies_everything_by_default_and_the_administrator_sees_only_the_control_topic() -> None:
    config = dynsec.initial_config("admin", "s3cret")
    assert config["defaultACLAccess"] == {"publishClientSend": False, "publishClientReceive": False,
                                          "subscribe": False, "unsubscribe": True}
    [admin] = config["clients"]
    assert admin["username"] == admin["clientid"] == "admin" and "s3cret" not in json.dumps(config)
    roles = {r["rolename"]: r["acls"] for r in config["roles"]}
    assert {acl["topic"] for acl in roles[policy.ADMIN_ROLE]} == {policy.DYNSEC_TOPIC, policy.DYNSEC_RESPONSE_TOPIC}
    assert roles[policy.HUB_INGEST_ROLE] == [g.as_json() for g in policy.hub_ingest_grants()]
    assert all(acl["allow"] is True for acls in roles.values() for acl in acls)


@pytest.mark.skipif(shutil.which("mosquitto_ctrl") is None, reason="mosquitto_ctrl (mosquitto-clients) not installed")
def test_password_hashes_are_the_ones_mosquitto_ctrl_writes(tmp_path: Path) -> None:
    """External vector: the PBKDF2 fields Mosquitto's own tool writes for a password."""
    target = tmp_path / "ctrl.json"
    subprocess.run(["mosquitto_ctrl", "dynsec", "init", str(target), "admin", "correct horse"], check=True,
                   capture_output=True)
    [client] = json.loads(target.read_text())["clients"]
    ours = dynsec.hash_password("correct horse", base64.b64decode(client["salt"]), client["iterations"])
    assert ours == {k: client[k] for k in ("password", "salt", "iterations")}
    assert ours["iterations"] == dynsec.PBKDF2_ITERATIONS
    assert dynsec.hash_password("correct horse", base64.b64decode(client["salt"]))["password"] == client["password"]
    assert dynsec.hash_password("correct horsf", base64.b64decode(client["salt"]))["password"] != client["password"]


def test_secret_files_are_created_owner_only_and_never_overwritten(tmp_path: Path) -> None:
    path = logins.write_secret(tmp_path / "k.toml", "secret\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(KioskError, match="exists already"):
        logins.write_secret(path, "other\n")
    assert path.read_text() == "secret\n"


def test_add_kiosk_writes_both_sides_owner_only_and_prints_no_secret(tmp_path: Path, capsys) -> None:
    code = main(["broker", "add-kiosk", "--kiosk-id", "XL-LND-01-K3", "--country", "XL", "--poe", "XL-LND-01",
                 "--url", "mqtts://site-broker:8883", "--ca-file", "/etc/poe-kiosk/ca.crt", "--out", str(tmp_path)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    kiosk_file, broker_file = Path(out["client_file"]), Path(out["broker_file"])
    assert {stat.S_IMODE(p.stat().st_mode) for p in (kiosk_file, broker_file)} == {0o600}
    config = tomllib.loads(kiosk_file.read_text())["broker"]
    assert config == {"url": "mqtts://site-broker:8883", "username": "XL-LND-01-K3", "password": config["password"],
                      "ca_file": "/etc/poe-kiosk/ca.crt"}
    commands = logins.read_commands(broker_file)
    assert commands[-1]["password"] == config["password"] and config["password"] not in json.dumps(out)
    assert out["role"] == "poe-kiosk-XL-LND-01-K3" and "password" not in out
    assert main(["broker", "add-kiosk", "--kiosk-id", "XL-LND-01-K3", "--country", "XL", "--poe", "XL-LND-01",
                 "--url", "mqtts://x:8883", "--out", str(tmp_path), "--show-password"]) == 2
    assert "exists already" in capsys.readouterr().err and tomllib.loads(kiosk_file.read_text())["broker"] == config


def test_show_password_prints_it_and_a_bad_id_is_one_line(tmp_path: Path, capsys) -> None:
    assert main(["broker", "add-publisher", "--country", "XL", "--out", str(tmp_path), "--show-password"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (tmp_path / "situation-XL.password").read_text().strip() == out["password"]
    assert main(["broker", "add-kiosk", "--kiosk-id", "K/1", "--country", "XL", "--poe", "P", "--url", "mqtts://x",
                 "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kiosk id" in err and not list(tmp_path.glob("K*"))


def test_init_writes_the_plugin_file_and_the_admin_password_owner_only(tmp_path: Path, capsys) -> None:
    assert main(["broker", "init", "--out", str(tmp_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    config = json.loads(Path(out["dynamic_security_file"]).read_text())
    password = Path(out["admin_password_file"]).read_text().strip()
    [admin] = config["clients"]
    assert dynsec.hash_password(password, base64.b64decode(admin["salt"]))["password"] == admin["password"]
    assert stat.S_IMODE(Path(out["dynamic_security_file"]).stat().st_mode) == 0o600
    assert main(["broker", "init", "--out", str(tmp_path)]) == 2  # never overwrites a broker's logins


def test_a_command_file_that_is_not_one_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "x.dynsec.json"
    for text in ("not json", '{"commands": "createClient"}', '{"other": []}', '{"commands": [{"x": 1}]}'):
        bad.write_text(text)
        with pytest.raises(KioskError, match=r"x\.dynsec\.json"):
            logins.read_commands(bad)
