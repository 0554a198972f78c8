"""The SOP state machine on the shipped SOPs: fast lane, branching, show_if, validation, back/next."""

from __future__ import annotations

import json

import pytest

from kiosk.clock import FixedClock
from kiosk.records import parse_record
from kiosk.sop import Sop, SopRun

ARRIVAL = "2026-11-29"


def keys(errors: list) -> list[tuple[str, str]]:
    return [(e.field, e.key) for e in errors]


def finish_step(run: SopRun, values: dict) -> None:
    assert run.answer_many(values) == []
    assert run.next() == []


# ------------------------------------------------------------------------------------ fast lane


def test_fast_lane_is_one_page_and_two_required_answers(run: SopRun) -> None:
    assert run.current_step.id == "quick_check"
    required = [f.id for f in run.visible_fields() if f.required]
    assert required == ["temperature", "red_flags"]
    assert run.answer("temperature", 36.6) == []
    assert run.answer("red_flags", []) == []
    assert run.progress.step == run.progress.total == 1
    assert run.next() == []
    assert run.is_finished and run.current_step is None
    assert run.path == ["quick_check"]
    record = parse_record(run.to_record_data(ARRIVAL))
    assert record.temperature_c == 36.6 and not record.has_fever and record.itinerary == ()


@pytest.mark.parametrize(("temperature", "expected"), [(37.9, []), (38.0, ["symptoms"])])
def test_fever_threshold_decides_the_fast_lane(run: SopRun, temperature: float, expected: list[str]) -> None:
    finish_step(run, {"temperature": temperature, "red_flags": []})
    assert run.path == ["quick_check", *expected]
    assert run.is_finished is (not expected)


def test_fahrenheit_is_converted_and_stated(run: SopRun) -> None:
    assert run.answer("temperature", {"value": 100.4, "unit": "°F"}) == []
    assert run.answers["temperature"] == 38.0
    assert run.notes["temperature"] == "100.4 °F = 38 °C"
    assert run.answer("temperature", "99,5 F") == []
    assert run.answers["temperature"] == 37.5
    assert run.answer("temperature", "36.8") == [] and "temperature" not in run.notes
    errors = run.answer("temperature", {"value": 120, "unit": "°F"})
    assert keys(errors) == [("temperature", "out_of_range")]
    assert "120 °F (48.89 °C) is outside 30–45 °C" in errors[0].message


# ------------------------------------------------------------------------------------ branching


def test_listed_country_only_skips_the_symptom_step(run: SopRun) -> None:
    finish_step(run, {"temperature": 36.9, "red_flags": ["listed_country"]})
    assert run.path == ["quick_check", "travel"]
    finish_step(run, {"itinerary": [{"country": "GN", "left": "2026-11-20"}]})
    finish_step(run, {"exposures": []})
    assert run.current_step.id == "documents"
    assert run.progress.step == 4 and run.progress.total == 4


def test_feeling_unwell_goes_through_every_step(run: SopRun) -> None:
    finish_step(run, {"temperature": 37.0, "red_flags": ["feels_unwell"]})
    finish_step(run, {"symptoms": ["vomiting"], "symptom_onset": "2026-11-27", "fever_medicine": False})
    finish_step(run, {"itinerary": [{"country": "GN", "left": "2026-11-20"}]})
    finish_step(run, {"exposures": ["funeral_body_contact"]})
    finish_step(run, {"conveyance_type": "land", "vehicle": "Bus 12", "officer_concern": False})
    assert run.is_finished
    assert run.path == ["quick_check", "symptoms", "travel", "exposures", "documents"]
    data = run.to_record_data(ARRIVAL)
    assert data == {
        "arrival_date": ARRIVAL, "temperature_c": 37.0, "symptoms": ["vomiting"], "symptom_onset": "2026-11-27",
        "itinerary": [{"country": "GN", "left": "2026-11-20"}], "exposures": ["funeral_body_contact"],
        "conveyance": {"type": "land", "vehicle": "Bus 12"},
    }
    assert parse_record(data).to_json() == data


# ------------------------------------------------------------------------------------ show_if


def test_show_if_reveals_fields_from_answers_of_the_same_and_earlier_steps(run: SopRun) -> None:
    finish_step(run, {"temperature": 38.5, "red_flags": ["looks_unwell"]})
    visible = [f.id for f in run.visible_fields()]
    assert visible == ["symptoms", "fever_medicine", "observed_signs"]
    assert run.answer("symptoms", ["fever"]) == []
    assert "symptom_onset" in [f.id for f in run.visible_fields()]
    assert keys(run.step_errors()) == [("symptom_onset", "required"), ("fever_medicine", "required")]


def test_a_hidden_field_cannot_be_answered_and_a_hidden_answer_does_not_count(run: SopRun) -> None:
    finish_step(run, {"temperature": 38.5, "red_flags": ["feels_unwell"]})
    assert keys(run.answer("observed_signs", ["rash"])) == [("observed_signs", "hidden_field")]
    finish_step(run, {"symptoms": ["cough"], "symptom_onset": "2026-11-28", "fever_medicine": True})
    run.back()
    assert run.answer("symptoms", []) == []
    assert "symptom_onset" not in run.answers and "symptom_onset" in run.raw_answers
    assert "symptom_onset" not in run.to_record_data(ARRIVAL)


def test_secondary_hides_identity_fields_once_the_document_is_scanned(secondary: Sop, pinned: FixedClock) -> None:
    run = SopRun(secondary, clock=pinned)
    for _ in range(5):
        run._path.append(secondary.steps[len(run.path)].id)  # jump to the last step for this test
    assert run.current_step.id == "contact_details"
    assert "surname" in [f.id for f in run.visible_fields()]
    scan = {"kind": "mrz", "traveller": {"surname": "ERIKSSON", "given_names": "ANNA MARIA", "sex": "female",
                                         "birth_date": "1974-08-12", "nationality": "UTO"}}
    assert run.answer("travel_document", scan) == []
    assert "surname" not in [f.id for f in run.visible_fields()]


# ------------------------------------------------------------------------------------ validation


@pytest.mark.parametrize(
    ("field", "value", "key"),
    [
        ("temperature", 45.1, "out_of_range"),
        ("temperature", 29.99, "out_of_range"),
        ("temperature", "hot", "not_a_number"),
        ("temperature", True, "not_a_number"),
        ("temperature", float("nan"), "not_a_number"),
        ("temperature", 10**400, "not_a_number"),
        ("temperature", {"value": -(10**400), "unit": "°F"}, "not_a_number"),
        ("temperature", "1e5", "not_a_number"),
        ("temperature", {"value": 37, "unit": ["°C"]}, "unknown_unit"),
        ("temperature", {"value": 37, "unit": "K"}, "unknown_unit"),
        ("red_flags", "listed_country", "not_a_list"),
        ("red_flags", ["flu"], "unknown_choice"),
        ("red_flags", ["feels_unwell", "feels_unwell"], "duplicate_choice"),
        ("nonexistent", 1, "unknown_field"),
        ("itinerary", [], "not_on_step"),
    ],
)
def test_first_page_errors_name_the_field_with_a_stable_key(run: SopRun, field: str, value: object, key: str) -> None:
    errors = run.answer(field, value)
    assert keys(errors) == [(field, key)]
    assert errors[0].message and str(errors[0]).startswith(f"{field}: ")


def test_an_invalid_answer_replaces_the_previous_one(run: SopRun) -> None:
    assert run.answer("temperature", 36.5) == []
    assert run.answer("temperature", 460) != []
    assert "temperature" not in run.answers
    assert keys(run.next()) == [("temperature", "required"), ("red_flags", "required")]
    assert run.current_step.id == "quick_check" and not run.can_advance()
    assert keys(run.answer("temperature", None)) == [("temperature", "required")]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"symptoms": ["cough"], "symptom_onset": "2026-11-30"}, [("symptom_onset", "future_date")]),
        ({"symptoms": ["cough"], "symptom_onset": "27/11/2026"}, [("symptom_onset", "not_a_date")]),
        ({"symptoms": ["cough"], "symptom_onset": "2026-02-30"}, [("symptom_onset", "not_a_date")]),
        ({"symptoms": ["sneezing"]}, [("symptoms", "unknown_choice")]),
        ({"fever_medicine": "yes"}, [("fever_medicine", "not_yes_no")]),
    ],
)
def test_symptom_step_errors(run: SopRun, values: dict, expected: list) -> None:
    finish_step(run, {"temperature": 38.2, "red_flags": []})
    assert keys(run.answer_many(values)) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ([{"country": "XX", "left": "2026-11-20"}], [("itinerary[0].country", "unknown_country")]),
        ([{"country": "GN", "left": "2026-12-01"}], [("itinerary[0].left", "future_date")]),
        ([{"country": "GN"}], [("itinerary[0].left", "required")]),
        ([{"country": "GN", "left": "x"}, {"country": "ZZ", "left": "y"}],
         [("itinerary[0].left", "not_a_date"), ("itinerary[1].country", "unknown_country"),
          ("itinerary[1].left", "not_a_date")]),
        ([{"country": "GN", "left": "2026-11-20", "city": "Conakry"}], [("itinerary[0]", "invalid_item")]),
        ([], [("itinerary", "too_few_items")]),
        ([{"country": "GN", "left": "2026-11-20"}] * 21, [("itinerary", "too_many_items")]),
    ],
)
def test_itinerary_errors_point_at_the_row(run: SopRun, value: list, expected: list) -> None:
    finish_step(run, {"temperature": 36.2, "red_flags": ["listed_country"]})
    assert keys(run.answer("itinerary", value)) == expected


def test_text_and_document_errors(run: SopRun) -> None:
    finish_step(run, {"temperature": 36.2, "red_flags": ["listed_country"]})
    finish_step(run, {"itinerary": [{"country": "gn", "left": "2026-11-20"}]})
    assert run.answers["itinerary"] == [{"country": "GN", "left": "2026-11-20"}]
    finish_step(run, {"exposures": []})
    assert keys(run.answer("phone", "1" * 31)) == [("phone", "too_long")]
    assert keys(run.answer("phone", "123\x00")) == [("phone", "control_characters")]
    assert keys(run.answer("phone", 123)) == [("phone", "not_text")]
    assert run.answer("phone", "   ") == [] and "phone" not in run.answers
    bad_scan = {"traveller": {"surname": "X", "sex": "robot"}}
    assert keys(run.answer("travel_document", bad_scan)) == [("travel_document.traveller.sex", "invalid_document")]
    assert keys(run.answer("travel_document", {"photo": "..."})) == [("travel_document", "invalid_document")]


# ------------------------------------------------------------------------------------ back / next


def test_back_and_a_changed_answer_take_the_other_branch(run: SopRun) -> None:
    assert run.back() is False
    finish_step(run, {"temperature": 37.1, "red_flags": ["feels_unwell"]})
    finish_step(run, {"symptoms": ["headache"], "symptom_onset": "2026-11-28", "fever_medicine": False})
    assert run.path == ["quick_check", "symptoms", "travel"]
    assert run.back() and run.back()
    assert run.current_step.id == "quick_check" and run.path == ["quick_check"]
    assert run.answers == {"temperature": 37.1, "red_flags": ["feels_unwell"]}
    finish_step(run, {"red_flags": ["listed_country"]})
    assert run.path == ["quick_check", "travel"]
    assert "symptoms" not in run.answers and "symptoms" in run.raw_answers


def test_back_after_finishing_reopens_the_last_step(run: SopRun) -> None:
    finish_step(run, {"temperature": 36.0, "red_flags": []})
    assert run.is_finished
    assert run.back() is True
    assert not run.is_finished and run.current_step.id == "quick_check"


def test_answers_are_json_and_in_path_order(run: SopRun) -> None:
    finish_step(run, {"red_flags": ["looks_unwell"], "temperature": "100.8°F"})
    assert run.answer("observed_signs", ["rash", "flushed_sweating"]) == []
    assert run.answers["observed_signs"] == ["flushed_sweating", "rash"]  # choice order, not tap order
    assert json.loads(json.dumps(run.answers)) == run.answers
    assert json.loads(json.dumps(run.path)) == run.path


# ------------------------------------------------------------------------------------ secondary → record


def test_secondary_completes_the_primary_record(secondary: Sop, pinned: FixedClock) -> None:
    primary_record = {"arrival_date": ARRIVAL, "temperature_c": 37.9, "symptoms": ["headache"],
                      "itinerary": [{"country": "GN", "left": "2026-11-20"}]}
    run = SopRun(secondary, clock=pinned)
    finish_step(run, {"clinical_temperature": 38.4, "thermometer_site": "oral", "fever_medicine": False,
                      "general_condition": "unwell"})
    finish_step(run, {"fever_reported": True, "symptoms": ["vomiting", "muscle_pain"], "symptom_onset": "2026-11-27"})
    finish_step(run, {"itinerary": [{"country": "GN", "left": "2026-11-20"}, {"country": "SN", "left": "2026-11-28"}],
                      "long_stay": False, "age_years": 34})
    exposure_answers = {f.id: False for f in run.visible_fields()}
    exposure_answers.update(exp_care_no_ppe=True, last_exposure="2026-11-18")
    finish_step(run, exposure_answers)
    finish_step(run, {"yf_certificate": "shown", "yf_date": "2015-03-02", "polio_certificate": "none"})
    finish_step(run, {"surname": "Diallo", "given_names": "Aminata", "phone": "+224 600 00 00 00",
                      "address": "Hotel du Lac, room 12", "conveyance_type": "air", "flight_number": "XL 123",
                      "seat": "14C"})
    assert run.is_finished
    record = run.to_record(ARRIVAL, base=primary_record)
    assert record.temperature_c == 38.4 and record.fever_reported
    assert record.symptoms == {"headache", "vomiting", "muscle_pain"}
    assert [s.country for s in record.itinerary] == ["GN", "SN"]
    assert record.exposures == {"direct_care_without_ppe"}
    assert [(v.vaccine, v.date.isoformat()) for v in record.vaccinations] == [("yellow_fever", "2015-03-02")]
    assert record.traveller.surname == "Diallo" and record.conveyance.seat == "14C"
    assert record.age_years == 34
    assert parse_record(record.to_json()) == record
