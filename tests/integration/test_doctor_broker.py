"""``poe-kiosk doctor`` against the shipped broker: TLS with the deployment's CA, and the kiosk's login."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kiosk.config import load_config, write_demo_config
from kiosk.doctor import FAIL, OK, check_broker

sys.path.insert(0, str(Path(__file__).parent))
from conftest import KNOWN_PASSWORDS
from mosquitto import Certificates


def configured(tmp_path: Path, broker, **broker_keys: str):
    path = tmp_path / "kiosk.toml"
    write_demo_config(path, data_dir=tmp_path / "data")
    text = path.read_text()
    for key, value in {"url": broker.url, "username": "XL-LND-01-K1", "ca_file": broker.ca_file, **broker_keys}.items():
        text = text.replace(f'{key} = ""', f"{key} = {json.dumps(value)}", 1)
    path.write_text(text)
    return load_config(path)


def test_tls_and_login_ok_on_the_shipped_broker(tmp_path, broker):
    check = check_broker(configured(tmp_path, broker, password=KNOWN_PASSWORDS["XL-LND-01-K1"]), login=True)
    assert check.status == OK, check.detail
    assert "TLSv1." in check.detail and "login XL-LND-01-K1 accepted" in check.detail


def test_wrong_password_fails_the_login(tmp_path, broker):
    check = check_broker(configured(tmp_path, broker, password="not-the-password"), login=True)
    assert check.status == FAIL and "login refused" in check.detail


def test_a_ca_other_than_the_brokers_fails_tls(tmp_path, broker):
    other = Certificates.create(tmp_path / "other-tls")  # a CA that did not sign the broker's certificate
    check = check_broker(configured(tmp_path, broker, ca_file=str(other.ca)))
    assert check.status == FAIL and "TLS refused" in check.detail
