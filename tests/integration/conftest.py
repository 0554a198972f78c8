"""Integration fixtures: a real Mosquitto (free loopback port, own config and persistence, killable),
kiosk stores filled with alerts, and in-process hub ingest services.

Never the shared broker on 1883. Every wait is on a condition with a deadline.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.alerts.loadgen import synthetic_record
from kiosk.alerts.outbox import enqueue_alert
from kiosk.alerts.transport import BrokerSettings, Publisher
from kiosk.clock import SystemClock
from kiosk.hub.ingest import HubIngest
from kiosk.records import parse_record
from kiosk.screening import KioskContext, Rules, SiteInfo
from kiosk.store import Store
from kiosk.store import models as m

sys.path.insert(0, str(Path(__file__).parent))
from mosquitto import Mosquitto

REPO = Path(__file__).parents[2]
SITE = SiteInfo(id="XL-LND-01", name="Lakeside Land Crossing", kind="ground_crossing", country="XL")
FAST = (0.05, 0.5)  # reconnect back-off in tests


def kiosk_context(kiosk_id: str = "XL-LND-01-K1", **changes: str) -> KioskContext:
    return KioskContext(site=SITE, kiosk_id=kiosk_id, **changes)


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.02)


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mosquitto]:
    server = Mosquitto(tmp_path_factory.mktemp("mosquitto"))
    server.start()
    yield server
    server.kill()


@pytest.fixture(scope="session")
def acl_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mosquitto]:
    """A broker with passwords and the shipped ``packaging/mosquitto/acl``."""
    users = {"XL-LND-01-K1": "k1-secret", "XL-LND-01-K2": "k2-secret", "hub-ingest": "hub-secret"}
    server = Mosquitto(tmp_path_factory.mktemp("mosquitto-acl"), allow_anonymous=False, users=users,
                       acl_file=REPO / "packaging" / "mosquitto" / "acl")
    server.start()
    yield server
    server.kill()


@pytest.fixture(scope="session")
def rules() -> Rules:
    return Rules.shipped()


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
            message = enqueue_alert(session, encounter=encounter, evaluation=evaluation, context=context,
                                    clock=clock, traveller_reference="T0000000001")
            identifiers.append(message.alert_identifier)
    return identifiers


@pytest.fixture
def kiosk_store(tmp_path: Path) -> Iterator[Store]:
    store = Store(f"sqlite:///{tmp_path / 'kiosk.sqlite'}")
    yield store
    store.close()


@pytest.fixture
def make_hub(tmp_path: Path) -> Iterator[Callable[..., HubIngest]]:
    """Start hub ingest services; all are stopped at the end. Same ``prefix`` = same durable sessions."""
    started: list[HubIngest] = []

    def make(broker_url: str, *, db_url: str | None = None, workers: int = 2, prefix: str | None = None,
             group: str | None = None, start: bool = True, **settings: str) -> HubIngest:
        hub = HubIngest(db_url or f"sqlite:///{tmp_path / 'hub.sqlite'}", BrokerSettings(url=broker_url, **settings),
                        workers=workers, group=group or f"g{uuid.uuid4().hex[:8]}",
                        client_prefix=prefix or f"hub-{uuid.uuid4().hex[:8]}", reconnect_delay=FAST,
                        session_expiry=600)
        if start:
            hub.start()
            assert hub.wait_subscribed(10), "hub ingest did not subscribe"
        started.append(hub)
        return hub

    yield make
    for hub in started:
        hub.stop()
        hub.close()


@pytest.fixture
def make_publisher() -> Iterator[Callable[..., Publisher]]:
    started: list[Publisher] = []

    def make(store: Store, broker_url: str, context: KioskContext | None = None, **kwargs: object) -> Publisher:
        settings = kwargs.pop("settings", None) or BrokerSettings(url=broker_url,
                                                                  client_id=f"kiosk-{uuid.uuid4().hex[:8]}")
        kwargs.setdefault("reconnect_delay", FAST)
        publisher = Publisher(store, settings, context or kiosk_context(), **kwargs)  # type: ignore[arg-type]
        publisher.start()
        started.append(publisher)
        return publisher

    yield make
    for publisher in started:
        publisher.stop(timeout=2)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
