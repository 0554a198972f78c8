"""``poe-kiosk hub aggregates missing|show --day D`` and ``poe-kiosk hub follow-up list|check|purge``
(added to ``poe-kiosk hub`` by ``kiosk.hub.commands``)."""

from __future__ import annotations

import argparse
import json
from typing import Any


def register_hub(sub: argparse._SubParsersAction) -> None:
    aggregates = sub.add_parser("aggregates", help="the kiosks' daily aggregates at the hub")
    actions = aggregates.add_subparsers(dest="aggregates_command", metavar="ACTION", required=True)
    missing = actions.add_parser("missing", help="JSON list of the enrolled points of entry that did not report a "
                                                 "UTC day (or not all their kiosks); exit 1 when there is one")
    missing.add_argument("--day", required=True, metavar="YYYY-MM-DD|today|yesterday")
    missing.add_argument("--db", required=True, help="hub database URL")
    missing.set_defaults(func=_missing)
    show = actions.add_parser("show", help="JSON of every enrolled point of entry for a UTC day, with its totals")
    show.add_argument("--day", required=True, metavar="YYYY-MM-DD|today|yesterday")
    show.add_argument("--db", required=True, help="hub database URL")
    show.set_defaults(func=_show)


def _reports(args: argparse.Namespace) -> list[Any]:
    from sqlalchemy.orm import Session

    from kiosk.aggregates_commands import parse_day
    from kiosk.hub.aggregates import day_reports
    from kiosk.hub.models import hub_engine

    day = parse_day(args.day)
    engine = hub_engine(args.db)
    try:
        with Session(engine) as session:
            return day_reports(session, day)
    finally:
        engine.dispose()


def _missing(args: argparse.Namespace) -> int:
    missing = [report.to_json() for report in _reports(args) if report.state != "reported"]
    print(json.dumps({"day": args.day, "missing": missing}, ensure_ascii=False))
    return 1 if missing else 0


def _show(args: argparse.Namespace) -> int:
    print(json.dumps({"day": args.day, "points_of_entry": [r.to_json() for r in _reports(args)]}, ensure_ascii=False))
    return 0
