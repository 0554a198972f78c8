"""Document parsers (MRZ, IATA BCBP, HCERT/EU DCC/WHO ICVP, SMART Health Cards, referral slips) and pre-fill.

Every parser returns a :class:`~kiosk.documents.result.DocumentResult`; see docs/documents.md. The names
below are imported on first use, so that building the ``poe-kiosk`` parser (which imports
``kiosk.documents.commands``) does not load cryptography, CBOR and JSON Schema.
"""

from __future__ import annotations

import importlib
from typing import Any

# Light modules are imported now (``prefill`` is both a module and a function: bind the function).
from kiosk.documents.prefill import Prefill, Provenance, merge, prefill
from kiosk.documents.result import DocumentResult

_EXPORTS = {
    "parse_bcbp": "bcbp", "parse_hcert": "hcert", "parse_mrz": "mrz", "parse_referral": "referral",
    "parse_shc": "shc", "TrustStore": "trust", "load_trust": "trust",
}

__all__ = [  # noqa: RUF022 (the lazy names and the eager ones)
    "DocumentResult", "Prefill", "Provenance", "merge", "prefill",
    "TrustStore", "load_trust", "parse_bcbp", "parse_hcert", "parse_mrz", "parse_referral", "parse_shc",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'kiosk.documents' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"kiosk.documents.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
