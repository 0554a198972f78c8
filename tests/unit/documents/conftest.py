from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA


AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
