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

    follow_up = sub.add_parser("follow-up", help="travellers under follow-up at the hub")
    actions = follow_up.add_subparsers(dest="follow_up_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="JSON list as of today (UTC): overdue first, with today's status")
    listing.add_argument("--db", required=True, help="hub database URL")
    listing.set_defaults(func=_follow_up_list)
    check = actions.add_parser("check", help="record today's check of one follow-up (audited with --actor)")
    check.add_argument("follow_up_id", type=int, metavar="ID")
    check.add_argument("status", choices=("well", "symptoms", "lost", "referred"))
    check.add_argument("--actor", required=True, help="who records the check")
    check.add_argument("--note", default="")
    check.add_argument("--db", required=True, help="hub database URL")
    check.set_defaults(func=_follow_up_check)
    purge = actions.add_parser("purge", help="delete the contacts of follow-ups that ended more than 30 days ago "
                                             "(run daily by poe-kiosk-hub-follow-up-purge.timer)")
    purge.add_argument("--db", required=True, help="hub database URL")
    purge.set_defaults(func=_follow_up_purge)


def _reports(args: argparse.Namespace) -> tuple[str, list[Any]]:
    from sqlalchemy.orm import Session

    from kiosk.aggregates_commands import parse_day
    from kiosk.hub.aggregates import day_reports
    from kiosk.hub.models import hub_engine

    day = parse_day(args.day)
    engine = hub_engine(args.db)
    try:
        with Session(engine) as session:
            return day.isoformat(), day_reports(session, day)
    finally:
        engine.dispose()


def _missing(args: argparse.Namespace) -> int:
    day, reports = _reports(args)
    missing = [report.to_json() for report in reports if report.state != "reported"]
    print(json.dumps({"day": day, "missing": missing}, ensure_ascii=False))
    return 1 if missing else 0


def _show(args: argparse.Namespace) -> int:
    day, reports = _reports(args)
    print(json.dumps({"day": day, "points_of_entry": [r.to_json() for r in reports]}, ensure_ascii=False))
    return 0


def _follow_up_list(args: argparse.Namespace) -> int:
    import dataclasses
    import datetime as dt

    from sqlalchemy.orm import Session

    from kiosk.hub.follow_up import follow_up_list
    from kiosk.hub.models import hub_engine

    engine = hub_engine(args.db)
    try:
        with Session(engine) as session:
            rows = follow_up_list(session, dt.datetime.now(dt.UTC).date())
    finally:
        engine.dispose()
    print(json.dumps({"follow_ups": [dataclasses.asdict(row) for row in rows]}, default=str, ensure_ascii=False))
    return 0


def _follow_up_check(args: argparse.Namespace) -> int:
    from kiosk.clock import SystemClock
    from kiosk.hub.follow_up import record_check
    from kiosk.hub.models import hub_engine

    engine = hub_engine(args.db)
    try:
        done = record_check(engine, args.follow_up_id, args.status, actor=args.actor, note=args.note,
                            clock=SystemClock())
    finally:
        engine.dispose()
    print(json.dumps({"follow_up": done.follow_up_id, "day": done.day.isoformat(), "status": done.status,
                      "actor": done.actor, "recorded_at": done.recorded_at.isoformat()}, ensure_ascii=False))
    return 0


def _follow_up_purge(args: argparse.Namespace) -> int:
    from kiosk.clock import SystemClock
    from kiosk.hub.follow_up import purge_contacts
    from kiosk.hub.models import hub_engine

    engine = hub_engine(args.db)
    try:
        deleted = purge_contacts(engine, SystemClock())
    finally:
        engine.dispose()
    print(json.dumps({"contacts_deleted": deleted}))
    return 0
