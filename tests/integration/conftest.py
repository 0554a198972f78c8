"""Integration fixtures: a real Mosquitto started from the shipped configuration (free loopback ports,
own persistence, killable), kiosk stores filled with alerts, and in-process hub ingest services.

``make_hub`` and ``make_publisher`` take a broker URL; for a test broker they log in with the hub
host's or the kiosk's own login (created on the broker as a deployment creates it).

Never the shared broker on 1883. Every wait is on a condition with a deadline.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.alerts.transport import BrokerSettings, Publisher
from kiosk.broker.logins import hub_login, kiosk_login
from kiosk.hub.ingest import HubIngest
from kiosk.hub.registry import enrol_kiosk
from kiosk.screening import KioskContext, Rules
from kiosk.store import Store

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(1, str(Path(__file__).parents[2]))  # ``bench`` (its TCP forwarder) also under a bare ``pytest``
from integration_helpers import FAST, TEST_KIOSKS, kiosk_context
from mosquitto import Mosquitto, broker_for

REPO = Path(__file__).parents[2]


KNOWN_PASSWORDS = {"XL-LND-01-K1": "k1-secret", "XL-LND-01-K2": "k2-secret", "hub-ingest": "hub-secret"}
"""Fixed passwords of the demo kiosks K1, K2 and one hub host, for tests that must name them (a password
file for a child process); every other login gets a random one."""


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mosquitto]:
    """The national broker as shipped (``packaging/mosquitto/national.conf``: TLS, dynamic security,
    client ids bound to logins, the size limit, the real in-flight and queue settings), with the
    hub and kiosks connecting straight to it, as kiosks of a site without a server do."""
    server = Mosquitto(tmp_path_factory.mktemp("mosquitto"), config="national")
    for kiosk_id in ("XL-LND-01-K1", "XL-LND-01-K2"):
        server.provision(kiosk_login(kiosk_id, "XL", "XL-LND-01", password=KNOWN_PASSWORDS[kiosk_id]))
    server.provision(hub_login("hub-ingest", password=KNOWN_PASSWORDS["hub-ingest"]))
    server.start()
    yield server
    server.kill()


@pytest.fixture(scope="session")
def acl_broker(broker: Mosquitto) -> Mosquitto:
    """The same broker: every test broker runs the shipped logins and ACLs (the name is kept for older tests)."""
    return broker


@pytest.fixture(scope="session")
def rules() -> Rules:
    return Rules.shipped()


@pytest.fixture
def kiosk_store(tmp_path: Path) -> Iterator[Store]:
    store = Store(f"sqlite:///{tmp_path / 'kiosk.sqlite'}")
    yield store
    store.close()


@pytest.fixture
def started_hubs() -> list[HubIngest]:
    """The hubs ``make_hub`` started in this test (``make_publisher`` enrols its kiosk at each)."""
    return []


def enrol(engine: Engine, kiosks: Iterable[tuple[str, str, str]]) -> None:
    """Enrol ``(kiosk_id, country, poe)`` at the hub of ``engine``, as ``poe-kiosk hub enrol`` does."""
    for kiosk_id, country, poe in kiosks:
        enrol_kiosk(engine, kiosk_id, country, poe)


@pytest.fixture
def make_hub(tmp_path: Path, started_hubs: list[HubIngest]) -> Iterator[Callable[..., HubIngest]]:
    """Start hub ingest services; all are stopped at the end. Same ``prefix`` = same durable sessions.

    Fixture decision for enrolment: each hub enrols the kiosks of :data:`TEST_KIOSKS` and every kiosk
    login the test broker has (as a deployment enrols each kiosk it gives a login); ``make_publisher``
    enrols its kiosk at the hubs started before it. A test of unknown kiosks publishes with a login
    made after the hub and no publisher fixture (or removes the enrolment)."""
    started = started_hubs

    def make(broker_url: str, *, db_url: str | None = None, workers: int = 2, prefix: str | None = None,
             group: str | None = None, start: bool = True, retry_delay: tuple[float, float] = (0.1, 2.0),
             **settings: str) -> HubIngest:
        prefix = prefix or f"hub-{uuid.uuid4().hex[:8]}"
        server = broker_for(broker_url)
        if server is not None and "username" not in settings:  # a test broker: the hub host's own logins
            broker_settings = server.hub(prefix, workers)
        else:
            broker_settings = BrokerSettings(url=broker_url, **settings)
        hub = HubIngest(db_url or f"sqlite:///{tmp_path / 'hub.sqlite'}", broker_settings,
                        workers=workers, group=group or f"g{uuid.uuid4().hex[:8]}",
                        client_prefix=prefix if not broker_settings.username else None, reconnect_delay=FAST,
                        session_expiry=600, retry_delay=retry_delay)
        enrol(hub.engine, [*TEST_KIOSKS, *(server.kiosk_logins() if server is not None else ())])
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
def make_publisher(started_hubs: list[HubIngest]) -> Iterator[Callable[..., Publisher]]:
    started: list[Publisher] = []

    def make(store: Store, broker_url: str, context: KioskContext | None = None, **kwargs: object) -> Publisher:
        context = context or kiosk_context()
        for hub in started_hubs:
            enrol(hub.engine, [(context.kiosk_id, context.site.country, context.site.id)])
        settings = kwargs.pop("settings", None) or kiosk_settings(broker_url, context)
        kwargs.setdefault("reconnect_delay", FAST)
        publisher = Publisher(store, settings, context, **kwargs)  # type: ignore[arg-type]
        publisher.start()
        started.append(publisher)
        return publisher

    yield make
    for publisher in started:
        publisher.stop(timeout=2)


def kiosk_settings(broker_url: str, context: KioskContext) -> BrokerSettings:
    """The kiosk's own login on a test broker; a bare URL (anonymous) for any other address."""
    server = broker_for(broker_url)
    if server is None:
        return BrokerSettings(url=broker_url)
    return server.kiosk(context.kiosk_id, context.site.country, context.site.id)
