"""Shared helpers for the protocol engine tests: the shipped catalog and a pinned test situation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from protocol_cases import ARRIVAL, SITUATION

from kiosk.protocols import Catalog, Evaluation, Situation, evaluate, load_catalog
from kiosk.records import parse_record


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="session")
def situation() -> Situation:
    return Situation.from_data(SITUATION, "test-situation")


Evaluate = Callable[..., Evaluation]


@pytest.fixture
def ev(catalog: Catalog, situation: Situation) -> Evaluate:
    """Evaluate record fields (arrival 2026-11-29 unless given) against the shipped protocols."""

    def run(situation_: Situation | None = None, as_of: dt.date | None = None, **fields: Any) -> Evaluation:
        fields.setdefault("arrival_date", ARRIVAL.isoformat())
        return evaluate(parse_record(fields), catalog, situation_ or situation, as_of)

    return run
