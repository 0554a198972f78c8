"""Conditions on earlier answers, used by ``show_if`` and by branching rules (``next: - if:``).

A condition is one of::

    {field: temperature, gte: 38.0}          # one test on one answer
    {all: [cond, ...]}  {any: [cond, ...]}  {not: cond}

Tests: ``equals``, ``not_equals``, ``in`` (answer is one of a list), ``includes`` (a multi-choice
answer contains a code), ``includes_any`` (contains any of the codes), ``is_empty`` (true: unanswered
or an empty list/text), ``answered``, ``lt``, ``lte``, ``gt``, ``gte``.

An unanswered field (skipped, hidden, or on a step that was not visited) has no value: every test on it
is false except ``answered: false``, ``is_empty: true`` and ``not_equals``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from kiosk.sop.model import Condition, Field

COMBINATORS = ("all", "any", "not")
TESTS = ("equals", "not_equals", "in", "includes", "includes_any", "is_empty", "answered", "lt", "lte", "gt", "gte")
_NUMERIC = ("lt", "lte", "gt", "gte")
_MISSING = object()


def evaluate(condition: Condition, answers: Mapping[str, Any]) -> bool:
    """Whether ``condition`` holds for ``answers`` (field id → stored answer value)."""
    if "all" in condition:
        return all(evaluate(part, answers) for part in condition["all"])
    if "any" in condition:
        return any(evaluate(part, answers) for part in condition["any"])
    if "not" in condition:
        return not evaluate(condition["not"], answers)
    value = answers.get(condition["field"], _MISSING)
    test = next(key for key in condition if key != "field")
    return _TEST_FUNCTIONS[test](value, condition[test])


def referenced_fields(condition: Condition) -> set[str]:
    if "all" in condition or "any" in condition:
        parts = condition.get("all") or condition.get("any") or []
        return set().union(*(referenced_fields(part) for part in parts))
    if "not" in condition:
        return referenced_fields(condition["not"])
    return {condition["field"]} if "field" in condition else set()


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _compare(op: Callable[[float, float], bool]) -> Callable[[Any, Any], bool]:
    return lambda value, expected: _is_number(value) and op(value, expected)


def _includes(value: Any, code: Any) -> bool:
    return isinstance(value, list) and code in value


def _is_empty(value: Any, expected: Any) -> bool:
    empty = value is _MISSING or value is None or value == [] or value == ""
    return empty == bool(expected)


_TEST_FUNCTIONS: dict[str, Callable[[Any, Any], bool]] = {
    "equals": lambda value, expected: value is not _MISSING and value == expected,
    "not_equals": lambda value, expected: value is _MISSING or value != expected,
    "in": lambda value, expected: value is not _MISSING and value in expected,
    "includes": _includes,
    "includes_any": lambda value, codes: isinstance(value, list) and any(code in value for code in codes),
    "is_empty": _is_empty,
    "answered": lambda value, expected: (value is not _MISSING and value is not None) == bool(expected),
    "lt": _compare(lambda a, b: a < b),
    "lte": _compare(lambda a, b: a <= b),
    "gt": _compare(lambda a, b: a > b),
    "gte": _compare(lambda a, b: a >= b),
}


# ------------------------------------------------------------------------------------- load-time checks

Problem = tuple[tuple[str | int, ...], str]


def check(condition: Any, known: Mapping[str, Field], what: str) -> list[Problem]:
    """Problems in ``condition`` as (path below the condition, message); ``known`` = fields it may use.

    ``what`` names the owner in messages ("show_if of field 'x'").
    """
    if not isinstance(condition, Mapping):
        return [((), "a condition must be a mapping")]
    heads = [key for key in (*COMBINATORS, "field") if key in condition]
    if len(heads) != 1:
        return [((), "a condition needs exactly one of all, any, not, field")]
    head = heads[0]
    if head in ("all", "any"):
        problems: list[Problem] = []
        extra = set(condition) - {head}
        if extra:
            problems.append(((), f"'{head}' cannot be combined with {', '.join(sorted(extra))}"))
        for index, part in enumerate(condition[head]):
            problems += [((head, index, *sub), msg) for sub, msg in check(part, known, what)]
        return problems
    if head == "not":
        if len(condition) != 1:
            return [((), "'not' cannot be combined with other keys")]
        return [(("not", *sub), msg) for sub, msg in check(condition["not"], known, what)]
    return _check_test(condition, known, what)


def _check_test(condition: Mapping[str, Any], known: Mapping[str, Field], what: str) -> list[Problem]:
    field_id = condition["field"]
    tests = [key for key in condition if key != "field"]
    if len(tests) != 1:
        return [((), f"a test on '{field_id}' needs exactly one of {', '.join(TESTS)}")]
    test = tests[0]
    target = known.get(field_id)
    if target is None:
        return [(("field",), f"{what} refers to '{field_id}', which is not an earlier field")]
    expected = condition[test]
    message = _test_problem(test, expected, target)
    return [((test,), message)] if message else []


def _test_problem(test: str, expected: Any, target: Field) -> str | None:
    kind = target.type
    if test in _NUMERIC:
        return None if kind == "number" else f"'{test}' needs a number field; '{target.id}' is {kind}"
    if test in ("includes", "includes_any"):
        if kind != "multi_choice":
            return f"'{test}' needs a multi_choice field; '{target.id}' is {kind}"
        codes = [expected] if test == "includes" else expected
        return _unknown_codes(codes, target)
    if test in ("equals", "not_equals", "in"):
        values = expected if test == "in" else [expected]
        if kind == "yes_no" and any(not isinstance(v, bool) for v in values):
            return f"'{target.id}' is yes_no: compare it with true or false"
        if kind == "single_choice":
            return _unknown_codes(values, target)
        if kind == "number" and any(not _is_number(v) for v in values):
            return f"'{target.id}' is a number: compare it with numbers"
    return None


def _unknown_codes(codes: list[Any], target: Field) -> str | None:
    unknown = [str(code) for code in codes if code not in target.choice_codes]
    if unknown:
        return f"'{target.id}' has no choice {', '.join(unknown)} (choices: {', '.join(target.choice_codes)})"
    return None
