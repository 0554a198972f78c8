"""Commands a technician (or the package's scripts and timers) runs on an installed terminal:
``migrate``, ``backup``, ``restore``, ``retention run``, ``doctor`` and ``officers unlock``.

Each reads the kiosk's configuration (``--config``, default ``$POE_KIOSK_CONFIG`` or the platform
config file) for the data directory, prints one JSON object, and refuses with one line (exit 2).
Only the standard library is imported at load time.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.errors import KioskError

if TYPE_CHECKING:
    from kiosk.config import Config


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to poe-kiosk."""
    migrate = subparsers.add_parser(
        "migrate", help="upgrade the kiosk database to this version's schema (keeps a restore point)",
        description="Copy the database (restore point), try the migration on a copy, then migrate in one "
                    "transaction. A failure changes nothing and exits 2.")
    _config_arguments(migrate)
    migrate.add_argument("--trial-only", action="store_true",
                         help="only try the migration on a copy (the live database is not touched)")
    migrate.add_argument("--init-config", action="store_true",
                         help="write the demo configuration first if there is none (fresh install)")
    migrate.set_defaults(func=_migrate)

    backup = subparsers.add_parser("backup", help="write an encrypted backup (database, keys, configuration)")
    _config_arguments(backup)
    backup.add_argument("--out", required=True, type=Path, help="backup file to write")
    backup.add_argument("--passphrase-file", type=Path, help="file whose first line is the passphrase (- for stdin)")
    backup.set_defaults(func=_backup)

    restore = subparsers.add_parser("restore", help="restore an encrypted backup onto a fresh terminal")
    restore.add_argument("file", type=Path, help="the backup file")
    restore.add_argument("--data-dir", required=True, type=Path, help="the kiosk's data directory to restore into")
    restore.add_argument("--config", type=Path, help="where to write the configuration (default: the usual place)")
    restore.add_argument("--passphrase-file", type=Path, help="file whose first line is the passphrase (- for stdin)")
    restore.add_argument("--force", action="store_true", help="replace an existing kiosk (its files are moved aside)")
    restore.set_defaults(func=_restore)

    retention = subparsers.add_parser("retention", help="the personal-data retention policy")
    actions = retention.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    run = actions.add_parser("run", help="purge the personal data of screenings that ended more than N days ago")
    _config_arguments(run)
    run.add_argument("--days", type=int, help="days to keep (default: retention.days of the configuration)")
    run.set_defaults(func=_retention)

    doctor = subparsers.add_parser(
        "doctor", help="check the configuration, database, keys, trust lists, broker and printer (one line each)",
        description="One line per check: OK, WARN or FAIL. Exits 1 when any check fails. Changes nothing.")
    _config_arguments(doctor)
    doctor.add_argument("--login", action="store_true",
                        help="also log in to the broker (takes the kiosk's client id for a moment: kiosk stopped)")
    doctor.add_argument("--timeout", type=float, default=10.0, help="seconds for each network check (default 10)")
    doctor.set_defaults(func=_doctor)

    officers = subparsers.add_parser("officers", help="officer accounts of this kiosk")
    officer_actions = officers.add_subparsers(dest="officers_command", metavar="ACTION", required=True)
    unlock = officer_actions.add_parser(
        "unlock", help="lift an officer's lock after too many wrong PINs (a supervisor or administrator; audited)",
        description="Signs the supervisor in (their PIN from --pin-file, $POE_KIOSK_PIN or typed), then lifts "
                    "the lock of OFFICER and resets the lock escalation.")
    _config_arguments(unlock)
    unlock.add_argument("officer", metavar="OFFICER", help="the locked officer's id")
    unlock.add_argument("--supervisor", required=True, metavar="ID", help="the supervisor or administrator lifting it")
    unlock.add_argument("--pin-file", type=Path, metavar="FILE",
                        help="file whose first line is the supervisor's PIN (- for stdin)")
    unlock.set_defaults(func=_unlock)


def _doctor(args: argparse.Namespace) -> int:
    from kiosk.config import default_config_path
    from kiosk.doctor import FAIL, run_checks

    checks = run_checks(args.config or default_config_path(), args.data_dir, login=args.login, timeout=args.timeout)
    for check in checks:
        print(check.line())
    return 1 if any(check.status == FAIL for check in checks) else 0


def _unlock(args: argparse.Namespace) -> int:
    from kiosk.auth import AuthService
    from kiosk.clock import SystemClock
    from kiosk.screening import KioskContext, SiteInfo
    from kiosk.secret_input import read_secret
    from kiosk.store import open_store

    config = _load(args)
    pin = read_secret("PIN", path=args.pin_file, env="POE_KIOSK_PIN", prompt=f"PIN of {args.supervisor}: ")
    if not pin:
        raise KioskError("no PIN: give --pin-file FILE or set POE_KIOSK_PIN (or run it on a terminal to type it)")
    site = config.site
    context = KioskContext(SiteInfo(site.id, site.name, site.kind, site.country), config.kiosk.id)
    _check_database(config)
    store = open_store(config.database_url)
    try:
        auth = AuthService(store, SystemClock(), context)
        supervisor = auth.sign_in(args.supervisor, pin)
        try:
            was_locked = auth.unlock(supervisor, args.officer)
        finally:
            auth.sign_out(supervisor, "officer")
    finally:
        store.close()
    _print({"officer": args.officer, "was_locked": was_locked, "by": supervisor.id})
    return 0


def _config_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, help="configuration file (default: $POE_KIOSK_CONFIG or the usual place)")
    parser.add_argument("--data-dir", type=Path, help="data directory (default: the configuration's)")


def _load(args: argparse.Namespace, *, create: bool = False) -> Config:
    from kiosk.config import default_config_path, load_config, write_demo_config

    path = args.config or default_config_path()
    if not path.exists():
        if not create:
            raise KioskError(f"{path}: no configuration file (is this kiosk installed? see --config)")
        write_demo_config(path, data_dir=args.data_dir)
    return load_config(path, data_dir=args.data_dir)


def _check_database(config: Config) -> None:
    """Refuse a lost, empty or damaged database (``kiosk.store.integrity``) before anything opens it."""
    from kiosk.store.integrity import check_kiosk_database, is_provisioned

    check_kiosk_database(config.database_path, provisioned=is_provisioned(config.data_dir))


def _print(value: dict[str, Any]) -> None:
    print(json.dumps(value, ensure_ascii=False))


def _migrate(args: argparse.Namespace) -> int:
    from kiosk.store.upgrade import migrate_database

    config = _load(args, create=args.init_config)
    _check_database(config)
    result = migrate_database(config.database_path, trial_only=args.trial_only)
    _print(result.to_json())
    return 0


def _backup(args: argparse.Namespace) -> int:
    from kiosk.backup import read_passphrase, write_backup
    from kiosk.clock import SystemClock

    config = _load(args)
    _check_database(config)
    result = write_backup(args.out, database=config.database_path, key_folder=config.referral_dir,
                          config_file=config.path, passphrase=read_passphrase(args.passphrase_file),
                          kiosk_id=config.kiosk.id, now=SystemClock().now())
    _print(result.to_json())
    return 0


def _restore(args: argparse.Namespace) -> int:
    from kiosk.backup import read_passphrase, restore_backup
    from kiosk.clock import SystemClock
    from kiosk.config import default_config_path

    result = restore_backup(args.file, data_dir=args.data_dir, config_path=args.config or default_config_path(),
                            passphrase=read_passphrase(args.passphrase_file), force=args.force,
                            now=SystemClock().now())
    _print(result.to_json())
    return 0


def _retention(args: argparse.Namespace) -> int:
    from kiosk.clock import SystemClock
    from kiosk.retention import purge_personal_data
    from kiosk.screening import KioskContext, SiteInfo
    from kiosk.store import open_store

    config = _load(args)
    site = config.site
    context = KioskContext(SiteInfo(site.id, site.name, site.kind, site.country), config.kiosk.id)
    _check_database(config)
    store = open_store(config.database_url)
    try:
        result = purge_personal_data(store, SystemClock(), context,
                                     args.days if args.days is not None else config.retention.days,
                                     slip_folders=[config.printer.fallback_folder])
    finally:
        store.close()
    _print(result.to_json())
    return 0
