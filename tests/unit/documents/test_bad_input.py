"""Garbage in, clear error out: bounded time and memory, never an exception (hypothesis + crafted attacks)."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import zlib

import base45
import cbor2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.documents import bcbp, cborsafe, hcert, mrz, shc
from kiosk.documents.result import DocumentResult
from kiosk.scan import classify_and_parse, parse_texts

AT = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MRZ_CHARS = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<", max_size=50)


def _well_formed(result: DocumentResult) -> None:
    assert isinstance(result, DocumentResult)
    json.dumps(result.to_json())
    if not result.valid:
        assert result.errors or not all(result.checks.values())


@FAST
@given(st.text(max_size=300))
def test_any_text_through_the_dispatcher(text):
    for result in parse_texts([text], AT, None):
        _well_formed(result)


@FAST
@given(st.lists(MRZ_CHARS, min_size=1, max_size=4))
def test_mrz_like_lines(lines):
    _well_formed(mrz.parse_mrz("\n".join(lines), AT))


@FAST
@given(st.integers(0, 43), st.integers(0, 9))
def test_every_single_digit_change_in_td3_is_caught(position, digit):
    line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    changed = line2[:position] + str(digit) + line2[position + 1 :]
    result = mrz.parse_mrz("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + changed, AT)
    _well_formed(result)
    if changed != line2 and line2[position].isdigit():
        assert not result.valid  # a changed digit never slips through all check digits


@FAST
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=400))
def test_bcbp_like_text(tail):
    _well_formed(bcbp.parse_bcbp("M1" + tail, AT))


@FAST
@given(st.binary(max_size=400))
def test_random_bytes_as_hc1(data):
    _well_formed(hcert.parse_hcert("HC1:" + base45.b45encode(data).decode(), AT, None))
    _well_formed(hcert.parse_hcert("HC1:" + base45.b45encode(zlib.compress(data)).decode(), AT, None))


@FAST
@given(st.binary(max_size=300))
def test_cbor_walker_never_raises_anything_but_cbor_error(data):
    with contextlib.suppress(cborsafe.CborError):
        cborsafe.loads(data)


@FAST
@given(st.text(alphabet="0123456789", max_size=300))
def test_random_shc_digits(digits):
    _well_formed(shc.parse_shc("shc:/" + digits, AT, None))


@FAST
@given(st.text(max_size=200), st.text(max_size=200), st.text(max_size=100))
def test_malformed_jws(a, b, c):
    _well_formed(shc.parse_shc(f"{a}.{b}.{c}", AT, None))


def test_zlib_bomb_in_hc1_is_refused():
    bomb = zlib.compress(b"\x00" * 6_000_000, 9)  # fits a QR-sized HC1 text, inflates 6 MB
    assert len(base45.b45encode(bomb)) < hcert.MAX_TEXT_CHARS
    result = hcert.parse_hcert("HC1:" + base45.b45encode(bomb).decode(), AT, None)
    assert result.checks["decompression"] is False
    assert "refused" in result.errors[0]


def test_deflate_bomb_in_shc_is_refused():
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    payload = compressor.compress(b"{" * 20_000_000) + compressor.flush()
    header = base64.urlsafe_b64encode(json.dumps({"alg": "ES256", "zip": "DEF", "kid": "x"}).encode()).rstrip(b"=")
    body = base64.urlsafe_b64encode(payload).rstrip(b"=")
    result = shc.parse_shc(f"{header.decode()}.{body.decode()}.AAAA", AT, None)
    assert result.checks["decompression"] is False and "refused" in result.errors[0]


def test_deeply_nested_cbor_is_refused():
    nested = b"\x81" * 5_000 + b"\x00"
    cose = cbor2.dumps(cbor2.CBORTag(18, [b"", {}, nested, b"\x00" * 64]))
    result = hcert.parse_hcert("HC1:" + base45.b45encode(zlib.compress(cose)).decode(), AT, None)
    assert result.checks["cwt_claims"] is False and "nested" in result.errors[0]
    with pytest.raises(cborsafe.CborError, match="nested"):
        cborsafe.loads(b"\x9f" * 1000)


def test_huge_claimed_lengths_are_refused():
    with pytest.raises(cborsafe.CborError):
        cborsafe.loads(b"\x5b" + b"\xff" * 8)  # byte string of 2**64-1 bytes
    with pytest.raises(cborsafe.CborError):
        cborsafe.loads(b"\x9b" + b"\x7f" * 8)  # array of 2**63 items


def test_ten_megabyte_strings_everywhere():
    big = "A" * 10_000_000
    for text in (big, "HC1:" + big, "shc:/" + "1" * 10_000_000, "M1" + big, big + "\n" + big):
        for result in classify_and_parse(text, AT, None):
            assert not result.valid and result.errors
