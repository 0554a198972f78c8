"""Helpers of the integration tests (a module of its own: ``from conftest import`` would pick up
whichever conftest pytest loaded first when several test folders run together)."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.alerts.loadgen import synthetic_record
from kiosk.alerts.outbox import enqueue_alert, notify_enqueued
from kiosk.alerts.transport import BrokerSettings, make_client, reason_value
from kiosk.clock import SystemClock
from kiosk.records import parse_record
from kiosk.screening import KioskContext, Rules, SiteInfo
from kiosk.store import Store
from kiosk.store import models as m

SITE = SiteInfo(id="XL-LND-01", name="Lakeside Land Crossing", kind="ground_crossing", country="XL")
FAST = (0.05, 0.5)  # reconnect back-off in tests
TEST_KIOSKS = (("XL-LND-01-K1", "XL", "XL-LND-01"), ("XL-LND-01-K2", "XL", "XL-LND-01"))
"""``(kiosk_id, country, poe)`` of :func:`kiosk_context`'s kiosks, enrolled at every test hub."""


def kiosk_context(kiosk_id: str = "XL-LND-01-K1", **changes: str) -> KioskContext:
    return KioskContext(site=SITE, kiosk_id=kiosk_id, **changes)


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.02)


def fill_outbox(store: Store, context: KioskContext, rules: Rules, count: int) -> list[str]:
    """``count`` alert-raising encounters with their outbox rows, in one transaction (fast set-up)."""
    clock = SystemClock()
    now = clock.now()
    record = parse_record(synthetic_record(now.date()))
    evaluation = rules.evaluate(record)
    identifiers = []
    with store.transaction() as session:
        if session.get(m.Site, context.site.id) is None:
            session.add(m.Site(id=context.site.id, name=context.site.name, kind=context.site.kind,
                               country=context.site.country, created_at=now))
            session.flush()
        for _ in range(count):
            encounter = m.Encounter(
                id=str(uuid.uuid4()), site_id=context.site.id, kiosk_id=context.kiosk_id, stage="primary",
                sop_id="t", sop_version="1", status="completed", record=record.to_json(),
                evaluation=evaluation.to_json(), recommended_disposition=evaluation.disposition,
                disposition=evaluation.disposition, mode=context.mode, exercise_id=context.exercise_id,
                started_at=now, updated_at=now, completed_at=now,
            )
            session.add(encounter)
            session.flush()
            identifiers.append(enqueue_alert(session.connection(), encounter=encounter, evaluation=evaluation,
                                             context=context, clock=clock, traveller_reference="T0000000001"))
    notify_enqueued()
    return identifiers


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def broker_arguments(settings: BrokerSettings) -> list[str]:
    """The ``--broker …`` arguments of a ``poe-kiosk`` child process logging in with ``settings``.

    The one place tests pass a broker login to a command: the password (a test's throw-away one) goes in a
    private file, never on the command line."""
    out = ["--broker", settings.url]
    if settings.username:
        out += ["--username", settings.username, "--password-file", str(secret_file(settings.password or ""))]
    if settings.ca_file:
        out += ["--ca-file", settings.ca_file]
    return out


def secret_file(secret: str) -> Path:
    """A 0600 file holding ``secret`` (removed when the test session ends)."""
    import atexit
    import os
    import tempfile

    fd, name = tempfile.mkstemp(prefix="poe-secret-")
    os.write(fd, (secret + "\n").encode())
    os.close(fd)
    atexit.register(lambda: Path(name).unlink(missing_ok=True))
    return Path(name)


def publish_code(settings: BrokerSettings, topic: str) -> int:
    """The PUBACK reason code of one QoS 1 publish with ``settings``' credentials (a probe client)."""
    codes: list[int] = []
    done = threading.Event()
    client = make_client(settings, f"probe-{uuid.uuid4().hex[:6]}")

    def on_publish(c: Any, u: object, mid: int, reason: object, p: object) -> None:
        codes.append(reason_value(reason))
        done.set()

    client.on_publish = on_publish
    host, port, _ = settings.endpoint()
    client.connect(host, port)
    client.loop_start()
    try:
        client.publish(topic, b"probe", qos=1)
        assert done.wait(5), "no PUBACK"
    finally:
        client.disconnect()
        client.loop_stop()
    return codes[0]
