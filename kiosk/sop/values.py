"""Validating one answer against its field: returns the stored (JSON) value or per-field errors.

Stored values are plain JSON: ``true``/``false``, a choice code, a list of codes, a number in the
field's own unit (°C), ``"YYYY-MM-DD"``, ``[{"country": "GN", "left": "2026-11-20"}]``, text, or a
document-scan object. Anything else (any type, any size) comes back as a :class:`FieldError`: this
module never raises on a bad value.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.errors import InputError
from kiosk.records import MAX_LIST_ITEMS, parse_country, parse_date, parse_record
from kiosk.sop.bindings import DOCUMENT_PARTS
from kiosk.sop.model import Field, FieldError

EARLIEST_DATE = dt.date(1900, 1, 1)
MAX_NUMBER_TEXT = 20
DOCUMENT_KEYS = frozenset({*DOCUMENT_PARTS, "kind", "summary"})
_NUMBER_TEXT = re.compile(r"^\s*([+-]?\d{1,4}(?:[.,]\d{1,3})?)\s*(°?\s*[A-Za-z]{0,5})\s*$")


@dataclass(frozen=True)
class Checked:
    """The outcome of checking one value: ``value`` is what to store (None when there are errors)."""

    value: Any = None
    errors: tuple[FieldError, ...] = ()
    note: str | None = None


def error(field: str, key: str, message: str, **params: Any) -> FieldError:
    return FieldError(field, key, message, params)


def check_value(field: Field, value: Any, today: dt.date) -> Checked:
    """Check ``value`` for ``field``; ``None`` (or empty text) means "no answer"."""
    if value is None:
        return Checked()
    checker = _CHECKERS[field.type]
    try:
        return checker(field, value, today)
    except RecursionError:  # absurdly nested input: still an answer error, never a crash
        return _fail(error(field.id, "invalid_value", "is not a valid answer"))


def _fail(*errors: FieldError) -> Checked:
    return Checked(errors=tuple(errors))


def _shown(value: Any, limit: int = 30) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**20:
        return "a very large number"
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _yes_no(field: Field, value: Any, today: dt.date) -> Checked:
    if isinstance(value, bool):
        return Checked(value)
    return _fail(error(field.id, "not_yes_no", "must be yes or no"))


def _single(field: Field, value: Any, today: dt.date) -> Checked:
    if isinstance(value, str) and value in field.choice_codes:
        return Checked(value)
    return _fail(_unknown_choice(field, value))


def _unknown_choice(field: Field, value: Any) -> FieldError:
    return error(
        field.id, "unknown_choice", f"{_shown(value)!s} is not one of the choices ({', '.join(field.choice_codes)})",
        value=_shown(value), choices=list(field.choice_codes),
    )


def _multi(field: Field, value: Any, today: dt.date) -> Checked:
    if not isinstance(value, list | tuple):
        return _fail(error(field.id, "not_a_list", "must be a list of choices"))
    if len(value) > len(field.choices):
        return _fail(error(field.id, "too_many_items", f"has {len(value)} items; there are only "
                           f"{len(field.choices)} choices", count=len(value), max=len(field.choices)))
    for item in value:
        if not isinstance(item, str) or item not in field.choice_codes:
            return _fail(_unknown_choice(field, item))
    if len(set(value)) != len(value):
        return _fail(error(field.id, "duplicate_choice", "lists the same choice twice"))
    if len(value) < field.min_items:
        return _fail(error(field.id, "too_few_items", f"needs at least {field.min_items} choice(s)",
                           min=field.min_items))
    chosen = set(value)
    return Checked([code for code in field.choice_codes if code in chosen])


def _number(field: Field, value: Any, today: dt.date) -> Checked:
    parsed = _number_and_unit(field, value)
    if isinstance(parsed, FieldError):
        return _fail(parsed)
    number, unit = parsed
    note = None
    base = number
    if field.alt_unit is not None and unit == field.alt_unit.unit:
        base = round(field.alt_unit.to_base(number), field.decimals)
        note = f"{number:g} {unit} = {base:g} {field.unit}"
    else:
        base = round(number, field.decimals)
    if field.range is not None:
        low, high = field.range
        if not low <= base <= high:
            entered = f"{number:g} {unit} ({base:g} {field.unit})" if note else f"{number:g} {field.unit}".strip()
            return _fail(error(field.id, "out_of_range", f"{entered} is outside {low:g}–{high:g} {field.unit}".strip(),
                               value=base, min=low, max=high, unit=field.unit))
    return Checked(base, note=note)


def _number_and_unit(field: Field, value: Any) -> tuple[float, str] | FieldError:
    unit = field.unit
    if isinstance(value, Mapping):
        if set(value) - {"value", "unit"} or "value" not in value:
            return error(field.id, "not_a_number", "must be a number, or {value, unit}")
        unit = value.get("unit", field.unit)
        value = value["value"]
    elif isinstance(value, str):
        match = _NUMBER_TEXT.match(value) if len(value) <= MAX_NUMBER_TEXT else None
        if match is None:
            return error(field.id, "not_a_number", f"{_shown(value)!r} is not a number", value=_shown(value))
        value = float(match.group(1).replace(",", "."))
        suffix = match.group(2).replace(" ", "")
        unit = _unit_from_suffix(field, suffix) if suffix else field.unit
    if not _finite_number(value):
        return error(field.id, "not_a_number", f"{_shown(value)} is not a number", value=_shown(value))
    allowed = [field.unit] + ([field.alt_unit.unit] if field.alt_unit else [])
    if unit not in allowed:
        return error(field.id, "unknown_unit", f"unit {_shown(unit)!s} is not {' or '.join(allowed)}",
                     unit=_shown(unit), units=allowed)
    return float(value), unit


def _finite_number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:  # an int too large for a float
        return False


def _unit_from_suffix(field: Field, suffix: str) -> str:
    """Match ``F``, ``°f``, ``°C``... to the field's units by letters, case-insensitively."""
    letters = suffix.lstrip("°").lower()
    for unit in (field.unit, field.alt_unit.unit if field.alt_unit else ""):
        if unit and unit.lstrip("°").lower() == letters:
            return unit
    return suffix


def _date(field: Field, value: Any, today: dt.date) -> Checked:
    parsed = _parse_date(field.id, value, field.past_only, today)
    return _fail(parsed) if isinstance(parsed, FieldError) else Checked(parsed.isoformat())


def _parse_date(name: str, value: Any, past_only: bool, today: dt.date) -> dt.date | FieldError:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        parsed = value
    else:
        try:
            if not isinstance(value, str):
                raise InputError(name, "")
            parsed = parse_date(value, name)
        except InputError:
            return error(name, "not_a_date", f"{_shown(value)!s} is not a date as YYYY-MM-DD", value=_shown(value))
    if past_only and parsed > today:
        return error(name, "future_date", f"{parsed} is in the future", value=parsed.isoformat())
    if parsed < EARLIEST_DATE:
        return error(name, "date_too_early", f"{parsed} is before {EARLIEST_DATE}", value=parsed.isoformat())
    return parsed


def _country_list(field: Field, value: Any, today: dt.date) -> Checked:
    if not isinstance(value, list | tuple):
        return _fail(error(field.id, "not_a_list", "must be a list of countries with the day left"))
    limit = min(field.max_items, MAX_LIST_ITEMS)
    if len(value) > limit:
        return _fail(error(field.id, "too_many_items", f"has {len(value)} countries; at most {limit} are allowed",
                           count=len(value), max=limit))
    if len(value) < field.min_items:
        return _fail(error(field.id, "too_few_items", f"needs at least {field.min_items} country(ies)",
                           min=field.min_items))
    stays: list[dict[str, str]] = []
    errors: list[FieldError] = []
    for index, item in enumerate(value):
        stay = _stay(f"{field.id}[{index}]", item, today)
        if isinstance(stay, dict):
            stays.append(stay)
        else:
            errors.extend(stay)
    return _fail(*errors) if errors else Checked(stays)


def _stay(where: str, item: Any, today: dt.date) -> dict[str, str] | list[FieldError]:
    if not isinstance(item, Mapping) or set(item) - {"country", "left"}:
        return [error(where, "invalid_item", "must be {country, left}")]
    problems: list[FieldError] = []
    try:
        country = parse_country(item.get("country"), where + ".country")
    except InputError as bad:
        problems.append(error(bad.field, "unknown_country", bad.reason, value=_shown(item.get("country"))))
    if item.get("left") in (None, ""):
        problems.append(error(where + ".left", "required", "is required (the day the traveller left)"))
        return problems
    left = _parse_date(where + ".left", item["left"], True, today)
    if isinstance(left, FieldError):
        problems.append(left)
    return problems or {"country": country, "left": left.isoformat()}  # type: ignore[union-attr]


def _text(field: Field, value: Any, today: dt.date) -> Checked:
    if not isinstance(value, str):
        return _fail(error(field.id, "not_text", "must be text"))
    if len(value) > field.max_length:
        return _fail(error(field.id, "too_long", f"is {len(value)} characters long; at most {field.max_length} "
                           "are allowed", length=len(value), max=field.max_length))
    if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in value):
        return _fail(error(field.id, "control_characters", "contains control characters"))
    text = value.strip()
    return Checked(text if text else None)


def _document(field: Field, value: Any, today: dt.date) -> Checked:
    if not isinstance(value, Mapping):
        return _fail(error(field.id, "invalid_document", "must be the result of a document scan (an object)"))
    unknown = [str(key)[:30] for key in value if key not in DOCUMENT_KEYS]
    if unknown:
        return _fail(error(field.id, "invalid_document", f"unknown part(s) {', '.join(unknown)}; valid parts: "
                           f"{', '.join(sorted(DOCUMENT_KEYS))}"))
    for key in ("kind", "summary"):
        if key in value and not (isinstance(value[key], str) and len(value[key]) <= 200):
            return _fail(error(f"{field.id}.{key}", "invalid_document", "must be text of at most 200 characters"))
    parts = {key: value[key] for key in DOCUMENT_PARTS if value.get(key) is not None}
    try:
        parse_record({"arrival_date": today.isoformat(), **parts})
    except InputError as bad:
        return _fail(error(f"{field.id}.{bad.field}", "invalid_document", bad.reason))
    except (TypeError, ValueError, AttributeError):
        return _fail(error(field.id, "invalid_document", "is not a valid document scan"))
    return Checked(_json_copy(dict(value)))


def _json_copy(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _json_copy(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_copy(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


_CHECKERS = {
    "yes_no": _yes_no,
    "single_choice": _single,
    "multi_choice": _multi,
    "number": _number,
    "date": _date,
    "country_list": _country_list,
    "text": _text,
    "document_scan": _document,
}
