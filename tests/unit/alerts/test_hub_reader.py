"""The hub's CAP reader (``read_alert_fields``) agrees with ``parse_cap`` and refuses what it refuses;
the publisher's pre-packed MQTT user properties are the bytes paho would pack."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_cap import content

from kiosk.alerts.cap import AlertFields, CapError, build_alert, parse_cap, read_alert_fields
from kiosk.alerts.transport import PackedProperties, publish_properties

CAP_DATA = Path(__file__).parents[2] / "data" / "cap"
WANTED = ("protocol", "risk", "disposition")


def expected(payload: bytes) -> AlertFields:
    return AlertFields.of(parse_cap(payload), frozenset(WANTED))


@pytest.mark.parametrize(("status", "note"), [("Actual", ""), ("Exercise", "EXERCISE EX-2026-07"), ("Test", "")])
def test_reader_gives_the_stored_fields(status: str, note: str) -> None:
    payload = build_alert(content(status=status, note=note, parameters={
        "protocol": "EVD", "risk": "high", "temperature": "38.6", "disposition": "isolate"}))
    fields = read_alert_fields(payload, WANTED)
    assert fields == expected(payload)
    assert fields.parameters == {"protocol": "EVD", "risk": "high", "disposition": "isolate"}
    assert (fields.status, fields.msg_type, fields.urgency) == (status, "Alert", "Immediate")
    assert fields.exercise_id == ("EX-2026-07" if status == "Exercise" else None)
    assert fields.sent_text.endswith("-00:00")


@pytest.mark.parametrize("entry", [a for a in json.loads((CAP_DATA / "MANIFEST.json").read_text())["alerts"]
                                   if "oasis_spec_examples" in a["file"]], ids=lambda a: a["file"].rsplit("/", 1)[-1])
def test_reader_agrees_with_parse_cap_on_the_oasis_examples(entry: dict) -> None:
    payload = (CAP_DATA / entry["file"]).read_bytes()
    assert read_alert_fields(payload, WANTED) == expected(payload)


@pytest.mark.parametrize(("old", "new", "what"), [
    (b"<status>Actual</status>", b"<status>Real</status>", "status"),
    (b"<sender>XL-LND-01-K1</sender>", b"", "sender"),
    (b"-00:00</sent>", b"Z</sent>", "time"),
    (b"<msgType>Alert</msgType>", b"<msgType></msgType>", "msgType"),
    (b"<category>Health</category>", b"", "category"),
    (b"<urgency>Immediate</urgency>", b"<urgency> </urgency>", "urgency"),
    (b"<valueName>risk</valueName>", b"<valueName></valueName>", "valueName"),
    (b"</alert>", b"", "well-formed"),
    (b"urn:oasis:names:tc:emergency:cap:1.2", b"urn:oasis:names:tc:emergency:cap:1.1", "CAP 1.2"),
])
def test_reader_refuses_what_parse_cap_refuses(old: bytes, new: bytes, what: str) -> None:
    payload = build_alert(content()).replace(old, new, 1)
    with pytest.raises(CapError, match=what):
        parse_cap(payload)
    with pytest.raises(CapError, match=what):
        read_alert_fields(payload, WANTED)


def test_doctype_and_entities_go_through_defusedxml_and_are_refused() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b'<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&b;</identifier></alert>')
    with pytest.raises(CapError, match="unsafe"):
        read_alert_fields(bomb, WANTED)
    xxe = (CAP_DATA / "alerts" / "invalid" / "google-cap-library_xee.cap").read_bytes()
    with pytest.raises(CapError, match="unsafe XML"):
        read_alert_fields(xxe, WANTED)


def test_comments_take_the_defusedxml_path_with_the_same_result() -> None:
    payload = build_alert(content()).replace(b"<info>", b"<!-- a comment --><info>", 1)
    assert read_alert_fields(payload, WANTED) == expected(payload)


_MUTATIONS = st.sampled_from([b"<", b">", b"/", b"<info>", b"</info>", b"<parameter>", b"", b" ", b"&amp;",
                              b"<valueName/>", b"<event/>", b"\xff", b"<!--x-->"])


@settings(max_examples=300, deadline=None)
@given(position=st.floats(0, 1), length=st.integers(0, 40), insert=_MUTATIONS)
def test_reader_agrees_or_refuses_like_parse_cap(position: float, length: int, insert: bytes) -> None:
    """On mangled alerts: whatever both accept reads the same; the reader accepts a document that
    ``parse_cap`` refuses only for parts the hub does not read (event codes and areas, kept in the
    stored XML)."""
    payload = build_alert(content(parameters={"protocol": "EVD", "risk": "high", "disposition": "refer"}))
    at = int(position * len(payload))
    mangled = payload[:at] + insert + payload[at + length:]
    try:
        reference, refusal = expected(mangled), ""
    except CapError as error:
        reference, refusal = None, str(error)
    try:
        fields = read_alert_fields(mangled, WANTED)
    except CapError:
        return
    if reference is not None:
        assert fields == reference
    else:
        assert "<valueName>" in refusal or "<areaDesc>" in refusal, refusal


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000) | st.text(max_size=500).map(
    lambda t: f"<alert xmlns='urn:oasis:names:tc:emergency:cap:1.2'>{t}</alert>".encode()))
def test_reader_only_raises_cap_error(data: bytes) -> None:
    with contextlib.suppress(CapError):
        read_alert_fields(data, WANTED)


@given(st.lists(st.tuples(st.text(max_size=30), st.text(max_size=300)), max_size=6, unique_by=lambda p: p[0]))
def test_packed_user_properties_are_the_bytes_paho_packs(user: list[tuple[str, str]]) -> None:
    packed = PackedProperties(tuple(user))
    assert packed.pack() == publish_properties(dict(user)).pack()
    assert packed.UserProperty == user
