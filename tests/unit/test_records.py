"""The screening record validator: the one gate for the UI, the CLI, the store and the evaluator."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.errors import InputError
from kiosk.records import EXPOSURES, SYMPTOMS, parse_record, parse_record_json

EXAMPLE = {
    "arrival_date": "2026-11-29", "age_years": 34, "temperature_c": 38.4, "fever_reported": False,
    "symptoms": ["vomiting"], "symptom_onset": "2026-11-27",
    "itinerary": [{"country": "GN", "left": "2026-11-20"}],
    "exposures": ["direct_care_without_ppe"],
    "vaccinations": [{"vaccine": "yellow_fever", "date": "2015-03-02"}],
}


def test_issue_example_parses_and_round_trips() -> None:
    record = parse_record(EXAMPLE)
    assert record.arrival_date == dt.date(2026, 11, 29)
    assert record.itinerary[0].country == "GN"
    assert record.has_fever
    assert parse_record(record.to_json()) == record


@pytest.mark.parametrize("code", [*SYMPTOMS])
def test_every_required_symptom_code_is_accepted(code: str) -> None:
    assert code in parse_record({"arrival_date": "2026-11-29", "symptoms": [code]}).symptoms


@pytest.mark.parametrize("code", [*EXPOSURES])
def test_every_required_exposure_code_is_accepted(code: str) -> None:
    assert code in parse_record({"arrival_date": "2026-11-29", "exposures": [code]}).exposures


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"symptoms": ["sneezing"]}, "symptoms[0]", "valid codes: abdominal_pain"),
        ({"exposures": ["bat"]}, "exposures[0]", "unknown code 'bat'"),
        ({"temperature_c": 45.1}, "temperature_c", "outside 30–45"),
        ({"temperature_c": 29.9}, "temperature_c", "outside 30–45"),
        ({"temperature_c": "38"}, "temperature_c", "must be a number"),
        ({"arrival_date": "29/11/2026"}, "arrival_date", "not a date"),
        ({"symptom_onset": "2026-11-30"}, "symptom_onset", "after arrival_date"),
        ({"itinerary": [{"country": "GN", "left": "2026-11-30"}]}, "itinerary[0].left", "after arrival_date"),
        ({"itinerary": [{"country": "XX", "left": "2026-11-20"}]}, "itinerary[0].country", "ISO 3166"),
        ({"itinerary": [{"country": "GN"}]}, "itinerary[0].left", "required"),
        ({"vaccinations": [{"vaccine": "rabies", "date": "2020-01-01"}]}, "vaccinations[0].vaccine", "unknown"),
        ({"age_years": -1}, "age_years", "outside"),
        ({"nationality_status": "x"}, "nationality_status", "unknown field"),
        ({"traveller": {"visa_status": "overstay"}}, "traveller.visa_status", "unknown field"),
    ],
)
def test_bad_input_names_the_field(change: dict, field: str, words: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_record({**EXAMPLE, **change})
    assert caught.value.field == field
    assert words in str(caught.value)


def test_missing_arrival_date_and_malformed_json_are_refused() -> None:
    with pytest.raises(InputError, match="arrival_date: is required"):
        parse_record({"temperature_c": 37})
    with pytest.raises(InputError, match="not valid JSON"):
        parse_record_json('{"arrival_date": ')


def test_no_immigration_status_can_be_recorded() -> None:
    for field in ("immigration_status", "visa", "asylum"):
        with pytest.raises(InputError, match="unknown field"):
            parse_record({"arrival_date": "2026-11-29", field: "x"})


def test_lists_are_bounded() -> None:
    with pytest.raises(InputError, match="at most 60"):
        parse_record({"arrival_date": "2026-11-29", "symptoms": ["cough"] * 61})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)
field_names = st.sampled_from(sorted({*EXAMPLE, "traveller", "conveyance", "temperature_at", "unknown"}))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(field_names, json_values, max_size=8))
def test_random_records_are_parsed_or_refused_with_a_field(data: dict) -> None:
    try:
        record = parse_record(data)
    except InputError as error:
        assert error.field
    else:
        assert parse_record(json.loads(json.dumps(record.to_json()))) == record
