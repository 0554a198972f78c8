"""The ``poe-kiosk`` command line of the core (no Qt). The window's commands are added by ``ui.launcher``.

Each area registers its own subcommands through a ``register(subparsers)`` function in its
``commands`` module (see ``COMMAND_MODULES``). A KioskError ends the command with exit status 2 and one
line on stderr; an unexpected exception is logged with its traceback, never shown as one to the user.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

from kiosk.errors import KioskError

COMMAND_MODULES = (
    "kiosk.core_commands",
    "kiosk.screening_commands",
    "kiosk.documents.commands",
    "kiosk.referral.commands",
    "kiosk.alerts.commands",
    "kiosk.hub.commands",
    "kiosk.broker.commands",
    "kiosk.terminal_commands",
    "kiosk.provisioning.commands",
    "kiosk.training.commands",
    "kiosk.aggregates_commands",
)

Extender = Callable[[argparse._SubParsersAction], None]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, status 2, like every other refusal
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser(extra: Sequence[Extender] = ()) -> argparse.ArgumentParser:
    parser = _Parser(prog="poe-kiosk", description="Point-of-entry health screening kiosk")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    for extend in extra:
        extend(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, extra: Sequence[Extender] = ()) -> int:
    parser = build_parser(extra)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        _resolve_secret_arguments(args)
        return int(args.func(args) or 0)
    except KioskError as error:
        print(f"poe-kiosk {args.command}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # the CLI never shows a traceback; the log keeps it
        logging.getLogger("kiosk.cli").debug("unexpected failure", exc_info=True)
        print(f"poe-kiosk {args.command}: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return 1


def _resolve_secret_arguments(args: argparse.Namespace) -> None:
    """``--db env:NAME`` / ``--db @FILE`` read, a ``--db`` URL with a password refused (``kiosk.secret_input``):
    every command's database URL goes through here, whichever area registered the command."""
    from kiosk.secret_input import SecretRefused, resolve_database_url, url_has_password

    if isinstance(getattr(args, "db", None), str):
        args.db = resolve_database_url(args.db)
    for option in ("broker", "url"):
        value = getattr(args, option, None)
        if isinstance(value, str) and url_has_password(value):
            raise SecretRefused(f"--{option}: a URL with a password would be visible to every user in the process "
                                f"list; give the password with --password-file FILE or $POE_BROKER_PASSWORD")


if __name__ == "__main__":
    sys.exit(main())
