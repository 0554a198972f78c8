"""Kiosk status messages at the hub: what is stored, what is refused (with the reason), state changes."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from kiosk.hub.models import HubKiosk, hub_engine
from kiosk.hub.presence import BadStatus, presence_row, store_presence

TOPIC = "poe/v1/XL/XL-LND-01/XL-LND-01-K1/status"
AT = dt.datetime(2026, 11, 29, 9, 30, tzinfo=dt.UTC)


def status(**changes: object) -> bytes:
    body = {"state": "online", "kiosk_id": "XL-LND-01-K1", "poe": "XL-LND-01", "country": "XL", "mode": "actual",
            "situation_version": "2026-11-29.1"} | changes
    return json.dumps(body).encode()


def test_a_kiosk_status_becomes_its_row() -> None:
    row = presence_row(TOPIC, status(), AT)
    assert row == {"kiosk_id": "XL-LND-01-K1", "country": "XL", "poe": "XL-LND-01", "state": "online",
                   "mode": "actual", "situation_version": "2026-11-29.1", "seen_at": AT}
    assert presence_row(TOPIC, b"", AT) is None  # a cleared retained status: nothing to store


@pytest.mark.parametrize(("topic", "payload", "reason"), [
    ("poe/v1/XL/XL-LND-01/XL-LND-01-K1/alerts/actual", status(), "not a status topic"),
    (TOPIC, b"{" * 3000, "at most 2048"),
    (TOPIC, b"online", "not JSON"),
    (TOPIC, b"[1, 2]", "JSON object"),
    (TOPIC, status(kiosk_id="XL-LND-01-K2"), "is not the topic's kiosk"),
    (TOPIC, status(state="asleep"), "not online or offline"),
    (TOPIC, status(mode="drill"), "not actual, exercise or test"),
    (TOPIC, status(situation_version=7), "situation_version"),
])
def test_what_is_not_a_kiosk_status_is_refused_with_the_reason(topic: str, payload: bytes, reason: str) -> None:
    with pytest.raises(BadStatus, match=reason):
        presence_row(topic, payload, AT)


@given(st.binary(max_size=3000))
def test_any_bytes_are_a_status_or_a_clear_refusal(payload: bytes) -> None:
    try:
        presence_row(TOPIC, payload, AT)
    except BadStatus as refusal:
        assert str(refusal)


def test_changed_at_moves_only_when_the_state_does(tmp_path) -> None:
    engine = hub_engine(f"sqlite:///{tmp_path / 'hub.sqlite'}")
    later, latest = AT + dt.timedelta(minutes=5), AT + dt.timedelta(minutes=9)
    for when, state in ((AT, "online"), (later, "online"), (latest, "offline")):
        with engine.begin() as connection:
            store_presence(connection, {"XL-LND-01-K1": presence_row(TOPIC, status(state=state), when)})
        with engine.connect() as connection:
            row = connection.execute(select(HubKiosk.state, HubKiosk.seen_at, HubKiosk.changed_at)).one()
        expected_change = AT if when == later else when
        assert (row.state, row.seen_at, row.changed_at) == (state, when, expected_change)
    engine.dispose()
