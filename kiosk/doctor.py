"""``poe-kiosk doctor``: is this terminal fit to screen? One line per check, OK / WARN / FAIL.

Checks, in order: the configuration, the database (readable SQLite, ``PRAGMA quick_check``, schema at
this version's migration head), the kiosk's keys (slip-signing key, trusted kiosk keys, the hub's
situation key), the certificate trust lists, the broker (TCP and TLS with the configured CA; with
``login=True`` also the MQTT login — that connection takes the kiosk's own client id for a moment, so
use it while the kiosk is stopped) and the printer (the CUPS queue via ``lpstat``, or the folder
slips are saved in). Nothing is changed. A FAIL means the kiosk would not start or not do its work.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.config import Config, load_config
from kiosk.errors import KioskError

OK, WARN, FAIL = "OK", "WARN", "FAIL"
TRUST_SUFFIXES = (".pem", ".json", ".yaml", ".yml")
NETWORK_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Check:
    status: str
    name: str
    detail: str

    def line(self) -> str:
        return f"{self.status:<4} {self.name}: {self.detail}"


def run_checks(config_path: Path, data_dir: Path | None = None, *, login: bool = False,
               timeout: float = NETWORK_TIMEOUT_S) -> list[Check]:
    """Every check, in order; the configuration failing stops the rest (they all need it)."""
    try:
        config = load_config(config_path, data_dir=data_dir)
    except KioskError as error:
        return [Check(FAIL, "config", str(error))]
    checks = [Check(OK, "config", f"{config.path} (site {config.site.id}, kiosk {config.kiosk.id})")]
    steps: list[Callable[[], Check]] = [
        lambda: check_database(config), lambda: check_keys(config), lambda: check_trust(config),
        lambda: check_broker(config, login=login, timeout=timeout), lambda: check_printer(config),
    ]
    for step in steps:
        checks.append(step())
    return checks


def check_database(config: Config) -> Check:
    from kiosk.store.integrity import database_problem, is_provisioned, restore_hint
    from kiosk.store.upgrade import database_revision, head_revision, known_revisions

    path = config.database_path
    if not path.exists():
        if is_provisioned(config.data_dir):
            return Check(FAIL, "database", f"{path} is missing although this kiosk was set up: {restore_hint(path)}")
        return Check(WARN, "database", f"{path} does not exist yet (a fresh install: `poe-kiosk migrate` makes it)")
    problem = database_problem(path)
    if problem:
        return Check(FAIL, "database", f"{path} {problem}: {restore_hint(path)}")
    try:
        current, head = database_revision(path), head_revision()
    except Exception as error:  # a schema without alembic_version, an unreadable file…
        return Check(FAIL, "database", f"{path}: cannot read its schema version ({type(error).__name__})")
    if current == head:
        return Check(OK, "database", f"{path}: integrity ok, schema {head}")
    if current is not None and current not in known_revisions():
        return Check(FAIL, "database", f"{path}: schema {current} is newer than this version's {head}")
    return Check(WARN, "database", f"{path}: schema {current or 'none'}, this version needs {head}: run `poe-kiosk migrate`")


def check_keys(config: Config) -> Check:
    from kiosk.referral.qr import load_kiosk_key, load_trusted_keys, public_key_b64

    folder = config.referral_dir
    key_path, trusted_path = folder / "kiosk-key.pem", folder / "trusted-kiosk-keys.json"
    if not key_path.exists():
        return Check(WARN, "keys", f"no slip-signing key {key_path} yet (made at the kiosk's first start)")
    try:
        key = load_kiosk_key(key_path)
        trusted = load_trusted_keys(trusted_path) if trusted_path.exists() else {}
    except (KioskError, ValueError, OSError) as error:
        return Check(FAIL, "keys", f"{folder}: {error}")
    mine = trusted.get(config.kiosk.id)
    if mine is None or public_key_b64(mine) != public_key_b64(key):
        return Check(FAIL, "keys", f"{trusted_path} does not hold this kiosk's public key: slips would not verify")
    if config.broker.url and not config.broker.hub_public_key:
        return Check(WARN, "keys", "slip key ok; broker.hub_public_key is empty: situation updates are refused")
    if config.broker.hub_public_key:
        from kiosk.alerts.situation_updates import load_public_keys

        try:
            hub_keys = load_public_keys(config.broker.hub_public_key)
        except KioskError as error:
            return Check(FAIL, "keys", f"broker.hub_public_key: {error}")
        return Check(OK, "keys", f"slip key ok, {len(hub_keys)} hub situation key(s)")
    return Check(OK, "keys", f"slip key {key_path} ok")


def check_trust(config: Config) -> Check:
    from kiosk.documents.trust import load_trust

    folder = config.data_dir / "trust"
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in TRUST_SUFFIXES) if folder.is_dir() else []
    if not files:
        return Check(WARN, "trust lists", f"none in {folder}: health certificates are shown as not verified "
                                          "(`poe-kiosk trust import`)")
    try:
        trust = load_trust(files)
    except (KioskError, ValueError, OSError) as error:
        return Check(FAIL, "trust lists", f"{folder}: {error}")
    return Check(OK, "trust lists", f"{len(files)} file(s): {len(trust.signers)} signer certificate(s), "
                                    f"{len(trust.jwks)} issuer key(s), {len(trust.crls)} revocation list(s)")


def check_broker(config: Config, *, login: bool = False, timeout: float = NETWORK_TIMEOUT_S) -> Check:
    from kiosk.alerts.transport import BrokerSettings

    broker = config.broker
    if not broker.url:
        return Check(WARN, "broker", "no broker.url: alerts stay queued on this kiosk")
    settings = BrokerSettings(url=broker.url, username=broker.username or None, password=broker.password or None,
                              ca_file=broker.ca_file or None, cert_file=broker.cert_file or None,
                              key_file=broker.key_file or None)
    try:
        host, port, tls = settings.endpoint()
    except KioskError as error:
        return Check(FAIL, "broker", str(error))
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            if tls:
                context = ssl.create_default_context(cafile=settings.ca_file)
                if settings.cert_file:
                    context.load_cert_chain(settings.cert_file, settings.key_file)
                with context.wrap_socket(raw, server_hostname=host) as wrapped:
                    version = wrapped.version()
    except ssl.SSLError as error:
        return Check(FAIL, "broker", f"{host}:{port}: TLS refused ({error.reason or error})")
    except OSError as error:
        return Check(FAIL, "broker", f"{host}:{port}: cannot connect ({error.strerror or error})")
    where = f"{host}:{port} reachable" + (f", {version} with the configured CA" if tls else ", without TLS")
    if not tls:
        return Check(WARN, "broker", f"{where}: the broker password crosses the network in clear")
    if not login:
        return Check(OK, "broker", f"{where} (login not tried: --login)")
    refused = _mqtt_login(settings, timeout)
    if refused:
        return Check(FAIL, "broker", f"{where}; login refused: {refused}")
    return Check(OK, "broker", f"{where}, login {settings.username or '(anonymous)'} accepted")


def _mqtt_login(settings: Any, timeout: float) -> str:
    """"" when the broker accepts the login, else the reason."""
    from kiosk.alerts.transport import make_client, reason_value

    outcome: list[str] = []
    done = threading.Event()
    client = make_client(settings, "poe-kiosk-doctor")

    def on_connect(_c: Any, _u: Any, _f: Any, reason: Any, _p: Any = None) -> None:
        outcome.append("" if reason_value(reason) == 0 else f"{reason} (0x{reason_value(reason):02x})")
        done.set()

    client.on_connect = on_connect
    host, port, _tls = settings.endpoint()
    try:
        client.connect(host, port, keepalive=10, clean_start=False)
        client.loop_start()
        if not done.wait(timeout):
            return f"no answer in {timeout:.0f} s"
        return outcome[0]
    except OSError as error:
        return error.strerror or str(error)
    finally:
        client.disconnect()
        client.loop_stop()


def check_printer(config: Config) -> Check:
    printer = config.printer
    folder = printer.fallback_folder
    if not printer.queue:
        return Check(WARN, "printer", f"no printer.queue: slips are saved as PDF in {folder}")
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return Check(FAIL, "printer", f"queue {printer.queue}: the CUPS client (lpstat) is not installed")
    try:
        run = subprocess.run([lpstat, "-p", printer.queue], capture_output=True, text=True, timeout=NETWORK_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as error:
        return Check(FAIL, "printer", f"queue {printer.queue}: lpstat failed ({error})")
    answer = " ".join((run.stdout or run.stderr).split())[:200]
    if run.returncode != 0:
        return Check(FAIL, "printer", f"queue {printer.queue}: {answer or 'unknown to CUPS'}")
    if "disabled" in answer:
        return Check(WARN, "printer", f"queue {printer.queue} is disabled: {answer}")
    return Check(OK, "printer", f"queue {printer.queue}: {answer}")
