"""The ``poe-kiosk`` console script: the core CLI plus the window's commands.

No Qt is imported at module level, so ``poe-kiosk evaluate`` and friends start as fast as the core
CLI; ``poe-kiosk run`` imports PySide6 only when it runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def register_gui_commands(subparsers: argparse._SubParsersAction) -> None:
    run = subparsers.add_parser("run", help="open the kiosk window (full screen unless --windowed)")
    run.add_argument("--windowed", action="store_true", help="a normal window, for desktops")
    run.add_argument("--config", type=Path, help="configuration file (default: the platform config dir)")
    run.add_argument("--data-dir", type=Path, help="where the database and crash logs live")
    run.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from ui.app import run_kiosk

    return run_kiosk(config_path=args.config, data_dir=args.data_dir, windowed=args.windowed)


def main(argv: Sequence[str] | None = None) -> int:
    from kiosk.cli import main as cli_main

    return cli_main(argv, extra=[register_gui_commands])


if __name__ == "__main__":
    sys.exit(main())
