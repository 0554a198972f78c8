"""Signed situation bundles from the hub: Ed25519 signing (hub) and verification + activation (kiosk).

Wire format (JSON, retained on ``hub/v1/{country}/situation``)::

    {"format": "poe-situation-bundle/1", "key_id": "<16 hex>",
     "payload": "<base64 of the situation JSON bytes>", "signature": "<base64 Ed25519 over those bytes>"}

The signature covers the exact payload bytes, so no JSON canonicalisation is needed. The kiosk
activates a bundle only when the signature verifies against the configured hub public key and the
situation passes ``Situation.from_data``; otherwise the previous situation stays in force and a
warning is kept for the officer.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.clock import Clock, SystemClock
from kiosk.errors import DataFileError, KioskError
from kiosk.store import Store
from kiosk.store import models as m

log = logging.getLogger(__name__)

FORMAT = "poe-situation-bundle/1"
MAX_BUNDLE_BYTES = 2 * 1024 * 1024


class BundleError(KioskError):
    """A situation bundle that is unsigned, badly signed, malformed or invalid."""


# ---------------------------------------------------------------------------------------- keys


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_key_text(public_key: Ed25519PublicKey) -> str:
    """The public key as base64 of its 32 raw bytes (what ``hub_public_key`` in the config holds)."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def load_public_key(value: str) -> Ed25519PublicKey:
    """A hub public key from base64 (32 raw bytes) or from a PEM file path."""
    value = value.strip()
    path = Path(value)
    try:
        if len(value) < 500 and path.is_file():
            key = serialization.load_pem_public_key(path.read_bytes())
            if not isinstance(key, Ed25519PublicKey):
                raise KioskError(f"{path}: not an Ed25519 public key")
            return key
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(value, validate=True))
    except (ValueError, binascii.Error) as error:
        raise KioskError(f"hub public key is neither a PEM file nor base64 of 32 bytes ({error})") from None


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as error:
        raise KioskError(f"cannot read the hub key {path}: {error}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KioskError(f"{path}: not an Ed25519 private key")
    return key


def generate_key(out: Path) -> dict[str, str]:
    """Write a new Ed25519 private key (PEM, mode 0600) to ``out`` and its public key to ``out.pub``."""
    if out.exists():
        raise KioskError(f"{out} exists; refusing to overwrite a key")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    out.parent.mkdir(parents=True, exist_ok=True)
    out.touch(mode=0o600)
    out.write_bytes(pem)
    pub_path = out.with_name(out.name + ".pub")
    pub_path.write_bytes(key.public_key().public_bytes(serialization.Encoding.PEM,
                                                       serialization.PublicFormat.SubjectPublicKeyInfo))
    return {"private_key": str(out), "public_key_file": str(pub_path),
            "hub_public_key": public_key_text(key.public_key()), "key_id": key_id(key.public_key())}


# ---------------------------------------------------------------------------------------- bundles


def sign_bundle(situation_data: Any, private_key: Ed25519PrivateKey) -> bytes:
    """The signed bundle of JSON-compatible situation data."""
    payload = json.dumps(situation_data, ensure_ascii=False, sort_keys=True, default=str).encode()
    return json.dumps({
        "format": FORMAT,
        "key_id": key_id(private_key.public_key()),
        "payload": base64.b64encode(payload).decode(),
        "signature": base64.b64encode(private_key.sign(payload)).decode(),
    }).encode()


def verify_bundle(data: bytes, public_key: Ed25519PublicKey) -> Any:
    """The verified situation data of a bundle; raises :class:`BundleError` saying what is wrong."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError(f"bundle of {len(data)} bytes is larger than {MAX_BUNDLE_BYTES}")
    try:
        envelope = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise BundleError("bundle is not JSON") from None
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise BundleError(f"bundle format is not {FORMAT}")
    if not envelope.get("signature"):
        raise BundleError("bundle is unsigned")
    try:
        payload = base64.b64decode(str(envelope.get("payload", "")), validate=True)
        signature = base64.b64decode(str(envelope["signature"]), validate=True)
    except (ValueError, binascii.Error):
        raise BundleError("bundle payload or signature is not base64") from None
    try:
        public_key.verify(signature, payload)
    except InvalidSignature:
        raise BundleError("bundle signature does not verify against the hub public key") from None
    try:
        return json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        raise BundleError("signed payload is not JSON") from None


@dataclass(frozen=True)
class UpdateResult:
    activated: bool
    version: str | None
    warning: str | None = None


class SituationUpdates:
    """Verifies, validates, records and activates bundles received by the publisher.

    ``activate(situation)`` is e.g. ``Rules.replace_situation``; it is called on the publisher's thread.
    """

    def __init__(self, store: Store, public_key: Ed25519PublicKey | None, activate: Callable[[Any], None],
                 *, active_version: str | None = None, clock: Clock | None = None) -> None:
        self.store = store
        self.public_key = public_key
        self.activate = activate
        self.active_version = active_version
        self.clock = clock or SystemClock()

    def handle(self, data: bytes) -> UpdateResult:
        from kiosk.protocols.situation import Situation

        now = self.clock.now()
        try:
            if self.public_key is None:
                raise BundleError("no hub public key is configured; situation updates are refused")
            situation_data = verify_bundle(data, self.public_key)
            try:
                situation = Situation.from_data(situation_data, name="situation bundle")
            except DataFileError as error:
                raise BundleError(f"situation bundle is invalid: {error}") from None
        except BundleError as error:
            log.warning("situation bundle refused: %s", error)
            self._record(now, version="", status="rejected", payload={}, error=str(error))
            warning = f"Situation update refused ({error}); version {self.active_version} stays in force"
            return UpdateResult(False, self.active_version, warning)
        if situation.version == self.active_version:
            return UpdateResult(False, self.active_version)  # the retained bundle, seen again on reconnect
        self.activate(situation)
        self.active_version = situation.version
        self._record(now, version=situation.version, status="active",
                     payload=json.loads(json.dumps(situation_data, default=str)),
                     error="", signed_by=key_id(self.public_key))
        log.info("situation %s activated from the hub", situation.version)
        return UpdateResult(True, situation.version)

    def _record(self, now: dt.datetime, **fields: Any) -> None:
        with self.store.transaction() as session:
            if fields["status"] == "active":
                for row in session.query(m.SituationBundle).filter(m.SituationBundle.status == "active"):
                    row.status = "superseded"
            session.add(m.SituationBundle(received_at=now, **fields))
