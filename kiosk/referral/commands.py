"""CLI subcommands of kiosk.referral: ``slip``, ``verify-slip`` and ``pathway-chart``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from kiosk.errors import KioskError

DEMO_KIOSK_ID = "DEMO-KIOSK-1"
MODES = ("actual", "exercise", "test")  # kiosk.referral.qr.MODES; not imported so that registering stays light
NOT_REAL = 3
"""verify-slip's exit status for a genuine slip printed in an exercise or a test."""
KEY_FILE = "demo-kiosk-key.pem"
KEYS_FILE = "trusted-kiosk-keys.json"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to poe-kiosk."""
    slip = subparsers.add_parser("slip", help="render a referral slip PDF for a screening record")
    slip.add_argument("--record", required=True, type=Path, help="screening record JSON (evaluate format + traveller, conveyance)")
    slip.add_argument("--out", required=True, type=Path, help="PDF file to write")
    slip.add_argument("--format", choices=("a6", "80mm"), default="a6")
    slip.add_argument("--lang", help="the traveller's language (default: traveller.language in the record)")
    slip.add_argument("--site-lang", help="the site language (default: the directory's)")
    slip.add_argument("--key", type=Path, help="kiosk Ed25519 private key (PEM); default: a demo key")
    slip.add_argument("--kiosk-id", default=DEMO_KIOSK_ID)
    slip.add_argument("--directory", type=Path, help="referral directory YAML (default: the demo land crossing)")
    slip.add_argument("--evaluation", type=Path, help="evaluation JSON to use instead of running the evaluator")
    slip.add_argument("--officer", default="", help="officer id printed on the slip")
    slip.add_argument("--referral-id", default="", help="default: derived from the point of entry, time and record")
    slip.add_argument("--now", help="issue time (ISO 8601 with zone), for reproducible output")
    slip.add_argument("--fhir", type=Path, help="also write the FHIR R4 Bundle of the referral to this file")
    slip.add_argument("--data-dir", type=Path, help="where the demo key lives (default: the user data dir)")
    slip.add_argument("--mode", choices=MODES, default="actual",
                      help="exercise or test: the slip says on every side, and in its QR, that it is not a real referral")
    slip.add_argument("--exercise-id", default="", help="the exercise's id (with --mode exercise), printed and signed")
    slip.set_defaults(func=_slip)

    verify = subparsers.add_parser(
        "verify-slip", help="check a referral slip QR text; prints JSON",
        description="Exit status: 0 a genuine real referral, 1 decoded but not genuine (altered, unknown kiosk), "
                    "2 not a slip QR, 3 a genuine exercise or test slip (NOT a real referral).")
    verify.add_argument("text", help="the QR text (POE1:...), or - to read it from standard input")
    verify.add_argument("--keys", type=Path, help="trusted keys file {kiosk_id: base64 public key}")
    verify.add_argument("--data-dir", type=Path, help="where the demo keys file lives (default: the user data dir)")
    verify.set_defaults(func=_verify)

    chart = subparsers.add_parser("pathway-chart", help="render the A4 referral pathway chart PDF")
    chart.add_argument("--out", required=True, type=Path)
    chart.add_argument("--directory", type=Path)
    chart.add_argument("--lang", help="chart language (default: the site language)")
    chart.set_defaults(func=_chart)


def _data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir:
        return args.data_dir
    import platformdirs

    return Path(platformdirs.user_data_dir("poe-kiosk")) / "referral"


def _demo_key(args: argparse.Namespace) -> Any:
    """Load --key, or the demo key (made on first use, its public key added to the demo keys file)."""
    from kiosk.referral.qr import add_trusted_key, generate_kiosk_key, load_kiosk_key

    if args.key:
        return load_kiosk_key(args.key)
    folder = _data_dir(args)
    path = folder / KEY_FILE
    if path.exists():
        return load_kiosk_key(path)
    key = generate_kiosk_key(path)
    add_trusted_key(folder / KEYS_FILE, args.kiosk_id, key)
    return key


def _read_json(path: Path, what: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise KioskError(f"{path}: cannot read the {what} ({error.strerror})") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise KioskError(f"{path}: the {what} is not valid JSON ({error})") from None


def _evaluation(args: argparse.Namespace, record: Any) -> dict[str, Any]:
    if args.evaluation:
        data = _read_json(args.evaluation, "evaluation")
        if not isinstance(data, dict) or "disposition" not in data:
            raise KioskError(f"{args.evaluation}: not an evaluate result (no disposition)")
        return data
    try:
        from kiosk.protocols import evaluate, load_catalog, load_situation
    except ImportError:
        raise KioskError("the protocol evaluator is not available; pass --evaluation FILE") from None
    return evaluate(record, load_catalog(), load_situation()).to_json(full=True)


def _now(text: str | None) -> dt.datetime:
    if not text:
        return dt.datetime.now(dt.UTC).replace(microsecond=0)
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise KioskError(f"--now: {text!r} is not an ISO 8601 date-time") from None
    if value.tzinfo is None:
        raise KioskError("--now: add a time zone (Z or ±hh:mm)")
    return value


def _slip(args: argparse.Namespace) -> int:
    from kiosk.records import parse_record
    from kiosk.referral.directory import load_directory
    from kiosk.referral.fhir import referral_bundle
    from kiosk.referral.qr import check_mode
    from kiosk.referral.slip import ReferralInfo, make_referral_id, make_slip

    record = parse_record(_read_json(args.record, "record"))
    directory = load_directory(args.directory)
    evaluation = _evaluation(args, record)
    issued = _now(args.now)
    check_mode(args.mode, args.exercise_id)
    referral = ReferralInfo(
        referral_id=args.referral_id or make_referral_id(directory.point_of_entry.id, issued, record),
        issued_at=issued, officer_id=args.officer, kiosk_id=args.kiosk_id,
        site_language=args.site_lang or "", traveller_language=args.lang or "",
        mode=args.mode, exercise_id=args.exercise_id,
    )
    result = make_slip(record, evaluation, referral, directory, _demo_key(args), fmt=args.format)
    try:
        args.out.write_bytes(result.pdf)
        if args.fhir:
            bundle = referral_bundle(record, evaluation, referral, directory, result.pdf)
            args.fhir.write_text(json.dumps(bundle, indent=1, ensure_ascii=False), encoding="utf-8")
    except OSError as error:
        raise KioskError(f"cannot write the output ({error.strerror})") from None
    print(json.dumps({
        "out": str(args.out), "referral_id": referral.referral_id, "format": result.format, "pages": result.pages,
        "disposition": evaluation.get("disposition"), "qr": result.qr_text, "overflow": result.overflow,
        "mode": args.mode, "exercise_id": args.exercise_id or None,
    }, ensure_ascii=False))
    return 0


def _verify(args: argparse.Namespace) -> int:
    from kiosk.referral.qr import load_trusted_keys, verify_slip_text

    text = sys.stdin.read(10_000) if args.text == "-" else args.text
    keys_path = args.keys or _data_dir(args) / KEYS_FILE
    keys = load_trusted_keys(keys_path) if (args.keys or keys_path.exists()) else {}
    result = verify_slip_text(text, keys)
    print(json.dumps(result, ensure_ascii=False))
    if result["valid"]:
        return 0 if result["mode"] == "actual" else NOT_REAL
    return 1 if result["referral_id"] is not None else 2


def _chart(args: argparse.Namespace) -> int:
    from kiosk.referral.chart import render_pathway_chart
    from kiosk.referral.directory import load_directory

    directory = load_directory(args.directory)
    try:
        render_pathway_chart(directory, args.out, args.lang)
    except OSError as error:
        raise KioskError(f"{args.out}: cannot write ({error.strerror})") from None
    print(json.dumps({"out": str(args.out), "point_of_entry": directory.point_of_entry.id}))
    return 0
