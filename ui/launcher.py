"""The ``poe-kiosk`` console script: the core CLI plus the window's commands.

No Qt is imported at module level, so ``poe-kiosk evaluate`` and friends start as fast as the core
CLI; ``poe-kiosk run`` and ``poe-kiosk hub console`` import PySide6 only when they run.
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
    hub_commands = subparsers.choices["hub"].get_default("hub_commands")
    console = hub_commands.add_parser("console", help="open the hub console window for surveillance officers")
    console.add_argument("--db", required=True, help="hub database URL (the one ingest writes)")
    console.add_argument("--user", help="your hub user id, filled in at the sign-in (the password is always asked)")
    console.add_argument("--language", choices=("en", "fr", "pt", "ar"), default="en",
                         help="language of the console's texts (default en)")
    console.add_argument("--config", metavar="FILE",
                         help="hub configuration (TOML): [attention.escalate_after_minutes] Immediate = 15 …")
    console.set_defaults(func=_console)
    _register_trainer_console(subparsers.choices["exercise"].get_default("exercise_commands"))
    from ui.selftest import register as register_selftest  # standard library only until it runs

    register_selftest(subparsers)


def _run(args: argparse.Namespace) -> int:
    from ui.app import run_kiosk

    return run_kiosk(config_path=args.config, data_dir=args.data_dir, windowed=args.windowed)


def _console(args: argparse.Namespace) -> int:
    from kiosk.hub.attention import DEFAULT_RULES, AttentionRules

    attention = DEFAULT_RULES
    if args.config:  # read before any window: a bad file ends the command with its message (exit 2)
        attention = AttentionRules.from_toml(read_config(args.config))
    from ui.hub.app import run_console

    return run_console(args.db, user_id=args.user, language=args.language, attention=attention)


def read_config(path: str) -> str:
    """The text of a configuration file, or an :class:`InputError` naming it."""
    from kiosk.errors import InputError

    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError("--config", f"cannot read {path}: {error}") from None


def _register_trainer_console(exercise_commands: argparse._SubParsersAction) -> None:
    trainer = exercise_commands.add_parser("console", help="open the trainer console on a kiosk's database")
    trainer.add_argument("--db", required=True, help="the kiosk's database URL")
    trainer.add_argument("--scenario", metavar="FILE|ID", help="the scenario chosen at start (shipped id or file)")
    trainer.add_argument("--trainer", default="trainer", help="the trainer's id, recorded in the audit log")
    trainer.add_argument("--kiosk-id", help="the kiosk (default: the one that used the database last)")
    trainer.add_argument("--report-dir", type=Path, default=Path("exercise-reports"), metavar="DIR",
                         help="where the after-action reports go (default ./exercise-reports)")
    trainer.add_argument("--language", choices=("en", "fr"), default="en", help="language of the console's texts")
    trainer.set_defaults(func=_trainer_console)


def _trainer_console(args: argparse.Namespace) -> int:
    from ui.trainer.app import run_console

    return run_console(args.db, scenario=args.scenario, report_dir=args.report_dir, trainer=args.trainer,
                       kiosk_id=args.kiosk_id, language=args.language)


def main(argv: Sequence[str] | None = None) -> int:
    from kiosk.cli import main as cli_main

    return cli_main(argv, extra=[register_gui_commands])


if __name__ == "__main__":
    sys.exit(main())
