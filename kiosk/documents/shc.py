"""SMART Health Cards: ``shc:/`` numeric QR → compact JWS → raw DEFLATE → ES256 with the issuer's JWKS.

A key verifies a card only when the trust material pins it to the card's ``iss`` (a trusted key
claiming another issuer is refused). When the issuer's key has a ``crlVersion``, the card is checked
against that key's revocation list (``vc.rid``, optionally ``rid.timestamp``) and a missing or older
list fails the check: the kiosk works offline, so the list must come with the trust material.
Immunizations whose status is not ``completed`` (``not-done``, ``entered-in-error``) are never counted.

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
from kiosk.documents.result import DocumentResult, shorten
from kiosk.documents.trust import TrustStore, b64url_decode, ec_public_key_from_jwk

PREFIX = "shc:/"
MAX_NUMERIC_CHARS = 20_000
MAX_INFLATED_BYTES = 128 * 1024
MAX_JSON_DEPTH = 40
MAX_HEADER_CHARS = 1000
COUNTED_STATUS = "completed"
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
    if len(parts[0]) > MAX_HEADER_CHARS:
        raise ShcError("jws_structure", f"the JWS header is longer than {MAX_HEADER_CHARS} characters")
    try:
        header = strict_json(b64url_decode(parts[0]))
        payload = b64url_decode(parts[1])
        signature = b64url_decode(parts[2])
        signing_input = f"{parts[0]}.{parts[1]}".encode("ascii")
    except (ValueError, UnicodeError, RecursionError):
        raise ShcError("jws_structure", "a JWS part is not valid base64url/JSON") from None
    if not isinstance(header, dict):
        raise ShcError("jws_structure", "the JWS header is not a JSON object")
    return header, signing_input, payload, signature


def strict_json(data: bytes | str) -> Any:
    """JSON as RFC 8259 has it: NaN and Infinity are refused (ValueError), as is excessive nesting."""
    return json.loads(data, parse_constant=_refuse_constant)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


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
        payload = strict_json(raw)
    except (ValueError, UnicodeError, RecursionError):
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
    kid, iss = _text(header.get("kid")), _text(payload.get("iss"))
    jwk, outcome, why = _issuer_key(kid, iss, trust)
    if jwk is not None and not verify_es256(jwk, signing_input, signature):
        outcome, why = "bad_signature", "the ES256 signature does not verify with the issuer's key: the card was altered"
    result.trust = outcome
    result.check("signature", outcome == "verified", why)
    if outcome == "verified" and jwk is not None:
        _revocation(jwk, kid, payload, trust, result)


def _issuer_key(kid: str, iss: str, trust: TrustStore | None) -> tuple[dict[str, Any] | None, str, str]:
    """(the key pinned to ``iss`` with this ``kid``, outcome code, why not)."""
    if trust is None or not trust.jwks:
        return None, "no_trust_list", "no SMART Health Card issuer keys on this kiosk: the signature was not verified"
    keys = trust.issuer_keys(kid)
    if not keys:
        return None, "unknown_signer", f"issuer key {shorten(kid)!r} is not in the trusted keys: the signature was not verified"
    pinned = next((key for key in keys if key.get("_iss") == iss), None)
    if pinned is not None:
        return pinned, "verified", ""
    others = sorted({str(key.get("_iss")) for key in keys if key.get("_iss")})
    if others:
        return None, "issuer_mismatch", (f"the card claims issuer {shorten(iss, 60)!r} but key {shorten(kid)!r} "
                                         f"belongs to {shorten(others[0], 60)!r}: refused")
    return None, "issuer_unpinned", (f"issuer key {shorten(kid)!r} is trusted without an issuer (a JWKS without iss): "
                                     "the signature was not verified")


def _revocation(jwk: dict[str, Any], kid: str, payload: dict[str, Any], trust: TrustStore | None,
                result: DocumentResult) -> None:
    """SMART Health Cards revocation: only keys that publish a ``crlVersion`` have a list to check."""
    version = jwk.get("crlVersion")
    if version is None:
        return
    crl = trust.crls.get(kid) if trust else None
    wanted = version if isinstance(version, int) and not isinstance(version, bool) else None
    if crl is None or wanted is None or crl.ctr < wanted:
        have = f"version {crl.ctr}" if crl else "none"
        result.check("not_revoked", False, f"the issuer revokes cards of key {shorten(kid)!r} (revocation list version "
                                           f"{shorten(str(version))}) but this kiosk has {have}: refresh the trust list")
        return
    vc = payload.get("vc") if isinstance(payload.get("vc"), dict) else {}
    rid = vc.get("rid")
    if rid is None:
        result.check("not_revoked", True)  # a card without rid cannot be revoked one by one
        return
    if crl.method != "rid":
        result.check("not_revoked", False, f"revocation method {shorten(crl.method)!r} is not supported")
        return
    nbf = payload.get("nbf")
    issued = float(nbf) if _is_number(nbf) else None
    revoked = crl.revokes(_text(rid), issued)
    result.check("not_revoked", not revoked, "the issuer has revoked this card")


def _times(payload: dict[str, Any], at: dt.datetime, result: DocumentResult) -> None:
    now = at.timestamp()
    nbf, exp = payload.get("nbf"), payload.get("exp")
    if _is_number(nbf):
        result.check("not_before", nbf <= now + 300, "the card is dated in the future (nbf)")
        result.fields["issued_at"] = _iso(nbf)
    if _is_number(exp):
        result.check("not_expired", now < exp, f"the card expired at {_iso(exp)}")
        result.fields["expires_at"] = _iso(exp)


def _describe(payload: dict[str, Any], result: DocumentResult) -> None:
    vc = _object(payload.get("vc"))
    subject = _object(vc.get("credentialSubject"))
    bundle = _object(subject.get("fhirBundle"))
    result.check("fhir_bundle", bundle.get("resourceType") == "Bundle", "the card holds no FHIR Bundle")
    result.fields["issuer"] = _text(payload.get("iss")) or None
    result.fields["types"] = vc.get("type")
    entries = bundle.get("entry") if isinstance(bundle.get("entry"), list) else []
    resources = [_object(e.get("resource")) for e in entries if isinstance(e, dict) and isinstance(e.get("resource"), dict)]
    patient = next((r for r in resources if r.get("resourceType") == "Patient"), {})
    names = patient.get("name") if isinstance(patient.get("name"), list) else []
    name = _object(names[0]) if names else {}
    result.fields["surname"] = _text(name.get("family")) or None
    given = name.get("given")
    result.fields["given_names"] = " ".join(_text(g) for g in given) if isinstance(given, list) else None
    result.fields["birth_date"] = _text(patient.get("birthDate")) or None
    immunizations = [_immunization(r) for r in resources if r.get("resourceType") == "Immunization"]
    counted = [dose for dose in immunizations if dose["status"] == COUNTED_STATUS]
    result.fields["vaccinations"] = counted
    result.fields["not_counted"] = [dose for dose in immunizations if dose["status"] != COUNTED_STATUS]
    if immunizations:
        shown = ", ".join(sorted({str(d["status"]) for d in result.fields["not_counted"]}))
        result.check("doses_completed", bool(counted),
                     f"no immunization on this card was given (status {shorten(shown, 60)}): none is counted")
    result.fields["fhir_bundle"] = bundle


def _immunization(resource: dict[str, Any]) -> dict[str, Any]:
    vaccine_code = _object(resource.get("vaccineCode"))
    codings = vaccine_code.get("coding") if isinstance(vaccine_code.get("coding"), list) else []
    code = next((c for c in codings if isinstance(c, dict)), {})
    system, value = _text(code.get("system")), _text(code.get("code"))
    cvx = value if "cvx" in system else ""
    status = resource.get("status")
    return {
        "vaccine": CVX_VACCINES.get(cvx),
        "system": system or None,
        "code": value or None,
        "date": _text(resource.get("occurrenceDateTime"))[:10] or None,
        "status": status if isinstance(status, str) else None,
        "lot": _text(resource.get("lotNumber")) or None,
    }


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    """A string claim as text; anything else (numbers, lists, objects) is not a string claim."""
    return value if isinstance(value, str) else ""


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value  # not NaN


def _iso(seconds: float) -> str:
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat().replace("+00:00", "Z")
    except (OverflowError, OSError, ValueError):
        return str(seconds)
