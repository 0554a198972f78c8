"""The one result type every document parser returns."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

KINDS: tuple[str, ...] = ("mrz", "bcbp", "dcc", "shc", "icvp", "referral", "unknown")
TRUST_OUTCOMES: tuple[str, ...] = (
    "verified",          # the signature verifies with a key the trust material holds for this document
    "no_trust_list",     # the kiosk holds no keys for this kind of document
    "unknown_signer",    # the signer's key is not in the trust material
    "issuer_unpinned",   # SMART Health Card: the key is known but not pinned to any issuer
    "issuer_mismatch",   # SMART Health Card: the key belongs to another issuer than the card claims
    "bad_signature",     # the key is trusted but the signature does not verify (altered or forged)
)


@dataclass
class DocumentResult:
    """A parsed document: what it is, what it says, and every check made on it.

    ``checks`` names each check separately (``document_number_check_digit``, ``signature`` …) with its
    outcome; ``valid`` is true only when the document parsed and every check passed. ``errors`` holds
    one human-readable line per problem. ``source`` records where the text came from (symbology).
    ``trust`` is the signature outcome as a code from :data:`TRUST_OUTCOMES` ("" for documents
    without a signature), so the usage rule need not read English error lines.
    """

    kind: str
    valid: bool = False
    fields: dict[str, Any] = field(default_factory=dict)
    checks: dict[str, bool] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    source: str = ""
    trust: str = ""

    def fail(self, message: str) -> DocumentResult:
        """Record an error, mark the result invalid and return it (for early exits)."""
        self.errors.append(message)
        self.valid = False
        return self

    def check(self, name: str, ok: bool, message: str = "") -> bool:
        """Record a named check; a failure adds ``message`` (if given) to the errors."""
        self.checks[name] = bool(ok)
        if not ok and message:
            self.errors.append(message)
        return bool(ok)

    def settle(self) -> DocumentResult:
        """Set ``valid`` from the checks and errors once parsing is finished."""
        self.valid = not self.errors and all(self.checks.values())
        return self

    def to_json(self) -> dict[str, Any]:
        """The CLI shape: kind, valid, fields, checks, errors."""
        return {
            "kind": self.kind,
            "valid": self.valid,
            "fields": json_safe(self.fields),
            "checks": self.checks,
            "errors": self.errors,
        }


MAX_JSON_DEPTH = 64


def json_safe(value: Any, depth: int = 0) -> Any:
    """Decoded document values (CBOR and JSON from the outside) as strict JSON values.

    Dates become ISO strings, bytes hex, sets and tuples lists, non-finite floats and integers too long
    to print strings, unknown objects (CBOR tags, decimals, UUIDs, regular expressions …) their text.
    Deeper than :data:`MAX_JSON_DEPTH` levels a value is cut to ``"…"``.
    """
    if depth > MAX_JSON_DEPTH:
        return "…"
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return value if abs(value) < 1 << 63 else hex(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Mapping):
        return {_key(k): json_safe(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=repr) if isinstance(value, set | frozenset) else value
        return [json_safe(v, depth + 1) for v in items]
    if isinstance(value, dt.datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    inner = getattr(value, "value", None)  # cbor2.CBORTag and CBORSimpleValue carry a value
    if inner is not None and inner is not value and type(value).__module__.startswith("cbor2"):
        return json_safe(inner, depth + 1)
    return shorten(repr(value) if type(value).__module__.startswith("cbor2") else str(value), 200)


def _key(key: Any) -> str:
    if isinstance(key, str):
        return key
    safe = json_safe(key, MAX_JSON_DEPTH)
    return safe if isinstance(safe, str) else shorten(repr(safe), 200)


def shorten(text: str, limit: int = 40) -> str:
    """A bounded excerpt of untrusted text for error messages."""
    text = text.replace("\n", "⏎")
    return text if len(text) <= limit else text[: limit - 1] + "…"
