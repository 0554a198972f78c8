"""HCERT health certificates: EU Digital COVID Certificate (``HC1:``) and WHO ICVP/DDCC in the same envelope.

Pipeline (eu-dcc-hcert-spec): ``HC1:`` → Base45 → zlib → COSE_Sign1 (tag 18, optionally inside CWT tag
61) → CWT claims (iss 1, exp 4, iat 6, hcert −260) → payload. Each step is a public function so the
test-vector suite can check them one at a time; :func:`parse_hcert` runs them all and reports every
check separately. Bounds: the text, the decompressed size and the CBOR shape are capped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import base45
import cbor2
import jsonschema
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from kiosk.documents import cborsafe
from kiosk.documents.inflate import DecompressionRefused, bounded_decompress
from kiosk.documents.result import DocumentResult, json_safe, shorten
from kiosk.documents.trust import Signer, TrustStore

PREFIX = "HC1:"
MAX_TEXT_CHARS = 10_000
MAX_DECOMPRESSED_BYTES = 64 * 1024
ALG_ES256 = -7
ALG_PS256 = -37
CLAIM_ISS, CLAIM_EXP, CLAIM_IAT, CLAIM_HCERT = 1, 4, 6, -260
# Extended-key-usage OIDs of DCC signer certificates (both spellings seen in the wild).
KEY_USAGE_OIDS = {
    "t": {"1.3.6.1.4.1.1847.2021.1.1", "1.3.6.1.4.1.0.1847.2021.1.1"},
    "v": {"1.3.6.1.4.1.1847.2021.1.2", "1.3.6.1.4.1.0.1847.2021.1.2"},
    "r": {"1.3.6.1.4.1.1847.2021.1.3", "1.3.6.1.4.1.0.1847.2021.1.3"},
}
CERTIFICATE_TYPES = {"v": "vaccination", "t": "test", "r": "recovery"}


class HcertError(ValueError):
    """One pipeline step failed; ``step`` names the check."""

    def __init__(self, step: str, message: str) -> None:
        self.step = step
        super().__init__(message)


@dataclass(frozen=True)
class CoseSign1:
    protected: bytes
    protected_header: dict[Any, Any]
    unprotected_header: dict[Any, Any]
    payload: bytes
    signature: bytes

    @property
    def kid(self) -> bytes | None:
        """Key id: protected header first (it is signed), else the unprotected one."""
        for header in (self.protected_header, self.unprotected_header):
            if 4 in header:
                value = header[4]
                return bytes(value) if isinstance(value, bytes | bytearray) else b""
        return None

    @property
    def algorithm(self) -> Any:
        return self.protected_header.get(1, self.unprotected_header.get(1))


# ---------------------------------------------------------------------------------------------- steps


def strip_prefix(text: str) -> str:
    text = text.strip()
    if len(text) > MAX_TEXT_CHARS:
        raise HcertError("prefix", f"certificate text is {len(text)} characters; at most {MAX_TEXT_CHARS}")
    if not text.startswith(PREFIX):
        found = re.match(r"[A-Z0-9]{2,4}:", text)
        shown = f"prefix {found.group(0)!r} is not supported" if found else "the 'HC1:' prefix is missing"
        raise HcertError("prefix", f"{shown}; an EU DCC/HCERT starts with HC1:")
    return text[len(PREFIX) :]


def b45decode(text: str) -> bytes:
    try:
        return base45.b45decode(text)
    except (ValueError, KeyError, TypeError):
        raise HcertError("base45", "the text after HC1: is not valid Base45") from None


def decompress(data: bytes, limit: int = MAX_DECOMPRESSED_BYTES) -> bytes:
    """zlib-decompress with a hard cap on the output (a zlib bomb stops at ``limit`` bytes)."""
    try:
        return bounded_decompress(data, limit, wbits=zlib.MAX_WBITS)
    except DecompressionRefused as refused:
        raise HcertError("decompression", {
            "corrupt": "the certificate data is not zlib-compressed or is corrupt",
            "too_large": f"the certificate decompresses to more than {limit // 1024} KiB; refused",
            "truncated": "the compressed certificate data is truncated",
        }[refused.problem]) from None


def decode_cose(data: bytes) -> CoseSign1:
    """COSE_Sign1, tagged (18) or untagged, optionally wrapped in the CWT tag (61)."""
    try:
        item = cborsafe.loads(data)
    except cborsafe.CborError as error:
        raise HcertError("cose_structure", f"COSE: {error}") from None
    for expected in (61, 18):
        if isinstance(item, cbor2.CBORTag) and item.tag == expected:
            item = item.value
    if isinstance(item, cbor2.CBORTag):
        raise HcertError("cose_structure", f"COSE: unexpected CBOR tag {item.tag}")
    if not isinstance(item, list | tuple) or len(item) != 4:
        raise HcertError("cose_structure", "COSE: not a COSE_Sign1 structure (an array of 4 items)")
    protected, unprotected, payload, signature = item
    if not all(isinstance(v, bytes) for v in (protected, payload, signature)) or not isinstance(unprotected, Mapping):
        raise HcertError("cose_structure", "COSE: COSE_Sign1 items have the wrong types")
    protected_header = _header_map(protected)
    return CoseSign1(protected, protected_header, dict(unprotected), payload, signature)


def _header_map(protected: bytes) -> dict[Any, Any]:
    if not protected:
        return {}
    try:
        header = cborsafe.loads(protected)
    except cborsafe.CborError as error:
        raise HcertError("cose_structure", f"COSE protected header: {error}") from None
    if not isinstance(header, Mapping):
        raise HcertError("cose_structure", "COSE protected header is not a map")
    return dict(header)


def decode_claims(payload: bytes) -> dict[Any, Any]:
    """CWT claims map; raises unless it holds an hcert claim (−260)."""
    try:
        claims = cborsafe.loads(payload)
    except cborsafe.CborError as error:
        raise HcertError("cwt_claims", f"CWT: {error}") from None
    if not isinstance(claims, Mapping):
        raise HcertError("cwt_claims", "CWT claims are not a map")
    hcert = claims.get(CLAIM_HCERT)
    if not isinstance(hcert, Mapping) or not hcert:
        raise HcertError("cwt_claims", "CWT has no hcert claim (-260)")
    if not all(isinstance(v, Mapping) for v in hcert.values()):
        raise HcertError("cwt_claims", "the hcert claim does not hold a certificate payload (a map)")
    return dict(claims)


def hcert_payload(claims: dict[Any, Any]) -> tuple[Any, Any]:
    """(key, payload) of the hcert claim; key 1 is the EU DCC."""
    hcert = claims[CLAIM_HCERT]
    key = 1 if 1 in hcert else next(iter(hcert))
    return key, to_json_safe(hcert[key])


def to_json_safe(value: Any) -> Any:
    """CBOR values as JSON values (dates to ISO strings, bytes to hex, tuples to lists …)."""
    return json_safe(value)


DOMAIN_KINDS: dict[str, tuple[str, ...]] = {"DCC": ("dcc",), "ICVP": ("icvp",), "DDCC": ("icvp",)}
"""GDHCN trust domain of a signer (when its trust list says it) → the document kinds it may sign. A
signer trusted for COVID certificates (DCC) cannot vouch for a yellow-fever ICVP; other domains
(IPS-PILGRIMAGE, PH4H …) sign no vaccination certificate this kiosk reads."""


def verify_signature(cose: CoseSign1, trust: TrustStore | None) -> tuple[Signer | None, str, str]:
    """(the signer that verifies, "", "verified") or (None, why not, the outcome code of
    :data:`kiosk.documents.result.TRUST_OUTCOMES`)."""
    if trust is None or not trust.signers:
        return None, "no trust list on this kiosk: the signature was not verified", "no_trust_list"
    kid = cose.kid
    candidates = trust.signers_for(kid)
    if not candidates:
        shown = kid.hex() if kid else "?"
        return None, f"signer key id {shown} is not in the trust list: the signature was not verified", "unknown_signer"
    to_sign = cbor2.dumps(["Signature1", cose.protected, b"", cose.payload])
    for signer in candidates:
        if _verifies(signer.certificate, cose.algorithm, cose.signature, to_sign):
            return signer, "", "verified"
    return None, "the signature does not verify with the trusted signer certificate: the certificate was altered", \
        "bad_signature"


def _verifies(certificate: x509.Certificate, algorithm: Any, signature: bytes, data: bytes) -> bool:
    key = certificate.public_key()
    try:
        if algorithm == ALG_ES256 and isinstance(key, ec.EllipticCurvePublicKey):
            if len(signature) != 64:
                return False
            der = encode_dss_signature(int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big"))
            key.verify(der, data, ec.ECDSA(hashes.SHA256()))
            return True
        if algorithm == ALG_PS256 and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PSS(padding.MGF1(hashes.SHA256()), 32), hashes.SHA256())
            return True
    except InvalidSignature:
        return False
    return False


def key_usage_ok(certificate: x509.Certificate, payload: Any) -> tuple[bool, str]:
    """A signer certificate restricted by EKU OIDs may sign only the certificate types it names."""
    try:
        usages = {oid.dotted_string for oid in certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value}
    except (x509.ExtensionNotFound, ValueError):  # no (readable) EKU: no restriction
        return True, ""
    allowed = {kind for kind, oids in KEY_USAGE_OIDS.items() if usages & oids}
    if not allowed:
        return True, ""
    present = {kind for kind in CERTIFICATE_TYPES if isinstance(payload, dict) and kind in payload}
    if present and present <= allowed:
        return True, ""
    names = ", ".join(CERTIFICATE_TYPES[k] for k in sorted(allowed))
    return False, f"the signer may only sign {names} certificates"


def time_checks(claims: dict[Any, Any], at: dt.datetime) -> dict[str, tuple[bool, str]]:
    """``issued_at`` (iat not after ``at``) and ``not_expired`` (``at`` before exp)."""
    now = at.timestamp()
    iat, exp = claims.get(CLAIM_IAT), claims.get(CLAIM_EXP)
    out = {}
    if isinstance(iat, int | float):
        out["issued_at"] = (iat <= now, f"issued at {_iso(iat)}, after the check time {_iso(now)}")
    else:
        out["issued_at"] = (False, "the certificate has no issued-at time (iat)")
    if isinstance(exp, int | float):
        out["not_expired"] = (now < exp, f"expired at {_iso(exp)}")
    else:
        out["not_expired"] = (False, "the certificate has no expiry time (exp)")
    return out


@cache
def dcc_schema_validator() -> jsonschema.Draft202012Validator:
    text = resources.files("kiosk.documents").joinpath("schemas/DCC.combined-schema.json").read_text("utf-8")
    return jsonschema.Draft202012Validator(json.loads(text), format_checker=jsonschema.FormatChecker())


def schema_problems(payload: Any) -> list[str]:
    """DCC schema problems plus the HCERT rule: exactly one vaccination, test or recovery entry."""
    problems = [
        f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {shorten(e.message, 120)}"
        for e in sorted(dcc_schema_validator().iter_errors(payload), key=lambda e: list(map(str, e.path)))
    ][:5]
    if isinstance(payload, dict):
        entries = sum(len(payload[k]) for k in CERTIFICATE_TYPES if isinstance(payload.get(k), list))
        if entries != 1:
            problems.append(f"a DCC holds exactly one vaccination, test or recovery entry, not {entries}")
    return problems


# ---------------------------------------------------------------------------------------------- pipeline


def parse_hcert(text: str, at: dt.datetime | None = None, trust: TrustStore | None = None) -> DocumentResult:
    """Run the whole pipeline; kind is ``dcc`` or ``icvp`` depending on the payload."""
    at = at or dt.datetime.now(dt.UTC)
    result = DocumentResult(kind="dcc")
    try:
        cose, claims = _unwrap(text, result)
    except HcertError as error:
        result.check(error.step, False)
        return result.fail(str(error))
    key, payload = hcert_payload(claims)
    _claim_fields(claims, result)
    signer, why, result.trust = verify_signature(cose, trust)
    result.check("signature", signer is not None, why)
    if signer is not None:
        _signer_checks(signer, claims, payload, result)
    for name, (ok, message) in time_checks(claims, at).items():
        result.check(name, ok, message)
    from kiosk.documents import icvp

    if icvp.is_icvp(key, payload):
        result.kind = "icvp"
        icvp.describe(payload, result, at)
    else:
        problems = schema_problems(payload)
        result.check("schema", not problems, "payload does not match the DCC schema: " + "; ".join(problems))
        _dcc_fields(payload, result)
    if signer is not None and signer.domain:
        result.check("trust_domain", result.kind in DOMAIN_KINDS.get(signer.domain.upper(), ()),
                     f"the signer is trusted for {signer.domain} certificates only, not for this {result.kind}")
    return result.settle()


def _unwrap(text: str, result: DocumentResult) -> tuple[CoseSign1, dict[Any, Any]]:
    body = strip_prefix(text)
    result.check("prefix", True)
    compressed = b45decode(body)
    result.check("base45", True)
    cose_bytes = decompress(compressed)
    result.check("decompression", True)
    cose = decode_cose(cose_bytes)
    result.check("cose_structure", True)
    claims = decode_claims(cose.payload)
    result.check("cwt_claims", True)
    return cose, claims


def _signer_checks(signer: Signer, claims: dict[Any, Any], payload: Any, result: DocumentResult) -> None:
    ok, why = key_usage_ok(signer.certificate, payload)
    result.check("key_usage", ok, why)
    signed = _instant(claims.get(CLAIM_IAT))
    if signed is not None:
        cert = signer.certificate
        inside = cert.not_valid_before_utc <= signed <= cert.not_valid_after_utc
        result.check(
            "signer_certificate_valid_at_issue", inside, "the signer certificate was not valid when the certificate was issued"
        )
    result.fields["signer_kid"] = signer.kid.hex()
    if signer.country:
        result.fields["signer_country"] = signer.country


def _claim_fields(claims: dict[Any, Any], result: DocumentResult) -> None:
    iss, iat, exp = claims.get(CLAIM_ISS), claims.get(CLAIM_IAT), claims.get(CLAIM_EXP)
    result.fields["issuer_country"] = iss if isinstance(iss, str) else None
    result.fields["issued_at"] = _iso(iat) if isinstance(iat, int | float) else None
    result.fields["expires_at"] = _iso(exp) if isinstance(exp, int | float) else None


def _dcc_fields(payload: Any, result: DocumentResult) -> None:
    if not isinstance(payload, dict):
        return
    names = payload.get("nam") if isinstance(payload.get("nam"), dict) else {}
    result.fields.update(
        {
            "surname": names.get("fn") or names.get("fnt"),
            "given_names": names.get("gn") or names.get("gnt"),
            "birth_date": payload.get("dob"),
            "certificate_type": next((CERTIFICATE_TYPES[k] for k in CERTIFICATE_TYPES if k in payload), None),
            "payload": payload,
        }
    )
    entries = payload.get("v")
    if isinstance(entries, list):
        result.fields["vaccinations"] = [
            {
                "target": e.get("tg"), "product": e.get("mp"), "dose": e.get("dn"), "doses": e.get("sd"),
                "date": e.get("dt"), "country": e.get("co"), "certificate_id": e.get("ci"),
                "vaccine": "covid19" if e.get("tg") == "840539006" else None,
            }
            for e in entries
            if isinstance(e, dict)
        ]


def _instant(seconds: Any) -> dt.datetime | None:
    """A CWT time claim as an aware datetime; None when it is not a number a calendar can hold."""
    if not isinstance(seconds, int | float) or isinstance(seconds, bool):
        return None
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _iso(seconds: float) -> str:
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat().replace("+00:00", "Z")
    except (OverflowError, OSError, ValueError):
        return str(seconds)
