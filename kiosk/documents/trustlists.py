"""Importing the trust lists national authorities distribute into a kiosk's trust folder.

Formats (``--format``):

``dcc-gateway``
    The EU DCC gateway's ``/trustList`` download: a JSON array of ``{kid, timestamp, country,
    certificateType, thumbprint, signature, rawData}``. Only ``DSC`` entries become signers (CSCA,
    upload and authentication certificates never sign documents). The format carries no signature over
    the list (each entry's CMS is the uploading country's), so it is refused unless the operator states
    the file came over a trusted channel (``accept_unsigned``).
``dcc-national``
    A national backend's signed DSC list, as Germany distributes it: the first line is the base64
    ECDSA P-256/SHA-256 signature (r‖s) of the JSON that follows, ``{"certificates": [gateway entries]}``.
    The signature is checked with the backend's published key (``signer_key``).
``gdhcn``
    The WHO GDHCN trust list (DID trust list v2, embedded variant): a DID document whose
    ``verificationMethod`` entries are ``JsonWebKey2020`` keys with the certificate chain in
    ``publicKeyJwk.x5c``. Document signers become signers (SCA/CA certificates and references to other
    DID documents are skipped). Its ``JsonWebSignature2020`` proof is a JSON-LD signature (URDNA2015
    canonicalisation) that this kiosk does not verify: the list is refused unless ``accept_unsigned``.
``shc-jwks``
    A SMART Health Card issuer's JWKS (``<iss>/.well-known/jwks.json``), pinned to that issuer
    (``iss``, required), with the issuer's revocation lists (``crls``: ``.well-known/crl/<kid>.json``).
    A JWKS carries no signature: refused unless ``accept_unsigned``.

Every entry is checked before anything is written (a certificate that is not X.509, a thumbprint or
kid that does not match its certificate refuse the whole list), and the result is written atomically
as one file in the kiosk's own trust format (``kiosk/documents/schemas/trust.schema.json``) with a
``meta`` block saying where it came from. A refresh replaces that file: a signer removed from the
published list stops verifying as soon as the new list is imported.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from kiosk.documents.result import shorten
from kiosk.errors import KioskError
from kiosk.private_files import private_dir, write_private

if TYPE_CHECKING:  # cryptography is imported where it is used: building the CLI parser stays light
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec

FORMATS = {
    "dcc-gateway": "EU DCC gateway trust list (JSON array of DSC entries; no list signature)",
    "dcc-national": "national backend's signed DSC list (signature line + {\"certificates\": [...]})",
    "gdhcn": "WHO GDHCN DID trust list (verificationMethod JsonWebKey2020 with x5c)",
    "shc-jwks": "SMART Health Card issuer JWKS, pinned with --iss, with its --crl files",
}
MAX_LIST_BYTES = 20_000_000
_COUNTRY = re.compile(r"[A-Z]{2,3}")


class TrustListError(KioskError):
    """A trust list that cannot be imported; the message names the file and what is wrong."""


@dataclass(frozen=True)
class Imported:
    """What an import wrote: the file, how many signers/keys/CRLs, what was skipped and why."""

    path: Path
    format: str
    signers: int
    keys: int
    crls: int
    skipped: tuple[str, ...]
    list_signature: str

    def summary(self) -> str:
        parts = [f"{self.signers} document signers"] if self.format != "shc-jwks" else \
            [f"{self.keys} issuer keys", f"{self.crls} revocation lists"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} entries skipped")
        return f"imported {', '.join(parts)} into {self.path} (list signature: {self.list_signature})"


def import_trust_list(source: Path, fmt: str, into: Path, *, signer_key: Path | None = None, iss: str | None = None,
                      crls: Iterable[Path] = (), accept_unsigned: bool = False,
                      now: dt.datetime | None = None) -> Imported:
    """Check ``source`` in format ``fmt`` and write it into the trust folder ``into``."""
    if fmt not in FORMATS:
        raise TrustListError(f"unknown trust list format {fmt!r} (known: {', '.join(FORMATS)})")
    text = _read(source)
    if fmt == "shc-jwks":
        document, skipped, signature, name = _from_jwks(source, text, iss, list(crls), accept_unsigned)
    else:
        if iss or list(crls):
            raise TrustListError("--iss and --crl belong to --format shc-jwks")
        signers, skipped, signature = {
            "dcc-gateway": _from_gateway, "dcc-national": _from_national, "gdhcn": _from_gdhcn,
        }[fmt](source, text, signer_key, accept_unsigned)
        document, name = {"hcert": signers}, f"{fmt}.json"
    from kiosk.documents.trust import load_trust_file

    document = {"meta": {"format": fmt, "source": source.name, "list_signature": signature,
                         "imported_at": (now or dt.datetime.now(dt.UTC)).isoformat().replace("+00:00", "Z")},
                **document}
    path = _write(into, name, document)
    store = load_trust_file(path)  # what the kiosk will read: the written file must load
    return Imported(path, fmt, len(store.signers), len(store.jwks), len(store.crls), tuple(skipped), signature)


# ---------------------------------------------------------------------------------------------- EU DCC


def _from_gateway(source: Path, text: str, signer_key: Path | None,
                  accept_unsigned: bool) -> tuple[list[dict[str, str]], list[str], str]:
    if signer_key is not None:
        raise TrustListError(f"{source}: the DCC gateway list has no list signature to check with --signer-key")
    _require_unsigned_ok(source, accept_unsigned, "the DCC gateway list carries no signature over the list")
    entries = _json(source, text)
    if not isinstance(entries, list):
        raise TrustListError(f"{source}: a DCC gateway trust list is a JSON array of entries")
    signers, skipped = _dsc_entries(source, entries)
    return signers, skipped, "none in this format (accepted as told)"


def _from_national(source: Path, text: str, signer_key: Path | None,
                   accept_unsigned: bool) -> tuple[list[dict[str, str]], list[str], str]:
    start = text.find("{")
    if start < 0:
        raise TrustListError(f"{source}: no JSON object after the signature line")
    signature_text, content = text[:start].strip(), text[start:].strip()
    if signer_key is None:
        _require_unsigned_ok(source, accept_unsigned, "no --signer-key was given to check the list's signature")
        status = "not checked (accepted as told)"
    else:
        _verify_list_signature(source, signature_text, content.encode("utf-8"), _public_key(signer_key))
        status = "verified"
    data = _json(source, content)
    if not isinstance(data, dict) or not isinstance(data.get("certificates"), list):
        raise TrustListError(f"{source}: the signed list has no \"certificates\" array")
    signers, skipped = _dsc_entries(source, data["certificates"])
    return signers, skipped, status


def _dsc_entries(source: Path, entries: list[Any]) -> tuple[list[dict[str, str]], list[str]]:
    from kiosk.documents.trust import kid_of

    signers, skipped = [], []
    for number, entry in enumerate(entries, 1):
        where = f"{source}: entry {number}"
        if not isinstance(entry, dict):
            raise TrustListError(f"{where} is not an object")
        kind = str(entry.get("certificateType", "DSC")).upper()
        if kind != "DSC":
            skipped.append(f"entry {number}: {kind} certificate (only document signers sign certificates)")
            continue
        raw = entry.get("rawData") or entry.get("certificate")
        der = _der(where, raw)
        thumbprint = entry.get("thumbprint")
        if thumbprint and str(thumbprint).lower() != hashlib.sha256(der).hexdigest():
            raise TrustListError(f"{where}: the thumbprint does not match its certificate: the list is corrupt")
        certificate = _certificate(where, der)
        kid = base64.b64encode(kid_of(certificate)).decode("ascii")
        listed = entry.get("kid")
        if listed and _b64(where, str(listed)) != kid_of(certificate):
            raise TrustListError(f"{where}: kid {shorten(str(listed))!r} is not the certificate's ({kid})")
        country = str(entry.get("country") or "")
        signers.append(_signer(der, kid, country if _COUNTRY.fullmatch(country) else "", entry.get("domain")))
    return signers, skipped


def _verify_list_signature(source: Path, signature_text: str, content: bytes, key: ec.EllipticCurvePublicKey) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    raw = _b64(f"{source}: the signature line", signature_text)
    if len(raw) % 2 or not raw:
        raise TrustListError(f"{source}: the signature line is not an ECDSA signature (r‖s)")
    half = len(raw) // 2
    der = encode_dss_signature(int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big"))
    try:
        key.verify(der, content, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise TrustListError(f"{source}: the list's signature does not verify with the signer key: "
                             "the list was altered or comes from someone else") from None


# ---------------------------------------------------------------------------------------------- WHO GDHCN


def _from_gdhcn(source: Path, text: str, signer_key: Path | None,
                accept_unsigned: bool) -> tuple[list[dict[str, str]], list[str], str]:
    from kiosk.documents.trust import kid_of

    document = _json(source, text)
    if not isinstance(document, dict) or not isinstance(document.get("verificationMethod"), list):
        raise TrustListError(f"{source}: a GDHCN DID trust list has a \"verificationMethod\" array")
    if signer_key is not None:
        raise TrustListError(f"{source}: this kiosk cannot check a GDHCN list's JSON-LD proof with --signer-key; "
                             "pass --accept-unsigned for a list fetched over a trusted channel")
    _require_unsigned_ok(source, accept_unsigned, "its JsonWebSignature2020 proof (JSON-LD) is not checked by "
                                                  "this kiosk")
    signers, skipped = [], []
    for number, method in enumerate(document["verificationMethod"], 1):
        where = f"{source}: verificationMethod {number}"
        if isinstance(method, str):
            skipped.append(f"{where}: a reference to another DID document ({shorten(method, 80)})")
            continue
        jwk = method.get("publicKeyJwk") if isinstance(method, dict) else None
        chain = jwk.get("x5c") if isinstance(jwk, dict) else None
        if not isinstance(chain, list) or not chain:
            skipped.append(f"{where}: no certificate (x5c)")
            continue
        der = _der(where, chain[0])
        certificate = _certificate(where, der)
        identifier = str(method.get("id", ""))
        if _is_ca(certificate) or ":SCA" in identifier.split("#")[0].upper():
            skipped.append(f"{where}: a signing authority (CA) key, not a document signer")
            continue
        kid = base64.b64encode(kid_of(certificate)).decode("ascii")
        listed = jwk.get("kid")
        if listed and _did_kid(where, str(listed)) != kid_of(certificate):
            raise TrustListError(f"{where}: kid {shorten(str(listed))!r} is not the certificate's ({kid})")
        signers.append(_signer(der, kid, _certificate_country(certificate), _did_domain(identifier)))
    return signers, skipped, "not checked (accepted as told)"


def _did_kid(where: str, listed: str) -> bytes:
    """A GDHCN kid: the 8 key-id bytes in base64, or (as the TNG publishes them) that base64 text in base64."""
    decoded = _b64(where, listed)
    if len(decoded) != 8 and re.fullmatch(rb"[A-Za-z0-9+/]{11}=", decoded):
        return _b64(where, decoded.decode("ascii"))
    return decoded


def _did_domain(identifier: str) -> str | None:
    """``did:web:…:trustlist:DCC:XXA:DSC#kid`` → ``DCC`` (the trust domain), when the id says it."""
    parts = identifier.split("#")[0].split(":")
    if "trustlist" in parts and len(parts) > parts.index("trustlist") + 1:
        domain = parts[parts.index("trustlist") + 1]
        return domain if domain not in ("-", "") else None
    return None


# ---------------------------------------------------------------------------------------------- SMART Health Cards


def _from_jwks(source: Path, text: str, iss: str | None, crl_paths: list[Path],
               accept_unsigned: bool) -> tuple[dict[str, Any], list[str], str, str]:
    from kiosk.documents.trust import ec_public_key_from_jwk

    if not iss:
        raise TrustListError(f"{source}: a JWKS does not say whose keys these are: give the issuer with --iss "
                             "(the cards' iss, e.g. https://spec.smarthealth.cards/examples/issuer)")
    parsed = urlparse(iss)
    if parsed.scheme != "https" or not parsed.netloc or iss.endswith("/"):
        raise TrustListError(f"--iss {shorten(iss, 80)!r} is not an issuer URL (https, no trailing /)")
    _require_unsigned_ok(source, accept_unsigned, "a JWKS carries no signature")
    data = _json(source, text)
    keys = data.get("keys") if isinstance(data, dict) else None
    if not isinstance(keys, list) or not keys:
        raise TrustListError(f"{source}: a JWKS is an object with a non-empty \"keys\" array")
    for number, key in enumerate(keys, 1):
        if not isinstance(key, dict) or not isinstance(key.get("kid"), str):
            raise TrustListError(f"{source}: key {number} has no kid")
        try:
            ec_public_key_from_jwk(key)
        except ValueError as error:
            raise TrustListError(f"{source}: key {number} ({shorten(key['kid'])}): {error}") from None
        if "d" in key:
            raise TrustListError(f"{source}: key {number} holds a private key (d): refused")
    kids = {key["kid"] for key in keys}
    crls = []
    for path in crl_paths:
        crl = _json(path, _read(path))
        if not isinstance(crl, dict) or not {"kid", "method", "ctr", "rids"} <= set(crl):
            raise TrustListError(f"{path}: a revocation list has kid, method, ctr and rids")
        if crl["kid"] not in kids:
            raise TrustListError(f"{path}: revocation list for key {shorten(str(crl['kid']))!r}, not in the JWKS")
        crls.append(crl)
    public = [{k: v for k, v in key.items() if k != "d"} for key in keys]
    name = "shc-" + re.sub(r"[^A-Za-z0-9.-]+", "-", parsed.netloc + parsed.path).strip("-") + ".json"
    return {"shc": [{"iss": iss, "keys": public, "crls": crls}]}, [], "none in this format (accepted as told)", name


# ---------------------------------------------------------------------------------------------- helpers


def default_trust_dir() -> Path:
    """``<data_dir>/trust`` of this machine's kiosk configuration (the platform data dir without one)."""
    from kiosk.config import default_config_path, default_data_dir, load_config

    path = default_config_path()
    data_dir = load_config(path).data_dir if path.exists() else default_data_dir()
    return Path(data_dir) / "trust"


def _require_unsigned_ok(source: Path, accept_unsigned: bool, why: str) -> None:
    if not accept_unsigned:
        raise TrustListError(f"{source}: {why}; refused (pass --accept-unsigned only for a file that came over "
                             "a channel you trust)")


def _read(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            raise TrustListError(f"{path}: larger than {MAX_LIST_BYTES // 1_000_000} MB; not a trust list")
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise TrustListError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise TrustListError(f"{path}: not UTF-8 text") from None
    except OSError as error:
        raise TrustListError(f"{path}: cannot be read ({error.strerror})") from None


def _json(path: Path, text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        line = getattr(error, "lineno", 1)
        raise TrustListError(f"{path}:{line}: not JSON ({shorten(str(error), 80)})") from None


def _b64(where: str, value: Any) -> bytes:
    if not isinstance(value, str):
        raise TrustListError(f"{where}: expected base64 text")
    text = value.strip().replace("-", "+").replace("_", "/")
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise TrustListError(f"{where}: not base64") from None


def _der(where: str, value: Any) -> bytes:
    if not value:
        raise TrustListError(f"{where}: no certificate (rawData)")
    return _b64(where, value)


def _certificate(where: str, der: bytes) -> x509.Certificate:
    from cryptography import x509

    try:
        return x509.load_der_x509_certificate(der)
    except ValueError:
        raise TrustListError(f"{where}: not an X.509 certificate") from None


def _is_ca(certificate: x509.Certificate) -> bool:
    from cryptography import x509

    try:
        return bool(certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except (x509.ExtensionNotFound, ValueError):
        return False


def _certificate_country(certificate: x509.Certificate) -> str:
    from cryptography import x509

    names = certificate.subject.get_attributes_for_oid(x509.NameOID.COUNTRY_NAME)
    value = str(names[0].value) if names else ""
    return value if _COUNTRY.fullmatch(value) else ""


def _signer(der: bytes, kid: str, country: str, domain: Any) -> dict[str, str]:
    entry = {"certificate": base64.b64encode(der).decode("ascii"), "kid": kid}
    if country:
        entry["country"] = country
    if isinstance(domain, str) and domain:
        entry["domain"] = domain
    return entry


def _public_key(path: Path) -> ec.EllipticCurvePublicKey:
    """The list signer's key: a PEM public key or certificate, or a JWK (JSON)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from kiosk.documents.trust import ec_public_key_from_jwk

    text = _read(path)
    try:
        if "BEGIN CERTIFICATE" in text:
            key: Any = x509.load_pem_x509_certificate(text.encode()).public_key()
        elif "BEGIN PUBLIC KEY" in text:
            key = serialization.load_pem_public_key(text.encode())
        else:
            jwk = json.loads(text)
            key = ec_public_key_from_jwk(jwk if isinstance(jwk, Mapping) else {})
    except ValueError as error:
        raise TrustListError(f"{path}: not a public key, certificate or JWK ({shorten(str(error), 60)})") from None
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise TrustListError(f"{path}: the list signer key must be an EC key")
    return key


def _write(folder: Path, name: str, document: dict[str, Any]) -> Path:
    try:
        if not folder.exists():
            private_dir(folder)
        # atomic: the kiosk reads the old list or the new one, never half
        path = write_private(folder / name, json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    except OSError as error:
        raise TrustListError(f"{folder}: cannot write the trust list ({error.strerror})") from None
    return path
