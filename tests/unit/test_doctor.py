"""``poe-kiosk doctor``: one line per check; each failing check says FAIL and makes the exit status 1."""

from __future__ import annotations

import json
import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import load_config, write_demo_config
from kiosk.doctor import FAIL, OK, WARN, run_checks

NAMES = ["config", "database", "keys", "trust lists", "broker", "printer"]


def set_keys(config: Path, **values: str) -> None:
    """Set ``key = "value"`` lines of the demo configuration (first occurrence of each key)."""
    text = config.read_text()
    for key, value in values.items():
        text = text.replace(f'{key} = ""', f"{key} = {json.dumps(value)}", 1)
    config.write_text(text)


@pytest.fixture
def kiosk(tmp_path, clock) -> Path:
    """A provisioned kiosk (database, keys) with the demo configuration; returns its config file."""
    from kiosk.services import build_services

    path = tmp_path / "kiosk.toml"
    write_demo_config(path, data_dir=tmp_path / "data")
    build_services(load_config(path), clock=clock).close()
    return path


def statuses(path: Path, **options) -> dict[str, tuple[str, str]]:
    return {check.name: (check.status, check.detail) for check in run_checks(path, **options)}


def test_a_provisioned_kiosk_without_hub_or_printer_warns_but_does_not_fail(kiosk, capsys):
    found = statuses(kiosk)
    assert list(found) == NAMES
    assert found["config"][0] == OK and found["database"][0] == OK and found["keys"][0] == OK
    from kiosk.store.upgrade import head_revision

    assert f"integrity ok, schema {head_revision()}" in found["database"][1]
    assert [found[name][0] for name in ("trust lists", "broker", "printer")] == [WARN, WARN, WARN]
    assert main(["doctor", "--config", str(kiosk)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0].split(None, 1) for line in lines] == [
        [status, name] for name, (status, _) in found.items()]


def test_config_fail(tmp_path, capsys):
    broken = tmp_path / "kiosk.toml"
    broken.write_text("[site\n")
    [check] = run_checks(broken)
    assert check.line().startswith(f"FAIL config: {broken}: is not valid TOML")
    assert main(["doctor", "--config", str(broken)]) == 1


@pytest.mark.parametrize(("damage", "expected"), [
    (lambda db: db.write_bytes(b""), "is empty (0 bytes)"),
    (lambda db: db.write_bytes(os.urandom(9000)), "is not a SQLite database"),
    (lambda db: [p.unlink() for p in db.parent.glob("kiosk.sqlite*")], "is missing"),
])
def test_database_fail(kiosk, capsys, damage, expected):
    damage(load_config(kiosk).database_path)
    status, detail = statuses(kiosk)["database"]
    assert status == FAIL and expected in detail and "poe-kiosk restore" in detail
    assert main(["doctor", "--config", str(kiosk)]) == 1
    assert f"FAIL database: {load_config(kiosk).database_path}" in capsys.readouterr().out


def test_database_behind_the_migration_head_warns(tmp_path):
    from sqlalchemy import create_engine

    from kiosk.store.db import upgrade

    path = tmp_path / "kiosk.toml"
    write_demo_config(path, data_dir=tmp_path / "data")
    (tmp_path / "data").mkdir()
    engine = create_engine(f"sqlite:///{tmp_path / 'data' / 'kiosk.sqlite'}")
    upgrade(engine, "0005")
    engine.dispose()
    status, detail = statuses(path)["database"]
    assert status == WARN and "schema 0005" in detail and "poe-kiosk migrate" in detail


def test_keys_fail_when_the_trusted_keys_lack_this_kiosk_or_the_hub_key_is_bad(kiosk):
    config = load_config(kiosk)
    trusted = config.referral_dir / "trusted-kiosk-keys.json"
    good = trusted.read_text()
    trusted.write_text("{}\n")
    status, detail = statuses(kiosk)["keys"]
    assert status == FAIL and "does not hold this kiosk's public key" in detail
    trusted.write_text(good)
    set_keys(kiosk, hub_public_key="not-a-key")
    status, detail = statuses(kiosk)["keys"]
    assert status == FAIL and detail.startswith("broker.hub_public_key:")


def test_trust_lists_fail_on_a_broken_file(kiosk):
    folder = load_config(kiosk).data_dir / "trust"
    folder.mkdir()
    (folder / "dcc.json").write_text("{not json")
    status, detail = statuses(kiosk)["trust lists"]
    assert status == FAIL and str(folder) in detail


def test_broker_fail_when_nothing_listens(kiosk):
    with socket.socket() as probe:  # a port with nobody listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    set_keys(kiosk, url=f"mqtts://127.0.0.1:{port}")
    status, detail = statuses(kiosk, timeout=2)["broker"]
    assert status == FAIL and "cannot connect" in detail


def test_broker_fail_when_the_listener_does_not_speak_tls(kiosk):
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def answer_in_clear() -> None:
        connection, _ = server.accept()
        connection.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n")
        connection.close()

    thread = threading.Thread(target=answer_in_clear, daemon=True)
    thread.start()
    set_keys(kiosk, url=f"mqtts://127.0.0.1:{port}")
    try:
        status, detail = statuses(kiosk, timeout=5)["broker"]
    finally:
        thread.join(5)
        server.close()
    assert status == FAIL and f"127.0.0.1:{port}" in detail


def test_printer_fail_for_an_unknown_queue_and_without_cups(kiosk, tmp_path, monkeypatch):
    set_keys(kiosk, queue="no-such-queue")
    fake = tmp_path / "bin"
    fake.mkdir()
    lpstat = fake / "lpstat"  # the CUPS client is a hardware seam: a stand-in answering as CUPS does
    lpstat.write_text('#!/bin/sh\necho "lpstat: Invalid destination name in list \\"$2\\"." >&2\nexit 1\n')
    lpstat.chmod(lpstat.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(fake))
    status, detail = statuses(kiosk)["printer"]
    assert status == FAIL and "no-such-queue" in detail and "Invalid destination" in detail
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    status, detail = statuses(kiosk)["printer"]
    assert status == FAIL and "lpstat" in detail and "not installed" in detail


def test_the_remedy_it_names_works_backup_damage_restore(kiosk, tmp_path, capsys, monkeypatch):
    config = load_config(kiosk)
    monkeypatch.setenv("POE_BACKUP_PASSPHRASE", "correct horse battery")
    backup = tmp_path / "k1.poebak"
    assert main(["backup", "--config", str(kiosk), "--out", str(backup)]) == 0
    config.database_path.write_bytes(b"")
    assert main(["doctor", "--config", str(kiosk)]) == 1
    assert main(["restore", str(backup), "--data-dir", str(config.data_dir), "--config", str(kiosk), "--force"]) == 0
    capsys.readouterr()
    assert main(["doctor", "--config", str(kiosk)]) == 0
    assert "OK   database" in capsys.readouterr().out
