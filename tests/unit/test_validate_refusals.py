"""``poe-kiosk validate`` refuses duplicate keys, unknown protocols and deep nesting with ``file:line``,
and never raises or reports an internal error, whatever the input (hypothesis)."""

from __future__ import annotations

import json
import re
import time

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cli import main
from kiosk.core_commands import KINDS, validate_file
from kiosk.datafiles import MAX_DEPTH

SITUATION = ('version: "local.1"\nissued: 2026-11-01\nevents:\n'
             "  - {protocol: EVD, areas: [GN], since: 2026-09-01, ended: null}\n")


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_duplicate_keys_are_refused_with_both_lines(tmp_path):
    path = write(tmp_path, "s.yaml", SITUATION + 'version: "local.2"\n')
    assert validate_file(path) == [f"{path}:5: version: duplicate key 'version' (first at line 1)"]
    nested = write(tmp_path, "n.yaml", SITUATION.replace("ended: null}", "ended: null, areas: [RW]}"))
    assert validate_file(nested) == [f"{nested}:4: events/0/areas: duplicate key 'areas' (first at line 4)"]


def test_duplicate_keys_in_json_too(tmp_path):
    path = write(tmp_path, "s.json", '{"version": "a", "issued": "2026-11-01",\n "events": [], "version": "b"}')
    assert validate_file(path) == [f"{path}:2: version: duplicate key 'version' (first at line 1)"]


def test_a_situation_event_naming_an_unknown_protocol_is_refused(tmp_path):
    path = write(tmp_path, "s.yaml", SITUATION.replace("protocol: EVD", "protocol: EBOLA"))
    [problem] = validate_file(path)
    assert problem.startswith(f"{path}:4: events/0/protocol: unknown protocol 'EBOLA'; known: ")


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, "{a: " * 30_000 + "1" + "}" * 30_000,
                                  "".join("  " * i + "a:\n" for i in range(MAX_DEPTH + 5)),
                                  "- " * 5_000 + "x\n"])
def test_deep_nesting_is_refused_quickly_without_recursion(tmp_path, capsys, text):
    path = write(tmp_path, "deep.yaml", text)
    started = time.process_time()
    [problem] = validate_file(path)
    assert re.fullmatch(rf"{re.escape(str(path))}:\d+: nested deeper than {MAX_DEPTH} levels", problem)
    assert time.process_time() - started < 30  # bounded: no exponential path (not a timing target)
    assert main(["validate", str(path)]) == 1
    assert "internal error" not in capsys.readouterr().out


def test_nesting_up_to_the_limit_is_fine(tmp_path):
    data = {"version": "a", "issued": "2026-11-01", "events": [], "issuer": "x"}
    nested: object = "x"
    for _ in range(MAX_DEPTH - 2):
        nested = [nested]
    data["note"] = nested
    problems = validate_file(write(tmp_path, "s.json", json.dumps(data)))
    assert all("nested deeper" not in p for p in problems)


PROBLEM = re.compile(r"^.+:\d+: .+$")

yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                         st.text(max_size=20), st.dates().map(str))
yaml_values = st.recursive(yaml_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(
        ["version", "issued", "events", "protocol", "areas", "since", "ended", "steps", "code", "rules", "id",
         "services", "point_of_entry", "certificates", "x"]), inner, max_size=5)), max_leaves=30)


def _check(tmp_path, text: str, kind: str | None) -> None:
    path = tmp_path / "input.yaml"
    path.write_text(text, encoding="utf-8")
    problems = validate_file(path, kind)
    assert isinstance(problems, list)
    for problem in problems:
        assert PROBLEM.match(problem.splitlines()[0]), problem
        assert "internal error" not in problem, problem


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), kind=st.sampled_from([None, *KINDS]))
def test_validate_never_raises_on_any_text(tmp_path, text, kind):
    _check(tmp_path, text, kind)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=yaml_values, kind=st.sampled_from([None, *KINDS]), as_json=st.booleans())
def test_validate_never_raises_on_structured_input(tmp_path, data, kind, as_json):
    text = json.dumps(data) if as_json else yaml.safe_dump(data, allow_unicode=True)
    _check(tmp_path, text, kind)
