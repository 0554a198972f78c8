"""IATA BCBP (Res. 792) against the Attachment B examples (tests/data/bcbp) and bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kiosk.documents.bcbp import julian_to_date, parse_bcbp

CASES = json.loads((Path(__file__).resolve().parents[2] / "data/bcbp/public_cases.json").read_text("utf-8"))["cases"]
SCAN = dt.date(2026, 3, 1)
_LEG_NAMES = {
    "operating_carrier_pnr_code": "pnr", "from_city_airport_code": "from", "to_city_airport_code": "to",
    "operating_carrier_designator": "carrier", "flight_number": "flight_number", "date_of_flight": "julian_date",
    "compartment_code": "compartment", "seat_number": "seat", "check_in_sequence_number": "sequence",
    "passenger_status": "status",
}


def _lookup(fields: dict, key: str):
    if key == "legs.len":
        return len(fields["legs"])
    if key.startswith("security_data."):
        name = {"type_of_security_data": "type", "security_data": "data"}[key.split(".", 1)[1]]
        return fields["security_data"][name]
    if key.startswith("legs["):
        index, name = int(key[5]), key.split(".", 1)[1]
        return fields["legs"][index].get(_LEG_NAMES.get(name, name))
    return fields.get(key)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_public_example(case):
    result = parse_bcbp(case["input"], SCAN)
    assert result.valid is case["valid"], result.errors
    for key, expected in case["expected"].items():
        got = _lookup(result.fields, key)
        if expected is None:
            assert got is None, key
        elif isinstance(expected, int):
            assert got == expected, key
        else:
            assert got == expected.strip(), key


def test_cli_field_names_and_dates():
    result = parse_bcbp(CASES[1]["input"], SCAN)
    assert result.fields["passenger_name"] == "DESMARAIS/LUC" and result.fields["pnr"] == "ABC123"
    first, second = result.fields["legs"]
    assert {"from", "to", "carrier", "flight_number", "date", "compartment", "seat", "sequence", "status"} <= set(first)
    assert (first["from"], first["to"], second["to"]) == ("YUL", "FRA", "GVA")
    assert first["date"] == "2025-08-14" and second["date"] == "2025-08-15"  # days 226/227, not ahead of the scan
    assert result.checks["leg_1_flight_date"] and result.checks["leg_2_flight_date"]


def test_julian_date_is_nearest_not_after_scan_plus_one_day():
    assert julian_to_date("060", dt.date(2026, 3, 1)) == dt.date(2026, 3, 1)
    assert julian_to_date("061", dt.date(2026, 3, 1)) == dt.date(2026, 3, 2)  # tomorrow's flight
    assert julian_to_date("062", dt.date(2026, 3, 1)) == dt.date(2025, 3, 3)
    assert julian_to_date("366", dt.date(2026, 3, 1)) == dt.date(2024, 12, 31)  # last leap year
    assert julian_to_date("000", dt.date(2026, 3, 1)) is None
    assert julian_to_date("367", dt.date(2026, 3, 1)) is None


def test_bad_flight_date_is_a_failed_check():
    text = CASES[0]["input"].replace("0834 326J", "0834 999J")
    result = parse_bcbp(text, SCAN)
    assert result.checks["leg_1_flight_date"] is False and not result.valid


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("M1DESMARAIS/LUC       EABC123 YULFRAAC 0834", "truncated"),
        ("X1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100", "format code"),
        ("M0DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100", "number of legs"),
        ("M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 1ZZ", "hexadecimal"),
        ("M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100^1FF", "security data"),
        ("M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100GARBAGE", "unexpected text"),
        ("M1" + "A" * 5000, "at most"),
    ],
)
def test_bad_input_gets_a_clear_error(text, needle):
    result = parse_bcbp(text, SCAN)
    assert not result.valid
    assert any(needle in e for e in result.errors), result.errors


def test_doubled_pass_is_refused():
    result = parse_bcbp(CASES[0]["input"] + CASES[0]["input"], SCAN)
    assert not result.valid and result.errors


EXAMPLE = "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100"


@pytest.mark.parametrize(("text", "needle"), [
    (EXAMPLE.replace("DESMARAIS", "DÉSMARAIS"), "'É' (U+00C9) at position 4 is not allowed"),
    (EXAMPLE.replace("YUL", "Y\x00L"), "'\\x00' (U+0000) at position 32 is not allowed"),
    (EXAMPLE.replace("M1", "M²"), "'²' (U+00B2) at position 2"),
    (EXAMPLE.replace("M1", "M١"), "(U+0661) at position 2"),
    (EXAMPLE.replace("YULFRA", "yulFRA"), "leg 1 from 'yul' is not a three-letter airport code"),
    (EXAMPLE.replace("YULFRA", "YUL1RA"), "leg 1 to '1RA' is not a three-letter airport code"),
    (EXAMPLE.replace("0834 ", "08#4 "), "leg 1 flight number '08#4 ' is not four digits"),
    (EXAMPLE.replace("001A", "0*1A"), "leg 1 seat '0*1A' is not digits and a letter"),
    (EXAMPLE.replace("DESMARAIS/LUC", "DESMARAIS;LUC"), "passenger name 'DESMARAIS;LUC       '"),
])
def test_characters_outside_the_format_are_refused(text, needle):
    result = parse_bcbp(text, dt.date(2026, 3, 1))
    assert not result.valid and result.checks["structure"] is False
    assert needle in result.errors[0], result.errors
