"""Run every benchmark (or those named): ``python -m bench [area ...] [--json FILE]``.

Each ``bench/bench_<area>.py`` has ``run() -> list[dict]`` whose rows hold ``name``, ``value``, ``unit``,
``baseline`` (the bare library doing the same work, measured in the same run, or None), ``ratio``
(value / baseline) and ``target`` (the issue's target as text). This prints them side by side.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

import bench


def discover(selected: list[str]) -> list[str]:
    names = sorted(info.name for info in pkgutil.iter_modules(bench.__path__) if info.name.startswith("bench_"))
    if selected:
        names = [n for n in names if n.removeprefix("bench_") in selected or n in selected]
    return names


def fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return "—" if value is None else str(value)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("areas", nargs="*", help="e.g. evaluate store decode slip alerts startup")
    parser.add_argument("--json", type=Path, help="also write all rows to this file")
    args = parser.parse_args()
    rows: list[dict] = []
    for name in discover(args.areas):
        started = time.perf_counter()
        print(f"== {name} ", end="", flush=True)
        try:
            module_rows = importlib.import_module(f"bench.{name}").run()
        except Exception as error:  # one broken benchmark must not hide the others
            print(f"FAILED: {type(error).__name__}: {error}")
            rows.append({"name": name, "error": str(error)})
            continue
        print(f"({time.perf_counter() - started:.1f} s)")
        for row in module_rows:
            row.setdefault("area", name.removeprefix("bench_"))
            rows.append(row)
            print(
                f"  {row['name']:<58} {fmt(row.get('value')):>12} {row.get('unit', ''):<12}"
                f" baseline {fmt(row.get('baseline')):>10}  ratio {fmt(row.get('ratio')):>6}"
                f"  target {row.get('target', '—')}"
            )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2, default=str))
    return 1 if any("error" in row for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
