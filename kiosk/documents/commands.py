"""CLI subcommands of kiosk.documents: ``poe-kiosk decode`` and ``poe-kiosk trust import``.

``poe-kiosk trust import FILE --format FORMAT [--into DIR] [--signer-key FILE] [--iss URL] [--crl FILE]...
[--accept-unsigned]`` checks a published trust list and writes it into the kiosk's trust folder
(``<data_dir>/trust`` by default); see :mod:`kiosk.documents.trustlists` for the formats.

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
from pathlib import Path
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
    _register_trust(subparsers)


def _register_trust(subparsers: argparse._SubParsersAction) -> None:
    from kiosk.documents.trustlists import FORMATS

    trust = subparsers.add_parser("trust", help="import the trust lists that verify health certificates",
                                  description="Trust lists for certificate signatures (see docs/documents.md).")
    actions = trust.add_subparsers(dest="trust_command", required=True, metavar="ACTION")
    imports = actions.add_parser(
        "import", help="check a published trust list and write it into the kiosk's trust folder",
        description="Check a trust list in a published format and write it into <data_dir>/trust (replacing the "
                    "previous import of the same list). Formats: " + "; ".join(f"{k}: {v}" for k, v in FORMATS.items()),
    )
    imports.add_argument("file", type=Path, metavar="FILE", help="the trust list as the authority distributes it")
    imports.add_argument("--format", required=True, choices=sorted(FORMATS), help="the list's format")
    imports.add_argument("--into", type=Path, metavar="DIR", help="trust folder (default: <data_dir>/trust of kiosk.toml)")
    imports.add_argument("--signer-key", type=Path, metavar="FILE",
                         help="the list signer's public key (PEM key or certificate, or JWK) for dcc-national")
    imports.add_argument("--iss", metavar="URL", help="shc-jwks: the issuer these keys belong to (the cards' iss)")
    imports.add_argument("--crl", type=Path, action="append", default=[], metavar="FILE",
                         help="shc-jwks: the issuer's revocation list for a key (repeatable)")
    imports.add_argument("--accept-unsigned", action="store_true",
                         help="import a list whose format has no signature (or whose signature is not checked): "
                              "only for a file that came over a channel you trust")
    imports.set_defaults(func=run_trust_import)


def run_trust_import(args: argparse.Namespace) -> int:
    from kiosk.documents.trustlists import default_trust_dir, import_trust_list

    imported = import_trust_list(args.file, args.format, args.into or default_trust_dir(), signer_key=args.signer_key,
                                 iss=args.iss, crls=args.crl, accept_unsigned=args.accept_unsigned)
    print(imported.summary())
    for line in imported.skipped:
        print(f"  skipped {line}")
    return 0


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
