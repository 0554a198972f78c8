"""Hub ingest: a shared MQTT v5 subscription, idempotent inserts, then a CAP Ack back to each kiosk.

Each worker is one paho client in the ``$share/<group>/`` group with a durable session (clean start
off, session expiry), so any number of workers and processes split the load and a restart loses
nothing the broker kept. Messages are acknowledged to the broker (manual PUBACK) only after the
database commit; a crash in between makes the broker deliver again, and the insert ignores the copy.
"""

from __future__ import annotations

import datetime as dt
import logging
import socket
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import MQTTErrorCode
from sqlalchemy import Engine, distinct, func, select
from sqlalchemy.orm import Session

from kiosk.alerts.cap import MODE_STATUS, AlertFields, CapError, Reference, build_ack, read_alert_fields
from kiosk.alerts.outbox import ack_topic_for_alert_topic, new_ulid
from kiosk.alerts.transport import BrokerSettings, connect_properties, make_client, reason_value
from kiosk.errors import KioskError
from kiosk.hub.models import HubAlert, HubRejected, conflict_insert, hub_engine
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


class RejectedMessage(Exception):
    pass


STORED_PARAMETERS = ("protocol", "risk", "disposition")


def alert_row(topic: str, payload: bytes, received_at: dt.datetime) -> tuple[dict[str, Any], AlertFields]:
    """The hub_alerts row of one message; raises RejectedMessage when it cannot be accepted."""
    parts = topic.split("/")
    if len(parts) != 7 or parts[5] != "alerts":
        raise RejectedMessage(f"not an alert topic: {topic}")
    country, poe, kiosk_id, mode = parts[2], parts[3], parts[4], parts[6]
    try:
        message = read_alert_fields(payload, STORED_PARAMETERS)
    except CapError as error:
        raise RejectedMessage(str(error)) from None
    if message.msg_type not in ("Alert", "Update", "Cancel"):
        raise RejectedMessage(f"msgType {message.msg_type} is not accepted on an alert topic")
    if message.sender != kiosk_id:
        raise RejectedMessage(f"sender {message.sender!r} is not the topic's kiosk {kiosk_id!r}")
    if MODE_STATUS.get(mode) != message.status:
        raise RejectedMessage(f"status {message.status} does not match the topic branch {mode!r}")
    params = message.parameters
    row = {
        "sender": message.sender, "identifier": message.identifier, "sent": message.sent,
        "status": message.status, "msg_type": message.msg_type, "exercise_id": message.exercise_id,
        "country": country, "poe": poe, "kiosk_id": kiosk_id, "topic": topic,
        "event": message.event[:300], "urgency": message.urgency, "severity": message.severity,
        "certainty": message.certainty,
        "protocol": params.get("protocol", "")[:40], "risk": params.get("risk", "")[:40],
        "disposition": params.get("disposition", "")[:20],
        "payload": payload.decode("utf-8", "replace"), "received_at": received_at,
    }
    return row, message


def insert_statement(dialect: str) -> Any:
    """Core ``INSERT ... ON CONFLICT (sender, identifier) DO NOTHING`` for SQLite or PostgreSQL.

    Core rather than the ORM bulk path: the rows are plain dicts and the ORM's per-row bookkeeping
    was a third of the ingest cost.
    """
    return conflict_insert(HubAlert.__table__, dialect).on_conflict_do_nothing(
        index_elements=["sender", "identifier"])


def insert_alerts(session: Session, rows: list[dict[str, Any]]) -> None:
    """INSERT ... ON CONFLICT (sender, identifier) DO NOTHING, for SQLite and PostgreSQL."""
    if rows:
        session.execute(insert_statement(session.get_bind().dialect.name), rows)


class IngestWorker:
    """One member of the shared subscription: paho's network loop and the batches in one thread.

    ``client.loop()`` reads and calls ``_on_message``, which only appends to a list; the batch is
    processed after ``loop()`` returns (no database work inside paho callbacks). One thread instead of
    paho's loop thread plus a worker fed through a queue: no hand-off and no GIL ping-pong between two
    busy threads, which cost more CPU per alert than the database insert (see docs/alerts.md).
    The thread reconnects with back-off (``reconnect_delay``) as paho's own loop would.
    """

    IDLE_POLL = 0.2
    """Seconds ``loop()`` waits when nothing is gathered (how soon ``stop()`` is noticed when idle)."""

    def __init__(self, engine: Engine, settings: BrokerSettings, client_id: str, group: str, *,
                 hub_id: str = "national-hub", session_expiry: int = 7 * 86400, batch_size: int = 1000,
                 linger: float = 0.002, max_batch_age: float = 0.05,
                 reconnect_delay: tuple[float, float] = (0.5, 30.0), presence: bool = False) -> None:
        """``presence``: this worker also keeps the kiosks' status (one worker of the hub should)."""
        self.engine = engine
        self.presence = presence
        self.linger = linger
        self.max_batch_age = max_batch_age
        self._insert = insert_statement(engine.dialect.name)
        self.settings = settings = worker_settings(settings, client_id)
        self.group = group
        self.hub_id = hub_id
        self.session_expiry = session_expiry
        self.batch_size = batch_size
        self.reconnect_delay = reconnect_delay
        self.stored = 0
        self.rejected = 0
        self.subscribed = threading.Event()
        self._inbox: list[_Incoming] = []
        self._first_at = 0.0
        self._connected = False
        self._delay = reconnect_delay[0]
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._client = make_client(settings, client_id, reconnect_delay=reconnect_delay, manual_ack=True)
        self._client.max_inflight_messages_set(1000)
        self._client.on_connect = self._on_connect
        self._client.on_subscribe = self._on_subscribe
        self._client.on_message = self._on_message
        self._client.on_disconnect = self._on_disconnect

    def start(self) -> None:
        host, port, _tls = self.settings.endpoint()
        self._client.connect_async(host, port, keepalive=30, clean_start=False,
                                   properties=connect_properties(self.session_expiry))
        self._thread = threading.Thread(target=self._run, name=f"ingest-{self._client._client_id!r}", daemon=True)
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

    # paho callbacks (run inside client.loop() on this worker's thread): no database
    def _on_connect(self, client: mqtt.Client, userdata: Any, flags: Any, reason_code: Any, properties: Any) -> None:
        if reason_value(reason_code) >= 0x80:
            log.error("hub ingest: broker refused the connection: %s", reason_code)
            return
        self._delay = self.reconnect_delay[0]
        filters = [(shared_filter(self.group), 1), *([(PRESENCE_FILTER, 1)] if self.presence else [])]
        client.subscribe(filters)

    def _on_subscribe(self, client: mqtt.Client, userdata: Any, mid: int, reason_codes: Any, properties: Any) -> None:
        if all(reason_value(code) < 0x80 for code in reason_codes):
            self.subscribed.set()
        else:
            log.error("hub ingest: subscription refused: %s", reason_codes)

    def _on_disconnect(self, client: mqtt.Client, userdata: Any, flags: Any, reason_code: Any, properties: Any) -> None:
        self.subscribed.clear()
        self._connected = False

    def _on_message(self, client: mqtt.Client, userdata: Any, message: mqtt.MQTTMessage) -> None:
        if not self._inbox:
            self._first_at = time.monotonic()
        self._inbox.append(_Incoming(message.topic, message.payload, message.mid, message.qos))

    # the worker's loop
    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
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
                if self._inbox and self._batch_closed(arrived=len(self._inbox) > gathered):
                    self._take_batch()
            if self._inbox:
                self._take_batch()
        finally:
            try:
                self._client.disconnect()  # sends the PUBACKs and Acks queued before it, then DISCONNECT
            except Exception:  # already gone: nothing left to tell the broker
                log.debug("hub ingest: disconnect failed", exc_info=True)

    def _lost(self) -> None:
        """The connection dropped (or was refused): the next attempt comes after the back-off."""
        self._connected = False
        self.subscribed.clear()
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
        and one CAP Ack per kiosk for dozens of alerts, not a handful), or when the link dropped."""
        return (not arrived or not self._connected or len(self._inbox) >= self.batch_size
                or time.monotonic() >= self._first_at + self.max_batch_age)

    def _timeout(self) -> float:
        if not self._inbox:
            return self.IDLE_POLL
        return max(0.0, min(self.linger, self._first_at + self.max_batch_age - time.monotonic()))

    def _take_batch(self) -> None:
        batch, self._inbox = self._inbox, []
        try:
            self._process(batch)
        except Exception:  # leave the messages un-acked: the broker re-delivers them after reconnect
            log.exception("hub ingest: batch of %d failed", len(batch))

    def _process(self, batch: list[_Incoming]) -> None:
        """Parse, store the batch in one transaction, then PUBACK it and send the CAP Acks.

        Never the other way round: a PUBACK before the commit could lose an alert in a crash.
        """
        now = dt.datetime.now(dt.UTC)
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        acks: dict[tuple[str, str], list[Reference]] = defaultdict(list)
        rejected = []
        kiosks: dict[str, dict[str, Any]] = {}
        for item in batch:
            if is_status_topic(item.topic):
                self._take_status(item, now, kiosks, rejected)
                continue
            try:
                row, message = alert_row(item.topic, item.payload, now)
            except RejectedMessage as error:
                log.warning("hub ingest: refused a message on %s: %s", item.topic, error)
                rejected.append({"topic": item.topic[:300], "error": str(error), "size": len(item.payload),
                                 "received_at": now})
                continue
            rows[(row["sender"], row["identifier"])] = row
            ack_topic = ack_topic_for_alert_topic(item.topic)
            if ack_topic:
                acks[(ack_topic, message.status)].append(
                    Reference(message.sender, message.identifier, message.sent_text))
        with self.engine.begin() as connection:
            if rows:
                connection.execute(self._insert, list(rows.values()))
            if rejected:
                connection.execute(HubRejected.__table__.insert(), rejected)
            store_presence(connection, kiosks)
        self.stored += len(rows)
        self.rejected += len(rejected)
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
                     rejected: list[dict[str, Any]]) -> None:
        """A kiosk's status: the latest of the batch per kiosk (MQTT keeps one topic's messages in order)."""
        try:
            row = presence_row(item.topic, item.payload, now)
        except BadStatus as error:
            log.warning("hub ingest: refused a status on %s: %s", item.topic, error)
            rejected.append({"topic": item.topic[:300], "error": str(error), "size": len(item.payload),
                             "received_at": now})
            return
        if row is not None:
            kiosks[row["kiosk_id"]] = row


class HubIngest:
    """``workers`` members of one shared-subscription group writing to one hub database."""

    def __init__(self, db_url: str, settings: BrokerSettings, *, workers: int = 1, group: str = "ingest",
                 hub_id: str = "national-hub", client_prefix: str | None = None, session_expiry: int = 7 * 86400,
                 reconnect_delay: tuple[float, float] = (0.5, 30.0)) -> None:
        if workers < 1:
            raise ValueError("at least one worker")
        prefix = worker_prefix(settings, client_prefix, group)
        self.engine = hub_engine(db_url)
        self.workers = [
            IngestWorker(self.engine, settings, f"{prefix}-{i}", group, hub_id=hub_id,
                         session_expiry=session_expiry, reconnect_delay=reconnect_delay, presence=i == 0)
            for i in range(workers)
        ]

    def start(self) -> None:
        for worker in self.workers:
            worker.start()

    def wait_subscribed(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        return all(w.subscribed.wait(max(0.0, deadline - time.monotonic())) for w in self.workers)

    def stop(self, timeout: float = 5.0) -> None:
        for worker in self.workers:
            worker.stop(timeout)

    def close(self) -> None:
        self.engine.dispose()


def hub_stats(engine: Engine) -> dict[str, Any]:
    """Counts by CAP status (Exercise and Test never counted as Actual) and distinct identifiers."""
    with Session(engine) as session:
        by_status = dict(session.execute(select(HubAlert.status, func.count()).group_by(HubAlert.status)).all())
        distinct_ids = session.scalar(select(func.count(distinct(HubAlert.identifier)))) or 0
        total = session.scalar(select(func.count()).select_from(HubAlert)) or 0
        rejected = session.scalar(select(func.count()).select_from(HubRejected)) or 0
    return {
        "actual": by_status.get("Actual", 0),
        "exercise": by_status.get("Exercise", 0),
        "test": by_status.get("Test", 0),
        "other": sum(v for k, v in by_status.items() if k not in ("Actual", "Exercise", "Test")),
        "total": total,
        "distinct_identifiers": distinct_ids,
        "rejected": rejected,
    }
