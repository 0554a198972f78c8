"""Document parsers (MRZ, IATA BCBP, HCERT/EU DCC/WHO ICVP, SMART Health Cards, referral slips) and pre-fill.

Every parser returns a :class:`~kiosk.documents.result.DocumentResult`; see docs/documents.md.
"""

from kiosk.documents.bcbp import parse_bcbp
from kiosk.documents.hcert import parse_hcert
from kiosk.documents.mrz import parse_mrz
from kiosk.documents.prefill import Prefill, Provenance, merge, prefill
from kiosk.documents.referral import parse_referral
from kiosk.documents.result import DocumentResult
from kiosk.documents.shc import parse_shc
from kiosk.documents.trust import TrustStore, load_trust

__all__ = [
    "DocumentResult", "Prefill", "Provenance", "TrustStore", "load_trust", "merge", "parse_bcbp", "parse_hcert",
    "parse_mrz", "parse_referral", "parse_shc", "prefill",
]
