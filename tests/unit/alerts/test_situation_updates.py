"""Signed situation bundles: only a correctly signed, schema-valid bundle is activated."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from kiosk.alerts.situation_updates import (
    BundleError,
    SituationUpdates,
    generate_key,
    load_private_key,
    load_public_key,
    sign_bundle,
    verify_bundle,
)
from kiosk.errors import KioskError
from kiosk.protocols import load_situation
from kiosk.store import Store
from kiosk.store import models as m


@pytest.fixture
def situation_data() -> dict[str, Any]:
    data = json.loads(json.dumps(load_situation().data, default=str))
    data["version"] = "2026-12-01.1"
    return data


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def tamper(bundle: bytes) -> bytes:
    envelope = json.loads(bundle)
    data = json.loads(base64.b64decode(envelope["payload"]))
    data["events"] = []
    envelope["payload"] = base64.b64encode(json.dumps(data).encode()).decode()
    return json.dumps(envelope).encode()


def unsign(bundle: bytes) -> bytes:
    envelope = json.loads(bundle)
    envelope.pop("signature")
    return json.dumps(envelope).encode()


def test_round_trip(situation_data: dict[str, Any], key: Ed25519PrivateKey) -> None:
    assert verify_bundle(sign_bundle(situation_data, key), key.public_key()) == situation_data


@pytest.mark.parametrize(("mangle", "message"), [
    (tamper, "does not verify"), (unsign, "unsigned"), (lambda b: b"not json", "not JSON"),
    (lambda b: b.replace(b"poe-situation-bundle/1", b"other/9"), "format"),
])
def test_bad_bundles_are_refused(situation_data: dict[str, Any], key: Ed25519PrivateKey, mangle: Any,
                                 message: str) -> None:
    with pytest.raises(BundleError, match=message):
        verify_bundle(mangle(sign_bundle(situation_data, key)), key.public_key())


def test_other_key_is_refused(situation_data: dict[str, Any], key: Ed25519PrivateKey) -> None:
    with pytest.raises(BundleError, match="does not verify"):
        verify_bundle(sign_bundle(situation_data, Ed25519PrivateKey.generate()), key.public_key())


def test_keygen_files_load(tmp_path: Path) -> None:
    out = generate_key(tmp_path / "hub.key")
    private = load_private_key(tmp_path / "hub.key")
    assert (tmp_path / "hub.key").stat().st_mode & 0o077 == 0
    for text in (out["hub_public_key"], out["public_key_file"]):
        assert load_public_key(text).public_bytes_raw() == private.public_key().public_bytes_raw()
    with pytest.raises(KioskError, match="exists"):
        generate_key(tmp_path / "hub.key")
    with pytest.raises(KioskError, match="neither"):
        load_public_key("not-a-key")


def test_updates_activate_valid_and_keep_previous_otherwise(store: Store, situation_data: dict[str, Any],
                                                            key: Ed25519PrivateKey) -> None:
    activated: list[Any] = []
    updates = SituationUpdates(store, key.public_key(), activated.append, active_version="2026-11-29.1")
    good = sign_bundle(situation_data, key)
    invalid = dict(situation_data, events=[{"protocol": "EVD", "areas": ["QQ"], "since": "2026-01-01"}])
    for bad in (tamper(good), unsign(good), sign_bundle(invalid, key), sign_bundle(situation_data, Ed25519PrivateKey.generate())):
        result = updates.handle(bad)
        assert not result.activated and result.version == "2026-11-29.1"
        assert result.warning and "stays in force" in result.warning
    assert activated == []
    result = updates.handle(good)
    assert result.activated and result.version == "2026-12-01.1" and result.warning is None
    assert [s.version for s in activated] == ["2026-12-01.1"]
    assert not updates.handle(good).activated  # the retained copy seen again after a reconnect
    with store.reading() as session:
        rows = session.scalars(select(m.SituationBundle).order_by(m.SituationBundle.id)).all()
    assert [r.status for r in rows] == ["rejected"] * 4 + ["active"]
    assert "QQ" in rows[2].error


def test_no_public_key_refuses_everything(store: Store, situation_data: dict[str, Any], key: Ed25519PrivateKey) -> None:
    updates = SituationUpdates(store, None, lambda s: None, active_version="v1")
    result = updates.handle(sign_bundle(situation_data, key))
    assert not result.activated and "no hub public key" in (result.warning or "")
