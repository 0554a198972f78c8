"""CLI of the daily aggregates: ``poe-kiosk aggregates send [--day D]`` (the daily timer runs it without
``--day``: every finished day not yet sent or changed since)."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from kiosk.errors import InputError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to poe-kiosk."""
    from kiosk.terminal_commands import _config_arguments

    aggregates = subparsers.add_parser("aggregates", help="daily counts of this kiosk for the hub")
    actions = aggregates.add_subparsers(dest="aggregates_command", metavar="ACTION", required=True)
    send = actions.add_parser("send", help="put the counts of a UTC day in the outbox (again only if they changed)")
    _config_arguments(send)
    send.add_argument("--day", metavar="YYYY-MM-DD|today|yesterday",
                      help="one day (default: every finished day of the last week not sent yet or changed since)")
    send.set_defaults(func=_send)


def parse_day(text: str) -> dt.date:
    """``YYYY-MM-DD``, ``today`` or ``yesterday`` (UTC)."""
    today = dt.datetime.now(dt.UTC).date()
    if text in ("today", "yesterday"):
        return today if text == "today" else today - dt.timedelta(days=1)
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else dt.date.fromisoformat("x")
    except ValueError:
        raise InputError("day", f"{text[:40]!r} is not a date YYYY-MM-DD, today or yesterday") from None


def _send(args: argparse.Namespace) -> int:
    from kiosk.aggregates import send_day, send_due
    from kiosk.clock import SystemClock
    from kiosk.screening import KioskContext, SiteInfo
    from kiosk.store import open_store
    from kiosk.terminal_commands import _check_database, _load

    if args.day:
        parse_day(args.day)  # refused before anything is opened
    config = _load(args)
    site = config.site
    context = KioskContext(SiteInfo(site.id, site.name, site.kind, site.country), config.kiosk.id)
    _check_database(config)
    store = open_store(config.database_url)
    try:
        clock = SystemClock()
        results = [send_day(store, clock, context, parse_day(args.day))] if args.day else send_due(store, clock, context)
    finally:
        store.close()
    print(json.dumps({"days": [result.to_json() for result in results]}))
    return 0
