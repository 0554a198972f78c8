"""SMART Health Cards: ``shc:/`` numeric QR → compact JWS → raw DEFLATE → ES256 with the issuer's JWKS.

Chunked cards (``shc:/1/3/…``, deprecated by the spec) are reassembled by :func:`reassemble` when every
chunk is scanned; a lone chunk is refused with a message saying how many are missing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zlib
from collections.abc import Iterable
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from kiosk.documents.inflate import DecompressionRefused, bounded_decompress
from kiosk.documents.result import DocumentResult
from kiosk.documents.trust import TrustStore, b64url_decode, ec_public_key_from_jwk

PREFIX = "shc:/"
MAX_NUMERIC_CHARS = 20_000
MAX_INFLATED_BYTES = 128 * 1024
MAX_JSON_DEPTH = 40
_CHUNK = re.compile(r"shc:/(\d+)/(\d+)/(\d+)\Z")
_WHOLE = re.compile(r"shc:/(\d+)\Z")
# CVX vaccine codes → the record's vaccine codes (kiosk.records.VACCINES).
CVX_VACCINES = {
    **dict.fromkeys(("37", "183", "184"), "yellow_fever"),
    **dict.fromkeys(("02", "10", "89", "178", "179", "182"), "polio"),
    **dict.fromkeys(("03", "04", "05", "94"), "measles"),
    **dict.fromkeys(("26", "173", "174"), "cholera"),
    **dict.fromkeys(("206",), "mpox"),
    **dict.fromkeys(("207", "208", "210", "211", "212", "213", "217", "218", "219", "221", "225", "226",
                     "227", "228", "229", "230", "300", "301", "302"), "covid19"),
}


class ShcError(ValueError):
    def __init__(self, step: str, message: str) -> None:
        self.step = step
        super().__init__(message)


def numeric_to_jws(text: str) -> str:
    """``shc:/`` + digit pairs → the compact JWS (each pair n → chr(n + 45))."""
    text = text.strip()
    if len(text) > MAX_NUMERIC_CHARS:
        raise ShcError("numeric_encoding", f"SMART Health Card text is {len(text)} characters; at most {MAX_NUMERIC_CHARS}")
    chunk = _CHUNK.match(text)
    if chunk:
        index, total = int(chunk.group(1)), int(chunk.group(2))
        raise ShcError(
            "numeric_encoding",
            f"this QR is chunk {index} of {total} of a SMART Health Card; scan all {total} chunks together",
        )
    whole = _WHOLE.match(text)
    if not whole:
        raise ShcError("numeric_encoding", "after 'shc:/' a SMART Health Card holds only digits")
    digits = whole.group(1)
    if len(digits) % 2:
        raise ShcError("numeric_encoding", "the SMART Health Card digits have odd length (truncated?)")
    values = [int(digits[i : i + 2]) for i in range(0, len(digits), 2)]
    if any(v > 77 for v in values):
        raise ShcError("numeric_encoding", "the SMART Health Card digits encode characters outside the JWS alphabet")
    return "".join(chr(v + 45) for v in values)


def reassemble(texts: Iterable[str]) -> tuple[list[str], list[str]]:
    """Join complete chunk sets into whole ``shc:/`` texts; return (whole texts, texts left as they were)."""
    groups: dict[int, dict[int, str]] = {}
    others: list[str] = []
    for text in texts:
        match = _CHUNK.match(text.strip())
        if match:
            groups.setdefault(int(match.group(2)), {})[int(match.group(1))] = match.group(3)
        else:
            others.append(text)
    whole = []
    for total, parts in groups.items():
        if 1 < total <= 20 and set(parts) == set(range(1, total + 1)):
            whole.append(PREFIX + "".join(parts[i] for i in range(1, total + 1)))
        else:
            others.extend(f"{PREFIX}{i}/{total}/{p}" for i, p in sorted(parts.items()))
    return whole, others


def split_jws(jws: str) -> tuple[dict[str, Any], bytes, bytes, bytes]:
    """(header, signing input, raw payload bytes, signature) of a compact JWS."""
    parts = jws.split(".")
    if len(parts) != 3 or not all(parts):
        raise ShcError("jws_structure", "not a compact JWS (three base64url parts separated by dots)")
    try:
        header = json.loads(b64url_decode(parts[0]))
        payload = b64url_decode(parts[1])
        signature = b64url_decode(parts[2])
    except (ValueError, UnicodeDecodeError):
        raise ShcError("jws_structure", "a JWS part is not valid base64url/JSON") from None
    if not isinstance(header, dict):
        raise ShcError("jws_structure", "the JWS header is not a JSON object")
    return header, f"{parts[0]}.{parts[1]}".encode("ascii"), payload, signature


def inflate(data: bytes, limit: int = MAX_INFLATED_BYTES) -> bytes:
    try:
        return bounded_decompress(data, limit, wbits=-zlib.MAX_WBITS)
    except DecompressionRefused as refused:
        raise ShcError("decompression", {
            "corrupt": "the JWS payload is not raw DEFLATE data",
            "too_large": f"the JWS payload inflates to more than {limit // 1024} KiB; refused",
            "truncated": "the JWS payload is truncated",
        }[refused.problem]) from None


def verify_es256(jwk: dict[str, Any], signing_input: bytes, signature: bytes) -> bool:
    if len(signature) != 64:
        return False
    try:
        key = ec_public_key_from_jwk(jwk)
        der = encode_dss_signature(int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big"))
        key.verify(der, signing_input, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        return False
    return True


def parse_shc(text: str, at: dt.datetime | None = None, trust: TrustStore | None = None) -> DocumentResult:
    """Decode and verify a ``shc:/`` text (or a bare compact JWS)."""
    at = at or dt.datetime.now(dt.UTC)
    result = DocumentResult(kind="shc")
    try:
        jws = numeric_to_jws(text) if text.strip().startswith(PREFIX) else text.strip()
        result.check("numeric_encoding", True)
        header, signing_input, compressed, signature = split_jws(jws)
        result.check("jws_structure", True)
        payload = _payload(header, compressed, result)
    except ShcError as error:
        result.check(error.step, False)
        return result.fail(str(error))
    _verify(header, payload, signing_input, signature, trust, result)
    _times(payload, at, result)
    _describe(payload, result)
    return result.settle()


def _payload(header: dict[str, Any], compressed: bytes, result: DocumentResult) -> dict[str, Any]:
    ok = header.get("alg") == "ES256" and header.get("zip") == "DEF" and isinstance(header.get("kid"), str)
    result.check("jws_header", ok, "the JWS header must have alg ES256, zip DEF and a kid")
    raw = inflate(compressed) if header.get("zip") == "DEF" else compressed
    result.check("decompression", True)
    try:
        payload = json.loads(raw)
    except (ValueError, RecursionError):
        raise ShcError("payload_json", "the JWS payload is not JSON") from None
    if not isinstance(payload, dict) or _depth(payload) > MAX_JSON_DEPTH:
        raise ShcError("payload_json", "the JWS payload is not a JSON object of reasonable depth")
    result.check("payload_json", True)
    return payload


def _depth(value: Any) -> int:
    depth, level = 0, [value]
    while level:
        depth += 1
        if depth > MAX_JSON_DEPTH:
            return depth
        level = [c for v in level for c in (v.values() if isinstance(v, dict) else v if isinstance(v, list) else ())]
    return depth


def _verify(header: dict[str, Any], payload: dict[str, Any], signing_input: bytes, signature: bytes,
            trust: TrustStore | None, result: DocumentResult) -> None:
    kid, iss = str(header.get("kid", "")), str(payload.get("iss", ""))
    jwk = trust.jwk_for(kid, iss) if trust else None
    if jwk is None:
        why = "no issuer keys given (--trust JWKS)" if trust is None or not trust.jwks else f"issuer key {kid!r} is not in the trusted keys"
        result.check("signature", False, f"{why}: the signature was not verified")
        return
    result.check("signature", verify_es256(jwk, signing_input, signature), "the ES256 signature does not verify")


def _times(payload: dict[str, Any], at: dt.datetime, result: DocumentResult) -> None:
    now = at.timestamp()
    nbf, exp = payload.get("nbf"), payload.get("exp")
    if isinstance(nbf, int | float):
        result.check("not_before", nbf <= now + 300, "the card is dated in the future (nbf)")
        result.fields["issued_at"] = _iso(nbf)
    if isinstance(exp, int | float):
        result.check("not_expired", now < exp, f"the card expired at {_iso(exp)}")
        result.fields["expires_at"] = _iso(exp)


def _describe(payload: dict[str, Any], result: DocumentResult) -> None:
    vc = payload.get("vc") if isinstance(payload.get("vc"), dict) else {}
    subject = vc.get("credentialSubject") if isinstance(vc.get("credentialSubject"), dict) else {}
    bundle = subject.get("fhirBundle") if isinstance(subject.get("fhirBundle"), dict) else {}
    result.check("fhir_bundle", bundle.get("resourceType") == "Bundle", "the card holds no FHIR Bundle")
    result.fields["issuer"] = payload.get("iss")
    result.fields["types"] = vc.get("type")
    resources = [e.get("resource") for e in bundle.get("entry", []) if isinstance(e, dict) and isinstance(e.get("resource"), dict)]
    patient = next((r for r in resources if r.get("resourceType") == "Patient"), {})
    name = (patient.get("name") or [{}])[0] if isinstance(patient.get("name"), list) else {}
    result.fields["surname"] = name.get("family") if isinstance(name, dict) else None
    given = name.get("given") if isinstance(name, dict) else None
    result.fields["given_names"] = " ".join(given) if isinstance(given, list) else None
    result.fields["birth_date"] = patient.get("birthDate")
    result.fields["vaccinations"] = [_immunization(r) for r in resources if r.get("resourceType") == "Immunization"]
    result.fields["fhir_bundle"] = bundle


def _immunization(resource: dict[str, Any]) -> dict[str, Any]:
    codings = (resource.get("vaccineCode") or {}).get("coding") or []
    code = next((c for c in codings if isinstance(c, dict)), {})
    cvx = str(code.get("code", "")) if "cvx" in str(code.get("system", "")) else ""
    return {
        "vaccine": CVX_VACCINES.get(cvx),
        "system": code.get("system"),
        "code": code.get("code"),
        "date": str(resource.get("occurrenceDateTime", ""))[:10] or None,
        "status": resource.get("status"),
        "lot": resource.get("lotNumber"),
    }


def _iso(seconds: float) -> str:
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat().replace("+00:00", "Z")
    except (OverflowError, OSError, ValueError):
        return str(seconds)
