"""CLI of kiosk.provisioning: ``poe-kiosk provision``. Only the standard library is imported at load time."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to poe-kiosk (and site files to ``poe-kiosk validate``)."""
    from kiosk.core_commands import Kind, register_kind

    register_kind(Kind("site", "kiosk/provisioning/site.schema.json", "kiosk.provisioning.site_file:load_site",
                       lambda data: isinstance(data, dict) and "site_file_version" in data))
    provision = subparsers.add_parser(
        "provision", help="set this terminal up as one kiosk of a site: configuration, key, broker login",
        description="Writes the kiosk's configuration (0600), its slip-signing key and an empty database, and in "
                    "--out the broker's dynamic-security commands for its login and ACL (KIOSK.dynsec.json, 0600) "
                    "and its public key (KIOSK.public-key.pem); prints a JSON summary with the `broker apply` and "
                    "`hub enrol` lines. Refuses to replace a provisioned kiosk unless --force (it is moved aside).")
    provision.add_argument("--site", required=True, type=Path, metavar="FILE",
                           help="the site file (packaging/site.example.yaml)")
    provision.add_argument("--kiosk-id", required=True, metavar="ID", help="this terminal's id, unique on the broker")
    provision.add_argument("--broker", required=True, metavar="URL", help="the site broker: mqtts://host:8883")
    provision.add_argument("--ca", type=Path, metavar="FILE", help="the broker's CA certificate (PEM); copied "
                           "beside the configuration")
    provision.add_argument("--config", type=Path, help="configuration file to write (default: $POE_KIOSK_CONFIG or "
                           "the usual place)")
    provision.add_argument("--data-dir", type=Path, help="data directory (default: the current configuration's, "
                           "else the platform's)")
    provision.add_argument("--out", type=Path, default=Path("."), help="folder for the broker and hub files "
                           "(default: here)")
    provision.add_argument("--force", action="store_true", help="replace a provisioned kiosk (its database, keys "
                           "and configuration are moved to <data dir>/replaced-<time>/)")
    provision.set_defaults(func=_provision)


def _provision(args: argparse.Namespace) -> int:
    from kiosk.clock import SystemClock
    from kiosk.config import default_config_path
    from kiosk.provisioning.provision import Request, provision

    request = Request(site_file=args.site, kiosk_id=args.kiosk_id, broker_url=args.broker,
                      config_path=args.config or default_config_path(), out=args.out, ca_file=args.ca,
                      data_dir=args.data_dir, force=args.force)
    result = provision(request, now=SystemClock().now())
    print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    return 0
