"""ICAO 9303 MRZ against the public specimens (tests/data/mrz) and hand-made negatives."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kiosk.documents.mrz import EXPIRY_HORIZON_YEARS, check_digit, parse_mrz, yymmdd

CASES = json.loads((Path(__file__).resolve().parents[2] / "data/mrz/public_cases.json").read_text("utf-8"))["cases"]
AT = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
_CHECK_NAMES = {
    "document_number": "document_number_check_digit", "document_number(long)": "document_number_check_digit",
    "birth_date": "birth_date_check_digit", "expiry_date": "expiry_date_check_digit",
    "personal_number": "personal_number_check_digit", "composite": "composite_check_digit",
}


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['expected_format']}-{c['test_name'][:40]}")
def test_public_case_fields_and_every_check_digit(case):
    result = parse_mrz("\n".join(case["mrz_lines"]), AT)
    assert result.kind == "mrz"
    assert result.fields["format"] == case["expected_format"]
    expected = case.get("expected_fields")
    if expected:
        assert result.fields["surname"] == expected["lastName"]
        assert result.fields["given_names"] == expected["firstName"]
        assert result.fields["document_number"] == expected["documentNumber"]
        assert result.fields["document_type"] == expected["documentCode"]
        assert result.fields["sex"] == expected["sex"]
        birth = expected["birthDate"]
        assert result.fields["birth_date"] == f"19{birth[:2]}-{birth[2:4]}-{birth[4:]}"
        expiry = expected["expirationDate"]
        assert result.fields["expiry_date"] == f"20{expiry[:2]}-{expiry[2:4]}-{expiry[4:]}"
    # Per-check outcome: derived 7-3-1 values are consistent with the source's field errors.
    for check in case["derived_check_digits"]["checks"]:
        assert result.checks[_CHECK_NAMES[check["field"]]] is check["valid"], check["field"]
    for field in case.get("expected_field_errors", {}):
        name = {"personalNumberCheckDigit": "personal_number_check_digit", "compositeCheckDigit": "composite_check_digit",
                "birthDateCheckDigit": "birth_date_check_digit"}[field]
        assert result.checks[name] is False
    # UTO is fictional but its check digits are right: the kiosk accepts specimens for training.
    assert result.valid is case["derived_check_digits"]["all_check_digits_valid"]


def test_domain_specimen_digits():
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("120415") == "9"
    assert check_digit("ZE184226B<<<<<") == "1"
    assert check_digit("D23145890") == "7"


def test_changed_document_number_digit_fails_only_that_check_and_composite():
    result = parse_mrz("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C39UTO7408122F1204159ZE184226B<<<<<10", AT)
    assert result.checks["document_number_check_digit"] is False
    assert result.checks["birth_date_check_digit"] is True
    assert result.valid is False
    assert any("document number check digit" in e for e in result.errors)


def test_visa_layouts():
    line1 = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    line2 = "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"
    result = parse_mrz(f"{line1}\n{line2}", AT)
    assert result.fields["format"] == "MRV-A"
    assert result.checks == {
        "document_number_check_digit": True, "birth_date_check_digit": True, "expiry_date_check_digit": True,
    }
    assert result.fields["birth_date"] == "1940-09-07" and result.fields["expiry_date"] == "1996-12-10"
    mrv_b = parse_mrz("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nL8988901C4XXX4009078F9612109<<<<<<<<", AT)
    assert mrv_b.fields["format"] == "MRV-B" and mrv_b.valid


def test_century_inference():
    today = dt.date(2026, 3, 1)
    assert yymmdd("740812", today, future_years=0) == dt.date(1974, 8, 12)
    assert yymmdd("200101", today, future_years=0) == dt.date(2020, 1, 1)
    assert yymmdd("270101", today, future_years=0) == dt.date(1927, 1, 1)  # a birth is never in the future
    assert yymmdd("350101", today, future_years=50) == dt.date(2035, 1, 1)  # expiry may be ahead
    assert yymmdd("991231", today, future_years=50) == dt.date(1999, 12, 31)
    assert yymmdd("991332", today, future_years=50) is None


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<1", "different lengths"),
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "repeated line"),
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "2 or 3 lines"),
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<1é", "not an MRZ character"),
        ("IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<\n8806923102858CORINNE<<<<<<<6512068F4", "not an ICAO TD2 layout"),
        ("A" * 5000, "at most 90"),
    ],
)
def test_bad_shapes_get_a_clear_error(text, needle):
    result = parse_mrz(text, AT)
    assert result.valid is False
    assert any(needle in e for e in result.errors), result.errors


@pytest.mark.parametrize(("raw", "expected"), [
    ("260301", "2026-03-01"),  # born on the scan day
    ("260302", "1926-03-02"),  # a day later would be in the future: a century earlier
    ("000229", "2000-02-29"),
])
def test_birth_dates_are_read_in_the_past(raw, expected):
    assert yymmdd(raw, dt.date(2026, 3, 1), future_years=0).isoformat() == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("360301", "2036-03-01"),  # a ten-year passport issued today
    ("510815", "2051-08-15"),  # 25 years ahead: still the future (a 20-year window read it as 1951)
    ("760301", "2076-03-01"),  # exactly 50 years ahead: the edge of the window, still the future
    ("760302", "1976-03-02"),  # one day beyond: expired long ago
    ("250228", "2025-02-28"),  # expired last year
])
def test_expiry_dates_are_read_with_a_window_favouring_the_future(raw, expected):
    assert yymmdd(raw, dt.date(2026, 3, 1), future_years=EXPIRY_HORIZON_YEARS).isoformat() == expected


def test_expiry_on_29_february_and_past_2100():
    assert yymmdd("280229", dt.date(2026, 3, 1), future_years=EXPIRY_HORIZON_YEARS) == dt.date(2028, 2, 29)
    assert yymmdd("050101", dt.date(2090, 6, 1), future_years=EXPIRY_HORIZON_YEARS) == dt.date(2105, 1, 1)
    assert yymmdd("000229", dt.date(2080, 1, 1), future_years=EXPIRY_HORIZON_YEARS) == dt.date(2000, 2, 29)


def td3_line2(expiry: str) -> str:
    """The UTO specimen's second line with another expiry date and the check digits that go with it."""
    body = "L898902C36UTO7408122F" + expiry + check_digit(expiry) + "ZE184226B<<<<<1"
    return body + check_digit(body[0:10] + body[13:20] + body[21:43])


def test_a_passport_expiring_in_25_years_is_not_expired():
    line2 = td3_line2("510815")
    result = parse_mrz("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + line2, dt.date(2026, 3, 1))
    assert result.valid, result.errors
    assert result.fields["expiry_date"] == "2051-08-15" and result.fields["expired"] is False


@pytest.mark.parametrize("digit", ["²", "٣", "７"])
def test_non_ascii_digits_are_not_mrz_characters(digit):
    result = parse_mrz("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<1"
                       + digit, dt.date(2026, 3, 1))
    assert not result.valid and f"contains {digit!r}, which is not an MRZ character" in result.errors[0]
