"""The shipped SOPs: they load, every text is in en/fr/pt/ar (traveller pages in every shipped language), every binding and code fits kiosk.records."""

from __future__ import annotations

import dataclasses
import re

import pytest

from kiosk import records
from kiosk.sop import Sop, shipped_sops

REQUIRED_LANGUAGES = ("en", "fr", "pt", "ar")
ARABIC = re.compile(r"[\u0600-\u06FF]")
RECORD_FIELDS = {f.name for f in dataclasses.fields(records.ScreeningRecord)}
TRAVELLER_FIELDS = {f.name for f in dataclasses.fields(records.Traveller)}
CONVEYANCE_FIELDS = {f.name for f in dataclasses.fields(records.Conveyance)}


def all_sops() -> list[Sop]:
    return list(shipped_sops().values())


def texts(sop: Sop) -> list[tuple[str, dict[str, str]]]:
    """Every translatable text of the SOP with a name saying where it is."""
    found = [("title", sop.title)] + ([("description", sop.description)] if sop.description else [])
    for step in sop.steps:
        found.append((f"{step.id}.title", step.title))
        if step.intro:
            found.append((f"{step.id}.intro", step.intro))
        for field in step.fields:
            for key in ("label", "hint", "none_label"):
                if getattr(field, key):
                    found.append((f"{field.id}.{key}", getattr(field, key)))
            found += [(f"{field.id}.{choice.code}", choice.label) for choice in field.choices]
    return [(name, dict(text)) for name, text in found]


def test_the_primary_and_secondary_sops_are_shipped() -> None:
    sops = shipped_sops()
    assert set(sops) >= {"primary", "secondary"}
    assert all(sop.version for sop in sops.values())


@pytest.mark.parametrize("sop", all_sops(), ids=lambda s: s.id)
def test_every_text_exists_in_all_four_languages(sop: Sop) -> None:
    assert set(REQUIRED_LANGUAGES) <= set(sop.languages)
    missing = [(name, lang) for name, text in texts(sop) for lang in REQUIRED_LANGUAGES if not text.get(lang, "").strip()]
    assert missing == []


@pytest.mark.parametrize("sop", all_sops(), ids=lambda s: s.id)
def test_arabic_texts_are_in_arabic_script_and_others_are_translated(sop: Sop) -> None:
    not_arabic = [name for name, text in texts(sop) if not ARABIC.search(text["ar"])]
    assert not_arabic == []
    for lang in ("fr", "pt"):
        all_texts = texts(sop)
        same_as_english = [name for name, text in all_texts if text[lang] == text["en"]]
        # a few words are the same in both languages (e.g. "Train"); most must differ
        assert len(same_as_english) <= len(all_texts) // 20, (lang, same_as_english)


def _check_binding(field_type: str, binds: str, codes: tuple[str, ...]) -> None:
    """An independent restatement of the binding table against kiosk.records."""
    head, _, tail = binds.partition(".")
    if head in ("symptoms", "exposures"):
        valid = records.SYMPTOMS if head == "symptoms" else records.EXPOSURES
        if tail:
            assert field_type == "yes_no" and tail in valid
        else:
            assert field_type == "multi_choice" and set(codes) <= set(valid), set(codes) - set(valid)
    elif head == "vaccinations":
        assert (field_type, tail in records.VACCINES) in (("date", True), ("document_scan", False))
    elif head == "traveller":
        assert not tail or tail in TRAVELLER_FIELDS
        if tail == "sex":
            assert set(codes) <= set(records.SEXES)
    elif head == "conveyance":
        assert not tail or tail in CONVEYANCE_FIELDS
        if tail == "type":
            assert set(codes) <= set(records.CONVEYANCE_TYPES)
    elif head == "document":
        assert field_type == "document_scan" and not tail
    else:
        assert not tail and head in RECORD_FIELDS
        expected = {"temperature_c": "number", "age_years": "number", "fever_reported": "yes_no",
                    "symptom_onset": "date", "itinerary": "country_list"}
        assert expected[head] == field_type


@pytest.mark.parametrize("sop", all_sops(), ids=lambda s: s.id)
def test_every_binding_and_code_is_valid_for_the_record(sop: Sop) -> None:
    bound = [f for f in sop.fields if f.binds]
    assert bound, "an SOP that fills nothing in the record is useless"
    for field in bound:
        _check_binding(field.type, field.binds, field.choice_codes)


def test_primary_asks_every_symptom_and_exposure_code_of_the_record() -> None:
    primary = shipped_sops()["primary"]
    assert set(primary.field("symptoms").choice_codes) == set(records.SYMPTOMS)
    assert set(primary.field("exposures").choice_codes) == set(records.EXPOSURES)
    assert primary.field("temperature").binds == "temperature_c"


def test_secondary_asks_each_exposure_as_its_own_question_and_remeasures() -> None:
    secondary = shipped_sops()["secondary"]
    asked = {f.binds.partition(".")[2] for f in secondary.fields if (f.binds or "").startswith("exposures.")}
    assert asked == set(records.EXPOSURES)
    assert secondary.steps[0].fields[0].binds == "temperature_c"
    bound = {f.binds for f in secondary.fields}
    assert {"vaccinations.yellow_fever", "vaccinations.polio", "itinerary", "symptom_onset"} <= bound
