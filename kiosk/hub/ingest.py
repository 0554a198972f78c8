"""Hub ingest: a shared MQTT v5 subscription, idempotent inserts, then a CAP Ack back to each kiosk.

Each worker is one paho client in the ``$share/<group>/`` group with a durable session (clean start
off, session expiry), so any number of workers and processes split the load and a restart loses
nothing the broker kept. Messages are acknowledged to the broker (manual PUBACK) only after the
database commit; a crash in between makes the broker deliver again, and the insert ignores the copy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import socket
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import MQTTErrorCode
from sqlalchemy import Connection, Engine, distinct, func, select
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as SqlTimeoutError
from sqlalchemy.orm import Session

from kiosk.alerts.cap import (
    MODE_STATUS,
    AlertFields,
    CapError,
    Reference,
    build_ack,
    cap_time,
    read_hub_alert,
)
from kiosk.alerts.outbox import ack_topic_for_alert_topic, new_ulid
from kiosk.alerts.transport import BrokerSettings, connect_properties, make_client, reason_value
from kiosk.errors import KioskError
from kiosk.hub.models import (
    QUARANTINE_PAYLOAD_MAX,
    HubAlert,
    HubEnrolment,
    HubQuarantine,
    HubWorker,
    conflict_insert,
    hub_engine,
)
from kiosk.hub.presence import PRESENCE_FILTER, BadStatus, is_status_topic, presence_row, store_presence

log = logging.getLogger(__name__)

ALERT_FILTER = "poe/v1/+/+/+/alerts/#"
ACK_REFERENCES_PER_MESSAGE = 200


def shared_filter(group: str) -> str:
    return f"$share/{group}/{ALERT_FILTER}"


def worker_prefix(settings: BrokerSettings, client_prefix: str | None, group: str) -> str:
    """Workers are ``<prefix>-<i>``. With a login the prefix is its username: the brokers bind each
    client id to a login of its own, so worker ``i`` logs in as ``<username>-<i>`` (the logins that
    ``poe-kiosk broker add-hub`` creates)."""
    username = settings.with_url_credentials().username
    if username:
        if client_prefix and client_prefix != username:
            raise KioskError(f"the client prefix {client_prefix!r} must be the username {username!r}: "
                             f"each worker logs in as {username}-<i>")
        return username
    return client_prefix or f"hub-{group}-{socket.gethostname()}"


def worker_settings(settings: BrokerSettings, client_id: str) -> BrokerSettings:
    """The worker's own login (its client id) when the hub logs in at all (see :func:`worker_prefix`)."""
    settings = settings.with_url_credentials()
    return replace(settings, username=client_id) if settings.username else settings


@dataclass
class _Incoming:
    topic: str
    payload: bytes
    mid: int
    qos: int
    user: tuple[tuple[str, str], ...] = ()
    """The MQTT v5 user properties of the PUBLISH."""


class RejectedMessage(Exception):
    """A message the hub does not store as an alert: it goes to quarantine with ``reason``."""

    def __init__(self, detail: str, reason: str = "invalid-cap", *, sender: str = "", identifier: str = "") -> None:
        super().__init__(detail)
        self.reason = reason
        self.sender = sender
        self.identifier = identifier


STORED_PARAMETERS = ("protocol", "risk", "disposition", "point-of-entry", "flagged-at")
MAX_ALERT_BYTES = 64 * 1024
"""The hub's size limit for one alert: ~20 times the largest alert a kiosk builds (about 3 KB) and half the
brokers' ``max_packet_size`` (128 KiB), which refuses anything larger before the hub sees it."""
SENT_PAST = dt.timedelta(days=30)
SENT_FUTURE = dt.timedelta(minutes=15)
"""A ``sent`` more than :data:`SENT_PAST` before its arrival (no kiosk keeps an alert unsent that long) or
more than :data:`SENT_FUTURE` after it (a kiosk clock that far ahead is wrong) is implausible."""
_EXERCISE_NOTE = re.compile(r"\b(exercise|exercice|drill)\b", re.IGNORECASE)
_TEST_NOTE = re.compile(r"^\s*test\b", re.IGNORECASE)
_LIMITS = {"sender": 120, "identifier": 120, "kiosk_id": 120, "poe": 60, "country": 8, "topic": 300}


def decide_status(cap_status: str, note: str, user: Mapping[str, str], topic_mode: str) -> tuple[str, list[str]]:
    """The mode of an alert from every marker together, and the markers that said exercise or test.

    Markers: the CAP ``<status>``, its ``<note>`` (``EXERCISE <id>``, or words such as exercise or
    drill; a note opening with "test"), the MQTT user properties ``status`` and ``exercise-id``, and the
    topic branch (``.../alerts/exercise``). Any test marker makes it ``Test``, else any exercise marker
    ``Exercise``; it is ``Actual`` only when none says otherwise. System and Draft are not alerts of a
    kiosk: :class:`RejectedMessage`.
    """
    if cap_status not in ("Actual", "Exercise", "Test"):
        raise RejectedMessage(f"CAP status {cap_status} is not accepted from a kiosk", "status")
    marks = {
        "status": cap_status,
        "note": "Test" if _TEST_NOTE.search(note) else "Exercise" if _EXERCISE_NOTE.search(note) else "Actual",
        "user-property": ("Exercise" if user.get("exercise-id") else
                          user.get("status", "Actual") if user.get("status") in ("Exercise", "Test") else "Actual"),
        "topic": MODE_STATUS.get(topic_mode, "Actual"),
    }
    markers = [name for name, mark in marks.items() if mark != "Actual"]
    values = set(marks.values())
    return ("Test" if "Test" in values else "Exercise" if "Exercise" in values else "Actual"), markers


def _exercise_id(note: str, user: Mapping[str, str]) -> str | None:
    if note.startswith("EXERCISE "):
        return note.removeprefix("EXERCISE ").strip()[:60] or None
    return user.get("exercise-id", "")[:60] or None


def _flagged_at(text: str) -> dt.datetime | None:
    """The kiosk's ``flagged-at`` (ISO-8601 with a zone, UTC expected); None when absent or unreadable."""
    try:
        value = dt.datetime.fromisoformat(text.strip()) if text else None
    except ValueError:
        return None
    return value.astimezone(dt.UTC) if value is not None and value.tzinfo is not None else None


def _check_limits(values: Mapping[str, str]) -> None:
    for name, limit in _LIMITS.items():
        if len(values.get(name, "")) > limit:
            raise RejectedMessage(f"{name} longer than {limit} characters")


def alert_row(topic: str, payload: bytes, received_at: dt.datetime,
              user: Mapping[str, str] | None = None) -> tuple[dict[str, Any], AlertFields]:
    """The hub_alerts row of one message; raises :class:`RejectedMessage` (with its quarantine reason)
    when it cannot be accepted. Enrolment is checked by the caller (:func:`enrolment_problem`)."""
    if len(payload) > MAX_ALERT_BYTES:
        raise RejectedMessage(f"{len(payload)} bytes, over the hub's limit of {MAX_ALERT_BYTES}", "oversized")
    parts = topic.split("/")
    if len(parts) != 7 or parts[5] != "alerts" or parts[6] not in MODE_STATUS:
        raise RejectedMessage(f"not an alert topic: {topic[:200]}")
    country, poe, kiosk_id, mode = parts[2], parts[3], parts[4], parts[6]
    _check_limits({"topic": topic, "kiosk_id": kiosk_id, "poe": poe, "country": country})
    try:
        message, text = read_hub_alert(payload, STORED_PARAMETERS)
    except CapError as error:
        raise RejectedMessage(str(error)) from None
    ids = {"sender": message.sender, "identifier": message.identifier}
    try:
        _check_limits(ids)
        if message.msg_type not in ("Alert", "Update", "Cancel"):
            raise RejectedMessage(f"msgType {message.msg_type} is not accepted on an alert topic")
        params = message.parameters
        if message.sender != kiosk_id:
            raise RejectedMessage(f"sender {message.sender!r} is not the topic's kiosk {kiosk_id!r}", "spoofed-topic")
        if params.get("point-of-entry", poe) != poe:
            raise RejectedMessage(f"point of entry {params['point-of-entry']!r} is not the topic's {poe!r}",
                                  "spoofed-topic")
        if not received_at - SENT_PAST <= message.sent <= received_at + SENT_FUTURE:
            raise RejectedMessage(f"sent {message.sent_text} is implausible (received {cap_time(received_at)})",
                                  "implausible-sent")
        status, markers = decide_status(message.status, message.note, user or {}, mode)
    except RejectedMessage as error:
        error.sender, error.identifier = ids["sender"], ids["identifier"]
        raise
    reference = message.references[0] if message.references and message.msg_type != "Alert" else None
    row = {
        "sender": message.sender, "identifier": message.identifier, "sent": message.sent,
        "status": status, "cap_status": message.status, "markers": ",".join(markers) or None,
        "msg_type": message.msg_type, "exercise_id": _exercise_id(message.note, user or {}) if status != "Actual"
        else None,
        "country": country, "poe": poe, "kiosk_id": kiosk_id, "topic": topic,
        "event": message.event[:300], "urgency": message.urgency[:12], "severity": message.severity[:12],
        "certainty": message.certainty[:12],
        "protocol": params.get("protocol", "")[:40], "risk": params.get("risk", "")[:40],
        "disposition": params.get("disposition", "")[:20], "flagged_at": _flagged_at(params.get("flagged-at", "")),
        "ref_sender": reference.sender[:120] if reference else None,
        "ref_identifier": reference.identifier[:120] if reference else None,
        "payload": text, "received_at": received_at,
    }
    return row, message


def enrolment_problem(row: Mapping[str, Any], enrolments: Mapping[str, tuple[str, str]]) -> RejectedMessage | None:
    """Why an alert row from a kiosk is refused by the registry of enrolled kiosks, or None."""
    enrolled = enrolments.get(row["kiosk_id"])
    ids = {"sender": row["sender"], "identifier": row["identifier"]}
    if enrolled is None:
        return RejectedMessage(f"kiosk {row['kiosk_id']!r} is not enrolled at the hub", "unknown-kiosk", **ids)
    if enrolled != (row["country"], row["poe"]):
        return RejectedMessage(f"kiosk {row['kiosk_id']!r} is enrolled at {enrolled[0]}/{enrolled[1]}, "
                               f"not {row['country']}/{row['poe']}", "spoofed-topic", **ids)
    return None


def enrolments_of(connection: Connection, kiosk_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """``kiosk_id → (country, poe)`` of the enrolled kiosks among ``kiosk_ids`` (one query)."""
    ids = sorted(set(kiosk_ids))
    if not ids:
        return {}
    table = HubEnrolment.__table__
    rows = connection.execute(select(table.c.kiosk_id, table.c.country, table.c.poe)
                              .where(table.c.kiosk_id.in_(ids)))
    return {row.kiosk_id: (row.country, row.poe) for row in rows}


def quarantine_row(topic: str, payload: bytes, error: RejectedMessage, received_at: dt.datetime) -> dict[str, Any]:
    """The hub_quarantine row of a refused message (an oversized payload kept in part only)."""
    parts = topic.split("/")
    kiosk_id = parts[4] if len(parts) >= 5 and parts[:2] == ["poe", "v1"] else ""
    return {
        "digest": hashlib.sha256(topic.encode("utf-8", "replace") + b"\0" + payload).hexdigest(),
        "reason": error.reason, "detail": str(error)[:2000], "topic": topic[:300], "kiosk_id": kiosk_id[:120],
        "sender": error.sender[:120], "identifier": error.identifier[:120], "size": len(payload),
        "payload": payload[:QUARANTINE_PAYLOAD_MAX].decode("utf-8", "replace"), "received_at": received_at,
    }


def insert_statement(dialect: str) -> Any:
    """Core ``INSERT ... ON CONFLICT (status, sender, identifier) DO NOTHING RETURNING id`` for SQLite or
    PostgreSQL: the ids returned are those of the rows actually stored (duplicates return nothing).

    Core rather than the ORM bulk path: the rows are plain dicts and the ORM's per-row bookkeeping
    was a third of the ingest cost.
    """
    table = HubAlert.__table__
    return conflict_insert(table, dialect).on_conflict_do_nothing(
        index_elements=["status", "sender", "identifier"]).returning(table.c.id)


def quarantine_statement(dialect: str) -> Any:
    """``INSERT ... ON CONFLICT (digest) DO NOTHING``: a kiosk's re-sends are kept once."""
    return conflict_insert(HubQuarantine.__table__, dialect).on_conflict_do_nothing(index_elements=["digest"])


def insert_alerts(session: Session, rows: list[dict[str, Any]]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING, for SQLite and PostgreSQL."""
    if rows:
        session.execute(insert_statement(session.get_bind().dialect.name), rows)


def database_unreachable(error: BaseException) -> bool:
    """Whether a failed batch failed because the database could not be used (down, locked, connection
    lost): then it is retried as it is. Any other failure points at one of its messages."""
    if isinstance(error, OperationalError | InterfaceError | DisconnectionError | SqlTimeoutError | OSError):
        return True
    return isinstance(error, DBAPIError) and error.connection_invalidated


@dataclass(frozen=True)
class WorkerHealth:
    """What one ingest worker says of itself (``hub stats``, the console's status bar)."""

    client_id: str
    connected: bool
    database_ok: bool
    backlog: int
    stored: int
    quarantined: int
    last_commit_at: dt.datetime | None
    last_error: str


class IngestWorker:
    """One member of the shared subscription: paho's network loop and the batches in one thread.

    ``client.loop()`` reads and calls ``_on_message``, which only appends to a list; the batch is
    processed after ``loop()`` returns (no database work inside paho callbacks). One thread instead of
    paho's loop thread plus a worker fed through a queue: no hand-off and no GIL ping-pong between two
    busy threads, which cost more CPU per alert than the database insert (see docs/alerts.md).
    The thread reconnects with back-off (``reconnect_delay``) as paho's own loop would.

    A batch the database cannot take (down, locked, connection lost) is kept, un-acknowledged, and
    retried with back-off (``retry_delay``) until the database is back; the network loop keeps running
    meanwhile (keepalives, and the messages the broker's in-flight window still lets through join the
    batch). Nothing is acknowledged before its commit. When the connection drops, the batch in hand is
    let go: the broker delivers it again, with the session's other unacknowledged messages.
    """

    IDLE_POLL = 0.2
    """Seconds ``loop()`` waits when nothing is gathered (how soon ``stop()`` is noticed when idle)."""
    HEALTH_EVERY = 5.0
    """Seconds between health rows when no batch writes one (also how soon an idle worker sees the
    database go away)."""

    def __init__(self, engine: Engine, settings: BrokerSettings, client_id: str, group: str, *,
                 hub_id: str = "national-hub", session_expiry: int = 7 * 86400, batch_size: int = 1000,
                 linger: float = 0.002, max_batch_age: float = 0.05,
                 reconnect_delay: tuple[float, float] = (0.5, 30.0), retry_delay: tuple[float, float] = (0.25, 5.0),
                 presence: bool = False) -> None:
        """``presence``: this worker also keeps the kiosks' status (one worker of the hub should)."""
        self.engine = engine
        self.presence = presence
        self.linger = linger
        self.max_batch_age = max_batch_age
        self._insert = insert_statement(engine.dialect.name)
        self._quarantine = quarantine_statement(engine.dialect.name)
        self._health_statement = _health_statement(engine.dialect.name)
        self.settings = settings = worker_settings(settings, client_id)
        self.client_id = client_id
        self.group = group
        self.hub_id = hub_id
        self.session_expiry = session_expiry
        self.batch_size = batch_size
        self.reconnect_delay = reconnect_delay
        self.retry_delay = retry_delay
        self.stored = 0
        """Alerts this worker stored (copies already stored, the kiosk's re-sends and the broker's
        re-deliveries, are not counted: they are in :attr:`duplicates`)."""
        self.duplicates = 0
        self.rejected = 0
        """Messages this worker put in quarantine."""
        self.database_ok = True
        self.last_commit_at: dt.datetime | None = None
        self.last_error = ""
        self.subscribed = threading.Event()
        self._inbox: list[_Incoming] = []
        self._pending: list[_Incoming] = []
        self._retry_at = 0.0
        self._retry_wait = retry_delay[0]
        self._first_at = 0.0
        self._connected = False
        self._delay = reconnect_delay[0]
        self._beat = time.monotonic()
        self._health_at = 0.0
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._client = make_client(settings, client_id, reconnect_delay=reconnect_delay, manual_ack=True)
        self._client.max_inflight_messages_set(1000)
        self._client.on_connect = self._on_connect
        self._client.on_subscribe = self._on_subscribe
        self._client.on_message = self._on_message
        self._client.on_disconnect = self._on_disconnect

    @property
    def quarantined(self) -> int:
        return self.rejected

    def start(self) -> None:
        host, port, _tls = self.settings.endpoint()
        self._client.connect_async(host, port, keepalive=30, clean_start=False,
                                   properties=connect_properties(self.session_expiry))
        self._beat = time.monotonic()
        self._thread = threading.Thread(target=self._run, name=f"ingest-{self.client_id}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Finish the batch in hand (commit, then PUBACK and CAP Acks while still connected), then
        disconnect. Messages not yet read stay at the broker in the durable session for the next
        start. A batch still stuck after ``timeout`` (database down) has not been acknowledged: it
        never is before its commit."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.error("hub ingest: a batch did not finish within %.0f s; it stays un-acknowledged", timeout)
            self._thread = None

    def health(self) -> WorkerHealth:
        return WorkerHealth(self.client_id, self._connected and self.subscribed.is_set(), self.database_ok,
                            len(self._pending) + len(self._inbox), self.stored, self.rejected, self.last_commit_at,
                            self.last_error)

    def stuck(self, limit: float) -> bool:
        """True when the worker's thread has made no progress for ``limit`` seconds (a database call or
        the network that never returns) or died: only a new process helps then."""
        if self._thread is None or self._stopping.is_set():
            return False
        return not self._thread.is_alive() or time.monotonic() - self._beat > limit

    # paho callbacks (run inside client.loop() on this worker's thread): no database
    def _on_connect(self, client: mqtt.Client, userdata: Any, flags: Any, reason_code: Any, properties: Any) -> None:
        if reason_value(reason_code) >= 0x80:
            log.error("hub ingest: broker refused the connection: %s", reason_code)
            return
        self._delay = self.reconnect_delay[0]
        from kiosk.hub.reports import REPORT_FILTERS

        filters = [(shared_filter(self.group), 1), *((f"$share/{self.group}/{f}", 1) for f in REPORT_FILTERS),
                   *([(PRESENCE_FILTER, 1)] if self.presence else [])]
        client.subscribe(filters)

    def _on_subscribe(self, client: mqtt.Client, userdata: Any, mid: int, reason_codes: Any, properties: Any) -> None:
        if all(reason_value(code) < 0x80 for code in reason_codes):
            self.subscribed.set()
            self._health_at = float("-inf")  # say "connected" at once, not at the next period
        else:
            log.error("hub ingest: subscription refused: %s", reason_codes)

    def _on_disconnect(self, client: mqtt.Client, userdata: Any, flags: Any, reason_code: Any, properties: Any) -> None:
        self.subscribed.clear()
        self._connected = False
        self._health_at = float("-inf")

    def _on_message(self, client: mqtt.Client, userdata: Any, message: mqtt.MQTTMessage) -> None:
        if not self._inbox:
            self._first_at = time.monotonic()
        properties = getattr(message, "properties", None)
        user = tuple(getattr(properties, "UserProperty", None) or ())
        self._inbox.append(_Incoming(message.topic, message.payload, message.mid, message.qos, user))

    # the worker's loop
    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                self._beat = time.monotonic()
                if not self._connected and not self._connect():
                    continue
                gathered = len(self._inbox)
                try:
                    rc = self._client.loop(self._timeout())
                except Exception:  # the worker must not die: drop the link and reconnect after the back-off
                    log.exception("hub ingest: network loop failed")
                    rc = MQTTErrorCode.MQTT_ERR_UNKNOWN
                if rc != MQTTErrorCode.MQTT_ERR_SUCCESS:
                    self._lost()
                    continue
                if self._pending:
                    if time.monotonic() >= self._retry_at:
                        self._take_batch()
                elif self._inbox and self._batch_closed(arrived=len(self._inbox) > gathered):
                    self._take_batch()
                self._keep_health()
            if (self._inbox or self._pending) and self._connected:
                self._take_batch()
            if not self._pending:
                self._retire()
        finally:
            try:
                self._client.disconnect()  # sends the PUBACKs and Acks queued before it, then DISCONNECT
            except Exception:  # already gone: nothing left to tell the broker
                log.debug("hub ingest: disconnect failed", exc_info=True)

    def _lost(self) -> None:
        """The connection dropped (or was refused): the next attempt comes after the back-off. Messages
        in hand are let go un-acknowledged (their packet ids belong to the lost connection): the broker
        delivers them again after the reconnection."""
        self._connected = False
        self.subscribed.clear()
        if self._inbox or self._pending:
            log.warning("hub ingest: connection lost with %d un-committed messages; the broker will deliver "
                        "them again", len(self._inbox) + len(self._pending))
        self._inbox, self._pending = [], []
        self._stopping.wait(self._delay)
        self._delay = min(self._delay * 2, self.reconnect_delay[1])

    def _connect(self) -> bool:
        """One (re)connection attempt; on failure wait the back-off (or until stop) and say False."""
        try:
            self._client.reconnect()
        except (OSError, ValueError) as error:
            log.warning("hub ingest: cannot reach the broker (%s); retrying in %.1f s", error, self._delay)
            self._lost()
            return False
        self._connected = True
        return True

    def _batch_closed(self, *, arrived: bool) -> bool:
        """A batch ends when nothing came for ``linger`` seconds (a lone alert waits ~2 ms), when it
        is ``max_batch_age`` old or ``batch_size`` long (a stream makes batches of ~50 ms: one commit
        and one CAP Ack per kiosk for dozens of alerts, not a handful)."""
        return (not arrived or len(self._inbox) >= self.batch_size
                or time.monotonic() >= self._first_at + self.max_batch_age)

    def _timeout(self) -> float:
        if self._pending:
            return max(0.0, min(self.IDLE_POLL, self._retry_at - time.monotonic()))
        if not self._inbox:
            return self.IDLE_POLL
        return max(0.0, min(self.linger, self._first_at + self.max_batch_age - time.monotonic()))

    def _take_batch(self) -> None:
        """Process the batch in hand (a retried one with what arrived behind it). When the database
        cannot be used, keep it for a retry after the back-off; when one of its messages cannot be
        stored whatever the database does, process the batch one message at a time."""
        batch, self._pending, self._inbox = self._pending + self._inbox, [], []
        try:
            self._process(batch)
        except Exception as error:  # never acknowledged: kept for the retry (or the broker re-delivers)
            if database_unreachable(error):
                self._keep_for_retry(batch, error)
                return
            log.exception("hub ingest: a batch of %d failed; storing it one message at a time", len(batch))
            try:
                self._process_singly(batch)
            except Exception as again:  # the messages not yet committed are back in hand
                self._keep_for_retry([], again)
        else:
            self._committed()

    def _process_singly(self, batch: list[_Incoming]) -> None:
        """Each message in its own transaction; one that fails for another reason than the database
        goes to quarantine (reason ``invalid-cap``, the error named). Raises on a database failure, with
        the messages not yet committed back in hand."""
        for i, item in enumerate(batch):
            try:
                try:
                    self._process([item])
                except Exception as error:
                    if database_unreachable(error):
                        raise
                    self._quarantine_one(item, error)
            except Exception:
                self._inbox = batch[i:] + self._inbox
                raise
            self._committed()

    def _quarantine_one(self, item: _Incoming, error: Exception) -> None:
        now = dt.datetime.now(dt.UTC)
        problem = RejectedMessage(f"could not be stored: {type(error).__name__}: {str(error)[:300]}")
        with self.engine.begin() as connection:
            connection.execute(self._quarantine, [quarantine_row(item.topic, item.payload, problem, now)])
        self.rejected += 1
        self._client.ack(item.mid, item.qos)

    def _keep_for_retry(self, batch: list[_Incoming], error: BaseException) -> None:
        batch, self._inbox = batch + self._inbox, []
        self._pending = batch
        first = self.database_ok
        self.database_ok = False
        self.last_error = f"{type(error).__name__}: {str(error).splitlines()[0][:200] if str(error) else ''}"
        self._retry_at = time.monotonic() + self._retry_wait
        (log.error if first else log.warning)(
            "hub ingest: the database cannot take a batch of %d (%s); nothing acknowledged, retrying in %.1f s",
            len(batch), self.last_error, self._retry_wait)
        self._retry_wait = min(self._retry_wait * 2, self.retry_delay[1])

    def _committed(self) -> None:
        if not self.database_ok:
            log.warning("hub ingest: the database is back; the kept batch is stored")
        self.database_ok = True
        self.last_error = ""
        self._retry_wait = self.retry_delay[0]

    def _keep_health(self) -> None:
        """Write the health row every :data:`HEALTH_EVERY` seconds when no batch did (a failure marks
        the database unreachable until the next commit)."""
        now = time.monotonic()
        if now - self._health_at < self.HEALTH_EVERY or self._pending:
            return
        self._health_at = now
        try:
            with self.engine.begin() as connection:
                connection.execute(self._health_statement, [self._health_row()])
        except Exception as error:  # the health row must never stop the worker
            if not database_unreachable(error):
                log.exception("hub ingest: could not write the health row")
                return
            self.database_ok = False
            self.last_error = f"{type(error).__name__}: {str(error).splitlines()[0][:200] if str(error) else ''}"
        else:
            self._committed()

    def _retire(self) -> None:
        """A clean stop removes the worker's health row: a stopped worker is not an unhealthy one (a
        crashed one leaves its row, which goes stale until it runs again)."""
        try:
            with self.engine.begin() as connection:
                connection.execute(HubWorker.__table__.delete().where(HubWorker.client_id == self.client_id[:120]))
        except Exception:  # the database is away: the row goes stale instead
            log.debug("hub ingest: could not remove the health row", exc_info=True)

    def _health_row(self) -> dict[str, Any]:
        health = self.health()
        return {"client_id": self.client_id[:120], "host": socket.gethostname()[:120], "pid": os.getpid(),
                "connected": health.connected, "database_ok": True, "backlog": health.backlog,
                "stored": health.stored, "quarantined": health.quarantined, "last_commit_at": self.last_commit_at,
                "last_error": "", "updated_at": dt.datetime.now(dt.UTC)}

    def _process(self, batch: list[_Incoming]) -> None:
        """Parse, store the batch in one transaction, then PUBACK it and send the CAP Acks.

        Never the other way round: a PUBACK before the commit could lose an alert in a crash.
        Refused messages go to quarantine in the same transaction (and are acknowledged to the
        broker, not to the kiosk: it sends them again, and they are stored once its kiosk is enrolled
        or its problem fixed).
        """
        from kiosk.hub.reports import ReportBatch, report_kind  # reports import this module

        now = dt.datetime.now(dt.UTC)
        rows: dict[tuple[str, str, str], dict[str, Any]] = {}
        acks: dict[tuple[str, str], list[Reference]] = defaultdict(list)
        refused: list[dict[str, Any]] = []
        kiosks: dict[str, dict[str, Any]] = {}
        accepted: list[tuple[_Incoming, dict[str, Any], AlertFields]] = []
        reports = ReportBatch()
        for item in batch:
            if is_status_topic(item.topic):
                self._take_status(item, now, kiosks, refused)
                continue
            if report_kind(item.topic):
                reports.take(item.topic, item.payload, now, refused)
                continue
            try:
                row, message = alert_row(item.topic, item.payload, now, dict(item.user))
            except RejectedMessage as error:
                log.warning("hub ingest: quarantined a message on %s (%s)", item.topic[:200], error.reason)
                refused.append(quarantine_row(item.topic, item.payload, error, now))
                continue
            accepted.append((item, row, message))
        with self.engine.begin() as connection:
            enrolments = enrolments_of(connection, (row["kiosk_id"] for _item, row, _message in accepted))
            for item, row, message in accepted:
                problem = enrolment_problem(row, enrolments)
                if problem is not None:
                    log.warning("hub ingest: quarantined a message on %s (%s)", item.topic[:200], problem.reason)
                    refused.append(quarantine_row(item.topic, item.payload, problem, now))
                    continue
                rows[(row["status"], row["sender"], row["identifier"])] = row
                ack_topic = ack_topic_for_alert_topic(item.topic)
                if ack_topic:
                    acks[(ack_topic, message.status)].append(
                        Reference(message.sender, message.identifier, message.sent_text))
            stored = len(connection.execute(self._insert, list(rows.values())).all()) if rows else 0
            for topic, reference in reports.store(connection, now, refused):
                acks[(topic, "Actual")].append(reference)
            if refused:
                connection.execute(self._quarantine, refused)
            store_presence(connection, kiosks)
            self.last_commit_at = now
            health = self._health_row()
            connection.execute(self._health_statement, [{**health, "stored": self.stored + stored,
                                                         "quarantined": self.rejected + len(refused),
                                                         "backlog": 0}])
        self._health_at = time.monotonic()
        self.stored += stored
        self.duplicates += len(rows) - stored
        self.rejected += len(refused)
        for item in batch:
            self._client.ack(item.mid, item.qos)
        for (topic, status), refs in acks.items():
            for start in range(0, len(refs), ACK_REFERENCES_PER_MESSAGE):
                chunk = refs[start:start + ACK_REFERENCES_PER_MESSAGE]
                payload = build_ack(identifier=f"{self.hub_id}-{new_ulid()}", sender=self.hub_id, sent=now,
                                    status=status, references=chunk)
                self._client.publish(topic, payload, qos=1)

    @staticmethod
    def _take_status(item: _Incoming, now: dt.datetime, kiosks: dict[str, dict[str, Any]],
                     refused: list[dict[str, Any]]) -> None:
        """A kiosk's status: the latest of the batch per kiosk (MQTT keeps one topic's messages in order)."""
        try:
            row = presence_row(item.topic, item.payload, now)
        except BadStatus as error:
            log.warning("hub ingest: refused a status on %s: %s", item.topic[:200], error)
            refused.append(quarantine_row(item.topic, item.payload, RejectedMessage(str(error), "bad-status"), now))
            return
        if row is not None:
            kiosks[row["kiosk_id"]] = row


def _health_statement(dialect: str) -> Any:
    statement = conflict_insert(HubWorker.__table__, dialect)
    updated = ("host", "pid", "connected", "database_ok", "backlog", "stored", "quarantined", "last_commit_at",
               "last_error", "updated_at")
    return statement.on_conflict_do_update(index_elements=["client_id"],
                                           set_={name: statement.excluded[name] for name in updated})


INGEST_BUSY_TIMEOUT = 5.0
"""Seconds an ingest write waits for an SQLite lock before the batch is kept for a retry (short, so
that the network loop keeps the broker connection alive while the database is locked)."""
STUCK_AFTER = 120.0
"""Seconds without progress after which a worker is stuck and its process exits non-zero."""


class HubIngest:
    """``workers`` members of one shared-subscription group writing to one hub database."""

    def __init__(self, db_url: str, settings: BrokerSettings, *, workers: int = 1, group: str = "ingest",
                 hub_id: str = "national-hub", client_prefix: str | None = None, session_expiry: int = 7 * 86400,
                 reconnect_delay: tuple[float, float] = (0.5, 30.0),
                 retry_delay: tuple[float, float] = (0.25, 5.0)) -> None:
        if workers < 1:
            raise ValueError("at least one worker")
        prefix = worker_prefix(settings, client_prefix, group)
        self.engine = hub_engine(db_url, busy_timeout=INGEST_BUSY_TIMEOUT)
        self.workers = [
            IngestWorker(self.engine, settings, f"{prefix}-{i}", group, hub_id=hub_id,
                         session_expiry=session_expiry, reconnect_delay=reconnect_delay, retry_delay=retry_delay,
                         presence=i == 0)
            for i in range(workers)
        ]

    def start(self) -> None:
        for worker in self.workers:
            worker.start()

    def wait_subscribed(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        return all(w.subscribed.wait(max(0.0, deadline - time.monotonic())) for w in self.workers)

    def health(self) -> list[WorkerHealth]:
        return [worker.health() for worker in self.workers]

    def stuck(self, limit: float = STUCK_AFTER) -> list[str]:
        """Client ids of the workers that made no progress for ``limit`` seconds."""
        return [worker.client_id for worker in self.workers if worker.stuck(limit)]

    def stop(self, timeout: float = 5.0) -> None:
        for worker in self.workers:
            worker.stop(timeout)

    def close(self) -> None:
        self.engine.dispose()


HEALTH_STALE = 3 * IngestWorker.HEALTH_EVERY + 5
"""A worker whose health row is older than this (seconds) is reported ``stale`` (stopped, or stuck)."""


def hub_stats(engine: Engine, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """Counts of stored alerts by mode (Exercise and Test never counted as Actual; Updates and Cancels
    beside the alerts, never as new ones), the quarantine by reason, and each worker's health."""
    alerts = HubAlert.__table__.c
    now = now or dt.datetime.now(dt.UTC)
    with Session(engine) as session:
        counts = session.execute(select(alerts.status, alerts.msg_type, func.count())
                                 .group_by(alerts.status, alerts.msg_type)).all()
        reasons = dict(session.execute(select(HubQuarantine.reason, func.count())
                                       .group_by(HubQuarantine.reason)).all())
        enrolled = session.scalar(select(func.count()).select_from(HubEnrolment)) or 0
        distinct_ids = session.scalar(select(func.count(distinct(alerts.identifier)))) or 0
    health = worker_health(engine, now=now)
    new = {status: 0 for status in ("Actual", "Exercise", "Test")}
    follow_ups = {"Update": 0, "Cancel": 0}
    for status, msg_type, count in counts:
        if msg_type == "Alert":
            new[status] = new.get(status, 0) + count
        else:
            follow_ups[msg_type] = follow_ups.get(msg_type, 0) + count
    total = sum(count for _s, _m, count in counts)
    return {
        "actual": new["Actual"],
        "exercise": new["Exercise"],
        "test": new["Test"],
        "other": sum(v for k, v in new.items() if k not in ("Actual", "Exercise", "Test")),
        "updates": follow_ups["Update"],
        "cancels": follow_ups["Cancel"],
        "total": total,
        "distinct_identifiers": distinct_ids,
        "quarantined": sum(reasons.values()),
        "quarantine_by_reason": dict(sorted(reasons.items())),
        "rejected": sum(reasons.values()),
        "enrolled_kiosks": enrolled,
        "workers": health,
    }


def worker_health(engine: Engine, *, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Each ingest worker's latest health row (``stale`` when it has not written one for a while)."""
    now = now or dt.datetime.now(dt.UTC)
    with Session(engine) as session:
        workers = session.scalars(select(HubWorker).order_by(HubWorker.client_id)).all()
        return [_worker_json(worker, now) for worker in workers]


def _worker_json(worker: HubWorker, now: dt.datetime) -> dict[str, Any]:
    age = (now - worker.updated_at).total_seconds()
    return {"client_id": worker.client_id, "host": worker.host, "pid": worker.pid,
            "connected": worker.connected, "database_ok": worker.database_ok, "backlog": worker.backlog,
            "stored": worker.stored, "quarantined": worker.quarantined,
            "last_commit_at": worker.last_commit_at.isoformat() if worker.last_commit_at else None,
            "updated_at": worker.updated_at.isoformat(), "stale": age > HEALTH_STALE}
