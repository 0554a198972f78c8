"""Fixtures for the SOP engine tests: the shipped SOPs and runs on a pinned clock (2026-11-29)."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.clock import FixedClock
from kiosk.sop import Sop, SopRun, load_sop

TODAY = dt.date(2026, 11, 29)


@pytest.fixture
def pinned() -> FixedClock:
    return FixedClock(dt.datetime(2026, 11, 29, 9, 30, tzinfo=dt.UTC))


@pytest.fixture(scope="session")
def primary() -> Sop:
    return load_sop("primary")


@pytest.fixture(scope="session")
def secondary() -> Sop:
    return load_sop("secondary")


@pytest.fixture
def run(primary: Sop, pinned: FixedClock) -> SopRun:
    return SopRun(primary, clock=pinned)
