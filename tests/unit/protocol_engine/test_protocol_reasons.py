"""Reasons in plain language: labels for every code, structured reasons, and their translations."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from protocol_cases import SITUATION, days_before

from kiosk import languages
from kiosk.protocols import Reason, Situation, evaluate, load_catalog, reason
from kiosk.protocols.labels import (
    ACTION_LABELS,
    CATEGORY_LABELS,
    EXPOSURE_LABELS,
    RISK_LABELS,
    STATUS_LABELS,
    SYMPTOM_LABELS,
    TEMPLATES,
    VACCINE_LABELS,
    label,
)
from kiosk.protocols.reasons import country_name, decimal, render, whole
from kiosk.records import EXPOSURES, SYMPTOMS, VACCINES, parse_record

OFFICER_LANGUAGES = ("en", "fr", "pt", "ar")  # reasons are read by the officer
ISSUE = {"age_years": 34, "temperature_c": 38.4, "symptoms": ["vomiting"], "symptom_onset": "2026-11-27",
         "itinerary": [{"country": "GN", "left": "2026-11-20"}], "exposures": ["direct_care_without_ppe"],
         "vaccinations": [{"vaccine": "yellow_fever", "date": "2015-03-02"}]}


@pytest.mark.parametrize(("table", "codes"), [
    (SYMPTOM_LABELS, SYMPTOMS), (EXPOSURE_LABELS, EXPOSURES), (VACCINE_LABELS, VACCINES)])
def test_every_code_has_a_label_in_every_language(table, codes):
    assert set(table) == set(codes)
    for code in codes:
        assert all(table[code].get(lang, "").strip() for lang in languages.codes()), code
        assert "_" not in table[code]["en"]


def test_every_shipped_exposure_category_status_risk_and_action_has_a_label():
    for protocol in load_catalog():
        assert set(protocol.exposure_categories) <= set(CATEGORY_LABELS), protocol.code
        for rule in protocol.rules:
            assert rule.status in STATUS_LABELS and set(rule.actions) <= set(ACTION_LABELS), protocol.code
            assert rule.risk is None or rule.risk in RISK_LABELS
        assert {name for name, _ in protocol.risks} <= set(RISK_LABELS)
    for table in (CATEGORY_LABELS, STATUS_LABELS, RISK_LABELS, ACTION_LABELS):
        assert all(set(labels) == set(languages.codes()) for labels in table.values())
    assert label(STATUS_LABELS, "unexplained_fever", "fr") == "fièvre ne correspondant à aucun protocole"
    assert label(ACTION_LABELS, "teleport", "fr") == "teleport"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_template_has_every_officer_language_with_the_same_placeholders(key):
    templates = TEMPLATES[key]
    assert set(OFFICER_LANGUAGES) <= set(templates)
    assert {lang: placeholders(t) for lang, t in templates.items()} == dict.fromkeys(
        templates, placeholders(templates["en"]))


def test_issue_example_reasons_read_like_an_officer_would_write_them(ev):
    flag = ev(**ISSUE).flag("EVD")
    assert flag.reasons == ("38.4 °C ≥ 38.0 °C", "vomiting", "left Guinea (GN) 9 days before arrival ≤ 21 days",
                            "direct care of a patient without protective equipment (high-risk exposure)")


def test_reasons_are_structured_key_params_and_text(ev):
    flag = ev(**ISSUE).flag("EVD")
    assert [r.key for r in flag.reason_items] == ["fever_measured", "symptom", "travel", "exposure_in_category"]
    travel = flag.reason_items[2]
    assert travel.params == {"country": "GN", "days": 9, "within": 21}
    assert travel == reason("travel", country="GN", days=9, within=21)
    assert travel.to_json() == {"key": "travel", "params": {"country": "GN", "days": 9, "within": 21},
                                "text": "left Guinea (GN) 9 days before arrival ≤ 21 days"}


def test_reasons_in_other_languages(ev):
    result = ev(**ISSUE)
    fr = result.flag("EVD").reasons_in("fr")
    assert fr[0] == "38,4 °C ≥ 38,0 °C"
    assert fr[1] == "vomissements"
    assert fr[2] == "a quitté Guinée (GN) 9 jours avant l'arrivée ≤ 21 jours"  # CLDR names
    assert fr[3] == "soins directs à un malade sans équipement de protection (exposition à haut risque)"
    assert result.reasons_in("pt")["EVD"][1] == "vómitos"
    assert result.reasons_in("ar")["EVD"][1] == "قيء"
    assert result.reasons_in("xx") == result.reasons_in("en") == {"EVD": result.flag("EVD").reasons}


def test_yellow_fever_reasons(ev):
    flag = ev(age_years=30, itinerary=[{"country": "NG", "left": days_before(2)}]).flag("YF")
    assert flag.reasons == ("yellow-fever certificate required from Nigeria (NG)", "age 30 years ≥ 1",
                            "no yellow-fever vaccination recorded")
    assert flag.reasons_in("fr")[2] == "aucune vaccination enregistrée (fièvre jaune)"


def test_yellow_fever_vaccination_too_recent_names_the_dates(ev):
    flag = ev(age_years=30, itinerary=[{"country": "NG", "left": days_before(2)}],
              vaccinations=[{"vaccine": "yellow_fever", "date": "2026-11-25"}]).flag("YF")
    assert flag.reasons[-1] == "yellow-fever vaccination on 2026-11-25 is valid only from 2026-12-05 (+10 days)"


def test_full_json_adds_reason_items_but_the_contract_does_not(ev):
    result = ev(**ISSUE)
    assert "reason_items" not in result.to_json()["flags"][0]
    full = json.loads(json.dumps(result.to_json(full=True)))
    items = full["flags"][0]["reason_items"]
    assert [i["text"] for i in items] == full["flags"][0]["reasons"]
    assert items[0] == {"key": "fever_measured", "params": {"temperature": 38.4, "threshold": 38.0},
                        "text": "38.4 °C ≥ 38.0 °C"}


def test_a_stored_reason_renders_again_in_any_language():
    stored = {"key": "no_dose_before_leaving", "params": {"vaccine": "polio", "max_days": 365, "country": "PK",
                                                           "left": "2026-11-20"}}
    assert render(stored["key"], stored["params"]) == "no polio dose within 365 days before leaving Pakistan (PK) on 2026-11-20"
    assert render(stored["key"], stored["params"], "pt").startswith("nenhuma dose (poliomielite)")


def test_numbers_and_countries():
    assert (decimal(38.0), decimal(38.45), decimal(37.95, "fr")) == ("38.0", "38.45", "37,95")
    assert (whole(30.0), whole(0.75), whole(1)) == ("30", "0.75", "1")
    assert country_name("GN") == "Guinea (GN)"
    assert country_name("XX") == "XX"
    assert Reason("exposure_in_category", (("exposure", "lab_exposure"), ("category", "extreme"))).text == (
        "laboratory work with patient samples without full protection (extreme risk)")


def test_reasons_from_a_custom_protocol_use_the_same_labels(tmp_path: Path):
    text = """\
code: TEST
version: "1"
name: {en: Test, fr: Test, pt: Teste, ar: اختبار}
sources: [{title: Example, url: "https://example.org"}]
fever_threshold_c: 38.0
exposure_categories: {very_high: [animal_bushmeat]}
ihr: {notifiable: "no"}
rules:
  - status: contact
    when: {all: [{exposures_any: very_high}, {symptoms_all: [cough, sore_throat]}, {age_below: 12}]}
    disposition: advise
    actions: [advise]
"""
    path = tmp_path / "TEST.yaml"
    path.write_text(text, encoding="utf-8")
    record = parse_record({"arrival_date": "2026-11-29", "age_years": 7.5, "exposures": ["animal_bushmeat"],
                           "symptoms": ["sore_throat", "cough"]})
    flag = evaluate(record, load_catalog([path]), Situation.from_data(SITUATION, "s")).flag("TEST")
    assert flag.reasons == ("contact with wild animals or bushmeat (very high risk)", "cough", "sore throat",
                            "age 7.5 years < 12")
