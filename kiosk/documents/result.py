"""The one result type every document parser returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS: tuple[str, ...] = ("mrz", "bcbp", "dcc", "shc", "icvp", "referral", "unknown")


@dataclass
class DocumentResult:
    """A parsed document: what it is, what it says, and every check made on it.

    ``checks`` names each check separately (``document_number_check_digit``, ``signature`` …) with its
    outcome; ``valid`` is true only when the document parsed and every check passed. ``errors`` holds
    one human-readable line per problem. ``source`` records where the text came from (symbology).
    """

    kind: str
    valid: bool = False
    fields: dict[str, Any] = field(default_factory=dict)
    checks: dict[str, bool] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    source: str = ""

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
            "fields": self.fields,
            "checks": self.checks,
            "errors": self.errors,
        }


def shorten(text: str, limit: int = 40) -> str:
    """A bounded excerpt of untrusted text for error messages."""
    text = text.replace("\n", "⏎")
    return text if len(text) <= limit else text[: limit - 1] + "…"
