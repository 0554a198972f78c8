"""From a parsed document to partial screening-record data, with provenance for the officer.

``prefill(result)`` returns the record fragment a document supports (MRZ → ``traveller``; boarding
pass → ``conveyance``, ``arrival_date`` and the ``itinerary`` countries its legs leave, with the flight
day; health certificates → ``vaccinations``) and a
:class:`Provenance` saying which document filled it and how its checks went, e.g. "filled from passport
MRZ, all check digits valid". ``merge(record, fill)`` adds it to record data in the
``kiosk.records.parse_record`` format without overwriting what the officer typed unless asked.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from kiosk.documents.result import DocumentResult
from kiosk.records import VACCINES

# ICAO codes that are not three letters (Germany is "D" in an MRZ).
_ICAO_SPECIAL = {"D": "DEU"}


@dataclass(frozen=True)
class Provenance:
    document: str  # "passport MRZ", "boarding pass", "EU digital COVID certificate" …
    kind: str
    valid: bool
    passed: tuple[str, ...]
    failed: tuple[str, ...]
    fields: tuple[str, ...]  # dotted record paths filled, e.g. "traveller.surname"

    @property
    def summary(self) -> str:
        if self.valid:
            what = "all check digits valid" if self.kind == "mrz" else "all checks passed"
            if self.kind in ("dcc", "icvp", "shc", "referral"):
                what = "signature verified, all checks passed"
            return f"filled from {self.document}, {what}"
        failed = ", ".join(name.replace("_", " ") for name in self.failed) or "document errors"
        return f"filled from {self.document}; CHECK FAILED: {failed}"


@dataclass
class Prefill:
    data: dict[str, Any] = field(default_factory=dict)
    provenance: Provenance | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.data


def prefill(result: DocumentResult) -> Prefill:
    """The record fragment ``result`` supports (empty when the document gave nothing usable)."""
    builder = {"mrz": _from_mrz, "bcbp": _from_bcbp, "dcc": _from_certificate, "icvp": _from_certificate,
               "shc": _from_certificate}.get(result.kind)
    if builder is None:
        return Prefill()
    fill = Prefill()
    builder(result, fill)
    if fill.data:
        fill.provenance = Provenance(
            document=_document_name(result),
            kind=result.kind,
            valid=result.valid,
            passed=tuple(k for k, ok in result.checks.items() if ok),
            failed=tuple(k for k, ok in result.checks.items() if not ok),
            fields=tuple(_paths(fill.data)),
        )
    return fill


def merge(record: dict[str, Any], fill: Prefill, *, overwrite: bool = False) -> dict[str, Any]:
    """A copy of ``record`` with ``fill`` added; vaccinations after arrival are left out (noted)."""
    out = copy.deepcopy(record)
    for key, value in fill.data.items():
        if key in ("traveller", "conveyance"):
            target = out.setdefault(key, {})
            for name, item in value.items():
                if overwrite or target.get(name) in (None, ""):
                    target[name] = item
        elif key == "vaccinations":
            _merge_vaccinations(out, value, fill)
        elif key == "itinerary":
            _merge_itinerary(out, value, fill)
        elif key == "arrival_date" and (overwrite or not out.get("arrival_date")):
            out[key] = value
    return out


def _merge_itinerary(out: dict[str, Any], stays: list[dict[str, str]], fill: Prefill) -> None:
    """Add the countries not listed yet; a country the officer listed keeps the officer's date."""
    arrival = _date(out.get("arrival_date"))
    listed = {stay.get("country") for stay in out.get("itinerary") or [] if isinstance(stay, dict)}
    for stay in stays:
        if stay["country"] in listed:
            continue
        if arrival and _date(stay["left"]) and _date(stay["left"]) > arrival:
            fill.notes.append(f"{stay['country']} left on {stay['left']}, after arrival; not added")
            continue
        out.setdefault("itinerary", []).append(dict(stay))


def _merge_vaccinations(out: dict[str, Any], doses: list[dict[str, str]], fill: Prefill) -> None:
    arrival = _date(out.get("arrival_date"))
    existing = out.setdefault("vaccinations", [])
    for dose in doses:
        if arrival and _date(dose["date"]) and _date(dose["date"]) > arrival:
            fill.notes.append(f"{dose['vaccine']} dose of {dose['date']} is after arrival; not added")
            continue
        if dose not in existing:
            existing.append(dict(dose))


# ---------------------------------------------------------------------------------------------- builders


def _from_mrz(result: DocumentResult, fill: Prefill) -> None:
    f = result.fields
    traveller = {
        "surname": f.get("surname"),
        "given_names": f.get("given_names"),
        "birth_date": f.get("birth_date"),
        "sex": {"male": "male", "female": "female"}.get(f.get("sex", ""), "unknown"),
        "nationality": _icao_code(f.get("nationality")),
        "document_type": f.get("document_type"),
        "document_number": f.get("document_number"),
        "issuing_state": _icao_code(f.get("issuing_state")),
    }
    traveller = {k: v for k, v in traveller.items() if v not in (None, "")}
    if traveller.get("surname") or traveller.get("document_number"):
        fill.data["traveller"] = traveller


def _from_bcbp(result: DocumentResult, fill: Prefill) -> None:
    legs = result.fields.get("legs") or []
    if not legs:
        return
    first, last = legs[0], legs[-1]
    number = (last.get("flight_number") or "").lstrip("0") or last.get("flight_number") or ""
    conveyance = {
        "type": "air",
        "carrier": last.get("carrier") or "",
        "flight_number": f"{last.get('carrier') or ''}{number}",
        "seat": (last.get("seat") or "").lstrip("0"),
        "origin": first.get("from") or "",
        "destination": last.get("to") or "",
    }
    fill.data["conveyance"] = {k: v for k, v in conveyance.items() if v}
    if last.get("date"):
        fill.data["arrival_date"] = last["date"]
    if len(legs) > 1:
        fill.notes.append("several legs: flight and seat are from the last leg")
    if itinerary := _countries_left(legs, fill):
        fill.data["itinerary"] = itinerary


def _countries_left(legs: list[dict[str, Any]], fill: Prefill) -> list[dict[str, str]]:
    """Each leg leaves a country on its flight day (the last day there); the destination's country is
    where the traveller arrives, not a stay. A country left twice keeps the later day."""
    from kiosk.documents.airports import airport_country
    from kiosk.records import countries

    destination = airport_country(legs[-1].get("to") or "")
    left: dict[str, str] = {}
    for number, leg in enumerate(legs, 1):
        airport = leg.get("from") or ""
        country = airport_country(airport) if airport else None
        if country is None or country not in countries():
            fill.notes.append(f"leg {number}: the country of airport {airport or '?'} is not known; not added")
        elif country == destination:
            continue
        elif not leg.get("date"):
            fill.notes.append(f"leg {number}: no flight date, so {country} was not added to the itinerary")
        else:
            left[country] = max(left.get(country, ""), leg["date"])  # ISO dates order as text
    return [{"country": country, "left": day} for country, day in left.items()]


def _from_certificate(result: DocumentResult, fill: Prefill) -> None:
    doses = []
    for dose in result.fields.get("vaccinations") or []:
        vaccine, date = dose.get("vaccine"), dose.get("date")
        if vaccine in VACCINES and _date(date):
            entry = {"vaccine": vaccine, "date": str(date)[:10], "evidence": "digital"}  # only verified ones fill
            if entry not in doses:
                doses.append(entry)
    if doses:
        fill.data["vaccinations"] = doses


# ---------------------------------------------------------------------------------------------- helpers


def _icao_code(code: Any) -> str:
    if not isinstance(code, str) or not code:
        return ""
    code = _ICAO_SPECIAL.get(code, code)
    return code if re.fullmatch(r"[A-Z]{3}", code) else ""


def _document_name(result: DocumentResult) -> str:
    if result.kind == "mrz":
        code = str(result.fields.get("document_type", ""))[:1]
        return {"P": "passport MRZ", "V": "visa MRZ"}.get(code, "identity card MRZ")
    return {
        "bcbp": "boarding pass", "dcc": "EU digital COVID certificate", "icvp": "WHO ICVP certificate",
        "shc": "SMART Health Card", "referral": "referral slip",
    }.get(result.kind, result.kind)


def _paths(data: dict[str, Any]) -> list[str]:
    paths = []
    for key, value in data.items():
        if isinstance(value, dict):
            paths.extend(f"{key}.{name}" for name in value)
        else:
            paths.append(key)
    return paths


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
