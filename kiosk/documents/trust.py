"""Trust material for signature checks: HCERT signer certificates, SMART Health Card issuer keys.

The ``--trust`` file is one of (see docs/documents.md):

* a PEM bundle of X.509 signer certificates (kid computed from each certificate);
* a JSON/YAML list ``[{"kid": base64?, "certificate": base64-DER, "country"?: ..}]``;
* a JWKS ``{"keys": [...]}`` (SMART Health Card issuer keys; with ``"iss"`` they are pinned to that issuer);
* a SMART Health Card revocation list ``{"kid", "method", "ctr", "rids"}`` (the issuer's
  ``/.well-known/crl/<kid>.json``);
* an object ``{"hcert": [signer...], "shc": [{"iss": .., "keys": [...], "crls": [...]}], "referral": ...}``.

A SMART Health Card key verifies a card only when it is pinned to the card's ``iss``: a JWKS read
without ``iss`` is kept (so the error can say what is missing) but verifies nothing. Several files
can be merged with :meth:`TrustStore.merge`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from kiosk.datafiles import load_data_file
from kiosk.errors import DataFileError

TRUST_SCHEMA = "kiosk.documents/schemas/trust.schema.json"
MAX_TRUST_BYTES = 20_000_000  # the EU DSC list is about 2 MB


@dataclass(frozen=True)
class Signer:
    """One HCERT document-signer certificate and its key id."""

    kid: bytes
    certificate: x509.Certificate
    country: str = ""
    domain: str = ""  # GDHCN trust domain (DCC, ICVP, DDCC …) when the list says it


@dataclass(frozen=True)
class RevocationList:
    """A SMART Health Card revocation list for one issuer key (``ctr`` counts its updates)."""

    kid: str
    method: str
    ctr: int
    rids: tuple[str, ...]

    def revokes(self, rid: str, issued_at: float | None) -> bool:
        """``rid`` listed bare, or listed with a ``.timestamp`` that is later than the card's ``nbf``."""
        for entry in self.rids:
            listed, _, timestamp = entry.partition(".")
            if listed != rid:
                continue
            if not timestamp:
                return True
            try:
                before = float(timestamp)
            except ValueError:
                return True  # a malformed timestamp revokes rather than lets through
            if issued_at is None or issued_at < before:
                return True
        return False


@dataclass
class TrustStore:
    signers: list[Signer] = field(default_factory=list)
    jwks: list[dict[str, Any]] = field(default_factory=list)  # each JWK carries "_iss" ("" = not pinned)
    referral: Any = None
    crls: dict[str, RevocationList] = field(default_factory=dict)  # by key id; the newest ctr wins

    def signers_for(self, kid: bytes | None) -> list[Signer]:
        """Certificates to try: those with ``kid``, or every one when the document names no kid."""
        if kid is None:
            return list(self.signers)
        return [s for s in self.signers if s.kid == kid]

    def issuer_keys(self, kid: str) -> list[dict[str, Any]]:
        """Every SMART Health Card key with this ``kid`` (pinned to an issuer or not)."""
        return [key for key in self.jwks if key.get("kid") == kid]

    def merge(self, other: TrustStore) -> TrustStore:
        crls = dict(self.crls)
        for kid, crl in other.crls.items():
            if kid not in crls or crl.ctr > crls[kid].ctr:
                crls[kid] = crl
        return TrustStore(
            self.signers + other.signers,
            self.jwks + other.jwks,
            other.referral if other.referral is not None else self.referral,
            crls,
        )


def kid_of(certificate: x509.Certificate) -> bytes:
    """HCERT key id: the first 8 bytes of SHA-256 of the certificate's DER."""
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).digest()[:8]


def signer_from_base64(der_b64: str, kid_b64: str | None = None, country: str = "", domain: str = "") -> Signer:
    certificate = _certificate(der_b64)
    kid = _b64(kid_b64, "kid") if kid_b64 else kid_of(certificate)
    return Signer(kid, certificate, country, domain)


def load_trust(paths: Iterable[Path | str]) -> TrustStore:
    """Read and merge trust files; raise DataFileError naming the file and line of each problem."""
    store = TrustStore()
    for path in paths:
        store = store.merge(load_trust_file(Path(path)))
    return store


def load_trust_file(path: Path) -> TrustStore:
    try:
        if path.stat().st_size > MAX_TRUST_BYTES:
            raise DataFileError([f"{path}:1: trust file is larger than {MAX_TRUST_BYTES // 1000} kB"])
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataFileError([f"{path}:1: no such file"]) from None
    except UnicodeDecodeError:
        raise DataFileError([f"{path}:1: trust file is not UTF-8 text (PEM, JSON or YAML expected)"]) from None
    except OSError as error:
        raise DataFileError([f"{path}:1: cannot read ({error.strerror})"]) from None
    if "-----BEGIN CERTIFICATE-----" in text:
        return _from_pem(text, path)
    data = load_data_file(path, TRUST_SCHEMA, text=text).data
    try:
        return _from_data(data)
    except ValueError as error:
        raise DataFileError([f"{path}:1: {error}"]) from None


def _from_pem(text: str, path: Path) -> TrustStore:
    try:
        certificates = x509.load_pem_x509_certificates(text.encode())
    except ValueError as error:
        raise DataFileError([f"{path}:1: PEM bundle cannot be read ({error})"]) from None
    return TrustStore(signers=[Signer(kid_of(c), c) for c in certificates])


def _from_data(data: Any) -> TrustStore:
    if isinstance(data, list):
        return TrustStore(signers=[_signer(entry) for entry in data])
    if "keys" in data:
        return TrustStore(jwks=_issuer_keys(data), crls=_crls(data.get("crls", [])))
    if "rids" in data:
        return TrustStore(crls=_crls([data]))
    signers = [_signer(entry) for entry in data.get("hcert", [])]
    issuers = data.get("shc", [])
    jwks = [key for issuer in issuers for key in _issuer_keys(issuer)]
    crls = _crls([crl for issuer in issuers for crl in issuer.get("crls", [])])
    return TrustStore(signers=signers, jwks=jwks, referral=data.get("referral"), crls=crls)


def _crls(entries: list[dict[str, Any]]) -> dict[str, RevocationList]:
    crls: dict[str, RevocationList] = {}
    for entry in entries:
        crl = RevocationList(str(entry["kid"]), str(entry["method"]), int(entry["ctr"]),
                             tuple(str(rid) for rid in entry["rids"]))
        if crl.kid not in crls or crl.ctr > crls[crl.kid].ctr:
            crls[crl.kid] = crl
    return crls


def _signer(entry: dict[str, Any]) -> Signer:
    return signer_from_base64(entry["certificate"], entry.get("kid"), entry.get("country", ""), entry.get("domain", ""))


def _issuer_keys(issuer: dict[str, Any]) -> list[dict[str, Any]]:
    iss = issuer.get("iss", "")
    return [{**key, "_iss": iss} for key in issuer["keys"]]


def _certificate(value: str) -> x509.Certificate:
    if "BEGIN CERTIFICATE" in value:
        return x509.load_pem_x509_certificate(value.encode())
    try:
        return x509.load_der_x509_certificate(_b64(value, "certificate"))
    except ValueError:
        raise ValueError("certificate is not a DER X.509 certificate in base64") from None


def _b64(value: str, what: str) -> bytes:
    try:
        return base64.b64decode(value.strip() + "=" * (-len(value.strip()) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"{what} is not base64") from None


def ec_public_key_from_jwk(jwk: dict[str, Any]) -> ec.EllipticCurvePublicKey:
    """A P-256 public key from a JWK (``kty`` EC, ``crv`` P-256); ValueError otherwise."""
    if jwk.get("kty") != "EC" or jwk.get("crv") != "P-256":
        raise ValueError("issuer key is not an EC P-256 key")
    x = b64url_decode(str(jwk.get("x", "")))
    y = b64url_decode(str(jwk.get("y", "")))
    if len(x) != 32 or len(y) != 32:
        raise ValueError("issuer key coordinates are not 32 bytes")
    return ec.EllipticCurvePublicNumbers(
        int.from_bytes(x, "big"), int.from_bytes(y, "big"), ec.SECP256R1()
    ).public_key()


def b64url_decode(value: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        raise ValueError("not base64url") from None
