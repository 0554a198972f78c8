"""``poe-kiosk hub user add|list|disable|enable|reset-password|unlock|jurisdiction``: hub accounts from the
command line of the hub server (whoever runs them holds the database's credentials: they act as
``cli:<login>`` in the audit).

Passwords are never arguments (they would show in ``ps`` and shell histories): they are typed without
echo (twice), or read from ``--password-file FILE`` (``-``: standard input) or ``$POE_HUB_PASSWORD``
(``kiosk.secret_input``).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.errors import KioskError
from kiosk.secret_input import read_secret

if TYPE_CHECKING:
    from kiosk.hub.accounts import HubAccounts

PASSWORD_ENV = "POE_HUB_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``hub user …`` to the hub's subcommands (without importing the accounts: ``poe-kiosk`` starts light)."""
    user = sub.add_parser("user", help="hub accounts: add, list, disable, enable, reset-password, unlock, "
                                       "jurisdiction")
    actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="create an account (the password is typed without echo)")
    add.add_argument("user_id", metavar="USER_ID")
    add.add_argument("--name", required=True, help="the person's full name")
    add.add_argument("--role", required=True, metavar="ROLE",
                     help="surveillance_officer, supervisor, read_only or administrator (docs/hub-accounts.md)")
    _jurisdiction_arguments(add)
    _password_argument(add)
    add.set_defaults(func=_add)

    listing = actions.add_parser("list", help="JSON list of the accounts (never a password hash)")
    listing.set_defaults(func=_list)

    for name, help_text, func in (("disable", "the account can no longer sign in (its history stays)", _disable),
                                  ("enable", "the account can sign in again", _enable),
                                  ("unlock", "lift a lock after too many wrong passwords", _unlock)):
        action = actions.add_parser(name, help=help_text)
        action.add_argument("user_id", metavar="USER_ID")
        action.set_defaults(func=func)

    reset = actions.add_parser("reset-password", help="a new password (also lifts a lock)")
    reset.add_argument("user_id", metavar="USER_ID")
    _password_argument(reset)
    reset.set_defaults(func=_reset)

    jurisdiction = actions.add_parser("jurisdiction", help="replace the points of entry an account sees")
    jurisdiction.add_argument("user_id", metavar="USER_ID")
    _jurisdiction_arguments(jurisdiction)
    jurisdiction.set_defaults(func=_jurisdiction)

    for parser in (add, listing, reset, jurisdiction, *(actions.choices[n] for n in ("disable", "enable", "unlock"))):
        parser.add_argument("--db", required=True, help="hub database URL (env:NAME or @FILE when it has a password)")


def _jurisdiction_arguments(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--poe", action="append", metavar="POE_ID", help="a point of entry the user sees (repeat)")
    where.add_argument("--all-poes", action="store_true", help="the user sees every point of entry")


def _password_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-file", type=Path, metavar="FILE",
                        help=f"read the password from FILE's first line (- for standard input); else ${PASSWORD_ENV}, "
                             "else it is asked")


def _password(args: argparse.Namespace) -> str:
    """The new password from the file, the environment, or typed twice without echo."""
    prompt = f"New password for {args.user_id}: "
    password = read_secret("password", path=args.password_file, env=PASSWORD_ENV, prompt=prompt)
    if password is None:
        raise KioskError(f"give the password: type it at a terminal, or use --password-file FILE or ${PASSWORD_ENV}")
    if args.password_file is None and not _from_env() and sys.stdin.isatty() \
            and getpass.getpass("Type it again: ") != password:
        raise KioskError("the two passwords differ; nothing was changed")
    return password


def _from_env() -> bool:
    return bool(os.environ.get(PASSWORD_ENV))


def _accounts(args: argparse.Namespace) -> HubAccounts:
    from kiosk.hub.accounts import HubAccounts
    from kiosk.hub.models import hub_engine

    return HubAccounts(hub_engine(args.db))  # env:NAME / @FILE already read by kiosk.cli


def _actor() -> str:
    return f"cli:{getpass.getuser()}"


def _print(data: object) -> int:
    print(json.dumps(data, indent=2), flush=True)
    return 0


def _add(args: argparse.Namespace) -> int:
    from kiosk.hub.accounts import check_password, check_role

    check_role(args.role)
    password = _password(args)
    check_password(password)  # before the database is opened
    hub = _accounts(args)
    try:
        user = hub.add_user(_actor(), args.user_id, args.name, args.role, password,
                            poes=None if args.all_poes else args.poe)
    finally:
        hub.engine.dispose()
    return _print({"added": user.id, "name": user.name, "role": user.role,
                   "poes": "all" if user.poes is None else sorted(user.poes)})


def _list(args: argparse.Namespace) -> int:
    hub = _accounts(args)
    try:
        rows = hub.accounts()
    finally:
        hub.engine.dispose()
    return _print([{"id": a.user.id, "name": a.user.name, "role": a.user.role, "active": a.active,
                    "poes": "all" if a.user.poes is None else sorted(a.user.poes),
                    "locked_until": a.locked_until.isoformat() if a.locked_until else None,
                    "failed_attempts": a.failed_attempts} for a in rows])


def _set_active(args: argparse.Namespace, active: bool) -> int:
    hub = _accounts(args)
    try:
        hub.set_active(_actor(), args.user_id, active)
    finally:
        hub.engine.dispose()
    return _print({"enabled" if active else "disabled": args.user_id.strip().lower()})


def _disable(args: argparse.Namespace) -> int:
    return _set_active(args, False)


def _enable(args: argparse.Namespace) -> int:
    return _set_active(args, True)


def _unlock(args: argparse.Namespace) -> int:
    hub = _accounts(args)
    try:
        was_locked = hub.unlock(_actor(), args.user_id)
    finally:
        hub.engine.dispose()
    return _print({"unlocked": args.user_id.strip().lower(), "was_locked": was_locked})


def _reset(args: argparse.Namespace) -> int:
    from kiosk.hub.accounts import check_password

    password = _password(args)
    check_password(password)
    hub = _accounts(args)
    try:
        hub.reset_password(_actor(), args.user_id, password)
    finally:
        hub.engine.dispose()
    return _print({"password_reset": args.user_id.strip().lower()})


def _jurisdiction(args: argparse.Namespace) -> int:
    hub = _accounts(args)
    try:
        hub.set_jurisdiction(_actor(), args.user_id, None if args.all_poes else args.poe)
    finally:
        hub.engine.dispose()
    return _print({"user": args.user_id.strip().lower(), "poes": "all" if args.all_poes else sorted(set(args.poe))})
