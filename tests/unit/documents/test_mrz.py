"""ICAO 9303 MRZ against the public specimens (tests/data/mrz) and hand-made negatives."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kiosk.documents.mrz import check_digit, parse_mrz, yymmdd

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
    assert yymmdd("350101", today, future_years=20) == dt.date(2035, 1, 1)  # expiry may be ahead
    assert yymmdd("991231", today, future_years=20) == dt.date(1999, 12, 31)
    assert yymmdd("991332", today, future_years=20) is None


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
