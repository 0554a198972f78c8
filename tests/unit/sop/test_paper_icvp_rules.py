"""A paper yellow-fever certificate in primary screening: asked when the traveller was in a listed
country, recorded as ``evidence: paper``, evaluated by protocol YF (valid from day 10, for life), and
shown in the ``evaluate`` contract apart from a verified digital certificate."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.cli import main
from kiosk.errors import InputError
from kiosk.records import EVIDENCE, parse_record
from kiosk.sop import Sop, SopRun, load_sop

ARRIVAL = "2026-11-29"
FROM_NIGERIA = {"arrival_date": ARRIVAL, "age_years": 30, "itinerary": [{"country": "NG", "left": "2026-11-22"}]}


def to_documents(run: SopRun) -> None:
    for values in ({"temperature": 36.6, "red_flags": ["listed_country"]},
                   {"itinerary": [{"country": "NG", "left": "2026-11-22"}], "age_years": 30}, {"exposures": []}):
        assert run.answer_many(values) == []
        assert run.next() == []
    assert run.current_step.id == "documents"


def visible(run: SopRun) -> list[str]:
    return [field.id for field in run.visible_fields()]


def test_the_question_shows_for_a_listed_country_and_its_date_only_when_shown(run: SopRun) -> None:
    to_documents(run)
    assert "yf_paper_certificate" in visible(run) and "yf_paper_date" not in visible(run)
    assert run.answer("yf_paper_certificate", True) == []
    assert "yf_paper_date" in visible(run)
    assert run.answer_many({"conveyance_type": "land", "officer_concern": False}) == []
    assert [(e.field, e.key) for e in run.next()] == [("yf_paper_date", "required")]
    assert run.answer("yf_paper_date", "2019-03-01") == [] and run.next() == []
    data = run.to_record_data(ARRIVAL)
    assert data["vaccinations"] == [{"vaccine": "yellow_fever", "date": "2019-03-01", "evidence": "paper"}]
    assert parse_record(data).to_json() == data


def test_no_listed_country_no_question(run: SopRun) -> None:
    for values in ({"temperature": 37.2, "red_flags": ["feels_unwell"]},
                   {"symptoms": ["cough"], "symptom_onset": "2026-11-27", "fever_medicine": False},
                   {"itinerary": [{"country": "FR", "left": "2026-11-22"}]}, {"exposures": []}):
        assert run.answer_many(values) == [] and run.next() == []
    assert run.current_step.id == "documents" and "yf_paper_certificate" not in visible(run)


def test_the_primary_sop_version_was_bumped_and_every_language_is_there(primary: Sop) -> None:
    assert primary.version == "2026.12.1"
    raw = load_sop("primary")
    fields = {f.id: f for step in raw.steps for f in step.fields}
    for name in ("yf_paper_certificate", "yf_paper_date"):
        assert set(fields[name].label) >= {"en", "fr", "pt", "ar"}, name


def evaluate(capsys: pytest.CaptureFixture[str], tmp_path, record: dict) -> dict:
    path = tmp_path / "record.json"
    path.write_text(json.dumps(record))
    assert main(["evaluate", str(path)]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("evidence", "text"), [("paper", "paper certificate read by the officer"),
                                                ("digital", "digital certificate, signature verified")])
def test_the_evaluate_contract_shows_the_certificate_used_and_its_evidence(capsys, tmp_path, evidence, text) -> None:
    dose = {"vaccine": "yellow_fever", "date": "2019-03-01", "evidence": evidence}
    out = evaluate(capsys, tmp_path, FROM_NIGERIA | {"vaccinations": [dose]})
    assert out["disposition"] == "clear" and out["flags"] == []
    [check] = [c for c in out["certificates"] if c["protocol"] == "YF"]
    assert check == {"protocol": "YF", "certificate": "yellow_fever", "valid": True, "used": dose,
                     "reasons": [f"yellow-fever vaccination on 2019-03-01: {text}",
                                 "yellow-fever vaccination on 2019-03-01: valid from 2019-03-11 (+10 days), for life"]}


@pytest.mark.parametrize(("date", "valid"), [("2026-11-19", True), ("2026-11-20", False), ("1980-01-01", True)])
def test_day_ten_and_lifetime_validity_of_a_paper_certificate(capsys, tmp_path, date, valid) -> None:
    dose = {"vaccine": "yellow_fever", "date": date, "evidence": "paper"}
    out = evaluate(capsys, tmp_path, FROM_NIGERIA | {"vaccinations": [dose]})
    [check] = [c for c in out["certificates"] if c["protocol"] == "YF"]
    assert check["valid"] is valid and check["used"] == (dose if valid else None)
    assert out["disposition"] == ("clear" if valid else "vaccinate")


def test_of_two_certificates_the_valid_one_is_the_one_used(capsys, tmp_path) -> None:
    recent = {"vaccine": "yellow_fever", "date": "2026-11-27", "evidence": "digital"}
    old = {"vaccine": "yellow_fever", "date": "2010-05-04", "evidence": "paper"}
    out = evaluate(capsys, tmp_path, FROM_NIGERIA | {"vaccinations": [recent, old]})
    [check] = [c for c in out["certificates"] if c["protocol"] == "YF"]
    assert check["used"] == old


def test_no_certificate_is_listed_when_none_is_required(capsys, tmp_path) -> None:
    out = evaluate(capsys, tmp_path, {"arrival_date": ARRIVAL, "itinerary": [{"country": "FR", "left": "2026-11-22"}],
                                      "vaccinations": [{"vaccine": "yellow_fever", "date": "2019-03-01"}]})
    assert out["certificates"] == []


@given(st.text(max_size=20).filter(lambda s: s not in EVIDENCE))
def test_an_unknown_evidence_is_refused_naming_the_field(value: str) -> None:
    record = {"arrival_date": ARRIVAL, "vaccinations": [{"vaccine": "yellow_fever", "date": "2019-03-01",
                                                         "evidence": value}]}
    with pytest.raises(InputError) as raised:
        parse_record(record)
    assert raised.value.field == "vaccinations[0].evidence"
