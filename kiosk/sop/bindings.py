"""Where SOP answers go in the screening record (``binds``), and building the record from them.

A field's ``binds`` names a screening-record field (see :mod:`kiosk.records`):

============================  ==============  ===========================================
binds                         field type      record
============================  ==============  ===========================================
``temperature_c``             number (°C)     ``temperature_c``
``age_years``                 number          ``age_years``
``fever_reported``            yes_no          ``fever_reported``
``symptoms``                  multi_choice    ``symptoms`` (choice codes = symptom codes)
``symptoms.<code>``           yes_no          adds ``<code>`` to ``symptoms`` when yes
``symptom_onset``             date            ``symptom_onset``
``itinerary``                 country_list    ``itinerary``
``exposures``                 multi_choice    ``exposures`` (choice codes = exposure codes)
``exposures.<code>``          yes_no          adds ``<code>`` to ``exposures`` when yes
``vaccinations``              document_scan   ``vaccinations`` (a list of {vaccine, date, evidence: digital})
``vaccinations.<vaccine>``    date            adds {vaccine, date, evidence: paper} to ``vaccinations``: a
                                              certificate the officer read (paper ICVP)
``traveller``                 document_scan   ``traveller`` (an object of traveller fields)
``traveller.<name>``          text/date/...   one traveller field (``sex`` is a single_choice)
``conveyance``                document_scan   ``conveyance`` (an object of conveyance fields)
``conveyance.<name>``         text/choice     one conveyance field (``type`` is a single_choice)
``document``                  document_scan   every part the scan holds (traveller, conveyance, vaccinations,
                                              itinerary: the countries a boarding pass's legs leave)
============================  ==============  ===========================================

List targets collect every answer; for the others the last answer on the path wins.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from kiosk.records import CONVEYANCE_TYPES, EXPOSURES, SEXES, SYMPTOMS, VACCINES, Conveyance, Traveller
from kiosk.sop.model import Field

DOCUMENT_PARTS = ("traveller", "conveyance", "vaccinations", "itinerary")

TRAVELLER_FIELDS = tuple(f.name for f in dataclasses.fields(Traveller))
CONVEYANCE_FIELDS = tuple(f.name for f in dataclasses.fields(Conveyance))

_WHOLE: dict[str, str] = {
    "temperature_c": "number",
    "age_years": "number",
    "fever_reported": "yes_no",
    "symptoms": "multi_choice",
    "symptom_onset": "date",
    "itinerary": "country_list",
    "exposures": "multi_choice",
    "vaccinations": "document_scan",
    "traveller": "document_scan",
    "conveyance": "document_scan",
    "document": "document_scan",
}
_CODE_LISTS: dict[str, tuple[str, ...]] = {
    "symptoms": SYMPTOMS, "exposures": EXPOSURES, "traveller.sex": SEXES, "conveyance.type": CONVEYANCE_TYPES,
}


def binding_problem(field: Field) -> str | None:
    """Why ``field.binds`` is not a valid target for this field, or None."""
    target = field.binds
    if target is None:
        return None
    expected = _expected_type(target)
    if expected is None:
        return f"binds to unknown record field '{target}' (valid: {', '.join(valid_targets())})"
    if field.type not in expected:
        return f"binds to '{target}', which needs a {' or '.join(expected)} field, not {field.type}"
    if target == "temperature_c" and field.unit != "°C":
        return "binds to 'temperature_c': its unit must be °C (offer °F with alt_unit)"
    codes = _CODE_LISTS.get(target)
    if codes is not None:
        unknown = [code for code in field.choice_codes if code not in codes]
        if unknown:
            return f"choice codes {', '.join(unknown)} are not valid for '{target}' (valid: {', '.join(codes)})"
    return None


def _expected_type(target: str) -> tuple[str, ...] | None:
    if target in _WHOLE:
        return (_WHOLE[target],)
    head, _, tail = target.partition(".")
    if (head == "symptoms" and tail in SYMPTOMS) or (head == "exposures" and tail in EXPOSURES):
        return ("yes_no",)
    if head == "vaccinations" and tail in VACCINES:
        return ("date",)
    if head == "traveller" and tail in TRAVELLER_FIELDS:
        return {"birth_date": ("date",), "sex": ("single_choice",)}.get(tail, ("text",))
    if head == "conveyance" and tail in CONVEYANCE_FIELDS:
        return ("single_choice",) if tail == "type" else ("text",)
    return None


def valid_targets() -> list[str]:
    return [
        *_WHOLE, "symptoms.<symptom code>", "exposures.<exposure code>", "vaccinations.<vaccine>",
        *(f"traveller.{name}" for name in TRAVELLER_FIELDS), *(f"conveyance.{name}" for name in CONVEYANCE_FIELDS),
    ]


def record_data(
    answered: Iterable[tuple[Field, Any]], arrival_date: dt.date | str, base: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The screening-record JSON built from ``answered`` (field, value) pairs in path order.

    ``base`` (e.g. the primary screening's record when building the secondary one) is the starting
    point: scalar answers replace its values, list answers are added to its lists.
    """
    data: dict[str, Any] = _copy(base or {})
    data["arrival_date"] = arrival_date.isoformat() if isinstance(arrival_date, dt.date) else arrival_date
    for field, value in answered:
        if field.binds is None or value is None:
            continue
        if field.type == "document_scan":
            parts = DOCUMENT_PARTS if field.binds == "document" else (field.binds,)
            for part in parts:
                if value.get(part) is not None:
                    _apply(data, part, value[part])
        else:
            _apply(data, field.binds, value)
    for key in ("symptoms", "exposures"):
        if key in data:
            data[key] = sorted(set(data[key]))
    if "vaccinations" in data:
        data["vaccinations"] = _unique(data["vaccinations"])
    if "itinerary" in data:
        data["itinerary"] = _unique(data["itinerary"])
    return {key: value for key, value in data.items() if value not in ([], {})}


def _apply(data: dict[str, Any], target: str, value: Any) -> None:
    head, _, tail = target.partition(".")
    if head in ("symptoms", "exposures"):
        codes = data.setdefault(head, [])
        if not tail:
            codes.extend(value)
        elif value is True:
            codes.append(tail)
    elif head in ("itinerary", "vaccinations") and not tail:
        data.setdefault(head, []).extend(_copy(item) for item in value)
    elif head == "vaccinations":
        data.setdefault(head, []).append({"vaccine": tail, "date": value, "evidence": "paper"})
    elif head in ("traveller", "conveyance"):
        part = data.setdefault(head, {})
        if tail:
            if value != "":
                part[tail] = value
        else:
            part.update({k: v for k, v in value.items() if v not in ("", None)})
    else:
        data[target] = value


def _unique(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _copy(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_copy(v) for v in value]
    return value
