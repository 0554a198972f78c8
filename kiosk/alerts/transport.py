"""The kiosk's MQTT v5 publisher: drains the outbox to the broker and tracks the hub's acknowledgements.

Threads: paho's network loop (``loop_start``) and one worker thread of ours. Paho callbacks only put
events on a queue and return: no database, no locks, no publishing there (TECH-NOTES §4.2). The worker
applies events to the database in batches, publishes the oldest queued rows with at most
``max_in_flight`` un-acknowledged, and keeps a :class:`DeliveryStatus` snapshot for the window.

Delivery is at-least-once end to end: a row is re-sent until the broker takes it for a subscriber
(PUBACK < 0x80 and not 0x10 "no matching subscribers"), again right after every (re)connect while
the hub's CAP Ack is missing (the broker may have lost it in a crash), and again when the Ack has
not come ``resend_after`` seconds later. The hub de-duplicates.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import queue
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import unquote, urlsplit

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion, MQTTErrorCode, MQTTProtocolVersion
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties
from sqlalchemy import func, select, update

from kiosk.alerts import outbox
from kiosk.alerts.cap import CapError, parse_cap
from kiosk.clock import Clock, SystemClock
from kiosk.errors import KioskError
from kiosk.store import Store
from kiosk.store import models as m

log = logging.getLogger(__name__)

REFUSED = 0x80
"""PUBACK reason codes at or above this are permanent refusals."""
NO_SUBSCRIBERS = 0x10
"""PUBACK 'no matching subscribers': the broker took the alert and dropped it, as nobody subscribes to
it. The hub's ingest subscription is durable, so this means the broker lost (or never had) it, e.g.
after a crash before its autosave: the alert is still only on this kiosk."""
NOBODY_SUBSCRIBES = ("the broker has no subscriber for alerts (the hub is not connected to it): they wait on "
                     "this kiosk")
PROBE_DELAY = (0.5, 5.0)
"""While nobody subscribes to the alerts: one alert at a time is published, first after this many
seconds, then twice as long each time up to the maximum, until one is taken by a subscriber."""
FLUSH_INTERVAL = 0.02
"""Seconds between two writes of delivery outcomes (PUBACKs, hub Acks) while they keep coming."""
SENT_HOLD = 0.1
"""Seconds a PUBACKed row's ``sent`` write is held back: the hub's Ack usually comes within it, and
the row is then written once, straight to ``acked`` (a ~2 KB row rewrite saved per alert). Only a
crash inside the hold loses the ``sent`` mark, which just means a re-send the hub ignores."""
FLUSH_INTERVAL_BUSY = 0.05
"""...and every this many seconds while they come by the dozen (a backlog): one fsync'd commit per
write, so fewer, larger writes; a lone alert is still written at once."""
BUSY_WRITE = 50
"""A write of at least this many outcomes counts as busy (longer interval, counts refreshed less often)."""
COUNT_INTERVAL_BUSY = 0.05
"""While busy, the outbox is counted by status at most this often (it scanned every queued row)."""
FLUSH_EVENTS = 500
"""...or as soon as this many outcomes have gathered."""
RECOUNT_INTERVAL = 10.0
"""Seconds between full counts of the outbox by status; in between, ``acked`` is kept from the row
counts of the UPDATEs that set it (the acked rows are all of history: scanning them on every write of
outcomes was a sixth of the publisher's time with 10,000 rows)."""
MAX_STATUS_WARNING = 200
"""Characters of the situation warning carried in the retained status (the hub shows it)."""
READ_AHEAD = 500
"""Queued rows read into memory at a time (at least twice the in-flight window)."""
_SETTLED = ("acked", "dead")
"""``status NOT IN _SETTLED`` (= queued or sent) rather than ``IN ('queued', 'sent')``: with hundreds of
ids SQLite otherwise picks the (status, created_at) index and scans every queued row per statement
(measured: 40 ms per UPDATE with 10,000 queued rows, instead of the primary key's ~0.1 ms per row)."""


# ---------------------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class BrokerSettings:
    """How to reach the broker; the ``[broker]`` table of the kiosk config has the same keys.

    ``url`` is ``mqtt://host[:1883]`` or ``mqtts://host[:8883]`` (TLS; ``ca_file`` for a private CA,
    ``cert_file``/``key_file`` for a client certificate).
    """

    url: str = "mqtt://127.0.0.1:1883"
    username: str | None = None
    password: str | None = None
    ca_file: str | None = None
    cert_file: str | None = None
    key_file: str | None = None
    client_id: str | None = None

    def endpoint(self) -> tuple[str, int, bool]:
        """``(host, port, tls)``; raises KioskError for a URL that is not mqtt:// or mqtts://."""
        parts = urlsplit(self.url)
        if parts.scheme not in ("mqtt", "mqtts") or not parts.hostname:
            raise KioskError(f"broker URL {self.url!r} must look like mqtt://host:1883 or mqtts://host:8883")
        tls = parts.scheme == "mqtts"
        try:
            port = parts.port or (8883 if tls else 1883)
        except ValueError:
            raise KioskError(f"broker URL {self.url!r} has a bad port") from None
        return parts.hostname, port, tls

    def with_url_credentials(self) -> BrokerSettings:
        """Credentials written in the URL (``mqtt://user:pass@host``) when none are given separately."""
        parts = urlsplit(self.url)
        if parts.username and not self.username:
            return replace(self, username=unquote(parts.username),
                           password=unquote(parts.password) if parts.password else self.password)
        return self


def make_client(settings: BrokerSettings, client_id: str, *, reconnect_delay: tuple[float, float] = (0.5, 30.0),
                manual_ack: bool = False) -> mqtt.Client:
    """A paho MQTT v5 client with callback API v2, credentials and TLS from ``settings``.

    With a username the client id is the username, whatever ``client_id`` says: the shipped brokers
    bind each login to its own client id (``use_username_as_clientid`` and the dynamic-security
    client id, docs/deployment.md), so that no login can take over another's session."""
    settings = settings.with_url_credentials()
    _host, _port, tls = settings.endpoint()
    client_id = settings.username or client_id
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, protocol=MQTTProtocolVersion.MQTTv5,
                         manual_ack=manual_ack)
    if settings.username:
        client.username_pw_set(settings.username, settings.password)
    if tls:
        client.tls_set(ca_certs=settings.ca_file, certfile=settings.cert_file, keyfile=settings.key_file)
    client.reconnect_delay_set(*reconnect_delay)
    client.on_socket_open = _no_delay
    return client


def _no_delay(client: mqtt.Client, userdata: Any, sock: Any) -> None:
    """Send small MQTT packets (PUBACKs, Acks) at once: with Nagle's algorithm a second small write
    waits for the peer's delayed TCP ACK (~40 ms on Linux), which made one alert's round trip ~85 ms."""
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except (OSError, AttributeError):  # not a TCP socket (e.g. a websocket wrapper): nothing to tune
        log.debug("TCP_NODELAY not set", exc_info=True)


def connect_properties(session_expiry: int) -> Properties:
    props = Properties(PacketTypes.CONNECT)
    props.SessionExpiryInterval = session_expiry
    return props


def start_client(client: mqtt.Client, settings: BrokerSettings, *, clean_start: bool, session_expiry: int,
                 keepalive: int = 30) -> None:
    """Connect in the background (retrying until the broker answers) and start paho's loop thread."""
    host, port, _tls = settings.endpoint()
    client.connect_async(host, port, keepalive=keepalive, clean_start=clean_start,
                         properties=connect_properties(session_expiry))
    client.loop_start()


def publish_properties(user: dict[str, str]) -> Properties:
    props = Properties(PacketTypes.PUBLISH)
    props.UserProperty = list(user.items())
    return props


_PUBLISH_TABLES = Properties(PacketTypes.PUBLISH).__dict__.copy()
_USER_PROPERTY = 0x26


def _utf8(text: str) -> bytes:
    data = text.encode("utf-8")
    if len(data) > 0xFFFF:
        raise ValueError("an MQTT string is at most 65,535 bytes")
    return len(data).to_bytes(2, "big") + data


def _pack_user_properties(user: tuple[tuple[str, str], ...]) -> bytes:
    """MQTT v5 property block of user properties (0x26 + two UTF-8 strings each), length-prefixed
    with a variable byte integer: the same bytes as paho's ``Properties.pack`` (tested)."""
    body = b"".join(bytes([_USER_PROPERTY]) + _utf8(name) + _utf8(value) for name, value in user)
    length, prefix = len(body), bytearray()
    while True:
        byte, length = length % 128, length // 128
        prefix.append(byte | (0x80 if length else 0))
        if not length:
            return bytes(prefix) + body
"""paho's per-instance lookup tables of a PUBLISH ``Properties`` (read-only after ``__init__``)."""


class PackedProperties(Properties):
    """PUBLISH user properties built and packed once per outbox row (not on every publish).

    ``Properties.__init__`` rebuilds paho's name tables each time and ``pack()`` re-encodes on every
    (re-)send; both were ~10 % of the publisher's time. This shares the tables and keeps the packed
    bytes, which paho's ``_send_publish`` asks for through ``pack()``; everything else (reading,
    printing) is the ordinary ``Properties`` behaviour.
    """

    def __init__(self, user: tuple[tuple[str, str], ...]) -> None:  # no super().__init__(): tables shared
        self.__dict__.update(_PUBLISH_TABLES)
        object.__setattr__(self, "UserProperty", list(user))
        object.__setattr__(self, "_packed", _pack_user_properties(user))

    def pack(self) -> bytes:
        return self._packed  # type: ignore[no-any-return]


def reason_value(reason: Any) -> int:
    return int(getattr(reason, "value", reason))


PACKET_TOO_LARGE = 0x95


def publish_packet_size(row: Any) -> int:
    """Bytes of the QoS 1 PUBLISH of an outbox row (at most: the remaining-length field counted as 4),
    compared with the Maximum Packet Size the broker announces. A larger packet makes Mosquitto drop
    the connection, and paho would send it again on every reconnect, so the row is refused here."""
    return 1 + 4 + 2 + len(row.topic.encode()) + 2 + len(row.properties.pack()) + len(row.payload)


# ---------------------------------------------------------------------------------------- status


@dataclass(frozen=True)
class DeliveryStatus:
    """What the home screen shows. ``queued`` = not yet taken by the broker; ``at_broker`` = taken,
    waiting for the hub's Ack; ``dead`` = refused by the broker (see ``outbox.dead_letters``).

    Those counts are of every alert (what tools wait on: "nothing left to send"); :attr:`exercise` has
    the part that is not real (exercise and test alerts), which the home screen shows apart and marked,
    never in its main figure (``kiosk.services.status_from_delivery`` takes it out)."""

    online: bool
    queued: int
    in_flight: int
    dead: int
    last_ack_at: dt.datetime | None
    situation_version: str | None
    last_error: str = ""
    at_broker: int = 0
    acked: int = 0
    situation_warning: str = ""
    exercise: ModeCounts = field(default_factory=lambda: ModeCounts())


@dataclass(frozen=True)
class ModeCounts:
    """Outbox counts of the alerts that are not real (CAP ``Exercise``/``Test``)."""

    queued: int = 0
    at_broker: int = 0
    acked: int = 0
    dead: int = 0

    @property
    def total(self) -> int:
        return self.queued + self.at_broker + self.acked + self.dead


NOT_REAL = ("exercise", "test")
"""Outbox modes counted apart from the real alerts (``ix_outbox_mode_status``)."""


def not_real_topic(topic: str) -> bool:
    """An alert topic of an exercise or a test kiosk (``…/alerts/{exercise|test}``)."""
    return topic.rsplit("/", 1)[-1] in NOT_REAL


@dataclass
class _Flight:
    row_id: str
    identifier: str
    was_queued: bool


@dataclass(frozen=True)
class _Row:
    """A queued outbox row read ahead into memory, ready to publish without touching the database."""

    id: str
    identifier: str
    topic: str
    payload: bytes
    qos: int
    properties: PackedProperties
    was_queued: bool
    created_at: dt.datetime


@dataclass
class _Batch:
    """Outcomes not yet written to the database (written together, one transaction per flush)."""

    sent: list[_Sent] = field(default_factory=list)  # in PUBACK order
    dead: list[tuple[str, int, str]] = field(default_factory=list)
    acked: set[str] = field(default_factory=set)

    def size(self) -> int:
        return len(self.sent) + len(self.dead) + len(self.acked)

    def writable(self, now: float) -> bool:
        """Anything to write now: Acks, refusals, or a ``sent`` row acked or past its hold."""
        return bool(self.acked or self.dead or (self.sent and self.sent[0].at + SENT_HOLD <= now))

    def split(self, now: float, *, force: bool) -> tuple[_Batch, _Batch]:
        """``(to write now, to keep)``: ``sent`` rows neither acked nor past the hold are kept."""
        keep = [] if force else [s for s in self.sent if s.identifier not in self.acked and s.at + SENT_HOLD > now]
        if not keep:
            return self, _Batch()
        kept = {s.row_id for s in keep}
        write = _Batch([s for s in self.sent if s.row_id not in kept], self.dead, self.acked)
        return write, _Batch(keep)


@dataclass(frozen=True)
class _Sent:
    """A PUBACK (< 0x80) whose ``sent`` write is held for ``SENT_HOLD`` seconds."""

    row_id: str
    identifier: str
    at: float
    was_queued: bool


# ---------------------------------------------------------------------------------------- publisher


class Publisher:
    """Drains the outbox of one kiosk to the broker; see the module docstring for the threading rules.

    ``situation_updates`` (a :class:`kiosk.alerts.situation_updates.SituationUpdates`) receives the
    hub's retained bundles; without it the kiosk does not subscribe to them.
    """

    def __init__(self, store: Store, settings: BrokerSettings, context: Any, *, clock: Clock | None = None,
                 max_in_flight: int = 100, resend_after: float = 60.0, session_expiry: int = 7 * 86400,
                 reconnect_delay: tuple[float, float] = (0.5, 30.0), situation_version: str | None = None,
                 situation_updates: Any = None) -> None:
        self.store = store
        self.settings = settings.with_url_credentials()
        self.context = context
        self.clock = clock or SystemClock()
        self.max_in_flight = max(1, max_in_flight)
        self.resend_after = resend_after
        self.session_expiry = session_expiry
        self.situation_updates = situation_updates
        site = context.site
        self.status_topic = outbox.status_topic(site.country, site.id, context.kiosk_id)
        self.ack_topic = outbox.ack_topic(site.country, site.id, context.kiosk_id)
        self.situation_topic = outbox.situation_topic(site.country)
        self._events: queue.Queue[tuple[Any, ...]] = queue.Queue()
        self._listeners: list[Callable[[DeliveryStatus], None]] = []
        self._changed = threading.Condition()
        self._status = DeliveryStatus(False, 0, 0, 0, None, situation_version,
                                      situation_warning=getattr(situation_updates, "warning", "") or "")
        self._flights: dict[int, _Flight] = {}
        self._ready: deque[_Row] = deque()
        self._claimed: set[str] = set()  # ids read ahead, in flight or with an outcome not yet written
        self._caught_up = False  # the last read found every queued row: wait for a wake-up
        self._cursor: tuple[Any, str] | None = None  # (created_at, id) of the newest queued row read ahead
        self._acked_total = 0  # acked rows: counted once, then kept up to date from the UPDATEs' row counts
        self._recount_due = 0.0
        self._pending = _Batch()
        self._last_flush = 0.0
        self._busy = False  # the last write had at least BUSY_WRITE outcomes
        self._last_count = 0.0
        self._limit = self.max_in_flight
        self._max_packet: int | None = None  # the broker's Maximum Packet Size (CONNACK), if it said one
        self._online = False
        self._thread: threading.Thread | None = None
        self._counts_due = 0.0
        self._dirty = False
        self._counted = threading.Event()
        self._resend_due = 0.0
        self._resend_on_connect = False  # a (re)connect happened: re-send what the broker may have lost
        self._resend_ids: deque[str] = deque()  # sent rows without the hub's Ack, re-sent after a reconnect
        self._session_kept = False  # the broker had this kiosk's session at the last connect
        self._resend_last = False  # ...so the re-sends wait until the queued rows are read
        self._unheard: dict[str, bool] = {}  # row id → was queued: published when nobody subscribed (0x10)
        self._not_real: set[str] = set()  # ids of exercise/test rows in flight, held or unheard (counted apart)
        self._deaf = False  # the last alert PUBACK said nobody subscribes: probe, one alert at a time
        self._probe_at = 0.0
        self._probe_delay = PROBE_DELAY[0]
        client_id = self.settings.client_id or f"kiosk-{context.kiosk_id}"
        self._client = make_client(self.settings, client_id, reconnect_delay=reconnect_delay)
        self._client.max_inflight_messages_set(self.max_in_flight)
        self._client.max_queued_messages_set(self.max_in_flight + 10)  # + status messages; the outbox is the queue
        self._client.will_set(self.status_topic, self._presence("offline"), qos=1, retain=True)
        self._client.on_connect = self._on_connect
        self._client.on_disconnect = self._on_disconnect
        self._client.on_publish = self._on_publish
        self._client.on_message = self._on_message

    # ------------------------------------------------------------------------------------ public API

    def start(self) -> None:
        """Connect (retrying in the background) and start draining."""
        if self._thread is not None:
            raise RuntimeError("publisher already started")
        outbox.add_enqueue_listener(self.wake)
        self._thread = threading.Thread(target=self._run, name=f"outbox-{self.context.kiosk_id}", daemon=True)
        self._thread.start()
        start_client(self._client, self.settings, clean_start=False, session_expiry=self.session_expiry)

    def stop(self, timeout: float = 5.0) -> None:
        """Say ``offline`` on the status topic, disconnect and stop both threads (rows stay in the outbox)."""
        outbox.remove_enqueue_listener(self.wake)
        if self._thread is None:
            return
        self._events.put(("stop",))
        self._thread.join(timeout)
        try:
            if self._online:
                info = self._client.publish(self.status_topic, self._presence("offline"), qos=1, retain=True)
                info.wait_for_publish(timeout=min(timeout, 2.0))
        except (RuntimeError, ValueError):
            log.debug("offline status not sent", exc_info=True)
        self._client.disconnect()
        self._client.loop_stop()
        self._thread = None

    def wake(self) -> None:
        """New rows are in the outbox: publish them now rather than at the next poll."""
        self._events.put(("wake",))

    def status(self) -> DeliveryStatus:
        return self._status

    def add_listener(self, callback: Callable[[DeliveryStatus], None]) -> None:
        """``callback(status)`` runs on the publisher's thread whenever the snapshot changes.

        A Qt window should re-emit it as a signal (queued to the GUI thread) and return.
        """
        self._listeners.append(callback)

    def wait_for(self, condition: Callable[[DeliveryStatus], bool], timeout: float) -> bool:
        """Block until ``condition(status())`` holds or ``timeout`` seconds pass (for tools and tests)."""
        deadline = time.monotonic() + timeout
        if not self._counted.wait(timeout):  # the first snapshot has real counts
            return False
        with self._changed:
            while not condition(self._status):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._changed.wait(min(remaining, 0.5))
        return True

    def set_situation_version(self, version: str | None) -> None:
        """Announce another situation version in force (also sent in the retained status)."""
        self._events.put(("situation_version", version))

    # ------------------------------------------------------------------------------------ paho callbacks

    def _on_connect(self, client: mqtt.Client, userdata: Any, flags: Any, reason_code: Any,
                    properties: Any) -> None:
        receive_max = getattr(properties, "ReceiveMaximum", None) if properties is not None else None
        max_packet = getattr(properties, "MaximumPacketSize", None) if properties is not None else None
        kept = bool(getattr(flags, "session_present", False))
        self._events.put(("connect", reason_value(reason_code), str(reason_code), receive_max, kept, max_packet))

    def _on_disconnect(self, client: mqtt.Client, userdata: Any, flags: Any, reason_code: Any,
                       properties: Any) -> None:
        self._events.put(("disconnect", reason_value(reason_code), str(reason_code)))

    def _on_publish(self, client: mqtt.Client, userdata: Any, mid: int, reason_code: Any, properties: Any) -> None:
        self._events.put(("puback", mid, reason_value(reason_code), str(reason_code)))

    def _on_message(self, client: mqtt.Client, userdata: Any, message: mqtt.MQTTMessage) -> None:
        self._events.put(("message", message.topic, bytes(message.payload)))

    # ------------------------------------------------------------------------------------ worker

    def _run(self) -> None:
        try:
            self._refresh(force=True)
            while True:
                events = self._take_events()
                if any(e[0] == "stop" for e in events):
                    self._handle_all([e for e in events if e[0] != "stop"])
                    self._flush(force=True)  # outcomes already known are not thrown away
                    break
                self._handle_all(events)
                self._pump()
        except Exception:  # the worker must never die silently: the UI would show stale counts forever
            log.exception("outbox publisher stopped by an unexpected error")
            self._set(last_error="publisher stopped by an internal error (see log)")

    def _take_events(self) -> list[tuple[Any, ...]]:
        timeout = 1.0 if not self._online else 0.5
        now = time.monotonic()
        if self._pending.writable(now):
            timeout = max(0.0, self._last_flush + self._flush_interval() - now)
        elif self._pending.sent:
            timeout = min(timeout, max(0.0, self._pending.sent[0].at + SENT_HOLD - now))
        if self._dirty:
            timeout = min(timeout, max(0.0, self._counts_due - now))
        if self._deaf and self._online:
            timeout = min(timeout, max(0.0, self._probe_at - now))
        try:
            events = [self._events.get(timeout=timeout)]
        except queue.Empty:
            return []
        while len(events) < 5000:
            try:
                events.append(self._events.get_nowait())
            except queue.Empty:
                break
        return events

    def _handle_all(self, events: list[tuple[Any, ...]]) -> None:
        for event in events:
            if self._handle(event, self._pending):
                self._dirty = True

    def _pump(self) -> None:
        """Write outcomes (throttled), read ahead when the buffer runs low, and keep the window full."""
        now = time.monotonic()
        if self._online and self._resend_on_connect:
            self._resend_due = now + max(1.0, self.resend_after / 4)
            self._flush(force=True)  # every PUBACK so far is written (and its row released) first
            self._flush(refill=True, reconnected=True)
            self._publish_ready()
            return
        if self._deaf and self._online and now >= self._probe_at and self._unheard and not (
                self._ready or self._flights or self._resend_ids):
            self._probe_with_unheard()
        resend = self._online and now >= self._resend_due and not self._resend_ids
        if resend:
            self._resend_due = now + max(1.0, self.resend_after / 4)
        refill = self._online and len(self._ready) < self._limit and (
            not self._caught_up or resend or bool(self._resend_ids))
        self._flush(refill=refill, include_stale=resend)
        if self._online:
            self._publish_ready()

    def _flush(self, *, force: bool = False, refill: bool = False, include_stale: bool = False,
               reconnected: bool = False) -> None:
        """One transaction for the outcomes gathered so far and the next read-ahead.

        Outcomes are written at most every ``FLUSH_INTERVAL`` seconds (at once after a quiet spell, so
        one alert is not delayed) or when ``FLUSH_EVENTS`` have gathered: a commit per PUBACK was the
        publisher's main cost. ``sent`` marks wait ``SENT_HOLD`` for the hub's Ack so that most rows
        are rewritten once, straight to ``acked``. A crash before the write only means the rows are
        sent again.
        """
        pending = self._pending
        now = time.monotonic()
        due = pending.writable(now) and (force or pending.size() >= FLUSH_EVENTS
                                         or now >= self._last_flush + self._flush_interval())
        if force and pending.size():
            due = True
        if not due and not refill:
            if self._dirty:
                self._refresh()
            return
        write = _Batch()
        newly_acked = 0
        with self.store.transaction() as session:
            if due:
                write, self._pending = pending.split(now, force=force)
                self._last_flush = now
                newly_acked = self._apply(session, write)
            if reconnected:
                self._plan_resend(session)
            if refill:
                self._read_ahead(session, include_stale=include_stale)
        if due:
            self._acked_total += newly_acked  # after the commit: a rolled-back write changed nothing
            self._claimed.difference_update(sent.row_id for sent in write.sent)
            self._claimed.difference_update(row_id for row_id, _code, _text in write.dead)
            self._busy = write.size() >= BUSY_WRITE
        if self._busy and now < self._last_count + COUNT_INTERVAL_BUSY:
            self._dirty = True
            self._counts_due = min(self._counts_due, self._last_count + COUNT_INTERVAL_BUSY)
            self._refresh()
        else:
            self._refresh(force=bool(due) or self._dirty)

    def _flush_interval(self) -> float:
        return FLUSH_INTERVAL_BUSY if self._busy else FLUSH_INTERVAL

    def _handle(self, event: tuple[Any, ...], batch: _Batch) -> bool:
        kind = event[0]
        if kind == "puback":
            _kind, mid, code, text = event
            flight = self._flights.pop(mid, None)
            if flight is None:
                return False  # a status message, or a mid from before a restart
            if code >= REFUSED:
                batch.dead.append((flight.row_id, code, text))
            elif code == NO_SUBSCRIBERS:
                self._nobody_heard(flight)
            else:
                batch.sent.append(_Sent(flight.row_id, flight.identifier, time.monotonic(), flight.was_queued))
                if self._deaf:
                    self._release_unheard()
            return True
        if kind == "message":
            return self._handle_message(event[1], event[2], batch)
        if kind == "connect":
            self._caught_up = False
            self._max_packet = event[5]
            return self._handle_connect(event[1], event[2], event[3], event[4])
        if kind == "disconnect":
            self._online = False
            if event[1]:
                self._set(last_error=f"disconnected: {event[2]}")
            return True
        if kind == "situation_version":
            self._set(situation_version=event[1])
            if self._online:
                self._announce()
            return True
        if kind == "wake":
            self._caught_up = False
            return True
        return False

    def _nobody_heard(self, flight: _Flight) -> None:
        """A PUBACK 0x10: the row stays where it was in the table (claimed, so not read again) and
        publishing slows to one probe at a time until a subscriber takes an alert."""
        now = time.monotonic()
        if not self._deaf:
            log.warning("the broker has no subscriber for alerts: holding them until the hub subscribes again")
            self._deaf = True
            self._probe_delay = PROBE_DELAY[0]
            self._probe_at = now + self._probe_delay
        elif now >= self._probe_at:  # the probe's answer (not one of the window still in flight)
            self._probe_delay = min(self._probe_delay * 2, PROBE_DELAY[1])
            self._probe_at = now + self._probe_delay
        self._unheard[flight.row_id] = flight.was_queued
        self._set(last_error=NOBODY_SUBSCRIBES)

    def _probe_with_unheard(self) -> None:
        """Nothing else to publish: the oldest alert nobody heard is the next probe."""
        row_id = next(iter(self._unheard))
        del self._unheard[row_id]
        self._claimed.discard(row_id)
        self._resend_ids.appendleft(row_id)

    def _release_unheard(self) -> None:
        """A subscriber took an alert: the rows nobody heard go out again first, oldest first."""
        ids = list(self._unheard)
        self._unheard.clear()
        self._deaf = False
        self._claimed.difference_update(ids)
        self._resend_ids.extendleft(reversed(ids))
        self._resend_last = False
        self._probe_delay = PROBE_DELAY[0]
        self._caught_up = False
        if self._status.last_error == NOBODY_SUBSCRIBES:
            self._set(last_error="")
        log.info("alerts have a subscriber again: re-sending %d alert(s) nobody received", len(ids))

    def _handle_connect(self, code: int, text: str, receive_max: int | None, session_kept: bool) -> bool:
        if code >= REFUSED:
            self._online = False
            self._set(last_error=f"broker refused the connection: {text}")
            return True
        self._online = True
        self._resend_on_connect = True
        self._session_kept = session_kept
        self._limit = min(self.max_in_flight, receive_max or self.max_in_flight)
        topics = [(self.ack_topic, 1)]
        if self.situation_updates is not None:
            topics.append((self.situation_topic, 1))
        self._client.subscribe(topics)
        self._announce()
        self._set(last_error="")
        return True

    def _handle_message(self, topic: str, payload: bytes, batch: _Batch) -> bool:
        if topic == self.situation_topic and self.situation_updates is not None:
            self._situation_received(payload)
            return True
        if topic != self.ack_topic:
            return False
        try:
            message = parse_cap(payload)
        except CapError as error:
            log.warning("ignored a malformed hub acknowledgement: %s", error)
            return False
        if message.msg_type != "Ack":
            log.warning("ignored a %s message on the acknowledgement topic", message.msg_type)
            return False
        batch.acked.update(ref.identifier for ref in message.references if ref.sender == self.context.kiosk_id)
        return True

    def _situation_received(self, payload: bytes) -> None:
        """A bundle on the situation topic. Whatever it holds, alerts keep going: an unexpected error
        is logged and shown as a refusal (the bundle is retained, so a publisher stopped by it would
        stop again at every connect). The warning stays until a newer bundle is in force: the
        retained copy of the one in force, delivered again at every connect, clears nothing."""
        updates = self.situation_updates
        try:
            updates.handle(payload)
            warning = updates.warning
        except Exception:
            log.exception("a situation bundle could not be handled; the situation in force stays")
            warning = (f"Situation update refused (internal error, see the log); version {updates.active_version} "
                       "stays in force")
        self._set(situation_version=updates.active_version, situation_warning=warning)
        self._announce()

    def _apply(self, session: Any, batch: _Batch) -> int:
        """Write a batch of outcomes with Core statements (no ORM bookkeeping per row); returns how
        many rows became ``acked``.

        A row whose PUBACK and hub Ack arrive in the same batch (the usual case under load) is
        written once, straight to ``acked``. ``attempts`` counts publishes the broker answered.
        """
        newly_acked = 0
        now = self.clock.now()
        om = m.OutboxMessage.__table__
        both = [sent.row_id for sent in batch.sent if sent.identifier in batch.acked]
        only_sent = [sent.row_id for sent in batch.sent if sent.identifier not in batch.acked]
        for chunk in _chunks(both, 500):
            newly_acked += session.execute(update(om).where(om.c.id.in_(chunk), om.c.status.not_in(_SETTLED)).values(
                status="acked", sent_at=now, acked_at=now, attempts=om.c.attempts + 1, reason_code=None,
                last_error="")).rowcount
        for chunk in _chunks(only_sent, 500):
            session.execute(update(om).where(om.c.id.in_(chunk), om.c.status.not_in(_SETTLED)).values(
                status="sent", sent_at=now, attempts=om.c.attempts + 1, reason_code=None, last_error=""))
        for row_id, code, text in batch.dead:
            session.execute(update(om).where(om.c.id == row_id, om.c.status != "acked").values(
                status="dead", attempts=om.c.attempts + 1, reason_code=code,
                last_error=f"refused by the broker: 0x{code:02X} {text}"))
        if batch.dead:
            self._set(last_error=f"{len(batch.dead)} alert(s) refused by the broker: "
                                 f"0x{batch.dead[-1][1]:02X} {batch.dead[-1][2]}")
        if batch.acked:
            merged = {sent.identifier for sent in batch.sent}
            for chunk in _chunks(sorted(batch.acked - merged), 500):
                newly_acked += session.execute(update(om).where(om.c.alert_identifier.in_(chunk),
                                                                om.c.status != "acked")
                                               .values(status="acked", acked_at=now)).rowcount
            self._set(last_ack_at=now)
        return newly_acked

    def _plan_resend(self, session: Any) -> None:
        """After a (re)connect: every ``sent`` row without the hub's Ack goes out again, since the
        broker may have lost it (a crash loses what its last autosave did not write). Rows still in
        flight are re-sent by paho itself.

        When the broker no longer had this kiosk's session, it lost everything: the re-sends go
        before any queued row (those read ahead go back to the table). When it had the session (a
        clean restart, or a crash after a save), it may well have kept them for the hub: they go after
        the queued rows, so that the hub's Acks for what it kept can come back first and those rows are
        skipped (a row acknowledged meanwhile is never re-sent)."""
        self._resend_last = self._session_kept
        if not self._resend_last:
            for row in self._ready:
                self._claimed.discard(row.id)
            self._ready.clear()
            self._cursor = None
        unheard = list(self._unheard)  # published while nobody subscribed: they go first
        self._claimed.difference_update(unheard)
        self._unheard.clear()
        self._deaf = False
        self._probe_delay = PROBE_DELAY[0]
        skip = {flight.row_id for flight in self._flights.values()} | set(unheard)
        om = m.OutboxMessage
        ids = session.scalars(select(om.id).where(om.status == "sent").order_by(om.created_at, om.id))
        self._resend_ids = deque([*unheard, *(row_id for row_id in ids if row_id not in skip)])
        self._resend_on_connect = False
        if self._resend_ids:
            log.info("connected: re-sending %d alert(s) the hub has not acknowledged", len(self._resend_ids))

    def _read_ahead(self, session: Any, *, include_stale: bool) -> None:
        """Buffer the rows to re-send after a reconnect, then the oldest queued rows not already
        claimed (and, now and then, rows the hub never acknowledged), so that PUBACKs can be answered
        with the next publish without a query.

        Queued rows are read on from the last one read (keyset on ``(created_at, id)``), so a refill
        during a backlog does not fetch again the hundreds of rows read ahead or in flight; when that
        comes up short, the query starts from the oldest (a row behind the cursor after a clock step
        back is found then)."""
        om = m.OutboxMessage
        want = max(READ_AHEAD, 2 * self._limit) - len(self._ready)
        if not self._resend_last or self._caught_up:
            rows = self._resend_rows(session, want)
            want -= len(rows)
            self._take(rows, front=not self._resend_last)
            if want <= 0:
                return
        queued = om.status == "queued"
        rows = []
        if self._cursor is not None:
            at, row_id = self._cursor
            after = (om.created_at > at) | ((om.created_at == at) & (om.id > row_id))
            rows = self._candidates(session, queued & after, want, was_queued=True, skip_claimed=False)
        if len(rows) < want:
            seen = {row.id for row in rows}
            rows += [row for row in self._candidates(session, queued, want - len(rows) + len(seen), was_queued=True)
                     if row.id not in seen][:want - len(rows)]
        self._caught_up = len(rows) < want
        if rows:
            newest = max((row.created_at, row.id) for row in rows)
            self._cursor = newest if self._cursor is None else max(self._cursor, newest)
        if include_stale and len(rows) < want:
            cutoff = self.clock.now() - dt.timedelta(seconds=self.resend_after)
            rows += self._candidates(session, (om.status == "sent") & (om.sent_at < cutoff), want - len(rows),
                                     was_queued=False)
        self._take(rows)

    def _take(self, rows: list[_Row], *, front: bool = False) -> None:
        self._claimed.update(row.id for row in rows)
        if front:
            self._ready.extendleft(reversed(rows))
        else:
            self._ready.extend(rows)

    def _resend_rows(self, session: Any, want: int) -> list[_Row]:
        """Up to ``want`` of the rows planned for re-sending after a reconnect, in their order, read by
        primary key (``status NOT IN _SETTLED``, not ``= 'sent'``, which picks the status index and
        scans every sent row); rows acknowledged since the plan was made are skipped."""
        if not self._resend_ids or want <= 0:
            return []
        chunk = [self._resend_ids.popleft() for _ in range(min(want, len(self._resend_ids)))]
        om = m.OutboxMessage
        query = (select(om.id, om.alert_identifier, om.topic, om.payload, om.qos, om.properties, om.created_at)
                 .where(om.id.in_(chunk), om.status.not_in(_SETTLED)).order_by(om.created_at, om.id))
        return self._rows(session, query, want, was_queued=False)

    def _candidates(self, session: Any, condition: Any, want: int, *, was_queued: bool,
                    skip_claimed: bool = True) -> list[_Row]:
        """Up to ``want`` unclaimed rows, oldest first. Claimed rows are skipped here rather than with
        a NOT IN of hundreds of ids; they are few and the oldest, so ``want + claimed`` rows suffice
        (``skip_claimed=False``: the condition already leaves them out, as the keyset does)."""
        om = m.OutboxMessage
        limit = want + (len(self._claimed) if skip_claimed else 0)
        query = (select(om.id, om.alert_identifier, om.topic, om.payload, om.qos, om.properties, om.created_at)
                 .where(condition).order_by(om.created_at, om.id).limit(limit))
        return self._rows(session, query, want, was_queued=was_queued)

    def _rows(self, session: Any, query: Any, want: int, *, was_queued: bool) -> list[_Row]:
        out = []
        for row in session.execute(query):
            if row.id in self._claimed:
                continue
            user = tuple((row.properties or {}).get("user", {}).items())
            out.append(_Row(row.id, row.alert_identifier, row.topic, row.payload, row.qos or 1,
                            PackedProperties(user), was_queued, row.created_at))
            if len(out) == want:
                break
        return out

    def _publish_ready(self) -> None:
        """Fill the in-flight window from the read-ahead buffer (no database access); while nobody
        subscribes to the alerts, one at a time after the probe delay."""
        limit = self._limit
        if self._deaf:
            if time.monotonic() < self._probe_at:
                return
            limit = 1
        while self._ready and len(self._flights) < limit:
            row = self._ready[0]
            if self._max_packet and (size := publish_packet_size(row)) > self._max_packet:
                self._ready.popleft()  # the broker would drop the link on it, again at every re-send
                text = f"Packet too large ({size} bytes; the broker takes at most {self._max_packet})"
                self._pending.dead.append((row.id, PACKET_TOO_LARGE, text))
                self._dirty = True
                continue
            info = self._client.publish(row.topic, row.payload, qos=row.qos, properties=row.properties)
            if info.rc == MQTTErrorCode.MQTT_ERR_QUEUE_SIZE:
                break  # paho's queue is full (status messages): the row stays first in line
            self._ready.popleft()
            self._flights[info.mid] = _Flight(row.id, row.identifier, row.was_queued)
            if not_real_topic(row.topic):
                self._not_real.add(row.id)
            self._dirty = True

    # ------------------------------------------------------------------------------------ status

    def _presence(self, state: str) -> bytes:
        """The retained status JSON; ``situation_warning`` (at most ``MAX_STATUS_WARNING`` characters)
        only while a refused situation bundle is unresolved."""
        status = getattr(self, "_status", None)
        presence = {
            "state": state,
            "kiosk_id": self.context.kiosk_id,
            "poe": self.context.site.id,
            "country": self.context.site.country,
            "mode": self.context.mode,
            "situation_version": status.situation_version if status else None,
        }
        if status and status.situation_warning:
            warning = status.situation_warning
            presence["situation_warning"] = (warning if len(warning) <= MAX_STATUS_WARNING
                                             else warning[:MAX_STATUS_WARNING - 1] + "…")
        return json.dumps(presence, sort_keys=True).encode()

    def _announce(self) -> None:
        """Retained ``online`` status with the situation in force (and its warning). The Last Will is
        set to the same, ``offline``: the broker keeps the will given at connect, so it is the one of
        the next (re)connect, instead of the status the kiosk had when it started."""
        self._client.will_set(self.status_topic, self._presence("offline"), qos=1, retain=True)
        self._client.publish(self.status_topic, self._presence("online"), qos=1, retain=True)

    def _refresh(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now < self._counts_due:
            self._set(online=self._online, in_flight=len(self._flights))
            return
        self._counts_due = now + 1.0
        self._last_count = now
        self._dirty = False
        om = m.OutboxMessage
        recount = now >= self._recount_due
        with self.store.reading() as session:
            statuses = select(om.status, func.count()).group_by(om.status)
            if not recount:  # acked rows (all of history) are not scanned each time: see _acked_total
                statuses = statuses.where(om.status.in_(("queued", "sent", "dead")))
            counts = dict(session.execute(statuses).all())
            apart = dict(session.execute(select(om.status, func.count()).where(om.mode.in_(NOT_REAL))
                                         .group_by(om.status)).all())  # few rows, through ix_outbox_mode_status
        if recount:
            self._recount_due = now + RECOUNT_INTERVAL
            self._acked_total = counts.get("acked", 0)
        self._not_real &= ({f.row_id for f in self._flights.values()} | {s.row_id for s in self._pending.sent}
                           | set(self._unheard))
        # at the broker, still "queued" in the table; "sent", but nobody got them
        held = [sent.row_id for sent in self._pending.sent if sent.was_queued]
        dropped = [row_id for row_id, was_queued in self._unheard.items() if not was_queued]
        held_apart = sum(row_id in self._not_real for row_id in held)
        dropped_apart = sum(row_id in self._not_real for row_id in dropped)
        exercise = ModeCounts(queued=max(0, apart.get("queued", 0) - held_apart + dropped_apart),
                              at_broker=max(0, apart.get("sent", 0) + held_apart - dropped_apart),
                              acked=apart.get("acked", 0), dead=apart.get("dead", 0))
        self._set(online=self._online, in_flight=len(self._flights),
                  queued=max(0, counts.get("queued", 0) - len(held) + len(dropped)),
                  at_broker=max(0, counts.get("sent", 0) + len(held) - len(dropped)), acked=self._acked_total,
                  dead=counts.get("dead", 0), exercise=exercise)
        self._counted.set()

    def _set(self, **changes: Any) -> None:
        new = replace(self._status, **changes)
        if new == self._status:
            return
        with self._changed:
            self._status = new
            self._changed.notify_all()
        for listener in list(self._listeners):
            try:
                listener(new)
            except Exception:
                log.exception("delivery status listener failed")


def _chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)]
