"""Loading SOP files: schema and semantic errors come back as ``file:line: message``."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.errors import DataFileError
from kiosk.sop import load_sop, load_sop_text

TEXT = "{en: '%s', fr: '%s fr', pt: '%s pt', ar: 'نص'}"

VALID = f"""\
id: tiny
version: "1"
title: {TEXT % ('Tiny', 'Tiny', 'Tiny')}
languages: [en, fr, pt, ar]
steps:
  - id: first
    title: {TEXT % ('First', 'First', 'First')}
    fields:
      - id: feverish
        type: yes_no
        required: true
        label: {TEXT % ('Feverish?', 'Feverish?', 'Feverish?')}
    next:
      - if: {{field: feverish, equals: false}}
        goto: end
  - id: second
    title: {TEXT % ('Second', 'Second', 'Second')}
    fields:
      - id: onset
        type: date
        binds: symptom_onset
        label: {TEXT % ('Onset', 'Onset', 'Onset')}
"""


def line_of(text: str, marker: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if marker in line)


def problems_of(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_sop(path)
    return caught.value.problems


def test_the_valid_example_loads(tmp_path: Path) -> None:
    path = tmp_path / "tiny.yaml"
    path.write_text(VALID, encoding="utf-8")
    sop = load_sop(path)
    assert [s.id for s in sop.steps] == ["first", "second"]
    assert sop.field("onset").binds == "symptom_onset"
    assert load_sop_text(VALID, "tiny.yaml").id == "tiny"


def test_bad_field_type_is_reported_at_its_line(tmp_path: Path) -> None:
    text = VALID.replace("type: date", "type: slider")
    problems = problems_of(tmp_path, text)
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'broken.yaml'}:{line_of(text, 'type: slider')}: steps/1/fields/0/type: ")
    assert "slider" in problems[0]


def test_unknown_next_target_is_reported_at_its_line(tmp_path: Path) -> None:
    text = VALID.replace("goto: end", "goto: third")
    [problem] = problems_of(tmp_path, text)
    assert f":{line_of(text, 'goto: third')}: " in problem
    assert "goto 'third' is not a step of this SOP" in problem


def test_missing_label_language_is_reported_at_the_label(tmp_path: Path) -> None:
    text = VALID.replace("label: " + TEXT % ("Onset", "Onset", "Onset"), "label: {en: Onset, fr: Début, pt: Início}")
    [problem] = problems_of(tmp_path, text)
    assert f":{line_of(text, 'label: {en: Onset')}: steps/1/fields/0/label: " in problem
    assert "missing language(s) ar (the SOP lists en, fr, pt, ar)" in problem


def test_a_language_listed_but_missing_from_a_text_is_an_error(tmp_path: Path) -> None:
    text = VALID.replace("languages: [en, fr, pt, ar]", "languages: [en, fr, pt, ar, es]")
    problems = problems_of(tmp_path, text)
    assert len(problems) == 5  # every text lacks es
    assert all("missing language(s) es" in p for p in problems)
    assert f":{line_of(text, 'label: {en: ' + chr(39) + 'Onset')}: " in problems[-1]


def test_backward_goto_is_refused_so_runs_cannot_loop(tmp_path: Path) -> None:
    text = VALID + "    next:\n      - goto: first\n"
    [problem] = problems_of(tmp_path, text)
    assert f":{len(text.splitlines())}: steps/1/next/0/goto: " in problem
    assert "never loop" in problem


def test_show_if_must_refer_to_an_earlier_field(tmp_path: Path) -> None:
    text = VALID.replace("      - if: {field: feverish, equals: false}", "      - if: {field: onset, equals: false}")
    [problem] = problems_of(tmp_path, text)
    assert f":{line_of(text, 'field: onset')}: steps/0/next/0/if/field: " in problem
    assert "'onset', which is not an earlier field" in problem


def test_condition_tests_must_fit_the_field_type(tmp_path: Path) -> None:
    text = VALID.replace("{field: feverish, equals: false}", "{field: feverish, gte: 38}")
    [problem] = problems_of(tmp_path, text)
    assert "'gte' needs a number field; 'feverish' is yes_no" in problem


def test_bindings_are_checked_against_the_record(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, VALID.replace("binds: symptom_onset", "binds: symptoms.sneezing"))
    assert "binds to unknown record field 'symptoms.sneezing'" in problems[0]
    problems = problems_of(tmp_path, VALID.replace("binds: symptom_onset", "binds: temperature_c"))
    assert "needs a number field, not date" in problems[0]


def test_choice_codes_bound_to_the_record_must_be_record_codes(tmp_path: Path) -> None:
    field = f"""\
      - id: symptoms
        type: multi_choice
        binds: symptoms
        label: {TEXT % ('S', 'S', 'S')}
        choices:
          - {{code: cough, label: {TEXT % ('C', 'C', 'C')}}}
          - {{code: sneezing, label: {TEXT % ('Sn', 'Sn', 'Sn')}}}
"""
    text = VALID + field
    [problem] = problems_of(tmp_path, text)
    assert f":{line_of(text, 'binds: symptoms')}: steps/1/fields/1/binds: " in problem
    assert "sneezing" in problem


def test_duplicate_ids_and_reserved_end(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, VALID.replace("id: onset", "id: feverish").replace("id: second", "id: end"))
    assert any("'end' is reserved" in p for p in problems)
    assert any("field id 'feverish' is used twice" in p for p in problems)


def test_yaml_syntax_errors_and_unknown_ids(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, VALID.replace("    fields:\n      - id: onset", "    fields:\n     - id: [onset"))
    assert problems[0].startswith(str(tmp_path / "broken.yaml") + ":")
    with pytest.raises(DataFileError, match="no shipped SOP with this id"):
        load_sop("tertiary")


def test_the_example_in_the_docs_loads_and_runs() -> None:
    import doctest
    import re

    import kiosk.sop
    from kiosk.sop import SopRun

    docs = Path(__file__).parents[3] / "docs" / "sops.md"
    block = re.search(r"## The format\n\n```yaml\n(.*?)```", docs.read_text(encoding="utf-8"), re.S)
    assert block is not None
    run = SopRun(load_sop_text(block.group(1), "docs/sops.md"))
    assert run.answer_many({"temperature": 36.6, "unwell": False}) == []
    assert run.next() == [] and run.is_finished
    assert doctest.testmod(kiosk.sop).failed == 0
