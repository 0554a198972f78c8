"""CAP 1.2: schema-valid alerts and acks, the -00:00 rule, the OASIS examples, and a parser that refuses attacks."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import socket
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.alerts.cap import (
    AlertContent,
    CapError,
    Reference,
    build_ack,
    build_alert,
    cap_time,
    parse_cap,
    parse_cap_time,
)

CAP_DATA = Path(__file__).parents[2] / "data" / "cap"

SENT = dt.datetime(2026, 11, 29, 9, 30, 15, 123456, tzinfo=dt.UTC)


def content(**changes: object) -> AlertContent:
    base = dict(
        identifier="XL-LND-01-01JABCDEFGHJKMNPQRSTVWXYZ0", sender="XL-LND-01-K1", sent=SENT, status="Actual",
        event="Suspected Ebola virus disease – traveller", urgency="Immediate", severity="Severe",
        certainty="Possible", area_desc="Lakeside Land Crossing (XL-LND-01), XL",
        event_codes={"poe-protocol": "EVD"}, parameters={"protocol": "EVD", "risk": "high", "temperature": "38.6"},
        geocodes={"poe-id": "XL-LND-01"},
    )
    base.update(changes)
    return AlertContent(**base)  # type: ignore[arg-type]


def test_utc_is_written_minus_zero() -> None:
    assert cap_time(SENT) == "2026-11-29T09:30:15-00:00"
    plus_two = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert cap_time(plus_two) == "2026-01-02T03:04:05+02:00"
    with pytest.raises(ValueError):
        cap_time(dt.datetime(2026, 1, 1))


@pytest.mark.parametrize("text", ["2026-11-29T09:30:15Z", "2026-11-29T09:30:15", "2026-11-29T09:30:15.5-00:00",
                                  "2026-11-29 09:30:15-00:00", "2026-13-29T09:30:15-00:00"])
def test_bad_times_are_refused(text: str) -> None:
    with pytest.raises(CapError):
        parse_cap_time(text)


@given(st.datetimes(min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(9999, 1, 1),
                    timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=-5, minutes=-30))])))
def test_cap_time_round_trips(value: dt.datetime) -> None:
    text = cap_time(value)
    assert "Z" not in text and "+00:00" not in text
    assert parse_cap_time(text) == value.replace(microsecond=0)


@pytest.mark.parametrize(("status", "note"), [("Actual", ""), ("Exercise", "EXERCISE EX-2026-07"), ("Test", "")])
def test_alert_is_schema_valid_and_parses_back(assert_valid_cap: Callable[[bytes], None], status: str, note: str) -> None:
    payload = build_alert(content(status=status, note=note))
    assert_valid_cap(payload)
    assert b"-00:00</sent>" in payload
    message = parse_cap(payload)
    assert (message.status, message.msg_type, message.scope) == (status, "Alert", "Restricted")
    assert message.restriction
    assert message.sent == SENT.replace(microsecond=0)
    assert message.exercise_id == ("EX-2026-07" if status == "Exercise" else None)
    info = message.infos[0]
    assert info.categories == ("Health",)
    assert (info.urgency, info.severity, info.certainty) == ("Immediate", "Severe", "Possible")
    assert info.parameters["risk"] == "high" and info.event_codes == {"poe-protocol": "EVD"}
    assert info.areas == ("Lakeside Land Crossing (XL-LND-01), XL",)


def test_ack_references_round_trip(assert_valid_cap: Callable[[bytes], None]) -> None:
    refs = [Reference("XL-LND-01-K1", "XL-LND-01-A", "2026-11-29T09:30:15-00:00"),
            Reference("XL-LND-01-K1", "XL-LND-01-B", "2026-11-29T09:31:00-00:00")]
    payload = build_ack(identifier="national-hub-1", sender="national-hub", sent=SENT, status="Exercise",
                        references=refs, note="EXERCISE EX-1")
    assert_valid_cap(payload)
    message = parse_cap(payload)
    assert message.msg_type == "Ack" and message.references == tuple(refs)
    with pytest.raises(ValueError):
        build_ack(identifier="a", sender="b", sent=SENT, status="Actual", references=[])


def test_identifier_with_space_is_refused() -> None:
    with pytest.raises(ValueError, match="identifier"):
        build_alert(content(identifier="has space"))


@pytest.mark.parametrize("entry", [a for a in json.loads((CAP_DATA / "MANIFEST.json").read_text())["alerts"]
                                   if "oasis_spec_examples" in a["file"]], ids=lambda a: a["file"].rsplit("/", 1)[-1])
def test_oasis_examples_parse_as_the_manifest_says(assert_valid_cap: Callable[[bytes], None], entry: dict) -> None:
    payload = (CAP_DATA / entry["file"]).read_bytes()
    assert_valid_cap(payload)
    message = parse_cap(payload)
    assert message.identifier == entry["identifier"]
    assert message.sender == entry["sender"]
    assert message.sent_text == entry["sent"]
    assert (message.status, message.msg_type, message.scope) == (entry["status"], entry["msgType"], entry["scope"])
    assert len(message.infos) == entry["info_count"]


@pytest.fixture
def no_io(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Record (and block) every file open and socket connection while the parser runs."""
    attempts: list[str] = []
    active = [True]

    def hook(event: str, args: tuple) -> None:
        if active[0] and event in ("open", "socket.connect", "socket.getaddrinfo", "urllib.Request"):
            attempts.append(f"{event} {args[:1]}")

    sys.addaudithook(hook)

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(f"socket {args[:1]}")
        raise OSError("network blocked in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield attempts
    active[0] = False


def test_xxe_attack_is_refused_without_any_io(no_io: list[str]) -> None:
    payload = (CAP_DATA / "alerts" / "invalid" / "google-cap-library_xee.cap").read_bytes()
    no_io.clear()
    with pytest.raises(CapError, match="unsafe XML"):
        parse_cap(payload)
    assert no_io == []


def test_entity_bomb_is_refused() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b'<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&b;</identifier></alert>')
    with pytest.raises(CapError, match="unsafe"):
        parse_cap(bomb)


def test_cap_11_namespace_is_refused() -> None:
    payload = build_alert(content()).replace(b"urn:oasis:names:tc:emergency:cap:1.2",
                                             b"urn:oasis:names:tc:emergency:cap:1.1")
    with pytest.raises(CapError, match=r"not a CAP 1\.2"):
        parse_cap(payload)


@pytest.mark.parametrize(("old", "new", "what"), [
    (b"<status>Actual</status>", b"<status>Real</status>", "status"),
    (b"<sender>XL-LND-01-K1</sender>", b"", "sender"),
    (b"-00:00</sent>", b"Z</sent>", "time"),
])
def test_broken_fields_are_named(old: bytes, new: bytes, what: str) -> None:
    payload = build_alert(content()).replace(old, new)
    with pytest.raises(CapError, match=what):
        parse_cap(payload)


def test_oversized_input_is_refused() -> None:
    with pytest.raises(CapError, match="larger"):
        parse_cap(b"<a>" + b"x" * 300_000 + b"</a>")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000) | st.text(max_size=500).map(lambda t: f"<alert xmlns='urn:oasis:names:tc:emergency:cap:1.2'>{t}</alert>".encode()))
def test_parser_only_raises_cap_error(data: bytes) -> None:
    with contextlib.suppress(CapError):
        parse_cap(data)
