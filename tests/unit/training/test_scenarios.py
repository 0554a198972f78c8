"""Shipped exercise scenarios: valid, and every inject's expected outcome agrees with the real protocol
engine (the ``evaluate`` path, with the exercise's own situation in force at the inject's time)."""

from __future__ import annotations

import copy
import json
import re

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cli import main
from kiosk.core_commands import validate_file
from kiosk.datafiles import data_files
from kiosk.records import parse_record
from kiosk.screening import Rules
from kiosk.training.scenario import crowd_records, load_scenario, shipped_scenarios

SHIPPED = {path.stem: path for path in data_files("scenarios")}
ISSUE_SCENARIOS = {"ebola-land-crossing", "yellow-fever-airport", "cholera-bus", "measles-flight", "mass-arrival",
                   "hub-link-lost"}


def _injects():
    for scenario in shipped_scenarios():
        for inject in scenario.injects:
            yield pytest.param(scenario, inject, id=f"{scenario.id}:{inject.id}")


def test_the_six_scenarios_of_the_issue_are_shipped_and_valid(capsys):
    assert set(SHIPPED) >= ISSUE_SCENARIOS
    for path in SHIPPED.values():
        assert validate_file(path) == [], path
    assert main(["validate"]) == 0  # every shipped file, the scenarios among them
    assert capsys.readouterr().out.endswith(" files valid\n")
    assert main(["validate", str(next(iter(SHIPPED.values())).parent)]) == 0
    assert capsys.readouterr().out == f"{len(SHIPPED)} files valid\n"


@pytest.mark.parametrize(("scenario", "inject"), list(_injects()))
def test_every_inject_expects_what_the_protocol_engine_decides(scenario, inject, shipped_rules):
    if inject.missing:
        pytest.skip(f"{inject.label} needs record feature(s) {', '.join(inject.missing)} not on this branch yet")
    rules = Rules(shipped_rules.catalog, scenario.situation_at(inject.at))
    evaluation = rules.evaluate(parse_record(inject.record))
    assert evaluation.disposition == inject.expected.disposition, inject.label
    found = {(flag.protocol, flag.status) for flag in evaluation.flags}
    expected = {(flag.protocol, flag.status) for flag in inject.expected.flags}
    assert {protocol for protocol, _ in found} == {protocol for protocol, _ in expected}, inject.label
    assert all((p, s) in found for p, s in expected if s), inject.label
    if inject.expected.alert is not None:
        assert (evaluation.alert is not None) == inject.expected.alert, inject.label


def test_the_mass_arrival_is_fifty_generated_travellers_the_same_every_time():
    scenario = load_scenario("mass-arrival")
    crowd = [inject for inject in scenario.injects if inject.id.startswith("pax-")]
    assert len(crowd) == 50
    assert len({inject.record["traveller"]["document_number"] for inject in crowd}) == 50
    assert len({inject.record["conveyance"]["seat"] for inject in crowd}) == 50
    again = load_scenario("mass-arrival")
    assert [i.record for i in again.injects] == [i.record for i in scenario.injects]
    other = crowd_records({"seed": 1, "count": 3, "record": {"arrival_date": "2026-11-29"}})
    assert other != [i.record for i in crowd[:3]]
    assert [i.number for i in scenario.injects] == list(range(1, 52))
    assert [i.at for i in scenario.injects] == sorted(i.at for i in scenario.injects)


def test_a_situation_bundle_event_changes_the_exercise_situation_from_its_time_only():
    scenario = load_scenario("hub-link-lost")
    bundle = next(event for event in scenario.events if event.type == "situation_bundle")
    assert scenario.situation_at(bundle.at - 1).version == "EX-MVD-2026-11-29.1"
    assert scenario.situation_at(bundle.at).version == "EX-MVD-2026-11-29.2"


def _broken(tmp_path, old: str, new: str) -> list[str]:
    text = SHIPPED["ebola-land-crossing"].read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "broken.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return validate_file(path)


@pytest.mark.parametrize(("old", "new", "message"), [
    ("temperature_c: 38.6", "temperature_c: 48.6", ":4?\\d: injects/1/record/temperature_c: 48.6 is outside 30–45 °C"),
    ("steps: [quick_check, symptoms, travel, exposures, documents,", "steps: [quick_check, symtoms,",
     "injects/1/expected/steps/1: no step 'symtoms' in the SOP"),
    ("{protocol: EVD, status: suspected}", "{protocol: EBOLA}", "injects/1/expected/flags/0/protocol: unknown protocol 'EBOLA'"),
    ("areas: [UG]", "areas: [UX]", "situation/events/0/areas/0: 'UX' is not an ISO 3166-1 alpha-2 code"),
    ("id: evd-febrile", "id: well-driver", "injects/1/id: inject id 'well-driver' is used twice"),
    ("    at: 120\n", "    at: 120\n    at: 130\n", "duplicate key 'at'"),
    ("answers: {red_flags:", "answers: {red_flag:", "injects/1/answers/red_flag: no field 'red_flag' in the SOP"),
    ("kind: drill", "kind: tabletop", "kind: 'tabletop' is not one of"),
    ("answers: {red_flags: [looks_unwell,", "answers: {temperature: 51, red_flags: [looks_unwell,",
     "injects/1/answers: inject 2 (evd-febrile): the answers cannot complete SOP step 'quick_check': temperature"),
])
def test_a_broken_scenario_is_refused_with_file_line_and_reason(tmp_path, old, new, message):
    problems = _broken(tmp_path, old, new)
    assert problems, "the broken scenario was accepted"
    assert all(re.match(r"^.+broken\.yaml:\d+: ", p) for p in problems), problems
    assert any(re.search(re.escape(message) if "\\" not in message else message, p) for p in problems), problems


_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False), st.text(max_size=12),
              st.dates().map(str), st.sampled_from(["UG", "clear", "EVD", "quick_check", "2026-11-29T08:00:00Z"])),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8)


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


BASE = yaml.safe_load(SHIPPED["ebola-land-crossing"].read_text(encoding="utf-8"))
PATHS = [p for p in _paths(BASE) if p]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.sampled_from(PATHS), value=_values)
def test_a_scenario_changed_anywhere_is_accepted_or_refused_with_lines_never_a_crash(tmp_path, where, value):
    data = copy.deepcopy(BASE)
    target = data
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    path = tmp_path / "mutated.json"
    path.write_text(json.dumps(data, default=str), encoding="utf-8")
    for problem in validate_file(path, "scenario"):
        assert re.match(r"^.+mutated\.json:\d+: ", problem), problem
        assert "internal error" not in problem, problem
