"""CLI subcommands of kiosk.documents: ``poe-kiosk decode``.

``poe-kiosk decode (--image FILE | --text TEXT | -) [--at ISO-INSTANT] [--trust FILE]...`` prints a
JSON list with one object per symbol or text: ``{"kind", "valid", "use", "fields", "checks", "errors"}``,
where ``use`` is the usage rule's verdict (:func:`kiosk.documents.usage.assess`).
Exit 0 when anything was decoded (even an invalid document); 2 with one line on stderr when the input
is unusable (no symbol in the image, unreadable image, empty text).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from kiosk.errors import KioskError

MAX_INPUT_CHARS = 1_000_000


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to poe-kiosk."""
    parser = subparsers.add_parser(
        "decode",
        help="decode and verify a passport MRZ, boarding pass, health certificate or referral slip",
        description="Decode an image, a text or standard input ('-') and print the parsed documents as JSON.",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--image", metavar="FILE", help="image file with one or more barcodes")
    source.add_argument("--text", metavar="TEXT", help="text as a scanner delivers it (MRZ lines, HC1:…, shc:/…)")
    source.add_argument("stdin", nargs="?", choices=["-"], help="read the text from standard input")
    parser.add_argument("--at", metavar="ISO-INSTANT", help="check validity at this instant (default: now)")
    parser.add_argument(
        "--trust", metavar="FILE", action="append", default=[],
        help="trust file: PEM bundle, JSON signer list, JWKS or combined file (repeatable; see docs/documents.md)",
    )
    parser.set_defaults(func=run_decode)


def run_decode(args: argparse.Namespace) -> int:
    from kiosk.documents.trust import load_trust
    from kiosk.scan import decode_file, parse_texts
    from kiosk.scan.dispatch import split_input

    at = parse_instant(args.at) if args.at else dt.datetime.now(dt.UTC)
    trust = load_trust(args.trust) if args.trust else None
    if args.image:
        symbols = decode_file(args.image)
        if not symbols:
            raise KioskError(f"no barcode found in {args.image}")
        texts = [symbol.text for symbol in symbols]
    else:
        raw = args.text if args.text is not None else sys.stdin.read(MAX_INPUT_CHARS + 1)
        if len(raw) > MAX_INPUT_CHARS:
            raise KioskError(f"input is larger than {MAX_INPUT_CHARS // 1_000_000} MB; no document is that long")
        texts = split_input(raw.lstrip("\ufeff"))
        if not texts:
            raise KioskError("empty text: nothing to decode")
    results = parse_texts(texts, at, trust)
    json.dump([_with_use(r) for r in results], sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write("\n")
    return 0


def _with_use(result: Any) -> dict[str, Any]:
    from kiosk.documents.usage import assess

    item = result.to_json()
    return {"kind": item.pop("kind"), "valid": item.pop("valid"), "use": assess(result).to_json(), **item}


def parse_instant(value: str) -> dt.datetime:
    """ISO 8601 instant (``2021-06-01T20:00:00+02:00``, ``…Z``, or a date = midnight UTC)."""
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.datetime.combine(dt.date.fromisoformat(text), dt.time(), dt.UTC)
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise KioskError(f"--at {value!r} is not an ISO 8601 instant (e.g. 2021-06-01T18:00:00Z)") from None
    return parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)
