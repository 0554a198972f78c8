"""Fixtures shared by every test: a pinned clock, a real SQLite store, a screening service.

Qt runs offscreen (set before any Qt import). PostgreSQL tests use 127.0.0.1:5432 when it answers and
are skipped with a loud reason when it does not.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "1")

from kiosk.clock import FixedClock
from kiosk.screening import KioskContext, Rules, ScreeningService, SiteInfo
from kiosk.store import Store

# Property tests explore new examples on every developer run; CI replays a fixed set so that a red
# build always means a change broke something (failures found locally are kept as @example cases).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

SOAK = bool(os.environ.get("CI") or os.environ.get("POE_SOAK"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Long fuzz runs (``@pytest.mark.soak``) run in CI or with POE_SOAK=1; skipped in quick local runs."""
    if SOAK:
        return
    skip = pytest.mark.skip(reason="soak test: set POE_SOAK=1 (CI sets CI) to run it")
    for item in items:
        if "soak" in item.keywords:
            item.add_marker(skip)


DATA = Path(__file__).parent / "data"
POSTGRES_URL = os.environ.get("POE_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
DEMO_SITE = SiteInfo(id="XL-LND-01", name="Lakeside Land Crossing", kind="ground_crossing", country="XL")


def postgres_reachable(host: str = "127.0.0.1", port: int = 5432) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 11, 29, 9, 30, tzinfo=dt.UTC))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(f"sqlite:///{tmp_path / 'kiosk.sqlite'}")
    yield store
    store.close()


@pytest.fixture(scope="session")
def shipped_rules() -> Rules:
    return Rules.shipped()


@pytest.fixture
def context() -> KioskContext:
    return KioskContext(site=DEMO_SITE, kiosk_id="XL-LND-01-K1")


@pytest.fixture
def service(store: Store, clock: FixedClock, shipped_rules: Rules, context: KioskContext) -> ScreeningService:
    service = ScreeningService(store, clock, Rules(shipped_rules.catalog, shipped_rules.situation), context)
    service.ensure_site()
    return service


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL whose connections work in a fresh, empty schema of their own (dropped afterwards), or a
    loud skip. A schema per test, not the shared ``public``: several test runs may use the same server."""
    if not postgres_reachable():
        pytest.skip("PostgreSQL is not reachable at 127.0.0.1:5432: PostgreSQL variant SKIPPED")
    from kiosk.store.db import scratch_schema

    with scratch_schema(POSTGRES_URL, "poe_test") as url:
        yield url


@pytest.fixture
def fast_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hub passwords hashed with cheap scrypt parameters (tests make many accounts; verifying reads the
    parameters from each hash, so sign-in works the same)."""
    monkeypatch.setattr("kiosk.hub.accounts.SCRYPT_N", 2**10)
