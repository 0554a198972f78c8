"""CLI of the hub: ``poe-kiosk hub ingest|stats|report|keygen|publish-situation`` (``hub console``, a
window, is added by ``ui.launcher``)."""

from __future__ import annotations

import argparse
import json
import signal
import threading
from pathlib import Path
from typing import Any

from kiosk.errors import DataFileError, KioskError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to poe-kiosk."""
    from kiosk.alerts.commands import _broker_arguments

    hub = subparsers.add_parser("hub", help="national surveillance hub services")
    sub = hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)
    hub.set_defaults(hub_commands=sub)  # ui.launcher adds ``hub console`` here (the core stays Qt-free)

    ingest = sub.add_parser("ingest", help="receive kiosk alerts (shared subscription) and acknowledge them")
    _broker_arguments(ingest)
    ingest.add_argument("--db", default="sqlite:///hub.sqlite", help="hub database URL (SQLite or PostgreSQL)")
    ingest.add_argument("--workers", type=int, default=1)
    ingest.add_argument("--group", default="ingest", help="shared-subscription group name")
    ingest.add_argument("--hub-id", default="national-hub", help="CAP sender of the acknowledgements")
    ingest.add_argument("--client-prefix", help="stable client-id prefix (durable sessions need stable ids); "
                                                "with --username it is the username (workers log in as <username>-<i>)")
    ingest.set_defaults(func=_ingest)

    stats = sub.add_parser("stats", help="JSON counts of received alerts by status")
    stats.add_argument("--db", required=True)
    stats.set_defaults(func=_stats)

    report = sub.add_parser("report", help="JSON counts of Actual alerts by protocol, point of entry and triage "
                                           "state for the last N days (optionally a CSV file too)")
    report.add_argument("--db", required=True, help="hub database URL")
    report.add_argument("--days", type=int, default=7, help="whole UTC days ending now (1 = today; default 7)")
    report.add_argument("--csv", type=Path, help="also write the counts to this CSV file")
    report.set_defaults(func=_report)

    keygen = sub.add_parser("keygen", help="create the hub's Ed25519 signing key")
    keygen.add_argument("--out", required=True, type=Path)
    keygen.set_defaults(func=_keygen)

    publish = sub.add_parser("publish-situation", help="sign and publish a retained situation bundle")
    publish.add_argument("file", type=Path)
    publish.add_argument("--key", required=True, type=Path)
    _broker_arguments(publish)
    publish.add_argument("--country", help="country topic (default: the situation's 'country' field)")
    publish.set_defaults(func=_publish_situation)


def _ingest(args: argparse.Namespace) -> int:
    """One worker: in this process. N > 1: N worker processes (``kiosk.hub.processes``), this one
    supervising them. SIGTERM/SIGINT stop either form cleanly; then the counts are printed."""
    from kiosk.alerts.commands import broker_settings
    from kiosk.hub.ingest import worker_prefix

    if args.workers < 1:
        raise KioskError("--workers must be at least 1")
    settings = broker_settings(args)
    prefix = worker_prefix(settings, args.client_prefix, args.group)
    stopping = threading.Event()

    def request_stop(*_: Any) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    if args.workers == 1:
        from kiosk.hub.ingest import HubIngest

        service = HubIngest(args.db, settings, workers=1, group=args.group, hub_id=args.hub_id,
                            client_prefix=prefix)
        service.start()
        _announce(args, service.wait_subscribed(30))
        stopping.wait()
        service.stop()
        counts = {"stored": sum(w.stored for w in service.workers),
                  "rejected": sum(w.rejected for w in service.workers)}
        service.close()
    else:
        from kiosk.hub.processes import IngestProcesses

        processes = IngestProcesses(args.db, settings, workers=args.workers, group=args.group,
                                    hub_id=args.hub_id, client_prefix=prefix)
        processes.start()
        _announce(args, processes.wait_subscribed(60))
        processes.serve(stopping)
        counts = processes.stop()
    print(json.dumps({**counts, "workers": args.workers}), flush=True)
    return 0


def _announce(args: argparse.Namespace, subscribed: bool) -> None:
    """One JSON line on stdout once every worker has subscribed (tools wait for it)."""
    print(json.dumps({"ready": subscribed, "workers": args.workers, "group": args.group}), flush=True)


def _stats(args: argparse.Namespace) -> int:
    from kiosk.hub.ingest import hub_stats
    from kiosk.hub.models import hub_engine

    engine = hub_engine(args.db)
    print(json.dumps(hub_stats(engine), indent=2))
    engine.dispose()
    return 0


def _report(args: argparse.Namespace) -> int:
    from kiosk.clock import SystemClock
    from kiosk.hub.console import report, report_period
    from kiosk.hub.models import hub_engine

    report_period(args.days, SystemClock())  # refuse a bad --days before creating a database
    engine = hub_engine(args.db)
    try:
        result = report(engine, args.days)
    finally:
        engine.dispose()
    if args.csv is not None:
        result.write_csv(args.csv)
    print(json.dumps(result.as_json(), indent=2))
    return 0


def _keygen(args: argparse.Namespace) -> int:
    from kiosk.alerts.situation_updates import generate_key

    print(json.dumps(generate_key(args.out), indent=2))
    return 0


def _publish_situation(args: argparse.Namespace) -> int:
    from kiosk.alerts.commands import broker_settings
    from kiosk.hub.situation import publish_situation

    try:
        result = publish_situation(args.file, args.key, broker_settings(args), country=args.country)
    except DataFileError as error:
        raise KioskError(f"situation refused, nothing published: {error}") from None
    print(json.dumps(result, indent=2))
    return 0
