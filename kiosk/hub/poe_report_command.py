"""``poe-kiosk hub report --from D --to D --format csv|json|dhis2|pdf [--mapping FILE] [--out FILE]``.

The per-day report of :mod:`kiosk.hub.poe_report` for scripts. Every option is checked (dates, range,
format, mapping file) before the hub database is opened, so a typo never creates an empty database;
refusals exit 2 with one line naming the option. Without ``--out`` CSV and JSON go to standard
output; a PDF needs ``--out``. ``hub report --days N [--csv FILE]`` without ``--format`` or dates is
the older summary (``kiosk.hub.console.report``) and is unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.errors import InputError

if TYPE_CHECKING:
    from kiosk.hub.dhis2 import Dhis2Mapping
    from kiosk.hub.poe_report import ReportPeriod

FORMATS = ("csv", "json", "dhis2", "pdf")
"""Imported lazily: this module is loaded with every ``poe-kiosk`` command, the report code only when run."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="first UTC day of the per-day report")
    parser.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="last UTC day (default: today)")
    parser.add_argument("--format", choices=FORMATS, help="per-day report as csv, json, dhis2 (dataValueSets JSON, "
                                                         "needs --mapping) or pdf (needs --out)")
    parser.add_argument("--mapping", type=Path, metavar="FILE", help="DHIS2 mapping file (YAML or JSON; see "
                                                                     "kiosk/data/dhis2/mapping.example.yaml)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write the report here instead of standard output")
    parser.add_argument("--line-list", action="store_true", help="with --format csv: one row per alert instead of "
                                                                 "the per-day figures")


def wanted(args: argparse.Namespace) -> bool:
    """The per-day report was asked for (any of its options), not the older summary."""
    return any(getattr(args, name) for name in ("first", "last", "format", "mapping", "out", "line_list"))


def run(args: argparse.Namespace) -> int:
    """Check the options, read the report, write it; 0 (refusals raise :class:`InputError`: exit 2)."""
    from kiosk.clock import SystemClock
    from kiosk.hub.poe_report import last_days, parse_day, period_between

    clock = SystemClock()
    kind = args.format or "json"
    if args.csv is not None:
        raise InputError("--csv", "belongs to the --days summary; use --format csv --out FILE")
    if args.first is None and args.last is not None:
        raise InputError("--to", "needs --from (the first day)")
    if args.first is not None:
        first = parse_day(args.first, "--from")
        last = parse_day(args.last, "--to") if args.last is not None else clock.today()
        period = period_between(first, last, clock=clock)
    else:
        period = last_days(args.days, clock=clock)
    if kind == "dhis2" and args.mapping is None:
        raise InputError("--mapping", "--format dhis2 needs the mapping file (see kiosk/data/dhis2/mapping.example.yaml)")
    if kind != "dhis2" and args.mapping is not None:
        raise InputError("--mapping", "is used only with --format dhis2")
    if kind == "pdf" and args.out is None:
        raise InputError("--out", "--format pdf needs --out FILE (a PDF is not written to the terminal)")
    if args.line_list and kind != "csv":
        raise InputError("--line-list", "is a CSV layout; use it with --format csv")
    mapping = None
    if kind == "dhis2":
        from kiosk.hub.dhis2 import load_mapping

        mapping = load_mapping(args.mapping)
    data = _render(args.db, period, kind, mapping, args.line_list)
    if args.out is None:
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
    else:
        from kiosk.hub.poe_report_files import write_file

        write_file(args.out, data)
        print(json.dumps({"written": str(args.out), "format": kind, "from": period.first.isoformat(),
                          "to": period.last.isoformat()}), flush=True)
    return 0


def _render(db: str, period: ReportPeriod, kind: str, mapping: Dhis2Mapping | None, line_list: bool) -> bytes:
    from kiosk.hub.models import hub_engine
    from kiosk.hub.poe_report import LINE_LIST_SHOWN, build_report, kiosk_aggregates
    from kiosk.hub.poe_report_files import export_bytes

    # machine-readable exports carry every alert of the line list; DHIS2 needs none of it
    limit = {"json": None, "csv": None, "dhis2": 0}.get(kind, LINE_LIST_SHOWN)
    engine = hub_engine(db)
    try:
        report = build_report(engine, period, line_list_limit=limit, denominators=kiosk_aggregates)
    finally:
        engine.dispose()
    if mapping is not None:
        from kiosk.hub.dhis2 import data_value_sets

        return (json.dumps(data_value_sets(report, mapping), indent=2) + "\n").encode("utf-8")
    return export_bytes(report, kind, line_list=line_list)
