"""CLI of kiosk.training: ``poe-kiosk exercise run|documents|report``.

Imports only the standard library at load time (every ``poe-kiosk`` command builds this parser); the
screening core, reportlab and qrcode are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from kiosk.errors import KioskError

DEFAULT_SITE = ("XL-EX-01", "Exercise site", "ground_crossing", "XL")


def register(subparsers: argparse._SubParsersAction) -> None:
    exercise = subparsers.add_parser("exercise", help="simulation exercises: run a scenario, its documents, reports")
    sub = exercise.add_subparsers(dest="exercise_command", metavar="ACTION", required=True)
    exercise.set_defaults(exercise_commands=sub)  # ui.launcher adds ``exercise console`` here (Qt-free core)

    run = sub.add_parser(
        "run", help="play a scenario headless and print its score as JSON",
        description="Play SCENARIO (a shipped id such as ebola-land-crossing, or a file) through the screening core "
                    "in exercise mode and print the score as JSON. Exit status 0 when every objective and inject "
                    "passed, 1 otherwise.")
    run.add_argument("scenario", metavar="SCENARIO")
    run.add_argument("--auto", action="store_true", help="answer every inject as the scenario expects (required headless)")
    run.add_argument("--officer", action="append", metavar="ID", help="an officer taking part (repeat; default: one automatic officer per desk of the scenario)")
    run.add_argument("--db", help="kiosk database URL (default: a new SQLite file in a temporary folder)")
    run.add_argument("--kiosk-id", default="XL-EX-01-K1")
    run.add_argument("--report", type=Path, metavar="DIR", help="also write the after-action report (PDF and JSON) here")
    run.add_argument("--broker", help="deliver the exercise alerts to this broker (mqtt://host:port) and wait for the hub")
    run.add_argument("--username")
    run.add_argument("--password-file", type=Path, metavar="FILE")
    run.add_argument("--ca-file")
    run.add_argument("--cert-file")
    run.add_argument("--key-file")
    run.add_argument("--timeout", type=float, default=60.0, help="with --broker: seconds to wait for the hub's acks")
    run.add_argument("--country", default=DEFAULT_SITE[3])
    run.add_argument("--poe", default=DEFAULT_SITE[0])
    run.set_defaults(func=_run)

    docs = sub.add_parser("documents", help="write the scenario's documents: MRZ and boarding-pass text, certificate QR PNGs")
    docs.add_argument("scenario", metavar="SCENARIO")
    docs.add_argument("--out", type=Path, required=True, metavar="DIR")
    docs.set_defaults(func=_documents)

    report = sub.add_parser("report", help="after-action report (PDF and JSON) from a score JSON and observer notes")
    report.add_argument("score", type=Path, metavar="SCORE.json")
    report.add_argument("--notes", type=Path, metavar="FILE", help="observer notes: one per line, '[+MM:SS] text'")
    report.add_argument("--out", type=Path, required=True, metavar="DIR")
    report.set_defaults(func=_report)


def _run(args: argparse.Namespace) -> int:
    if not args.auto:
        raise KioskError("without --auto an exercise is run from the trainer console; use --auto to play it headless")
    from kiosk.auth import OfficerInfo
    from kiosk.screening import SiteInfo
    from kiosk.store import open_store
    from kiosk.training.play import ExercisePlayer
    from kiosk.training.scenario import load_scenario
    from kiosk.training.scoring import score

    scenario = load_scenario(args.scenario)
    db_url = args.db or f"sqlite:///{Path(tempfile.mkdtemp(prefix='poe-exercise-')) / 'kiosk.sqlite'}"
    store = open_store(db_url)
    try:
        site = SiteInfo(args.poe, DEFAULT_SITE[1], scenario.site_kind or DEFAULT_SITE[2], args.country)
        player = ExercisePlayer(scenario, store, site=site, kiosk_id=args.kiosk_id,
                                trainer=OfficerInfo("trainer", "Exercise trainer", "trainer"),
                                officers=args.officer or ())
        played = player.play_auto()
        result = score(played).to_json()
        if args.broker:
            result["delivery"] = _deliver(args, store, player)
    finally:
        store.close()
    if args.report:
        from kiosk.training.report import write_report

        result["report"] = {kind: str(path) for kind, path in write_report(result, args.report).items()}
    _print_json(result)
    delivered = result.get("delivery", {}).get("complete", True)
    return 0 if result["passed"] and delivered else 1


def _deliver(args: argparse.Namespace, store: Any, player: Any) -> dict[str, Any]:
    """Drain the exercise alerts from the outbox to the broker and wait for the hub's acks."""
    import time

    from kiosk.alerts.commands import broker_settings
    from kiosk.alerts.transport import Publisher

    publisher = Publisher(store, broker_settings(args), player.service.context)
    started = time.perf_counter()
    publisher.start()
    try:
        done = publisher.wait_for(lambda s: s.queued == 0 and s.at_broker == 0 and s.in_flight == 0, args.timeout)
        status = publisher.status()
    finally:
        publisher.stop()
    return {"acknowledged": status.acked, "queued": status.queued, "at_broker": status.at_broker,
            "dead": status.dead, "complete": done and status.dead == 0,
            "seconds": round(time.perf_counter() - started, 3), "last_error": status.last_error}


def _documents(args: argparse.Namespace) -> int:
    from kiosk.training.documents import write_scenario_documents
    from kiosk.training.scenario import load_scenario

    written = write_scenario_documents(load_scenario(args.scenario), args.out)
    _print_json({"written": [str(path) for path in written]})
    return 0


def _report(args: argparse.Namespace) -> int:
    from kiosk.training.report import read_notes, write_report

    try:
        result = json.loads(args.score.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise KioskError(f"cannot read the score {args.score}: {error}") from None
    if not isinstance(result, dict) or result.get("format") != "poe-kiosk/exercise-score/1":
        raise KioskError(f"{args.score} is not an exercise score (poe-kiosk exercise run --auto writes one)")
    if args.notes:
        result["notes"] = [*result.get("notes", []), *read_notes(args.notes)]
    _print_json({kind: str(path) for kind, path in write_report(result, args.out).items()})
    return 0


def _print_json(value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        sys.stdout.write(text)
