"""The signed slip QR: keys, signing, verification and hostile input."""

from __future__ import annotations

import datetime as dt
import json
import stat

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.errors import KioskError
from kiosk.referral.qr import (
    PREFIX,
    SlipClaims,
    add_trusted_key,
    generate_kiosk_key,
    load_trusted_keys,
    public_key_b64,
    qr_matrix,
    sign_slip,
    verify_slip_text,
)

CLAIMS = SlipClaims("K1", "DEMO-KESSA-261129-7F3K", "DEMO-KESSA", dt.datetime(2026, 11, 29, 14, 5, tzinfo=dt.UTC),
                    "refer", "MPOX", dt.date(2026, 12, 20))


def test_key_file_is_private_and_not_overwritten(tmp_path):
    path = tmp_path / "kiosk.pem"
    generate_kiosk_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(KioskError, match="already exists"):
        generate_kiosk_key(path)


def test_sign_and_verify(kiosk_key):
    text = sign_slip(CLAIMS, kiosk_key)
    assert text.startswith(PREFIX)
    result = verify_slip_text(text, {"K1": public_key_b64(kiosk_key)})
    assert result == {
        "valid": True, "kiosk_id": "K1", "referral_id": "DEMO-KESSA-261129-7F3K", "point_of_entry": "DEMO-KESSA",
        "issued_at": "2026-11-29T14:05:00Z", "disposition": "refer", "protocol": "MPOX",
        "follow_up_until": "2026-12-20", "mode": "actual", "exercise_id": None, "warning": None, "errors": [],
    }
    assert len(qr_matrix(text)) <= 49 + 8  # version 8 or smaller at ECC M


def test_payload_has_no_name_or_document(kiosk_key):
    text = sign_slip(CLAIMS, kiosk_key)
    assert set(verify_slip_text(text, {})) == {
        "valid", "kiosk_id", "referral_id", "point_of_entry", "issued_at", "disposition", "protocol",
        "follow_up_until", "mode", "exercise_id", "warning", "errors"}


def test_every_changed_character_is_detected(kiosk_key):
    keys = {"K1": public_key_b64(kiosk_key)}
    text = sign_slip(CLAIMS, kiosk_key)
    for index in range(len(PREFIX), len(text)):
        changed = text[:index] + ("0" if text[index] != "0" else "1") + text[index + 1:]
        assert verify_slip_text(changed, keys)["valid"] is False, index


def test_other_kiosk_key_fails(kiosk_key, tmp_path):
    other = generate_kiosk_key(tmp_path / "other.pem")
    result = verify_slip_text(sign_slip(CLAIMS, kiosk_key), {"K1": public_key_b64(other)})
    assert result["valid"] is False and "signature" in result["errors"][0]
    assert result["referral_id"] == CLAIMS.referral_id  # the claims are shown, marked invalid


def test_unknown_kiosk(kiosk_key):
    result = verify_slip_text(sign_slip(CLAIMS, kiosk_key), {})
    assert result["valid"] is False and "not in the trusted keys" in result["errors"][0]


@pytest.mark.parametrize("text, message", [
    ("", "must start with POE1:"), ("HC1:ABC", "must start with POE1:"), ("POE1:!!!", "base45"),
    ("POE1:" + "A" * 2000, "characters long"), ("POE1:AAAAAA", "too short"), (None, "not text"),
])
def test_malformed_input_is_explained(text, message):
    result = verify_slip_text(text, {})
    assert result["valid"] is False and message in result["errors"][0]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=400), st.text(max_size=300).map(lambda s: PREFIX + s),
                 st.binary(max_size=300).map(lambda b: PREFIX + __import__("base45").b45encode(b).decode())))
def test_verify_never_crashes(text):
    result = verify_slip_text(text, {})
    assert result["valid"] is False and result["errors"]


def test_keys_file_round_trip_and_errors(tmp_path, kiosk_key):
    path = tmp_path / "keys.json"
    add_trusted_key(path, "K1", kiosk_key)
    assert list(load_trusted_keys(path)) == ["K1"]
    path.write_text(json.dumps({"K1": "not base64!"}))
    with pytest.raises(KioskError, match="K1"):
        load_trusted_keys(path)
