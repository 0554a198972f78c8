"""Integration fixtures: a real Mosquitto (free loopback port, own config and persistence, killable),
kiosk stores filled with alerts, and in-process hub ingest services.

Never the shared broker on 1883. Every wait is on a condition with a deadline.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.alerts.transport import BrokerSettings, Publisher
from kiosk.hub.ingest import HubIngest
from kiosk.screening import KioskContext, Rules
from kiosk.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from integration_helpers import FAST, kiosk_context
from mosquitto import Mosquitto

REPO = Path(__file__).parents[2]


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
