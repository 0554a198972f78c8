"""``poe-kiosk screening run``: screen travellers headless through the window's session
(:mod:`kiosk.screening_run`)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from kiosk.errors import InputError

MAX_INPUT_BYTES = 10_000_000


def _read_input(source: str) -> Any:
    if source == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    else:
        try:
            data = Path(source).read_bytes()[:MAX_INPUT_BYTES + 1]
        except OSError as error:
            raise InputError("FILE", f"cannot read {source}: {error.strerror}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputError("FILE", f"is larger than {MAX_INPUT_BYTES // 1_000_000} MB")
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as error:
        raise InputError("FILE", f"is not valid JSON ({error})") from None


def _instant(text: str | None) -> dt.datetime | None:
    if text is None:
        return None
    try:
        at = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InputError("--at", f"{text!r} is not an ISO instant (2026-12-07T09:30:00Z)") from None
    if at.tzinfo is None:
        raise InputError("--at", "needs a time zone (Z or +hh:mm)")
    return at


def services_for(db_url: str | None, situation: str | None, at: dt.datetime | None) -> Any:
    """The kiosk services over ``db_url`` (a throwaway SQLite database by default), the shipped protocols
    under ``situation`` and a clock stopped at ``at`` (else the system clock): :func:`kiosk.services.core_services`."""
    from kiosk.clock import FixedClock, SystemClock
    from kiosk.protocols import load_catalog, load_situation
    from kiosk.screening import KioskContext, Rules, SiteInfo
    from kiosk.services import core_services
    from kiosk.store import models as m
    from kiosk.store import open_store

    url = db_url or f"sqlite:///{Path(tempfile.mkdtemp(prefix='poe-screening-')) / 'kiosk.sqlite'}"
    store = open_store(url)
    catalog = load_catalog()
    rules = Rules(catalog, load_situation(situation, protocols=catalog.codes))
    with store.reading() as session:
        sites = session.query(m.Site).all()
    site = SiteInfo(sites[0].id, sites[0].name, sites[0].kind, sites[0].country) if len(sites) == 1 else \
        SiteInfo("XL-LND-01", "Lakeside Land Crossing", "ground_crossing", "XL")
    context = KioskContext(site, f"{site.id}-K1")
    services = core_services(store, context, FixedClock(at) if at else SystemClock(), rules)
    services.repeats = _repeat_check(url)
    return services


def _repeat_check(url: str) -> Any:
    """The document-hash key of the kiosk whose database this is (``<data dir>/referral/document-key``,
    as the window keeps it); a key of this run only for a database that is not a SQLite file."""
    import os

    from kiosk.private_files import private_dir
    from kiosk.repeats import RepeatCheck
    from kiosk.store.db import sqlite_path

    path = sqlite_path(url)
    if path is None:
        return RepeatCheck(os.urandom(32))
    return RepeatCheck.for_folder(private_dir(path.parent / "referral"))


def _run(args: argparse.Namespace) -> int:
    from kiosk.core_commands import _write_json
    from kiosk.screening_run import run_travellers

    data = _read_input(args.file)
    at = _instant(args.at)
    items = data if isinstance(data, list) else [data]
    if not items:
        raise InputError("FILE", "holds no traveller")
    services = services_for(args.db, args.situation, at)
    try:
        results = run_travellers(services, items, complete=args.complete)
    finally:
        services.close()
    _write_json(results if isinstance(data, list) else results[0])
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    screening = subparsers.add_parser("screening", help="screen travellers headless, as the window does")
    commands = screening.add_subparsers(dest="screening_command", metavar="COMMAND")
    commands.required = True
    run = commands.add_parser(
        "run", help="walk travellers (JSON) through the screening session",
        description="Read one traveller (a JSON object: record, answers, scans, language, role, decision) or an "
                    "array of them, walk each through the SOP as the window does, and print one JSON result "
                    "per traveller. A refusal exits 2 with one line naming the field; nothing is stored.")
    run.add_argument("file", metavar="FILE", help="travellers file, or - for stdin")
    run.add_argument("--db", metavar="URL", help="kiosk database (default: a throwaway SQLite database)")
    run.add_argument("--situation", metavar="FILE", help="situation file (default: the shipped demo situation)")
    run.add_argument("--at", metavar="ISO-INSTANT", help="the kiosk's clock (default: now)")
    run.add_argument("--complete", action="store_true",
                     help="record the decision: encounter, referral, alerts and slip in the output")
    run.set_defaults(func=_run)
