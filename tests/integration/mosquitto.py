"""A real Mosquitto for tests, started from the shipped configuration: killable and restartable.

The broker runs ``packaging/mosquitto/site.conf`` or ``national.conf`` as shipped, with only what must
differ on a test machine substituted (:data:`SUBSTITUTED`): the two listeners' ports (both on
loopback), the TLS certificate files (a CA and a server certificate for 127.0.0.1 made here with
``cryptography``), the dynamic-security file (written by the product's own ``initial_config``), the
persistence, pid and log paths, the bridge folder, and ``user root`` when the tests run as root (the
Debian service drops to ``mosquitto``, which cannot read a test's folder). Everything else (the
dynamic-security plugin, ``use_username_as_clientid``, ``max_packet_size``, the in-flight and queue
settings, ``autosave_interval``) is what a site or the national server runs.

Logins are created the way a deployment creates them: :mod:`kiosk.broker.logins` builds them and
:func:`kiosk.broker.dynsec.apply` sends them to the running broker as its administrator, over the
loopback listener. :meth:`Mosquitto.kiosk`, :meth:`Mosquitto.hub` and :meth:`Mosquitto.publisher` give
ready ``BrokerSettings`` (TLS listener, login, CA); a login asked for while the broker is down is
created when it starts.

Never the shared broker on 1883. ``kill()`` is SIGKILL (nothing saved after the last autosave),
``stop()`` is SIGTERM (persistence written); ``start()`` again on the same ports and data.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import paho.mqtt.client as mqtt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

from kiosk.alerts.transport import BrokerSettings, reason_value
from kiosk.broker import dynsec, logins
from kiosk.broker.logins import Login

MOSQUITTO = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
REPO = Path(__file__).parents[2]
SHIPPED = REPO / "packaging" / "mosquitto"
TLS_PORT, LOCAL_PORT = "8883", "1883"
"""The shipped listeners: TLS for kiosks, bridges and the hub; loopback for the administrator."""
SUBSTITUTED = ("pid_file", "listener", "cafile", "certfile", "keyfile", "plugin_opt_config_file",
               "persistence_location", "log_dest", "include_dir")
"""The only directives whose values a test changes (each must be in the shipped file, but for
:data:`OPTIONAL`: only the site broker includes bridge files)."""
OPTIONAL = {"include_dir"}
ADMIN = "admin"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_port(port: int, timeout: float, *, open_: bool = True) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                if open_:
                    return True
        except OSError:
            if not open_:
                return True
        time.sleep(0.02)
    return False


# ------------------------------------------------------------------------------------ certificates


@dataclass(frozen=True)
class Certificates:
    ca: Path
    cert: Path
    key: Path

    @classmethod
    def create(cls, directory: Path) -> Certificates:
        """A private CA and a server certificate it signed for 127.0.0.1 and localhost (EC P-256)."""
        directory.mkdir(parents=True, exist_ok=True)
        now = dt.datetime.now(dt.UTC)
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "poe-kiosk test CA")])
        ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
              .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=2))
              .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
              .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                           content_commitment=False, key_encipherment=False,
                                           data_encipherment=False, key_agreement=False, encipher_only=False,
                                           decipher_only=False), critical=True)
              .sign(ca_key, hashes.SHA256()))
        key = ec.generate_private_key(ec.SECP256R1())
        names = [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
        cert = (x509.CertificateBuilder()
                .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
                .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=2))
                .add_extension(x509.SubjectAlternativeName(names), critical=False)
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .sign(ca_key, hashes.SHA256()))
        out = cls(directory / "ca.crt", directory / "broker.crt", directory / "broker.key")
        out.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
        out.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        out.key.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption()))
        out.key.chmod(0o600)
        return out


# ------------------------------------------------------------------------------------ configuration


def render(shipped: Path, values: dict[str, str], *, ports: dict[str, int], run_as_root: bool) -> str:
    """The shipped file with the values of :data:`SUBSTITUTED` directives replaced; every other line
    as shipped. A directive missing from the shipped file is an error (the fixture must follow it)."""
    seen: set[str] = set()
    out = ["user root"] if run_as_root else []
    for line in shipped.read_text().splitlines():
        words = line.split()
        key = words[0] if words and not line.startswith("#") else ""
        if key == "listener":
            out.append(f"listener {ports[words[1]]} 127.0.0.1")
        elif key == "log_dest" and words[1:] == ["syslog"]:
            out.append(f"log_dest file {values['log_dest']}")
        elif key in SUBSTITUTED:
            out.append(f"{key} {values[key]}")
        else:
            out.append(line)
            continue
        seen.add(key)
    missing = set(SUBSTITUTED) - OPTIONAL - seen
    if missing:
        raise AssertionError(f"{shipped.name} no longer has {sorted(missing)}: update tests/integration/mosquitto.py")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------------------ the broker


class Mosquitto:
    """One broker from ``packaging/mosquitto/<config>.conf`` in ``directory`` (``config``: site or national)."""

    by_url: ClassVar[dict[str, Mosquitto]] = {}
    """Every broker made in this test run, by :attr:`url` (fixtures given only a URL find the broker)."""

    def __init__(self, directory: Path, *, config: str = "national") -> None:
        self.dir = directory
        self.dir.mkdir(parents=True, exist_ok=True)
        (self.dir / "data").mkdir(exist_ok=True)
        (self.dir / "bridges").mkdir(exist_ok=True)
        self.shipped = SHIPPED / f"{config}.conf"
        self.port = free_port()
        self.local_port = free_port()
        self.certificates = Certificates.create(self.dir / "tls")
        self.process: subprocess.Popen[bytes] | None = None
        self._admin_password = logins.new_password()
        self._logins: dict[str, Login] = {}
        self._created: set[str] = set()  # dynamic-security roles and clients that exist on the broker
        self._pending: list[Login] = []
        self._lock = threading.Lock()
        dynsec_file = self.dir / "dynamic-security.json"
        dynsec_file.write_text(json.dumps(dynsec.initial_config(ADMIN, self._admin_password), indent=2))
        values = {"pid_file": str(self.dir / "mosquitto.pid"), "cafile": str(self.certificates.ca),
                  "certfile": str(self.certificates.cert), "keyfile": str(self.certificates.key),
                  "plugin_opt_config_file": str(dynsec_file), "persistence_location": f"{self.dir / 'data'}/",
                  "log_dest": str(self.dir / "mosquitto.log"), "include_dir": str(self.dir / "bridges")}
        self.config = self.dir / "mosquitto.conf"
        self.config.write_text(render(self.shipped, values, ports={TLS_PORT: self.port, LOCAL_PORT: self.local_port},
                                      run_as_root=os.geteuid() == 0))
        Mosquitto.by_url[self.url] = self

    # ------------------------------------------------------------------------ addresses and logins

    @property
    def url(self) -> str:
        """The TLS listener (kiosks, bridges and the hub connect here)."""
        return f"mqtts://127.0.0.1:{self.port}"

    @property
    def ca_file(self) -> str:
        return str(self.certificates.ca)

    def admin_settings(self) -> BrokerSettings:
        """The administrator on the loopback listener, as ``poe-kiosk broker apply`` connects."""
        return BrokerSettings(url=f"mqtt://127.0.0.1:{self.local_port}", username=ADMIN,
                              password=self._admin_password)

    @property
    def admin_password(self) -> str:
        return self._admin_password

    def settings(self, login: Login) -> BrokerSettings:
        return BrokerSettings(url=self.url, username=login.username, password=login.password, ca_file=self.ca_file)

    def provision(self, login: Login) -> Login:
        """Create ``login`` on the broker now (or when it starts) through the dynamic-security plugin."""
        with self._lock:
            self._logins[login.username] = login
            self._pending.append(login)
        if self.running():
            self._apply_pending()
        return login

    def kiosk(self, kiosk_id: str = "XL-LND-01-K1", country: str = "XL", poe: str = "XL-LND-01") -> BrokerSettings:
        """The kiosk's login (created once; the same password on later calls)."""
        login = self._logins.get(kiosk_id) or self.provision(logins.kiosk_login(kiosk_id, country, poe))
        assert login.details == {"kiosk_id": kiosk_id, "country": country, "poe": poe}, login.details
        return self.settings(login)

    def kiosk_logins(self) -> list[tuple[str, str, str]]:
        """``(kiosk_id, country, poe)`` of every kiosk login made on this broker (what a hub enrols)."""
        return [(login.details["kiosk_id"], login.details["country"], login.details["poe"])
                for login in self._logins.values() if login.kind == "kiosk"]

    def hub(self, name: str | None = None, workers: int = 2) -> BrokerSettings:
        """A hub ingest host's login (``username`` = the workers' prefix), with at least ``workers`` workers."""
        name = name or f"hub-{uuid.uuid4().hex[:8]}"
        known = self._logins.get(name)
        if known is None or len(known.logins) < workers:
            password = known.password if known else None
            known = self.provision(logins.hub_login(name, workers=workers, password=password))
        return self.settings(known)

    def publisher(self, country: str = "XL") -> BrokerSettings:
        name = f"situation-{country}"
        login = self._logins.get(name) or self.provision(logins.publisher_login(country))
        return self.settings(login)

    def site(self, country: str = "XL", poe: str = "XL-LND-01") -> Login:
        """A site bridge's login at this (national) broker."""
        name = f"site-{poe}"
        return self._logins.get(name) or self.provision(logins.site_login(country, poe))

    def add_bridge(self, text: str, name: str = "national.conf") -> Path:
        """A bridge file in the shipped ``include_dir`` (read at start)."""
        path = self.dir / "bridges" / name
        path.write_text(text)
        path.chmod(0o600)
        return path

    def _apply_pending(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, []
            commands = []
            for login in pending:
                for command in login.commands():
                    key = f"{command['command']}:{command.get('rolename') or command.get('username')}"
                    if key not in self._created:
                        self._created.add(key)
                        commands.append(command)
        dynsec.apply(self.admin_settings(), commands)

    # ------------------------------------------------------------------------ process

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, timeout: float = 10.0) -> None:
        assert not self.running(), "already running"
        self.process = subprocess.Popen([MOSQUITTO, "-c", str(self.config)], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        if not (wait_port(self.port, timeout) and wait_port(self.local_port, timeout)):
            self.process.kill()
            raise RuntimeError(f"mosquitto did not start: {self.log()}")
        self._apply_pending()

    def _end(self, sig: int, timeout: float = 10.0) -> None:
        if not self.running():
            return
        assert self.process is not None
        self.process.send_signal(sig)
        self.process.wait(timeout)
        wait_port(self.port, timeout, open_=False)

    def stop(self) -> None:
        """SIGTERM: the broker writes its persistence file and exits."""
        self._end(signal.SIGTERM)

    def kill(self) -> None:
        """SIGKILL: a crash; only what the last autosave wrote survives."""
        self._end(signal.SIGKILL)

    def restart(self, *, crash: bool = False) -> None:
        (self.kill if crash else self.stop)()
        self.start()

    def log(self, since: int | None = None) -> str:
        """The broker's log from byte ``since`` (a :meth:`log_size` taken earlier), else its last 6,000 bytes."""
        path = self.dir / "mosquitto.log"
        if not path.exists():
            return ""
        data = path.read_bytes()
        return (data[since:] if since is not None else data[-6000:]).decode(errors="replace")

    def log_size(self) -> int:
        path = self.dir / "mosquitto.log"
        return path.stat().st_size if path.exists() else 0

    def connections(self, client_id: str, since: int) -> int:
        """How many times a client connected with this (final) client id since ``since``."""
        return self.log(since).count(f" as {client_id} (")

    def peak_memory_kb(self) -> int:
        """The broker process's peak resident memory (VmHWM)."""
        assert self.process is not None
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        return int(status.split("VmHWM:")[1].split()[0])


def broker_for(url: str) -> Mosquitto | None:
    return Mosquitto.by_url.get(url)


# ------------------------------------------------------------------------------------ a raw client


class Probe:
    """A bare paho MQTT v5 client with any client id: what an attacker holding one login runs.

    It records its CONNACK, SUBACK and PUBACK reason codes, messages and disconnections; every wait
    has a deadline.
    """

    def __init__(self, settings: BrokerSettings, client_id: str | None = None) -> None:
        self.client_id = client_id or settings.username or f"probe-{uuid.uuid4().hex[:8]}"
        self.client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=self.client_id,
                                  protocol=MQTTProtocolVersion.MQTTv5)
        if settings.username:
            self.client.username_pw_set(settings.username, settings.password)
        host, self.port, tls = settings.endpoint()
        self.host = host
        if tls:
            self.client.tls_set(ca_certs=settings.ca_file)
        self.connack: int | None = None
        self.connack_properties: Any = None
        self.disconnects: list[int] = []
        self.messages: list[mqtt.MQTTMessage] = []
        self._subacks: dict[int, list[int]] = {}
        self._pubacks: dict[int, int] = {}
        self._changed = threading.Condition()
        self.client.on_connect = self._on_connect
        self.client.on_disconnect = self._on_disconnect
        self.client.on_subscribe = self._on_subscribe
        self.client.on_publish = self._on_publish
        self.client.on_message = self._on_message

    def _note(self) -> None:
        with self._changed:
            self._changed.notify_all()

    def _on_connect(self, client: Any, userdata: Any, flags: Any, reason_code: Any, properties: Any) -> None:
        self.connack, self.connack_properties = reason_value(reason_code), properties
        self._note()

    def _on_disconnect(self, client: Any, userdata: Any, flags: Any, reason_code: Any, properties: Any) -> None:
        self.disconnects.append(reason_value(reason_code))
        self._note()

    def _on_subscribe(self, client: Any, userdata: Any, mid: int, reason_codes: Any, properties: Any) -> None:
        self._subacks[mid] = [reason_value(code) for code in reason_codes]
        self._note()

    def _on_publish(self, client: Any, userdata: Any, mid: int, reason_code: Any, properties: Any) -> None:
        self._pubacks[mid] = reason_value(reason_code)
        self._note()

    def _on_message(self, client: Any, userdata: Any, message: mqtt.MQTTMessage) -> None:
        self.messages.append(message)
        self._note()

    def wait(self, condition: Any, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not condition():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._changed.wait(min(remaining, 0.2))
        return True

    def connect(self, timeout: float = 10.0) -> int:
        """Connect once (no automatic reconnection) and return the CONNACK reason code."""
        self.client.reconnect_delay_set(60, 60)
        self.client.connect(self.host, self.port, keepalive=30, clean_start=True)
        self.client.loop_start()
        assert self.wait(lambda: self.connack is not None or self.disconnects, timeout), "no CONNACK"
        return self.connack if self.connack is not None else -1

    def subscribe(self, topic: str, timeout: float = 10.0) -> int:
        """SUBSCRIBE at QoS 1; the SUBACK reason code (1 = granted QoS 1, 0x87 = not authorised)."""
        _rc, mid = self.client.subscribe(topic, qos=1)
        assert self.wait(lambda: mid in self._subacks, timeout), f"no SUBACK for {topic}"
        return self._subacks[mid][0]

    def publish(self, topic: str, payload: bytes, *, retain: bool = False, timeout: float = 10.0,
                user_properties: Mapping[str, str] | None = None) -> int | None:
        """PUBLISH at QoS 1 (with MQTT v5 ``user_properties`` if given); the PUBACK reason code, or None when
        the broker dropped the link instead."""
        properties = None
        if user_properties:
            properties = Properties(PacketTypes.PUBLISH)
            properties.UserProperty = list(user_properties.items())
        info = self.client.publish(topic, payload, qos=1, retain=retain, properties=properties)
        gone = len(self.disconnects)
        self.wait(lambda: info.mid in self._pubacks or len(self.disconnects) > gone, timeout)
        return self._pubacks.get(info.mid)

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


@contextmanager
def probe(settings: BrokerSettings, client_id: str | None = None) -> Iterator[Probe]:
    """A connected :class:`Probe` (its CONNACK must be a success), closed at the end."""
    client = Probe(settings, client_id)
    code = client.connect()
    assert code == 0, f"{client.client_id} refused: 0x{code:02X}"
    try:
        yield client
    finally:
        client.close()
