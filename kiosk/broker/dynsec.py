"""Mosquitto's dynamic-security plugin: its first configuration file, and commands sent to a running
broker on ``$CONTROL/dynamic-security/v1`` (what ``mosquitto_ctrl dynsec`` sends).

The plugin keeps its state in one JSON file that the broker rewrites after every change; it is read
only at start. So the first file (administrator, static roles, default access) is written here before
the broker first starts, and every later login is added through the control topic while it runs.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import threading
from collections.abc import Sequence
from typing import Any

from kiosk.broker import policy
from kiosk.broker.policy import Grant
from kiosk.errors import KioskError

PBKDF2_ITERATIONS = 101
"""The plugin's own default (``mosquitto_ctrl`` and ``createClient`` use it). Every password here is 32
random bytes, not a word a person chose, so stretching it adds no strength; it would only make each
of thousands of reconnecting kiosks cost the broker more CPU."""
SALT_BYTES = 12
"""The salt length Mosquitto 2.0 reads (``struct dynsec__client.pw.salt``). 2.1's development source
still reads these ``password``/``salt``/``iterations`` fields, and writes an ``encoded_password`` of its own."""

Command = dict[str, Any]


def hash_password(password: str, salt: bytes | None = None,
                  iterations: int = PBKDF2_ITERATIONS) -> dict[str, Any]:
    """The ``password``/``salt``/``iterations`` fields of a dynamic-security client (PBKDF2-HMAC-SHA512)."""
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, iterations)
    return {"password": base64.b64encode(digest).decode(), "salt": base64.b64encode(salt).decode(),
            "iterations": iterations}


def role_json(name: str, grants: Sequence[Grant]) -> dict[str, Any]:
    return {"rolename": name, "acls": [grant.as_json() for grant in grants]}


def initial_config(admin_username: str, admin_password: str) -> dict[str, Any]:
    """The plugin's first configuration: one administrator (bound to its client id) who may use only
    the control topic, the hub's ingest role, and nothing allowed by default."""
    admin = {"username": admin_username, "clientid": admin_username, "textname": "poe-kiosk broker administrator",
             "roles": [{"rolename": policy.ADMIN_ROLE}], **hash_password(admin_password)}
    return {"defaultACLAccess": dict(policy.DEFAULT_ACCESS), "clients": [admin], "groups": [],
            "roles": [role_json(policy.ADMIN_ROLE, policy.admin_grants()),
                      role_json(policy.HUB_INGEST_ROLE, policy.hub_ingest_grants())]}


def create_role(name: str, grants: Sequence[Grant]) -> Command:
    return {"command": "createRole", **role_json(name, grants)}


def create_client(username: str, password: str, role: str, text: str) -> Command:
    """A login whose client id is bound to its username: the broker refuses any other client id for it."""
    return {"command": "createClient", "username": username, "password": password, "clientid": username,
            "textname": text, "roles": [{"rolename": role}]}


def apply(settings: Any, commands: Sequence[Command], *, timeout: float = 10.0) -> list[dict[str, Any]]:
    """Send ``commands`` to a running broker as its administrator (``settings``: a ``BrokerSettings``
    with the administrator's login) and return the plugin's responses; a refused command raises
    KioskError naming it and the plugin's reason (the commands before it have taken effect)."""
    from kiosk.alerts.transport import make_client, reason_value

    if not commands:
        return []
    responses: list[dict[str, Any]] = []
    answered = threading.Event()
    subscribed = threading.Event()
    refused: list[str] = []

    def on_connect(client: Any, userdata: Any, flags: Any, reason_code: Any, properties: Any) -> None:
        if reason_value(reason_code) >= 0x80:
            refused.append(f"the broker refused the administrator login: {reason_code}")
            answered.set()
            return
        client.subscribe(policy.DYNSEC_RESPONSE_TOPIC, qos=1)

    def on_subscribe(client: Any, userdata: Any, mid: int, reason_codes: Any, properties: Any) -> None:
        if any(reason_value(code) >= 0x80 for code in reason_codes):
            refused.append(f"the administrator may not read {policy.DYNSEC_RESPONSE_TOPIC}")
            answered.set()
        subscribed.set()

    def on_message(client: Any, userdata: Any, message: Any) -> None:
        try:
            responses.extend(json.loads(message.payload)["responses"])
        except (ValueError, KeyError, TypeError):
            refused.append("the broker's dynamic-security response is not understood")
        answered.set()

    client = make_client(settings, settings.username or "admin")
    client.on_connect, client.on_subscribe, client.on_message = on_connect, on_subscribe, on_message
    host, port, _tls = settings.endpoint()
    try:
        client.connect(host, port, keepalive=30)
    except OSError as error:
        raise KioskError(f"cannot reach the broker at {settings.url}: {error}") from None
    client.loop_start()
    try:
        if not subscribed.wait(timeout) and not refused:
            raise KioskError(f"the broker at {settings.url} did not answer within {timeout:.0f} s")
        if not refused:
            client.publish(policy.DYNSEC_TOPIC, json.dumps({"commands": list(commands)}), qos=1)
            if not answered.wait(timeout):
                raise KioskError(f"the dynamic-security plugin did not answer within {timeout:.0f} s "
                                 "(is it loaded on this broker?)")
    finally:
        client.disconnect()
        client.loop_stop()
    if refused:
        raise KioskError(refused[0])
    for response in responses:
        if response.get("error"):
            raise KioskError(f"the broker refused {response.get('command')}: {response['error']}")
    return responses
