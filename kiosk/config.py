"""The kiosk's configuration: one TOML file in the platform's config directory.

On first run :func:`ensure_config` writes a demo file (a fictional land crossing) so the kiosk works
with no set-up; operators edit it afterwards. Every key is typed and validated here, and a problem is
reported as ``<file>: <table.key>: <what is wrong>`` (a :class:`ConfigError`, never a traceback).

The file is read with :mod:`tomllib`; the demo is written from a template string (the standard
library cannot write TOML, and the template keeps the comments that explain each key).
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from kiosk import languages as language_registry
from kiosk.errors import DataFileError, KioskError

APP_NAME = "poe-kiosk"
CONFIG_FILE_NAME = "kiosk.toml"
CONFIG_VERSION = 1
LANGUAGES = ("en", "fr", "pt", "ar")
"""The traveller languages enabled when kiosk.languages is absent; every known language is a data file
(:mod:`kiosk.languages`)."""
OFFICER_LANGUAGES = ("en", "fr", "pt", "ar")
"""Languages of the officer's screens: those with Qt catalogues (ui/i18n/kiosk_<lang>.qm)."""
SITE_KINDS = ("airport", "seaport", "ground_crossing")
MODES = ("actual", "exercise", "test")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$")
IDENTIFIER = _ID
"""Site, kiosk and login identifiers: letters, digits, '-', '_' or '.', at most 60 (safe in MQTT topics)."""
_BROKER_URL = re.compile(r"^(mqtt|mqtts|ws|wss)://[^\s/:]+(:\d{1,5})?/?$")
_CUPS_QUEUE = re.compile(r"^[^\s/#\\'\"]{1,127}$")
"""CUPS queue names: printable, no space, tab, '/', '#', backslash or quotes, at most 127 characters."""
SLIP_FORMATS = ("a6", "80mm")
DEFAULT_RETENTION_DAYS = 90
RETENTION_DAYS_RANGE = (1, 3650)

DEMO_CONFIG = """\
# poe-kiosk configuration (TOML). Written on first run with a fictional demo site; edit freely.
config_version = 1

[site]
# The point of entry this kiosk screens at. The demo matches the shipped demo referral directory
# (protocols/pathways/demo.yaml), so the slips it prints name the same crossing.
id = "DEMO-KESSA"
name = "Kessa Bridge land crossing (demo)"
kind = "ground_crossing"        # airport | seaport | ground_crossing
country = "XL"                  # two letters (XL is a fictional country)

[kiosk]
id = "DEMO-KESSA-K1"            # unique per terminal
mode = "actual"                 # actual | exercise | test
languages = ["en", "fr", "pt", "ar"]   # traveller languages offered, first is the default
officer_language = "en"         # language of the officer's screens (en | fr | pt | ar)
language_dir = ""               # more languages: <code>.yaml (+ fonts, sops/<sop>.<code>.yaml); docs/languages.md
idle_sign_out_minutes = 5       # sign the officer out after this long without a touch
data_dir = ""                   # empty: the platform's data directory

[broker]
# The site MQTT broker alerts are delivered to (see docs/ui.md and docs/alerts.md).
# Empty: no hub is configured; alerts stay queued on this kiosk (the home screen says so).
url = ""                        # e.g. "mqtts://broker.kessa.example:8883"
username = ""
password = ""
ca_file = ""
cert_file = ""
key_file = ""
hub_public_key = ""             # the hub's situation-signing key: base64 (hub keygen) or a PEM file

[printer]
queue = ""                      # CUPS queue for referral slips; empty: no printer, slips are saved as PDF
fallback_folder = ""            # PDFs land here when printing fails; empty: <data_dir>/slips
format = "a6"                   # a6 (two-sided sheet) | 80mm (thermal roll)

[referral]
directory = ""                  # referral pathway directory (YAML); empty: the shipped demo directory
site_language = ""              # main language of slips (en | fr | pt | ar); empty: the directory's

[retention]
# Personal data (names, document numbers, birth dates, phone, address, free text, slip PDFs) of
# finished screenings is removed this many days after they end; counts, the audit trail and alerts not
# yet acknowledged by the hub stay (poe-kiosk retention run, daily). Check the national law.
days = 90
"""


class ConfigError(KioskError):
    """A problem in the configuration file, naming the file and the key."""

    def __init__(self, path: Path | str, key: str, message: str) -> None:
        self.path = str(path)
        self.key = key
        super().__init__(f"{path}: {key}: {message}" if key else f"{path}: {message}")


@dataclass(frozen=True)
class SiteConfig:
    id: str
    name: str
    kind: str
    country: str


@dataclass(frozen=True)
class KioskSettings:
    id: str
    mode: str
    languages: tuple[str, ...]
    officer_language: str
    idle_sign_out_minutes: float
    data_dir: Path
    language_dir: Path | None = None
    """A site's language files (added to the shipped ones), or None."""


@dataclass(frozen=True)
class BrokerConfig:
    url: str
    username: str
    password: str
    ca_file: str
    cert_file: str
    key_file: str
    hub_public_key: str


@dataclass(frozen=True)
class PrinterConfig:
    queue: str
    """CUPS queue; empty means no printer (slips are saved in ``fallback_folder``)."""
    fallback_folder: Path
    format: str = "a6"


@dataclass(frozen=True)
class ReferralConfig:
    directory: Path | None
    """Referral pathway directory file; None: the shipped demo directory."""
    site_language: str = ""
    """Main language of slips; empty: the directory's ``site_language``."""


@dataclass(frozen=True)
class RetentionConfig:
    days: int = DEFAULT_RETENTION_DAYS
    """Days after a screening ends before its personal data is purged (``kiosk.retention``)."""


@dataclass(frozen=True)
class Config:
    path: Path
    site: SiteConfig
    kiosk: KioskSettings
    broker: BrokerConfig
    printer: PrinterConfig
    referral: ReferralConfig = ReferralConfig(None)
    retention: RetentionConfig = RetentionConfig()

    @property
    def data_dir(self) -> Path:
        return self.kiosk.data_dir

    @property
    def database_path(self) -> Path:
        return self.data_dir / "kiosk.sqlite"

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database_path}"

    @property
    def crash_dir(self) -> Path:
        return self.data_dir / "crash"

    @property
    def referral_dir(self) -> Path:
        """The kiosk's slip-signing key and the trusted keys file (``poe-kiosk verify-slip`` reads it)."""
        return self.data_dir / "referral"


def default_config_path() -> Path:
    """``$POE_KIOSK_CONFIG`` if set, else ``<platform config dir>/poe-kiosk/kiosk.toml``."""
    override = os.environ.get("POE_KIOSK_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / CONFIG_FILE_NAME


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_config(path: Path | None = None, data_dir: Path | None = None) -> tuple[Config, bool]:
    """Load the configuration, writing the demo file first if there is none. Returns (config, created)."""
    path = path or default_config_path()
    created = False
    if not path.exists():
        write_demo_config(path)
        created = True
    return load_config(path, data_dir=data_dir), created


def write_demo_config(path: Path, data_dir: Path | None = None) -> None:
    """Write the demo file; ``data_dir`` fills ``kiosk.data_dir`` (an installed terminal's /var/lib/poe-kiosk)."""
    text = DEMO_CONFIG
    if data_dir is not None:
        text = text.replace('data_dir = ""', f"data_dir = {json.dumps(str(data_dir))}", 1)
    from kiosk.private_files import private_dir, write_private

    if not path.parent.exists():
        private_dir(path.parent)
    write_private(path, text)  # atomic (a power cut never leaves half a file) and 0600: it holds the broker password


def load_config(path: Path, data_dir: Path | None = None) -> Config:
    """Read and validate ``path``; ``data_dir`` (e.g. from ``--data-dir``) overrides the file's."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ConfigError(path, "", f"cannot be read ({error.strerror or error})") from None
    if len(raw) > 256_000:
        raise ConfigError(path, "", "is larger than 256 kB; is this the right file?")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(path, "", "is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(path, "", f"is not valid TOML: {error}") from None
    return parse_config(data, path, data_dir)


def parse_config(data: Mapping[str, Any], path: Path, data_dir: Path | None = None) -> Config:
    reader = _Reader(path)
    reader.refuse_unknown(data, "", {"config_version", "site", "kiosk", "broker", "printer", "referral",
                                          "retention"})
    version = data.get("config_version", CONFIG_VERSION)
    if version != CONFIG_VERSION:
        raise ConfigError(path, "config_version", f"{version!r} is not supported (this kiosk reads {CONFIG_VERSION})")
    site = _site(reader, reader.table(data, "site"))
    kiosk = _kiosk(reader, reader.table(data, "kiosk"), data_dir)
    broker = _broker(reader, reader.table(data, "broker"))
    printer = _printer(reader, reader.table(data, "printer"), kiosk.data_dir)
    referral = _referral(reader, reader.table(data, "referral"))
    retention = _retention(reader, reader.table(data, "retention"))
    return Config(path=path, site=site, kiosk=kiosk, broker=broker, printer=printer, referral=referral,
                  retention=retention)


def _site(reader: _Reader, table: Mapping[str, Any]) -> SiteConfig:
    reader.refuse_unknown(table, "site", {"id", "name", "kind", "country"})
    site_id = reader.identifier(table, "site.id")
    name = reader.text(table, "site.name", None)
    if not name:
        raise ConfigError(reader.path, "site.name", "must not be empty")
    kind = reader.choice(table, "site.kind", SITE_KINDS, None)
    country = reader.text(table, "site.country", None)
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise ConfigError(reader.path, "site.country", f"{country!r} is not two capital letters (ISO 3166-1 alpha-2)")
    return SiteConfig(site_id, name, kind, country)


def _kiosk(reader: _Reader, table: Mapping[str, Any], data_dir: Path | None) -> KioskSettings:
    reader.refuse_unknown(
        table, "kiosk", {"id", "mode", "languages", "officer_language", "idle_sign_out_minutes", "data_dir",
                         "language_dir"}
    )
    language_dir = _language_dir(reader, table)
    languages = table.get("languages", list(LANGUAGES))
    if not isinstance(languages, list) or not languages or not all(isinstance(x, str) for x in languages):
        raise ConfigError(reader.path, "kiosk.languages", "must be a non-empty list of language codes")
    known = language_registry.codes()
    unknown = [code for code in languages if code not in known]
    if unknown:
        raise ConfigError(reader.path, "kiosk.languages",
                          f"{', '.join(unknown)} not supported (no language file; known: {', '.join(known)})")
    minutes = table.get("idle_sign_out_minutes", 5)
    if isinstance(minutes, bool) or not isinstance(minutes, int | float) or not 0.5 <= minutes <= 240:
        raise ConfigError(reader.path, "kiosk.idle_sign_out_minutes", f"{minutes!r} is not a number of minutes (0.5–240)")
    configured_dir = reader.text(table, "kiosk.data_dir", "")
    directory = data_dir or (Path(configured_dir).expanduser() if configured_dir else default_data_dir())
    return KioskSettings(
        id=reader.identifier(table, "kiosk.id", max_length=60),
        mode=reader.choice(table, "kiosk.mode", MODES, "actual"),
        languages=tuple(dict.fromkeys(languages)),
        officer_language=reader.choice(table, "kiosk.officer_language", OFFICER_LANGUAGES, "en"),
        idle_sign_out_minutes=float(minutes),
        data_dir=directory,
        language_dir=language_dir,
    )


def _language_dir(reader: _Reader, table: Mapping[str, Any]) -> Path | None:
    """``kiosk.language_dir`` (relative to the config file), made the process's site language directory."""
    configured = reader.text(table, "kiosk.language_dir", "")
    path = None
    if configured:
        path = Path(configured).expanduser()
        path = path if path.is_absolute() else reader.path.parent / path
        if not path.is_dir():
            raise ConfigError(reader.path, "kiosk.language_dir", f"{str(path)!r} is not a directory")
    try:
        language_registry.use_directories([path] if path else [])
        language_registry.registry()
    except DataFileError as error:
        raise ConfigError(reader.path, "kiosk.language_dir", "; ".join(error.problems)) from None
    return path


def _broker(reader: _Reader, table: Mapping[str, Any]) -> BrokerConfig:
    keys = ("url", "username", "password", "ca_file", "cert_file", "key_file", "hub_public_key")
    reader.refuse_unknown(table, "broker", set(keys))
    values = {key: reader.text(table, f"broker.{key}", "") for key in keys}
    if values["url"] and not _BROKER_URL.match(values["url"]):
        raise ConfigError(reader.path, "broker.url",
                          f"{values['url']!r} is not a broker URL like mqtts://host:8883")
    return BrokerConfig(**values)


def _printer(reader: _Reader, table: Mapping[str, Any], data_dir: Path) -> PrinterConfig:
    reader.refuse_unknown(table, "printer", {"queue", "fallback_folder", "format"})
    queue = reader.text(table, "printer.queue", "")
    if queue and not _CUPS_QUEUE.match(queue):
        raise ConfigError(reader.path, "printer.queue",
                          f"{queue!r} is not a CUPS queue name (no spaces, '/', '#' or quotes; at most 127)")
    folder = reader.text(table, "printer.fallback_folder", "")
    return PrinterConfig(
        queue=queue,
        fallback_folder=Path(folder).expanduser() if folder else data_dir / "slips",
        format=reader.choice(table, "printer.format", SLIP_FORMATS, "a6"),
    )


def _referral(reader: _Reader, table: Mapping[str, Any]) -> ReferralConfig:
    reader.refuse_unknown(table, "referral", {"directory", "site_language"})
    directory = reader.text(table, "referral.directory", "")
    path = None
    if directory:
        path = Path(directory).expanduser()
        if not path.is_absolute():
            path = reader.path.parent / path  # relative to the config file, like every other tool
        if not path.is_file():
            raise ConfigError(reader.path, "referral.directory", f"{str(path)!r} is not a file")
    language = reader.text(table, "referral.site_language", "")
    if language and not language_registry.known(language):
        raise ConfigError(reader.path, "referral.site_language",
                          f"{language!r} is not one of {', '.join(language_registry.codes())} (or empty for the "
                          "directory's)")
    return ReferralConfig(path, language)


def _retention(reader: _Reader, table: Mapping[str, Any]) -> RetentionConfig:
    reader.refuse_unknown(table, "retention", {"days"})
    days = table.get("days", DEFAULT_RETENTION_DAYS)
    low, high = RETENTION_DAYS_RANGE
    if isinstance(days, bool) or not isinstance(days, int) or not low <= days <= high:
        raise ConfigError(reader.path, "retention.days", f"{days!r} is not a whole number of days ({low}–{high})")
    return RetentionConfig(days)


class _Reader:
    """Typed access to the parsed TOML, raising ConfigError with the dotted key."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def table(self, data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, Mapping):
            raise ConfigError(self.path, key, f"must be a table ([{key}]), not {type(value).__name__}")
        return value

    def refuse_unknown(self, table: Mapping[str, Any], prefix: str, known: set[str]) -> None:
        for key in table:
            if key not in known:
                where = f"{prefix}.{key}" if prefix else key
                raise ConfigError(self.path, where, f"unknown key (known: {', '.join(sorted(known))})")

    def text(self, table: Mapping[str, Any], dotted: str, default: str | None) -> str:
        key = dotted.rpartition(".")[2]
        if key not in table:
            if default is None:
                raise ConfigError(self.path, dotted, "is required")
            return default
        value = table[key]
        if not isinstance(value, str):
            raise ConfigError(self.path, dotted, f"must be text in quotes, not {type(value).__name__}")
        if len(value) > 500 or any(ord(ch) < 32 for ch in value):
            raise ConfigError(self.path, dotted, "must be one line of at most 500 characters")
        return value.strip()

    def identifier(self, table: Mapping[str, Any], dotted: str, max_length: int = 40) -> str:
        value = self.text(table, dotted, None)
        if not _ID.match(value) or len(value) > max_length:
            raise ConfigError(self.path, dotted,
                              f"{value!r} must be letters, digits, '-', '_' or '.' (at most {max_length})")
        return value

    def choice(self, table: Mapping[str, Any], dotted: str, options: tuple[str, ...], default: str | None) -> str:
        value = self.text(table, dotted, default)
        if value not in options:
            raise ConfigError(self.path, dotted, f"{value!r} is not one of {', '.join(options)}")
        return value
