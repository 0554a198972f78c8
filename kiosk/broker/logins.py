"""Broker logins with strong random passwords, as data: the broker's side (dynamic-security commands)
and the client's side (kiosk ``[broker]`` lines, the hub's password file, a site's bridge file).

``poe-kiosk broker add-kiosk|add-hub|add-publisher|add-site`` are thin wrappers; a provisioning tool
calls :func:`kiosk_login` and friends and applies :meth:`Login.commands` with
:func:`kiosk.broker.dynsec.apply`. Every login's client id is its username (the brokers bind them), so
no login can take over another's session.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.broker import dynsec, policy
from kiosk.broker.policy import Grant, check_country, check_identifier
from kiosk.errors import InputError, KioskError

PASSWORD_BYTES = 32
HUB_WORKERS = 4
"""Default number of worker logins of a hub ingest host (``hub ingest --workers`` up to this)."""
MAX_HUB_WORKERS = 64


def new_password() -> str:
    """32 random bytes, URL-safe base64 (43 characters: no quoting trouble in TOML or Mosquitto files)."""
    return secrets.token_urlsafe(PASSWORD_BYTES)


@dataclass(frozen=True)
class Login:
    """One broker login (for a hub ingest host: one per worker, sharing ``password``)."""

    kind: str
    """``kiosk``, ``hub``, ``publisher`` or ``site``."""
    username: str
    """The username the client configures (for a hub host, the prefix of its workers' logins)."""
    password: str = field(repr=False)
    role: str
    grants: tuple[Grant, ...]
    logins: tuple[str, ...]
    """The broker-side usernames: ``(username,)``, or ``<username>-0 … -<N-1>`` for a hub host."""
    shared_role: bool = False
    """The role exists on every broker from the start (``broker init``): it is not created again."""
    details: dict[str, str] = field(default_factory=dict)

    def commands(self) -> list[dynsec.Command]:
        """The dynamic-security commands that create this login on a broker (they carry the password)."""
        out = [] if self.shared_role else [dynsec.create_role(self.role, self.grants)]
        text = " ".join(f"{k}={v}" for k, v in self.details.items()) or self.kind
        return out + [dynsec.create_client(name, self.password, self.role, f"poe-kiosk {self.kind} {text}")
                      for name in self.logins]

    def summary(self, *, show_password: bool = False) -> dict[str, Any]:
        """What the command prints: no secret unless asked."""
        out: dict[str, Any] = {"kind": self.kind, "username": self.username, "logins": list(self.logins),
                               "role": self.role, **self.details}
        if show_password:
            out["password"] = self.password
        return out


def kiosk_login(kiosk_id: str, country: str, poe: str, *, password: str | None = None) -> Login:
    """A kiosk's login: username = client id = kiosk id, publishing only under ``country/poe/kiosk_id``."""
    grants = tuple(policy.kiosk_grants(country, poe, kiosk_id))
    return Login("kiosk", kiosk_id, password or new_password(), f"poe-kiosk-{kiosk_id}", grants, (kiosk_id,),
                 details={"kiosk_id": kiosk_id, "country": country, "poe": poe})


def hub_login(name: str, *, workers: int = HUB_WORKERS, password: str | None = None) -> Login:
    """A hub ingest host: worker ``i`` of ``poe-kiosk hub ingest --username NAME`` logs in as
    ``NAME-i`` with client id ``NAME-i`` (a durable session each, stable across restarts)."""
    check_identifier("name", name)
    if not name.startswith("hub-"):
        raise InputError("name", f"{name!r} must start with 'hub-'")
    if not 1 <= workers <= MAX_HUB_WORKERS:
        raise InputError("workers", f"{workers} is not between 1 and {MAX_HUB_WORKERS}")
    logins = tuple(f"{name}-{i}" for i in range(workers))
    return Login("hub", name, password or new_password(), policy.HUB_INGEST_ROLE,
                 tuple(policy.hub_ingest_grants()), logins, shared_role=True, details={"workers": str(workers)})


def publisher_login(country: str, *, name: str | None = None, password: str | None = None) -> Login:
    """The hub's situation publisher for one country (``poe-kiosk hub publish-situation``)."""
    check_country(country)
    name = check_identifier("name", name or f"situation-{country}")
    if not name.startswith("situation-"):
        raise InputError("name", f"{name!r} must start with 'situation-'")
    return Login("publisher", name, password or new_password(), f"poe-situation-{country}",
                 tuple(policy.situation_publisher_grants(country)), (name,), details={"country": country})


def site_login(country: str, poe: str, *, password: str | None = None) -> Login:
    """A site broker's bridge login at the national broker."""
    grants = tuple(policy.site_bridge_grants(country, poe))
    name = f"site-{poe}"
    return Login("site", name, password or new_password(), f"poe-site-{poe}", grants, (name,),
                 details={"country": country, "poe": poe})


# ---------------------------------------------------------------------------------------- client side


def kiosk_config(login: Login, url: str, ca_file: str = "") -> str:
    """The ``[broker]`` lines of the kiosk's config file (``hub_public_key`` is added by whoever
    provisions the terminal)."""
    lines = ["[broker]", f"url = {json.dumps(url)}", f"username = {json.dumps(login.username)}",
             f"password = {json.dumps(login.password)}"]
    if ca_file:
        lines.append(f"ca_file = {json.dumps(ca_file)}")
    return "\n".join(lines) + "\n"


def bridge_config(login: Login, address: str, *, ca_file: str, notifications: bool = True) -> str:
    """The site broker's bridge to the national broker (``include_dir`` file), logging in as ``login``
    (a :func:`site_login`). ``address`` is ``host:port``. ``packaging/mosquitto/bridge-national.conf.example``
    is this output for XL-LND-01 with the secret left out."""
    country, poe = login.details["country"], login.details["poe"]
    lines = [
        "# Bridge: this site broker -> the national broker (second store-and-forward tier).",
        "# Written by `poe-kiosk broker add-site`; keep it mode 0600, owned by the mosquitto user.",
        f"connection national-{poe}",
        f"address {address}",
        "bridge_protocol_version mqttv50",
        f"bridge_cafile {ca_file}",
        "bridge_insecure false",
        f"remote_username {login.username}",
        f"remote_password {login.password}",
        "# The national broker binds the client id to the login.",
        f"remote_clientid {login.username}",
        f"local_clientid bridge-{poe}",
        "cleansession false",
        f"notifications {'true' if notifications else 'false'}",
        f"notification_topic {policy.bridge_state_topic(country, poe)}",
        "restart_timeout 5 120",
        "# Alerts, reports and presence go up; acks and the situation bundle come down. QoS 1 both ways.",
        *(f"topic {line}" for line in policy.bridge_topics(country, poe)),
    ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------- files


def write_secret(path: Path, text: str) -> Path:
    """Write ``text`` to a new file readable by its owner only (0600, created so: never readable by
    others, even for a moment). An existing file is refused, not overwritten."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KioskError(f"{path} exists already; move it away first (nothing was written)") from None
    except OSError as error:
        raise KioskError(f"cannot write {path}: {error.strerror}") from None
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def commands_text(commands: Sequence[dynsec.Command]) -> str:
    return json.dumps({"commands": list(commands)}, indent=2) + "\n"


def read_commands(path: Path) -> list[dynsec.Command]:
    """The commands of a ``*.dynsec.json`` file written by ``broker add-*``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        commands = data["commands"]
    except OSError as error:
        raise KioskError(f"cannot read {path}: {error.strerror}") from None
    except (ValueError, KeyError, TypeError):
        raise KioskError(f"{path} is not a dynamic-security command file ({{\"commands\": [...]}})") from None
    if not isinstance(commands, list) or not all(isinstance(c, dict) and "command" in c for c in commands):
        raise KioskError(f"{path}: 'commands' must be a list of dynamic-security commands")
    return commands
