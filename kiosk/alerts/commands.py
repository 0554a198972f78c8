"""CLI of kiosk.alerts: ``poe-kiosk loadgen`` and ``poe-kiosk alerts run`` (the publisher on its own).

``poe-kiosk`` imports every area's ``commands`` module to build its parser, so this module imports
only the standard library at load time: paho, SQLAlchemy, the outbox and the screening service are
imported inside the handlers (``tests/unit/alerts/test_cli_imports.py`` keeps it that way).
"""

from __future__ import annotations

import argparse
import json
import signal
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.errors import KioskError

if TYPE_CHECKING:
    from kiosk.alerts.transport import BrokerSettings, DeliveryStatus
    from kiosk.screening import KioskContext


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to poe-kiosk."""
    load = subparsers.add_parser("loadgen", help="complete N synthetic alert-raising screenings and deliver them")
    load.add_argument("--alerts", type=int, required=True, help="number of screenings that raise an alert")
    _broker_arguments(load)
    load.add_argument("--kiosk-id", required=True)
    load.add_argument("--db", help="kiosk database URL (default: a new SQLite file in a temporary folder)")
    load.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for the hub's acks")
    load.add_argument("--country", default="XL")
    load.add_argument("--poe", default="XL-LND-01")
    load.set_defaults(func=_loadgen)

    alerts = subparsers.add_parser("alerts", help="alert delivery tools")
    sub = alerts.add_subparsers(dest="alerts_command", metavar="ACTION", required=True)
    run = sub.add_parser("run", help="run the outbox publisher of a kiosk database")
    _broker_arguments(run)
    run.add_argument("--db", required=True, help="kiosk database URL")
    run.add_argument("--kiosk-id", required=True)
    run.add_argument("--country", required=True)
    run.add_argument("--poe", required=True)
    run.add_argument("--until-acked", action="store_true", help="exit once nothing waits for the hub")
    run.add_argument("--timeout", type=float, default=0.0, help="give up after S seconds (0 = never)")
    run.add_argument("--resend-after", type=float, default=60.0, help="re-send when the hub has not acked")
    run.set_defaults(func=_run)


def _broker_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--broker", required=True, help="mqtt://host:port or mqtts://host:port")
    parser.add_argument("--username")
    parser.add_argument("--password-file", type=Path, metavar="FILE",
                        help="file whose first line is the broker password (- for stdin); default $POE_BROKER_PASSWORD")
    parser.add_argument("--ca-file")
    parser.add_argument("--cert-file")
    parser.add_argument("--key-file")


def broker_settings(args: argparse.Namespace, client_id: str | None = None) -> BrokerSettings:
    from kiosk.alerts.transport import BrokerSettings
    from kiosk.secret_input import read_secret

    password = read_secret("broker password", path=args.password_file, env="POE_BROKER_PASSWORD")
    settings = BrokerSettings(url=args.broker, username=args.username, password=password,
                              ca_file=args.ca_file, cert_file=args.cert_file, key_file=args.key_file,
                              client_id=client_id)
    settings.endpoint()  # refuse a bad URL before starting anything
    return settings


def _context(args: argparse.Namespace) -> KioskContext:
    from kiosk.screening import KioskContext, SiteInfo

    return KioskContext(site=SiteInfo(id=args.poe, name=args.poe, kind="ground_crossing", country=args.country),
                        kiosk_id=args.kiosk_id)


def _nothing_waiting(status: DeliveryStatus) -> bool:
    return status.queued == 0 and status.at_broker == 0 and status.in_flight == 0


def _loadgen(args: argparse.Namespace) -> int:
    from kiosk.alerts.loadgen import complete_alerts
    from kiosk.alerts.transport import Publisher
    from kiosk.clock import SystemClock
    from kiosk.services import core_services
    from kiosk.store import open_store

    if args.alerts < 1:
        raise KioskError("--alerts must be at least 1")
    db_url = args.db or f"sqlite:///{Path(tempfile.mkdtemp(prefix='poe-loadgen-')) / 'kiosk.sqlite'}"
    store = open_store(db_url)
    context = _context(args)
    service = core_services(store, context, SystemClock()).screening
    start = time.perf_counter()
    identifiers = complete_alerts(service, args.alerts)
    screened = time.perf_counter() - start
    publisher = Publisher(store, broker_settings(args), context)
    start = time.perf_counter()
    publisher.start()
    try:
        done = publisher.wait_for(_nothing_waiting, args.timeout)
        elapsed = time.perf_counter() - start
        status = publisher.status()
    finally:
        publisher.stop()
        store.close()
    print(json.dumps({
        "alerts": len(identifiers), "acknowledged": status.acked, "at_broker": status.at_broker,
        "queued": status.queued, "dead": status.dead, "complete": done and status.dead == 0,
        "screening_seconds": round(screened, 3), "delivery_seconds": round(elapsed, 3),
        "alerts_per_second": round(status.acked / elapsed, 1) if elapsed > 0 else None,
        "db": db_url, "last_error": status.last_error,
    }, indent=2))
    return 0 if done and status.dead == 0 else 1


def _run(args: argparse.Namespace) -> int:
    from kiosk.alerts.transport import Publisher
    from kiosk.store import open_store

    store = open_store(args.db)
    publisher = Publisher(store, broker_settings(args), _context(args), resend_after=args.resend_after)
    stopping = threading.Event()

    def request_stop(*_: Any) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    publisher.start()
    deadline = time.monotonic() + args.timeout if args.timeout else None
    try:
        while not stopping.is_set():
            if args.until_acked and publisher.wait_for(_nothing_waiting, 0.2):
                break
            if deadline and time.monotonic() > deadline:
                break
            stopping.wait(0.2)
    finally:
        status = publisher.status()
        publisher.stop()
        store.close()
    print(json.dumps({"queued": status.queued, "at_broker": status.at_broker, "acked": status.acked,
                      "dead": status.dead, "last_error": status.last_error}))
    return 0 if _nothing_waiting(status) or not args.until_acked else 1
