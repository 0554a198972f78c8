"""CLI of kiosk.broker: ``poe-kiosk broker init|add-kiosk|add-hub|add-publisher|add-site|apply|disable|enable``.

Every secret goes to a new file of mode 0600 and never to stdout (unless ``--show-password``), nor is
one ever read from the command line (``apply`` reads the administrator's password from a file). Only
the standard library is imported at load time (``poe-kiosk`` builds its parser from every area).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kiosk.errors import KioskError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to poe-kiosk."""
    broker = subparsers.add_parser("broker", help="broker logins: dynamic-security set-up and per-kiosk credentials")
    sub = broker.add_subparsers(dest="broker_command", metavar="ACTION", required=True)

    init = sub.add_parser("init", help="the first dynamic-security file of a broker, with its administrator")
    init.add_argument("--admin", default="admin", help="administrator username (default: admin)")
    _out(init)
    init.set_defaults(func=_init)

    kiosk = sub.add_parser("add-kiosk", help="a kiosk's login: publishes only under its country/poe/kiosk id")
    kiosk.add_argument("--kiosk-id", required=True)
    kiosk.add_argument("--country", required=True, help="ISO 3166-1 alpha-2, as in the kiosk's [site]")
    kiosk.add_argument("--poe", required=True, help="point-of-entry id, as the kiosk's [site] id")
    kiosk.add_argument("--url", required=True, help="broker URL the kiosk connects to (mqtts://host:8883)")
    kiosk.add_argument("--ca-file", default="", help="CA certificate path on the kiosk")
    _out(kiosk)
    kiosk.set_defaults(func=_add_kiosk)

    hub = sub.add_parser("add-hub", help="the logins of one hub ingest host (one per worker)")
    hub.add_argument("--name", required=True, help="hub-<host>: the --username of 'hub ingest'")
    hub.add_argument("--workers", type=int, default=4, help="logins <name>-0 … <name>-(N-1) (default 4)")
    _out(hub)
    hub.set_defaults(func=_add_hub)

    publisher = sub.add_parser("add-publisher", help="the hub's situation publisher of one country")
    publisher.add_argument("--country", required=True)
    publisher.add_argument("--name", help="default: situation-<country>")
    _out(publisher)
    publisher.set_defaults(func=_add_publisher)

    site = sub.add_parser("add-site", help="a site broker's bridge login at the national broker, and its bridge file")
    site.add_argument("--country", required=True)
    site.add_argument("--poe", required=True)
    site.add_argument("--national", required=True, help="host:port of the national broker's TLS listener")
    site.add_argument("--ca-file", required=True, help="CA certificate of the national broker, on the site server")
    _out(site)
    site.set_defaults(func=_add_site)

    apply = sub.add_parser("apply", help="send *.dynsec.json files to a running broker as its administrator")
    apply.add_argument("files", nargs="+", type=Path)
    _admin(apply)
    apply.set_defaults(func=_apply)

    for action, text in (("disable", "refuse these logins from now on (connected ones are disconnected)"),
                         ("enable", "accept these disabled logins again")):
        toggle = sub.add_parser(action, help=text)
        toggle.add_argument("logins", nargs="+", help="usernames (a hub host's workers: NAME-0 NAME-1 …)")
        _admin(toggle)
        toggle.set_defaults(func=_toggle, command_name=f"{action}Client")


def _admin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--broker", required=True, help="mqtt://127.0.0.1:1883 (the broker's loopback listener)")
    parser.add_argument("--admin", default="admin")
    parser.add_argument("--admin-password-file", required=True, type=Path)
    parser.add_argument("--ca-file", help="CA certificate when --broker is mqtts://")


def _out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=Path("."), help="folder for the files (default: here)")
    parser.add_argument("--show-password", action="store_true", help="also print the password on stdout")


def _folder(path: Path) -> Path:
    if not path.is_dir():
        raise KioskError(f"--out {path} is not a folder")
    return path


def _print(data: dict[str, Any]) -> int:
    print(json.dumps(data, indent=2))
    return 0


def _init(args: argparse.Namespace) -> int:
    from kiosk.broker import dynsec, logins
    from kiosk.broker.policy import check_identifier

    name = check_identifier("admin", args.admin)
    folder = _folder(args.out)
    password = logins.new_password()
    config = folder / "dynamic-security.json"
    secret = folder / f"{name}.password"
    for path in (config, secret):
        if path.exists():
            raise KioskError(f"{path} exists already; move it away first (nothing was written)")
    logins.write_secret(config, json.dumps(dynsec.initial_config(name, password), indent=2) + "\n")
    logins.write_secret(secret, password + "\n")
    out = {"dynamic_security_file": str(config), "admin": name, "admin_password_file": str(secret)}
    return _print(out | ({"admin_password": password} if args.show_password else {}))


def _write_login(args: argparse.Namespace, login: Any, client_file: tuple[str, str]) -> int:
    """``<username>.dynsec.json`` (broker side) and the client's file, both 0600; a JSON summary."""
    from kiosk.broker import logins

    folder = _folder(args.out)
    broker_side = folder / f"{login.username}.dynsec.json"
    client_side = folder / f"{login.username}{client_file[0]}"
    for path in (broker_side, client_side):
        if path.exists():
            raise KioskError(f"{path} exists already; move it away first (nothing was written)")
    logins.write_secret(broker_side, logins.commands_text(login.commands()))
    logins.write_secret(client_side, client_file[1])
    return _print(login.summary(show_password=args.show_password)
                  | {"broker_file": str(broker_side), "client_file": str(client_side)})


def _add_kiosk(args: argparse.Namespace) -> int:
    from kiosk.broker import logins

    login = logins.kiosk_login(args.kiosk_id, args.country, args.poe)
    return _write_login(args, login, (".kiosk.toml", logins.kiosk_config(login, args.url, args.ca_file)))


def _add_hub(args: argparse.Namespace) -> int:
    from kiosk.broker import logins

    login = logins.hub_login(args.name, workers=args.workers)
    return _write_login(args, login, (".password", login.password + "\n"))


def _add_publisher(args: argparse.Namespace) -> int:
    from kiosk.broker import logins

    login = logins.publisher_login(args.country, name=args.name)
    return _write_login(args, login, (".password", login.password + "\n"))


def _add_site(args: argparse.Namespace) -> int:
    from kiosk.broker import logins

    login = logins.site_login(args.country, args.poe)
    return _write_login(args, login, (".bridge.conf", logins.bridge_config(login, args.national,
                                                                           ca_file=args.ca_file)))


def _admin_settings(args: argparse.Namespace) -> Any:
    from kiosk.alerts.transport import BrokerSettings

    try:
        password = args.admin_password_file.read_text(encoding="utf-8").strip()
    except OSError as error:
        raise KioskError(f"cannot read {args.admin_password_file}: {error.strerror}") from None
    settings = BrokerSettings(url=args.broker, username=args.admin, password=password, ca_file=args.ca_file)
    settings.endpoint()
    return settings


def _apply(args: argparse.Namespace) -> int:
    from kiosk.broker import dynsec, logins

    settings = _admin_settings(args)
    applied = []
    for path in args.files:
        responses = dynsec.apply(settings, logins.read_commands(path))
        applied.append({"file": str(path), "commands": [r.get("command") for r in responses]})
    return _print({"applied": applied})


def _toggle(args: argparse.Namespace) -> int:
    from kiosk.broker import dynsec

    dynsec.apply(_admin_settings(args), [{"command": args.command_name, "username": name} for name in args.logins])
    return _print({args.command_name: args.logins})
