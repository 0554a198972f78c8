"""Signed situation bundles from the hub: Ed25519 signing (hub) and verification + activation (kiosk).

Wire format (JSON, retained on ``hub/v1/{country}/situation``)::

    {"format": "poe-situation-bundle/1", "key_id": "<16 hex>",
     "payload": "<base64 of the situation JSON bytes>", "signature": "<base64 Ed25519 over those bytes>"}

The signature covers the exact payload bytes, so no JSON canonicalisation is needed. The kiosk
activates a bundle only when ``key_id`` names one of its trusted hub keys and the signature verifies
against it, the situation passes ``Situation.from_data`` with the protocols in force, it has not
expired, and it comes after every situation this kiosk ever put in force (:func:`check_order`: a
replayed older bundle is refused, also after a restart). Otherwise the previous situation stays in
force and a warning is kept for the officer and announced to the hub in the kiosk's status.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select

from kiosk.clock import Clock, SystemClock
from kiosk.errors import DataFileError, KioskError
from kiosk.store import Store
from kiosk.store import models as m

log = logging.getLogger(__name__)

FORMAT = "poe-situation-bundle/1"
MAX_BUNDLE_BYTES = 120 * 1024
"""The largest signed bundle: it travels as one retained MQTT message, so it must fit the brokers'
``max_packet_size`` (``kiosk.broker.policy.MAX_PACKET_BYTES``, 128 KiB) with its topic and headers; a
large real situation (30 events of 60 countries) signs to 26 KB."""


class BundleError(KioskError):
    """A situation bundle that is unsigned, badly signed, malformed, invalid, expired or not newer than
    the situation in force."""


# ---------------------------------------------------------------------------------------- keys


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_key_text(public_key: Ed25519PublicKey) -> str:
    """The public key as base64 of its 32 raw bytes (what ``hub_public_key`` in the config holds)."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


TrustedKeys = Mapping[str, Ed25519PublicKey]
"""Key id (:func:`key_id`) → hub public key: the keys whose bundles a kiosk accepts."""


def trusted_keys(keys: TrustedKeys | Ed25519PublicKey | None) -> dict[str, Ed25519PublicKey]:
    """The trust list from one key, a mapping of them, or None (trust nothing)."""
    if keys is None:
        return {}
    if isinstance(keys, Ed25519PublicKey):
        return {key_id(keys): keys}
    return dict(keys)


def load_public_keys(value: str) -> dict[str, Ed25519PublicKey]:
    """The trusted hub keys from the ``hub_public_key`` setting: one key, or several separated by
    commas while the hub changes its key (each base64 of 32 raw bytes or a PEM file path)."""
    keys = [load_public_key(part) for part in value.split(",") if part.strip()]
    if not keys:
        raise KioskError("hub public key is empty")
    return {key_id(key): key for key in keys}


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
    bundle = json.dumps({
        "format": FORMAT,
        "key_id": key_id(private_key.public_key()),
        "payload": base64.b64encode(payload).decode(),
        "signature": base64.b64encode(private_key.sign(payload)).decode(),
    }).encode()
    if len(bundle) > MAX_BUNDLE_BYTES:
        raise BundleError(f"signed bundle of {len(bundle)} bytes is larger than {MAX_BUNDLE_BYTES}, "
                          "the most one broker message carries")
    return bundle


def verify_bundle(data: bytes, keys: TrustedKeys | Ed25519PublicKey) -> Any:
    """The verified situation data of a bundle; raises :class:`BundleError` saying what is wrong."""
    return _open(data, trusted_keys(keys))[0]


def _open(data: bytes, keys: TrustedKeys) -> tuple[Any, str]:
    """``(situation data, signing key id)`` of a bundle signed by one of ``keys``."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError(f"bundle of {len(data)} bytes is larger than {MAX_BUNDLE_BYTES}")
    envelope = _json(data, "bundle")
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise BundleError(f"bundle format is not {FORMAT}")
    if not envelope.get("signature"):
        raise BundleError("bundle is unsigned")
    signer = str(envelope.get("key_id") or "")
    public_key = keys.get(signer)
    if public_key is None:
        raise BundleError(f"bundle is signed by key {signer[:16] or '(none named)'}, which is not a trusted hub key")
    try:
        payload = base64.b64decode(str(envelope.get("payload", "")), validate=True)
        signature = base64.b64decode(str(envelope["signature"]), validate=True)
    except (ValueError, binascii.Error):
        raise BundleError("bundle payload or signature is not base64") from None
    try:
        public_key.verify(signature, payload)
    except InvalidSignature:
        raise BundleError("bundle signature does not verify against the hub public key") from None
    return _json(payload, "signed payload"), signer


def _json(data: bytes, what: str) -> Any:
    """Parsed JSON, or :class:`BundleError`; also for JSON nested deeper than Python's recursion
    limit, which a network peer can send and which must never stop the kiosk's publisher."""
    try:
        return json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise BundleError(f"{what} is not JSON") from None
    except RecursionError:
        raise BundleError(f"{what} is not JSON a kiosk reads (nested too deeply)") from None


# ---------------------------------------------------------------------------------------- order


@dataclass(frozen=True)
class Rank:
    """Where a situation stands in its authority's order: a bundle must come strictly after the
    newest situation this kiosk ever put in force (higher sequence, issued no earlier)."""

    sequence: int
    issued_at: dt.datetime | None

    @classmethod
    def of(cls, situation: Any) -> Rank:
        """A situation without a sequence (a file, or a bundle from before sequences) ranks 0."""
        return cls(situation.sequence or 0, situation.issued_at)

    def later(self, other: Rank) -> Rank:
        """The later of the two (by sequence; the later issue instant is kept)."""
        newest = max(self, other, key=lambda rank: rank.sequence)
        instants = [rank.issued_at for rank in (self, other) if rank.issued_at is not None]
        return Rank(newest.sequence, max(instants) if instants else None)

    def __str__(self) -> str:
        return f"sequence {self.sequence}" + (f", issued {_when(self.issued_at)}" if self.issued_at else "")


def check_order(situation: Any, in_force: Rank, now: dt.datetime) -> None:
    """Refuse (:class:`BundleError`) a bundle that cannot be ordered, has expired, or does not come
    after the situation in force: a replayed older bundle must never roll the situation back."""
    missing = [name for name in ("sequence", "issued_at", "expires") if getattr(situation, name) is None]
    if missing:
        raise BundleError(f"bundle has no {' or '.join(missing)}, so it cannot be ordered")
    if situation.expires <= now:
        raise BundleError(f"bundle {situation.version} expired at {_when(situation.expires)}")
    if situation.sequence < in_force.sequence:
        raise BundleError(f"bundle {situation.version} (sequence {situation.sequence}) is older than the "
                          f"situation in force ({in_force})")
    if situation.sequence == in_force.sequence:
        raise BundleError(f"bundle {situation.version} has sequence {situation.sequence}, the same as the "
                          "situation in force, with other content")
    if in_force.issued_at is not None and situation.issued_at < in_force.issued_at:
        raise BundleError(f"bundle {situation.version} was issued {_when(situation.issued_at)}, before the "
                          f"situation in force ({in_force})")


def _when(instant: dt.datetime | None) -> str:
    return f"{instant.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC" if instant else "—"


# ---------------------------------------------------------------------------------------- kiosk side


@dataclass(frozen=True)
class UpdateResult:
    activated: bool
    version: str | None
    warning: str | None = None


ACCEPTED = ("active", "superseded")
"""``situation_bundles`` statuses of bundles once put in force."""


def situation_at_start(store: Store, configured: Any, *, protocols: Collection[str] | None = None) -> Any:
    """The situation to put in force at start: the bundle last activated from the hub, unless the
    configured one (the shipped file) ranks higher. A file without a sequence ranks below every
    bundle, so a restart never rolls back what the hub pushed."""
    from kiosk.protocols.situation import Situation

    with store.reading() as session:
        row = session.scalars(select(m.SituationBundle).where(m.SituationBundle.status == "active")
                              .order_by(m.SituationBundle.id.desc()).limit(1)).first()
        payload = dict(row.payload) if row is not None else None
    if not payload:
        return configured
    try:
        stored = Situation.from_data(payload, name="stored situation bundle", protocols=protocols)
    except DataFileError as error:
        log.error("the stored situation bundle is no longer valid; %s stays in force: %s", configured.version, error)
        return configured
    return configured if Rank.of(configured).sequence > Rank.of(stored).sequence else stored


class SituationUpdates:
    """Verifies, validates, orders, records and activates bundles received by the publisher.

    ``activate(situation)`` is e.g. ``Rules.replace_situation``; it is called on the publisher's thread.
    ``keys``: the trusted hub keys (see :func:`trusted_keys`). ``in_force``: the situation in force now
    (from :func:`situation_at_start`). ``protocols``: the codes of the protocols in force; a bundle
    naming another is refused. Refusals are kept in ``warning`` and in the database, so they are still
    shown after a restart until a newer bundle is put in force.
    """

    def __init__(self, store: Store, keys: TrustedKeys | Ed25519PublicKey | None, activate: Callable[[Any], None],
                 *, in_force: Any, protocols: Collection[str] | None = None, clock: Clock | None = None) -> None:
        self.store = store
        self.keys = trusted_keys(keys)
        self.activate = activate
        self.protocols = protocols
        self.clock = clock or SystemClock()
        self._in_force = in_force
        self.rank, self.warning = self._load(Rank.of(in_force))

    @property
    def active_version(self) -> str:
        return str(self._in_force.version)

    def _load(self, rank: Rank) -> tuple[Rank, str]:
        """The newest rank ever put in force (the database remembers it across restarts) and the
        warning of a refusal that came after it."""
        bundles = m.SituationBundle
        with self.store.reading() as session:
            newest = session.scalars(select(bundles).where(bundles.status.in_(ACCEPTED), bundles.sequence.is_not(None))
                                     .order_by(bundles.sequence.desc()).limit(1)).first()
            if newest is not None:
                rank = rank.later(Rank(newest.sequence or 0, newest.issued_at))
            last = session.scalars(select(bundles).order_by(bundles.id.desc()).limit(1)).first()
            warning = self._warning(last.error) if last is not None and last.status == "rejected" else ""
        return rank, warning

    def _warning(self, error: str) -> str:
        return f"Situation update refused ({error}); version {self.active_version} stays in force"

    def handle(self, data: bytes) -> UpdateResult:
        from kiosk.protocols.situation import Situation

        now = self.clock.now()
        digest = hashlib.sha256(data).hexdigest()
        signer = ""
        try:
            if not self.keys:
                raise BundleError("no hub public key is configured; situation updates are refused")
            situation_data, signer = _open(data, self.keys)
            try:
                situation = Situation.from_data(situation_data, name="situation bundle", protocols=self.protocols)
            except DataFileError as error:
                raise BundleError(f"situation bundle is invalid: {error}") from None
            if situation.data == self._in_force.data:
                return UpdateResult(False, self.active_version)  # the retained bundle, seen again on reconnect
            check_order(situation, self.rank, now)
        except BundleError as error:
            log.warning("situation bundle refused: %s", error)
            self._refused(now, digest, signer, str(error))
            self.warning = self._warning(str(error))
            return UpdateResult(False, self.active_version, self.warning)
        self.activate(situation)
        self._in_force = situation
        self.rank = self.rank.later(Rank.of(situation))
        self.warning = ""
        self._record(now, version=situation.version, status="active", payload=dict(situation.data), error="",
                     signed_by=signer, sequence=situation.sequence, issued_at=situation.issued_at,
                     expires=situation.expires, digest=digest)
        log.info("situation %s (sequence %s) activated from the hub", situation.version, situation.sequence)
        return UpdateResult(True, situation.version)

    def _refused(self, now: dt.datetime, digest: str, signer: str, error: str) -> None:
        """Record a refusal, once per bundle: the same retained bundle comes again at every reconnect."""
        bundles = m.SituationBundle
        with self.store.reading() as session:
            last = session.scalars(select(bundles).order_by(bundles.id.desc()).limit(1)).first()
            if last is not None and last.status == "rejected" and last.digest == digest and last.error == error:
                return
        self._record(now, version="", status="rejected", payload={}, error=error, signed_by=signer, digest=digest)

    def _record(self, now: dt.datetime, **fields: Any) -> None:
        with self.store.transaction() as session:
            if fields["status"] == "active":
                for row in session.query(m.SituationBundle).filter(m.SituationBundle.status == "active"):
                    row.status = "superseded"
            session.add(m.SituationBundle(received_at=now, **fields))
