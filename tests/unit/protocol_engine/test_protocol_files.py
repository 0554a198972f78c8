"""Protocol and situation files: schemas, line numbers of mistakes, and rules really being data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from protocol_cases import SITUATION, days_before

from kiosk.datafiles import data_files
from kiosk.errors import DataFileError, NotFound
from kiosk.protocols import Catalog, Situation, evaluate, load_catalog, load_protocol, load_situation
from kiosk.records import parse_record

SHIPPED = {"EVD", "MVD", "CHOLERA", "MEASLES", "MPOX", "YF", "POLIO", "RESP"}

MINIMAL = """\
code: TEST
version: "1"
name: {en: Test, fr: Test, pt: Teste, ar: اختبار}
sources:
  - {title: Example, url: https://example.org}
fever_threshold_c: 38.0
look_back_days: 21
symptom_sets:
  main: [headache]
ihr: {notifiable: "no"}
rules:
  - status: suspected
    when: {all: [fever, {symptoms_any: main}]}
    disposition: refer
    actions: [refer]
"""


def write(tmp_path: Path, text: str, name: str = "TEST.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_catalog_has_every_condition_with_names_and_sources():
    catalog = load_catalog()
    assert set(catalog.codes) >= SHIPPED
    for protocol in catalog:
        assert {"en", "fr", "pt", "ar"} <= set(protocol.name)
        assert protocol.sources and all(s["url"].startswith("http") for s in protocol.sources)
        assert protocol.ihr_notifiable in ("always", "annex2", "no")
        assert f"{protocol.code}={protocol.version}" in catalog.version
    assert catalog.protocol("EVD").label("fr") == "Maladie à virus Ebola"
    assert catalog.protocol("EVD").look_back_days == 21
    assert catalog.protocol("EVD").affected_days_after_last_case == 42
    assert catalog.protocol("POLIO").ihr_notifiable == "always"
    with pytest.raises(NotFound):
        catalog.protocol("NOPE")


def test_demo_situation_is_shipped_and_has_evd_in_guinea():
    situation = load_situation()
    assert situation.version and situation.events_in("EVD", "GN")
    assert situation.affected_areas("EVD", dt.date(2026, 11, 29), 42) == ["GN"]
    assert "yellow_fever" in situation.certificates and "polio" in situation.certificates
    assert any(p.parent.name == "situations" for p in data_files("protocols", "situations/*.yaml"))


def test_the_issue_situation_shape_is_accepted(tmp_path):
    path = write(tmp_path, """\
version: "2026-11-29.1"
issued: 2026-11-29
events:                       # affected areas per protocol
  - {protocol: EVD, areas: [GN], since: 2026-09-01, ended: null}   # ended = date of the last case
certificates:                 # this country's entry rules
  yellow_fever: {required_from: [NG, CD, AO, BR], min_age_years: 1}
  polio: {required_from: [AF, PK], max_dose_age_days: 365}
""", "situation.yaml")
    situation = load_situation(path)
    assert situation.version == "2026-11-29.1" and situation.issued == dt.date(2026, 11, 29)
    assert situation.events[0].ended is None
    assert situation.certificates["polio"].max_dose_age_days == 365


def test_situation_from_network_data_is_validated():
    assert Situation.from_data(SITUATION, "bundle").version == "test.1"
    with pytest.raises(DataFileError, match=r"bundle:1: events/0/areas/0: 'ZZ' is not an ISO 3166-1"):
        Situation.from_data({**SITUATION, "events": [{"protocol": "EVD", "areas": ["ZZ"], "since": "2026-01-01"}]},
                            "bundle")
    with pytest.raises(DataFileError, match="is before since"):
        Situation.from_data({**SITUATION, "events": [
            {"protocol": "EVD", "areas": ["GN"], "since": "2026-05-01", "ended": "2026-04-01"}]}, "bundle")
    with pytest.raises(DataFileError, match="version"):
        Situation.from_data({"issued": "2026-01-01", "events": []}, "bundle")
    with pytest.raises(DataFileError):
        Situation.from_data(["not", "an", "object"], "bundle")


def test_situation_events_are_checked_against_the_protocols_in_force():
    data = {**SITUATION, "events": [{"protocol": "EBOLA", "areas": ["GN"], "since": "2026-01-01"}]}
    assert Situation.from_data(data, "bundle").events[0].protocol == "EBOLA"  # no catalog given: not checked
    with pytest.raises(DataFileError, match=r"^bundle:1: events/0/protocol: unknown protocol 'EBOLA'; known: "
                                            r"EVD, MVD$"):
        Situation.from_data(data, "bundle", protocols=("MVD", "EVD"))
    assert Situation.from_data(SITUATION, "bundle", protocols=load_catalog().codes).version == "test.1"


def test_situation_order_fields_are_instants_with_an_offset(tmp_path):
    base = 'version: "1"\nissued: 2026-11-29\nevents: []\nsequence: 3\n'
    good = load_situation(write(tmp_path, base + "issued_at: 2026-11-29T08:00:00+01:00\n"
                                "expires: 2026-12-29T00:00:00Z\n", "good.yaml"))
    assert good.sequence == 3 and good.issued_at == dt.datetime(2026, 11, 29, 7, tzinfo=dt.UTC)
    assert good.expires == dt.datetime(2026, 12, 29, tzinfo=dt.UTC)
    assert load_situation().sequence is None  # the shipped demo: ranks below every bundle
    path = write(tmp_path, base + "issued_at: 2026-11-29 08:00:00\nexpires: 2026-11-01T00:00:00Z\n", "bad.yaml")
    with pytest.raises(DataFileError) as caught:
        load_situation(path)
    assert caught.value.problems == [f"{path}:5: issued_at: '2026-11-29T08:00:00' has no UTC offset (add Z for "
                                     "UTC, or e.g. +01:00)"]
    path = write(tmp_path, base + "issued_at: 2026-11-29T08:00:00Z\nexpires: 2026-11-01T00:00:00Z\n", "late.yaml")
    with pytest.raises(DataFileError, match=r"late.yaml:6: expires: .* is not after issued_at"):
        load_situation(path)
    with pytest.raises(DataFileError, match=r"bundle:1: sequence: 0 is less than the minimum of 1"):
        Situation.from_data({**SITUATION, "sequence": 0}, "bundle")
    with pytest.raises(DataFileError, match=r"bundle:1: expires: 'sometime next month' is not an instant"):
        Situation.from_data({**SITUATION, "expires": "sometime next month"}, "bundle")


def test_a_situation_instant_outside_the_calendar_in_utc_is_a_problem_with_its_line(tmp_path):
    path = write(tmp_path, 'version: "1"\nissued: 2026-11-29\nevents: []\nsequence: 3\n'
                           "issued_at: 0001-01-01T00:00:00+01:00\nexpires: 2026-12-29T00:00:00Z\n", "year-0.yaml")
    with pytest.raises(DataFileError) as caught:
        load_situation(path)
    assert caught.value.problems == [f"{path}:5: issued_at: '0001-01-01T00:00:00+01:00' is outside the years 1 to "
                                     "9999 in UTC"]


def test_situation_schema_error_has_its_line(tmp_path):
    path = write(tmp_path, 'version: "1"\nissued: 2026-11-29\nevents:\n  - protocol: EVD\n    areas: [GN]\n'
                           "    since: yesterday\n", "bad-situation.yaml")
    with pytest.raises(DataFileError) as caught:
        load_situation(path)
    assert caught.value.problems == [f"{path}:6: events/0/since: 'yesterday' is not a 'date'"]


def test_minimal_protocol_loads_and_runs(tmp_path):
    catalog = load_catalog([write(tmp_path, MINIMAL)])
    record = parse_record({"arrival_date": "2026-11-29", "temperature_c": 38.0, "symptoms": ["headache"]})
    result = evaluate(record, catalog, Situation.from_data(SITUATION, "s"))
    assert result.disposition == "refer"
    assert result.flags[0].reasons == ("38.0 °C ≥ 38.0 °C", "headache")


@pytest.mark.parametrize(("old", "new", "line", "message"), [
    ("fever_threshold_c: 38.0", 'fever_threshold_c: "hot"', 6, "fever_threshold_c: 'hot' is not of type 'number'"),
    ("  main: [headache]", "  main: [headake]", 9, "symptom_sets/main/0: unknown code 'headake'"),
    ("{symptoms_any: main}", "{symptoms_any: mian}", 13, "unknown symptom 'mian'"),
    ("{all: [fever,", "{all: [feverish,", 13, "unknown condition 'feverish'"),
    ("{all: [fever,", "{every: [fever,", 13, "rules/0/when: Additional properties are not allowed ('every'"),
    ("    disposition: refer", "    disposition: quarantine", 14, "rules/0/disposition: 'quarantine' is not one of"),
    ("ihr: {notifiable: \"no\"}", "ihr: {notifiable: no}", 10, "ihr/notifiable: False is not one of"),
    ("name: {en: Test, fr: Test, pt: Teste, ar: اختبار}", "name: {en: Test}", 3, "'fr' is a required property"),
    ("look_back_days: 21", "look_back_days: 21: days", 7, "mapping values are not allowed here"),
])
def test_protocol_mistakes_are_reported_with_their_line(tmp_path, old, new, line, message):
    assert old in MINIMAL
    path = write(tmp_path, MINIMAL.replace(old, new))
    with pytest.raises(DataFileError) as caught:
        load_protocol(path)
    problems = caught.value.problems
    assert any(p.startswith(f"{path}:{line}: ") and message in p for p in problems), problems


def test_self_referring_conditions_are_refused(tmp_path):
    text = MINIMAL.replace("ihr:", "conditions:\n  loop: {any: [loop, fever]}\nihr:")
    with pytest.raises(DataFileError, match="refers to itself"):
        load_protocol(write(tmp_path, text))


def test_duplicate_codes_are_refused(tmp_path):
    first = write(tmp_path, MINIMAL, "A.yaml")
    second = write(tmp_path, MINIMAL, "B.yaml")
    with pytest.raises(DataFileError, match="protocol TEST is loaded twice"):
        load_catalog([first, second])


def test_national_authority_changes_rules_without_code(tmp_path):
    """Shorten EVD's look-back to 10 days and widen its symptom set: only the YAML changes."""
    shipped = next(p for p in data_files("protocols") if p.name == "EVD.yaml").read_text(encoding="utf-8")
    edited = shipped.replace("look_back_days: 21", "look_back_days: 10").replace(
        "unexplained_bleeding]", "unexplained_bleeding, sore_throat]")
    catalog = load_catalog([write(tmp_path, edited, "EVD.yaml")])
    situation = Situation.from_data(SITUATION, "s")

    def evd(days: int, symptoms: list[str]) -> str | None:
        record = parse_record({"arrival_date": "2026-11-29", "symptoms": symptoms,
                               "itinerary": [{"country": "GN", "left": days_before(days)}]})
        flag = evaluate(record, catalog, situation).flag("EVD")
        return flag.status if flag else None

    assert evd(10, ["sore_throat"]) == "suspected"
    assert evd(11, ["sore_throat"]) is None


def test_catalog_from_network_data(tmp_path):
    import yaml

    catalog = Catalog.from_data([(yaml.safe_load(MINIMAL), "bundle/TEST")])
    assert catalog.codes == ("TEST",)
    broken = yaml.safe_load(MINIMAL) | {"fever_threshold_c": "hot"}
    with pytest.raises(DataFileError, match="bundle/TEST:1: fever_threshold_c"):
        Catalog.from_data([(broken, "bundle/TEST")])
