"""Provision one terminal from a site file: configuration, signing key, database, broker login, registry line.

Everything is checked before a file is written: the site file (schema), the kiosk id (the broker's
login rules), the CA certificate, the referral directory, the hub's key, and the configuration that
results (parsed as the kiosk will parse it). Then, in order:

1. the kiosk it replaces, if any, is moved to ``<data_dir>/replaced-<time>/`` (never deleted; the same
   as ``restore --force``): only the untouched demo of a fresh install is replaced without ``force``;
2. ``kiosk.toml`` (0600; its folder 0700 when made here) with a new random broker password, the CA and
   the referral directory copied beside it;
3. the slip-signing key and the trusted keys file in ``<data_dir>/referral`` (0600, the folder 0700);
4. an empty database at this version's schema (the first start asks for the first administrator);
5. in ``out``: ``<kiosk>.dynsec.json`` (0600, the broker's ``createRole``/``createClient`` commands: the
   login and its ACL, with the password) and ``<kiosk>.public-key.pem`` (for ``hub enrol``).

The summary (:meth:`Provisioned.to_json`) carries no secret.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shlex
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.broker.logins import Login
from kiosk.config import (
    DEMO_CONFIG,
    LANGUAGES,
    Config,
    ConfigError,
    default_data_dir,
    load_config,
    parse_config,
)
from kiosk.errors import KioskError
from kiosk.provisioning.site_file import SiteFile, load_site

CA_FILE = "broker-ca.pem"
REFERRAL_FILE = "referral-directory.yaml"
_DEMO = tomllib.loads(DEMO_CONFIG)
DEMO_IDS = (_DEMO["site"]["id"], _DEMO["kiosk"]["id"])
"""(site id, kiosk id) of the demo configuration a fresh install writes: replaced without ``--force``."""


_OPTIONS = {"kiosk.id": "--kiosk-id", "broker.url": "--broker"}
"""Configuration keys that come from the command line, not the site file (named so in a refusal)."""


class ProvisioningRefused(KioskError):
    """Provisioning would replace a kiosk, or its inputs are wrong; nothing was written."""


@dataclass(frozen=True)
class Request:
    site_file: Path
    kiosk_id: str
    broker_url: str
    config_path: Path
    out: Path
    ca_file: Path | None = None
    data_dir: Path | None = None
    force: bool = False


@dataclass(frozen=True)
class Provisioned:
    config: Config
    login: Login = field(repr=False)
    public_key: str
    public_key_file: Path
    dynsec_file: Path
    replaced: Path | None
    warnings: list[str]

    def to_json(self) -> dict[str, Any]:
        site, kiosk = self.config.site, self.config.kiosk
        enrol = ["poe-kiosk", "hub", "enrol", kiosk.id, "--country", site.country, "--poe", site.id,
                 "--public-key", str(self.public_key_file)]
        apply = ["poe-kiosk", "broker", "apply", str(self.dynsec_file), "--broker", "mqtt://127.0.0.1:1883",
                 "--admin-password-file", "admin.password"]
        return {
            "kiosk_id": kiosk.id, "site_id": site.id, "country": site.country,
            "config_file": str(self.config.path), "data_dir": str(self.config.data_dir),
            "database": str(self.config.database_path),
            "public_key": self.public_key, "public_key_file": str(self.public_key_file),
            "broker": {"url": self.config.broker.url, "ca_file": self.config.broker.ca_file or None,
                       **self.login.summary(), "acl": [grant.as_json() for grant in self.login.grants],
                       "dynamic_security_file": str(self.dynsec_file), "apply": shlex.join(apply)},
            "hub": {"enrol": shlex.join(enrol)},
            "replaced_moved_to": str(self.replaced) if self.replaced else None,
            "warnings": self.warnings,
        }


def provision(request: Request, *, now: dt.datetime) -> Provisioned:
    """Provision the terminal (see the module docstring); ProvisioningRefused before any write."""
    from kiosk.broker import logins

    site = load_site(request.site_file)
    login = logins.kiosk_login(request.kiosk_id, site.country, site.site_id)
    existing, data_dir = _existing_kiosk(request)
    ca = _read_ca(request.ca_file) if request.ca_file else None
    referral, warnings = _read_referral(site)
    _check_hub_key(site)
    _check_config(config_text(site, request, login, data_dir, ca_file=request.ca_file,
                              referral=site.referral_directory), request, site)
    config_dir = request.config_path.parent  # the kiosk reads the copies made beside its configuration:
    text = config_text(site, request, login, data_dir, ca_file=config_dir / CA_FILE if ca else None,
                       referral=config_dir / REFERRAL_FILE if referral else None)
    dynsec_file, key_file = _out_files(request.out, login.username)

    replaced = _replace(existing, data_dir, request.config_path, now)
    _write_config(request.config_path, text, ca, referral)
    config = load_config(request.config_path)
    key = _write_key(config)
    _write_database(config)
    public_key = _write_out_files(login, key, dynsec_file, key_file)
    return Provisioned(config, login, public_key, key_file, dynsec_file, replaced, warnings)


# ------------------------------------------------------------------------------------------ checks


def _existing_kiosk(request: Request) -> tuple[bool, Path]:
    """Whether there is a kiosk to move aside, and the data directory to provision; refuses to replace
    anything but the demo of a fresh install unless ``force``."""
    from kiosk.store.integrity import is_provisioned

    path = request.config_path
    current: Config | None = None
    if path.exists():
        try:
            current = load_config(path)
        except ConfigError as error:
            if not request.force:
                raise ProvisioningRefused(f"{path} exists but is not a kiosk configuration ({error}); "
                                          "add --force to replace it (it is moved aside)") from None
    data_dir = request.data_dir or (current.data_dir if current else default_data_dir())
    if current is not None and (current.site.id, current.kiosk.id) != DEMO_IDS and not request.force:
        raise ProvisioningRefused(
            f"this terminal is already kiosk {current.kiosk.id} of {current.site.id} ({path}); add --force to "
            f"provision it again (its database, keys and configuration are moved to {data_dir}/replaced-<time>/)")
    has_data = is_provisioned(data_dir) or (data_dir / "kiosk.sqlite").exists()
    if current is None and has_data and not request.force:
        raise ProvisioningRefused(f"{data_dir} holds a kiosk's database or key but {path} is missing; "
                                  "add --force to provision anew (they are moved aside)")
    return path.exists() or has_data, data_dir


def _read_ca(path: Path) -> bytes:
    from cryptography import x509

    try:
        pem = path.read_bytes()
    except OSError as error:
        raise ProvisioningRefused(f"--ca {path}: cannot be read ({error.strerror})") from None
    try:
        certificates = x509.load_pem_x509_certificates(pem)
    except ValueError:
        raise ProvisioningRefused(f"--ca {path}: not a PEM certificate (-----BEGIN CERTIFICATE-----)") from None
    if not certificates:
        raise ProvisioningRefused(f"--ca {path}: no certificate in it")
    return pem


def _read_referral(site: SiteFile) -> tuple[bytes | None, list[str]]:
    """The referral directory the site file names, checked as the kiosk will load it; and warnings."""
    from kiosk.referral.directory import load_directory

    path = site.referral_directory
    if path is None:
        return None, ["no referral.directory in the site file: slips name the shipped demo crossing"]
    directory = load_directory(path)  # DataFileError names every problem with its line
    if directory.point_of_entry.id != site.site_id:
        return path.read_bytes(), [f"the referral directory is for {directory.point_of_entry.id}, not {site.site_id}"]
    return path.read_bytes(), []


def _check_config(text: str, request: Request, site: SiteFile) -> Config:
    """The configuration as the kiosk will read it; a bad value names the site file's key."""
    try:
        return parse_config(tomllib.loads(text), request.config_path)
    except ConfigError as error:
        reason = str(error).removeprefix(f"{error.path}: {error.key}: ")
        where = _OPTIONS.get(error.key) or f"{site.path}: {error.key}"
        raise ProvisioningRefused(f"{where}: {reason}") from None
    except tomllib.TOMLDecodeError as error:  # a value the template could not quote: a bug
        raise KioskError(f"internal error: the configuration written would not be TOML ({error})") from None


def _out_files(out: Path, username: str) -> tuple[Path, Path]:
    if not out.is_dir():
        raise ProvisioningRefused(f"--out {out} is not a folder")
    if not os.access(out, os.W_OK):
        raise ProvisioningRefused(f"--out {out}: not writable")
    out = out.absolute()
    files = out / f"{username}.dynsec.json", out / f"{username}.public-key.pem"
    for path in files:
        if path.exists():
            raise ProvisioningRefused(f"{path} exists already; move it away first (nothing was written)")
    return files


def _check_hub_key(site: SiteFile) -> None:
    from kiosk.alerts.situation_updates import load_public_keys

    value = str(site.table("broker").get("hub_public_key", ""))
    if not value:
        return
    try:
        load_public_keys(value)
    except KioskError as error:
        raise ProvisioningRefused(f"{site.path}: broker.hub_public_key: {error}") from None


# ------------------------------------------------------------------------------------------ the configuration


def _toml(value: Any) -> str:
    """A TOML value: JSON's strings, numbers and lists are TOML's, given no ASCII escapes (TOML refuses
    escaped surrogate pairs) and DEL escaped (JSON leaves it bare, TOML refuses it bare)."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def config_text(site: SiteFile, request: Request, login: Login, data_dir: Path, *,
                ca_file: Path | None, referral: Path | None) -> str:
    """``kiosk.toml`` for this terminal (the keys are those of ``kiosk.config``; docs/ui.md explains them)."""
    s, k, b = site.table("site"), site.table("kiosk"), site.table("broker")
    p, r, t = site.table("printer"), site.table("referral"), site.table("retention")
    hub_key = str(b.get("hub_public_key", ""))
    languages = k.get("languages", list(LANGUAGES))
    lines = [
        f"# poe-kiosk configuration of kiosk {request.kiosk_id}, written by `poe-kiosk provision` from",
        f"# {request.site_file.name}. Keys: docs/ui.md. Mode 0600: it holds the broker password.",
        "config_version = 1",
        "",
        "[site]",
        f"id = {_toml(s['id'])}",
        f"name = {_toml(s['name'])}",
        f"kind = {_toml(s['kind'])}",
        f"country = {_toml(s['country'])}",
        "",
        "[kiosk]",
        f"id = {_toml(request.kiosk_id)}",
        f"mode = {_toml(k.get('mode', 'actual'))}",
        f"languages = {_toml(languages)}",
        f"officer_language = {_toml(k.get('officer_language', 'en'))}",
        f"idle_sign_out_minutes = {_toml(k.get('idle_sign_out_minutes', 5))}",
        f"data_dir = {_toml(str(data_dir))}",
        "",
        "[broker]",
        f"url = {_toml(request.broker_url)}",
        f"username = {_toml(login.username)}",
        f"password = {_toml(login.password)}",
        f"ca_file = {_toml(str(ca_file) if ca_file else '')}",
        f"hub_public_key = {_toml(hub_key)}",
        "",
        "[printer]",
        f"queue = {_toml(p.get('queue', ''))}",
        f"format = {_toml(p.get('format', 'a6'))}",
        "",
        "[referral]",
        f"directory = {_toml(str(referral) if referral else '')}",
        f"site_language = {_toml(r.get('site_language', ''))}",
        "",
        "[retention]",
        f"days = {_toml(t.get('days', 90))}",
    ]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------ writing


def _replace(existing: bool, data_dir: Path, config_path: Path, now: dt.datetime) -> Path | None:
    from kiosk.backup import move_aside
    from kiosk.private_files import private_dir

    if not existing:
        return None
    private_dir(data_dir)
    return move_aside(data_dir, config_path, now)


def _write_config(path: Path, text: str, ca: bytes | None, referral: bytes | None) -> None:
    from kiosk.private_files import private_dir, write_private

    if not path.parent.exists():
        private_dir(path.parent)
    if ca is not None:
        write_private(path.parent / CA_FILE, ca)
    if referral is not None:
        write_private(path.parent / REFERRAL_FILE, referral)
    write_private(path, text)


def _write_key(config: Config) -> Any:
    from kiosk.private_files import private_dir
    from kiosk.referral.qr import ensure_kiosk_key

    private_dir(config.data_dir)
    return ensure_kiosk_key(config.referral_dir, config.kiosk.id)


def _write_database(config: Config) -> None:
    from kiosk.store.upgrade import migrate_database

    migrate_database(config.database_path)


def _write_out_files(login: Login, key: Any, dynsec_file: Path, key_file: Path) -> str:
    from cryptography.hazmat.primitives import serialization

    from kiosk.broker import logins
    from kiosk.referral.qr import public_key_b64

    logins.write_secret(dynsec_file, logins.commands_text(login.commands()))
    pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    logins.write_secret(key_file, pem.decode("ascii"))
    os.chmod(key_file, 0o644)  # a public key: the technician copies it to the hub
    return public_key_b64(key)
