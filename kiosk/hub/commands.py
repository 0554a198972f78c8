"""CLI of the hub: ``poe-kiosk hub ingest|stats|report|enrol|enrolled|unenrol|quarantine|keygen|
publish-situation|user`` (``hub console``, a window, is added by ``ui.launcher``)."""

from __future__ import annotations

import argparse
import json
import signal
import threading
from pathlib import Path
from typing import Any

from kiosk.errors import DataFileError, KioskError
from kiosk.hub import poe_report_command


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
    ingest.add_argument("--stuck-after", type=float, default=None, metavar="SECONDS",
                        help="exit with status 3 (systemd restarts the service) when a worker makes no progress "
                             "for this long (default 120)")
    ingest.set_defaults(func=_ingest)

    stats = sub.add_parser("stats", help="JSON counts of received alerts by mode, the quarantine by reason and "
                                         "each ingest worker's health; exit 1 when a worker is unhealthy")
    stats.add_argument("--db", required=True)
    stats.set_defaults(func=_stats)

    enrol = sub.add_parser("enrol", help="enrol a kiosk: the hub stores its alerts (from its country and point "
                                         "of entry only); alerts of kiosks not enrolled go to quarantine")
    enrol.add_argument("kiosk_id", metavar="KIOSK_ID")
    enrol.add_argument("--country", required=True, help="ISO 3166-1 alpha-2 code of the kiosk's country")
    enrol.add_argument("--poe", required=True, help="the kiosk's point-of-entry id")
    enrol.add_argument("--public-key", type=Path, metavar="FILE", help="the kiosk's public key (PEM), kept")
    enrol.add_argument("--db", required=True, help="hub database URL")
    enrol.set_defaults(func=_enrol)

    enrolled = sub.add_parser("enrolled", help="JSON list of the enrolled kiosks")
    enrolled.add_argument("--db", required=True, help="hub database URL")
    enrolled.set_defaults(func=_enrolled)

    unenrol = sub.add_parser("unenrol", help="remove a kiosk from the registry (its next alerts go to quarantine)")
    unenrol.add_argument("kiosk_id", metavar="KIOSK_ID")
    unenrol.add_argument("--db", required=True, help="hub database URL")
    unenrol.set_defaults(func=_unenrol)

    quarantined = sub.add_parser("quarantine", help="JSON list of the quarantined messages, newest first")
    quarantined.add_argument("--db", required=True, help="hub database URL")
    quarantined.add_argument("--reason", help="only this reason (unknown-kiosk, spoofed-topic, oversized, ...)")
    quarantined.add_argument("--limit", type=int, default=100)
    quarantined.set_defaults(func=_quarantine)

    report = sub.add_parser("report", help="JSON counts of Actual alerts by protocol, point of entry and triage "
                                           "state for the last N days (optionally a CSV file too)")
    report.add_argument("--db", required=True, help="hub database URL")
    report.add_argument("--days", type=int, default=7, help="whole UTC days ending now (1 = today; default 7)")
    report.add_argument("--csv", type=Path, help="also write the counts to this CSV file")
    poe_report_command.add_arguments(report)  # the per-day report: --from --to --format --mapping --out
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

    from kiosk.hub.user_commands import register as register_users

    register_users(sub)

    from kiosk.hub.report_commands import register_hub

    register_hub(sub)


def _ingest(args: argparse.Namespace) -> int:
    """One worker: in this process. N > 1: N worker processes (``kiosk.hub.processes``), this one
    supervising them. SIGTERM/SIGINT stop either form cleanly; then the counts are printed (``stored``:
    alerts stored, copies excluded; ``rejected``: quarantined; ``duplicates``: copies). A stuck
    worker (no progress for ``--stuck-after`` seconds) ends the process with status 3: in the
    one-process form this one exits, in the N-process form the stuck child exits and is started again."""
    from kiosk.alerts.commands import broker_settings
    from kiosk.hub.ingest import STUCK_AFTER, worker_prefix

    if args.workers < 1:
        raise KioskError("--workers must be at least 1")
    stuck_after = args.stuck_after if args.stuck_after is not None else STUCK_AFTER
    if stuck_after <= 0:
        raise KioskError("--stuck-after must be positive")
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
        stuck = _watch(service, stopping, stuck_after)
        service.stop()
        counts = {"stored": sum(w.stored for w in service.workers),
                  "rejected": sum(w.rejected for w in service.workers),
                  "duplicates": sum(w.duplicates for w in service.workers)}
        if stuck:
            print(json.dumps({**counts, "workers": 1, "stuck": stuck}), flush=True)
            return 3  # the thread may hang for good: the process ends (daemon thread) and systemd restarts it
        service.close()
    else:
        from kiosk.hub.processes import IngestProcesses

        processes = IngestProcesses(args.db, settings, workers=args.workers, group=args.group,
                                    hub_id=args.hub_id, client_prefix=prefix, stuck_after=stuck_after)
        processes.start()
        _announce(args, processes.wait_subscribed(60))
        processes.serve(stopping)
        counts = processes.stop()
    print(json.dumps({**counts, "workers": args.workers}), flush=True)
    return 0


def _watch(service: Any, stopping: threading.Event, stuck_after: float) -> list[str]:
    """Wait for a stop request; the stuck workers' ids as soon as one is (then the caller exits non-zero)."""
    import logging

    while not stopping.wait(min(5.0, stuck_after / 4)):
        stuck = service.stuck(stuck_after)
        if stuck:
            logging.getLogger(__name__).error("hub ingest: worker %s made no progress for %.0f s; exiting so "
                                              "that the service is restarted", ", ".join(stuck), stuck_after)
            return list(stuck)
    return []


def _announce(args: argparse.Namespace, subscribed: bool) -> None:
    """One JSON line on stdout once every worker has subscribed (tools wait for it)."""
    print(json.dumps({"ready": subscribed, "workers": args.workers, "group": args.group}), flush=True)


def _stats(args: argparse.Namespace) -> int:
    """Counts and health as JSON; exit 1 when the database cannot be read or a worker is unhealthy
    (disconnected, database unreachable, backlog, or no health row for a while)."""
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.hub.ingest import hub_stats
    from kiosk.hub.models import hub_engine

    try:
        engine = hub_engine(args.db)
        stats = hub_stats(engine)
    except SQLAlchemyError as error:
        print(json.dumps({"database": "unreachable", "error": str(error).splitlines()[0][:200]}, indent=2))
        return 1
    engine.dispose()
    print(json.dumps(stats, indent=2))
    healthy = all(w["connected"] and w["database_ok"] and not w["stale"] for w in stats["workers"])
    return 0 if healthy else 1


def _enrol(args: argparse.Namespace) -> int:
    from kiosk.hub.models import hub_engine
    from kiosk.hub.registry import enrol_kiosk, read_public_key

    key = read_public_key(args.public_key) if args.public_key is not None else None
    engine = hub_engine(args.db)
    try:
        enrolment = enrol_kiosk(engine, args.kiosk_id, args.country, args.poe, public_key=key)
    finally:
        engine.dispose()
    print(json.dumps({"enrolled": enrolment.kiosk_id, "country": enrolment.country, "poe": enrolment.poe,
                      "public_key": enrolment.public_key is not None}), flush=True)
    return 0


def _enrolled(args: argparse.Namespace) -> int:
    from kiosk.hub.models import hub_engine
    from kiosk.hub.registry import enrolments

    engine = hub_engine(args.db)
    try:
        rows = enrolments(engine)
    finally:
        engine.dispose()
    print(json.dumps([{"kiosk_id": e.kiosk_id, "country": e.country, "poe": e.poe,
                       "public_key": e.public_key is not None, "enrolled_at": e.enrolled_at.isoformat()}
                      for e in rows], indent=2))
    return 0


def _unenrol(args: argparse.Namespace) -> int:
    from kiosk.hub.models import hub_engine
    from kiosk.hub.registry import remove_enrolment

    engine = hub_engine(args.db)
    try:
        remove_enrolment(engine, args.kiosk_id)
    finally:
        engine.dispose()
    print(json.dumps({"removed": args.kiosk_id}), flush=True)
    return 0


def _quarantine(args: argparse.Namespace) -> int:
    from kiosk.hub.models import hub_engine
    from kiosk.hub.registry import quarantine

    engine = hub_engine(args.db)
    try:
        rows = quarantine(engine, reason=args.reason, limit=args.limit)
    finally:
        engine.dispose()
    print(json.dumps([{"id": q.id, "reason": q.reason, "detail": q.detail, "topic": q.topic, "kiosk_id": q.kiosk_id,
                       "sender": q.sender, "identifier": q.identifier, "size": q.size,
                       "received_at": q.received_at.isoformat()} for q in rows], indent=2))
    return 0


def _report(args: argparse.Namespace) -> int:
    if poe_report_command.wanted(args):
        return poe_report_command.run(args)
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
