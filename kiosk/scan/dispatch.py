"""From decoded text to parsed documents: recognise the format, call its parser.

Recognised: MRZ (2–3 lines), IATA BCBP (``M1``…``M4``), HCERT (``HC1:``; EU DCC or WHO ICVP), SMART
Health Card (``shc:/``), the kiosk's referral slip (``POE1:``). Anything else is ``unknown`` with an
error. Every path is bounded: oversized text is refused before any parser sees it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kiosk.documents import bcbp, hcert, mrz, referral, shc
from kiosk.documents.result import DocumentResult, shorten
from kiosk.documents.trust import TrustStore

MAX_TEXT_CHARS = 20_000


def classify(text: str) -> str:
    """The document kind a text looks like (``dcc`` stands for any HCERT)."""
    if len(text) > MAX_TEXT_CHARS:
        return "unknown"
    stripped = text.strip()
    head = stripped[:5].upper()
    if head.startswith("HC1:"):
        return "dcc"
    if stripped[:5].lower() == "shc:/":
        return "shc"
    if referral.looks_like_slip(stripped):
        return "referral"
    if bcbp.looks_like_bcbp(text.strip("\r\n")):
        return "bcbp"
    if mrz.looks_like_mrz(stripped):
        return "mrz"
    return "unknown"


def classify_and_parse(text: str, at: dt.datetime | None = None, trust: TrustStore | None = None) -> list[DocumentResult]:
    """Parse one decoded text (one symbol, or one scanner line set) into results."""
    at = at or dt.datetime.now(dt.UTC)
    kind = classify(text)
    if kind == "dcc":
        return [hcert.parse_hcert(text, at, trust)]
    if kind == "shc":
        return [shc.parse_shc(text, at, trust)]
    if kind == "referral":
        return [referral.parse_referral(text.strip(), trust.referral if trust else None)]
    if kind == "bcbp":
        return [bcbp.parse_bcbp(text.strip("\r\n"), at)]
    if kind == "mrz":
        return [mrz.parse_mrz(text, at)]
    return [_unknown(text)]


def parse_texts(texts: Iterable[str], at: dt.datetime | None = None, trust: TrustStore | None = None) -> list[DocumentResult]:
    """Parse several texts (all symbols of one image); SMART Health Card chunks are joined first."""
    texts = list(texts)
    whole, rest = shc.reassemble(texts) if any(t.strip().startswith("shc:/") for t in texts) else ([], texts)
    results: list[DocumentResult] = []
    for text in [*whole, *rest]:
        results.extend(classify_and_parse(text, at, trust))
    return results


def split_input(text: str) -> list[str]:
    """Texts in typed/pasted input: an MRZ stays whole; otherwise one text per non-empty line."""
    if mrz.looks_like_mrz(text):
        return [text]
    return [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def _unknown(text: str) -> DocumentResult:
    result = DocumentResult(kind="unknown")
    if len(text) > MAX_TEXT_CHARS:
        return result.fail(f"text is {len(text)} characters long; no supported document is longer than {MAX_TEXT_CHARS}")
    result.fields["text"] = shorten(text.strip(), 80)
    return result.fail("not a recognised document (MRZ, boarding pass, HC1:, shc:/ or referral slip)")
