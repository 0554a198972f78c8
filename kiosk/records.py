"""The screening record: the one place that knows what a valid record is.

The window, the CLI (``poe-kiosk evaluate``), the store and the protocol evaluator all go through
:func:`parse_record`. Bad input raises :class:`~kiosk.errors.InputError` naming the field, e.g.
``temperature_c: 46.0 is outside 30–45 °C``.

The record holds health facts only. It has no field for immigration status, visa or asylum matters,
on purpose: the kiosk's health data serves health alone.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from kiosk.errors import InputError

SYMPTOMS: tuple[str, ...] = (
    "fever", "headache", "muscle_pain", "weakness", "vomiting", "diarrhoea", "watery_diarrhoea",
    "abdominal_pain", "unexplained_bleeding", "maculopapular_rash", "vesicular_rash", "lymphadenopathy",
    "cough", "coryza", "conjunctivitis", "sore_throat", "shortness_of_breath", "jaundice",
)
EXPOSURES: tuple[str, ...] = (
    "body_fluid_contact", "direct_care_without_ppe", "household_contact_case", "funeral_body_contact",
    "lab_exposure", "healthcare_worker_patient_care", "close_contact_case", "same_flight_symptomatic",
    "contact_mpox_case", "contact_measles_case", "animal_bushmeat",
)
VACCINES: tuple[str, ...] = ("yellow_fever", "polio", "measles", "cholera", "mpox", "covid19", "ebola")
EVIDENCE: tuple[str, ...] = ("paper", "digital")
"""Where a vaccination came from: ``paper``, a certificate the officer read (its date typed in);
``digital``, a signed certificate the kiosk verified (an unverified one fills nothing,
``kiosk.documents.usage``). Absent in older records: not stated."""
SEXES: tuple[str, ...] = ("female", "male", "other", "unknown")
CONVEYANCE_TYPES: tuple[str, ...] = ("air", "sea", "land", "rail", "other")
FEVER_THRESHOLD_C = 38.0
TEMPERATURE_RANGE_C = (30.0, 45.0)
AGE_RANGE_YEARS = (0.0, 130.0)
MAX_LIST_ITEMS = 60
MAX_TEXT_CHARS = 200


@cache
def countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code → English name (plus XK, used on Kosovo passports)."""
    text = resources.files("kiosk").joinpath("data/countries.json").read_text(encoding="utf-8")
    return json.loads(text)


@dataclass(frozen=True)
class Stay:
    """A country on the itinerary; ``left`` is the day the traveller left it."""

    country: str
    left: dt.date


@dataclass(frozen=True)
class Vaccination:
    vaccine: str
    date: dt.date
    evidence: str | None = None
    """One of :data:`EVIDENCE`, or None when the record does not say."""

    def to_json(self) -> dict[str, str]:
        out = {"vaccine": self.vaccine, "date": self.date.isoformat()}
        return out | {"evidence": self.evidence} if self.evidence else out


@dataclass(frozen=True)
class Traveller:
    """Identity, used on the referral slip only; never sent in an alert."""

    surname: str = ""
    given_names: str = ""
    birth_date: dt.date | None = None
    sex: str = ""
    nationality: str = ""
    document_type: str = ""
    document_number: str = ""
    issuing_state: str = ""
    phone: str = ""
    address: str = ""
    language: str = ""

    @property
    def display_name(self) -> str:
        return " ".join(part for part in (self.given_names, self.surname.upper()) if part)


@dataclass(frozen=True)
class Conveyance:
    type: str = ""
    carrier: str = ""
    flight_number: str = ""
    vessel: str = ""
    vehicle: str = ""
    seat: str = ""
    origin: str = ""
    destination: str = ""

    @property
    def summary(self) -> str:
        journey = f"{self.origin}→{self.destination}" if self.origin or self.destination else ""
        ident = " ".join(p for p in (self.carrier, self.flight_number, self.vessel, self.vehicle) if p)
        seat = f"seat {self.seat}" if self.seat else ""
        return ", ".join(p for p in (ident, journey, seat) if p)


@dataclass(frozen=True)
class ScreeningRecord:
    arrival_date: dt.date
    age_years: float | None = None
    temperature_c: float | None = None
    temperature_at: dt.datetime | None = None
    fever_reported: bool = False
    symptoms: frozenset[str] = frozenset()
    symptom_onset: dt.date | None = None
    itinerary: tuple[Stay, ...] = ()
    exposures: frozenset[str] = frozenset()
    vaccinations: tuple[Vaccination, ...] = ()
    traveller: Traveller | None = None
    conveyance: Conveyance | None = None

    @property
    def age(self) -> float | None:
        """Age in years at arrival: the stated age, else derived from the birth date."""
        if self.age_years is not None:
            return self.age_years
        if self.traveller and self.traveller.birth_date:
            return (self.arrival_date - self.traveller.birth_date).days / 365.25
        return None

    @property
    def has_fever(self) -> bool:
        measured = self.temperature_c is not None and self.temperature_c >= FEVER_THRESHOLD_C
        return measured or self.fever_reported or "fever" in self.symptoms

    def to_json(self) -> dict[str, Any]:
        """The record in the ``evaluate`` input format (round-trips through :func:`parse_record`)."""
        out: dict[str, Any] = {"arrival_date": self.arrival_date.isoformat()}
        if self.age_years is not None:
            out["age_years"] = self.age_years
        if self.temperature_c is not None:
            out["temperature_c"] = self.temperature_c
        if self.temperature_at is not None:
            out["temperature_at"] = self.temperature_at.isoformat()
        if self.fever_reported:
            out["fever_reported"] = True
        if self.symptoms:
            out["symptoms"] = sorted(self.symptoms)
        if self.symptom_onset is not None:
            out["symptom_onset"] = self.symptom_onset.isoformat()
        if self.itinerary:
            out["itinerary"] = [{"country": s.country, "left": s.left.isoformat()} for s in self.itinerary]
        if self.exposures:
            out["exposures"] = sorted(self.exposures)
        if self.vaccinations:
            out["vaccinations"] = [v.to_json() for v in self.vaccinations]
        if self.traveller is not None:
            out["traveller"] = _compact(self.traveller.__dict__)
        if self.conveyance is not None:
            out["conveyance"] = _compact(self.conveyance.__dict__)
        return out


def _compact(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items() if v not in ("", None)}


# ---------------------------------------------------------------------------------------------- parsing

_TOP_FIELDS = {
    "arrival_date", "age_years", "temperature_c", "temperature_at", "fever_reported", "symptoms",
    "symptom_onset", "itinerary", "exposures", "vaccinations", "traveller", "conveyance",
}


def parse_record(data: Any) -> ScreeningRecord:
    """Validate ``data`` (parsed JSON) and return the record, or raise InputError naming the field."""
    if not isinstance(data, Mapping):
        raise InputError("record", f"must be a JSON object, not {_type_name(data)}")
    _refuse_unknown(data, _TOP_FIELDS, "")
    if "arrival_date" not in data or data["arrival_date"] in (None, ""):
        raise InputError("arrival_date", "is required (YYYY-MM-DD)")
    arrival = parse_date(data["arrival_date"], "arrival_date")
    traveller = _parse_traveller(data.get("traveller"), arrival)
    record = ScreeningRecord(
        arrival_date=arrival,
        age_years=_optional_number(data, "age_years", AGE_RANGE_YEARS, "years"),
        temperature_c=_optional_number(data, "temperature_c", TEMPERATURE_RANGE_C, "°C"),
        temperature_at=_optional_datetime(data.get("temperature_at"), "temperature_at"),
        fever_reported=_optional_bool(data, "fever_reported"),
        symptoms=parse_codes(data.get("symptoms"), "symptoms", SYMPTOMS),
        symptom_onset=_optional_date(data.get("symptom_onset"), "symptom_onset", not_after=arrival),
        itinerary=_parse_itinerary(data.get("itinerary"), arrival),
        exposures=parse_codes(data.get("exposures"), "exposures", EXPOSURES),
        vaccinations=_parse_vaccinations(data.get("vaccinations"), arrival),
        traveller=traveller,
        conveyance=_parse_conveyance(data.get("conveyance")),
    )
    return record


def parse_record_json(text: str | bytes) -> ScreeningRecord:
    """Parse a JSON document into a record; malformed JSON is an InputError too."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InputError("record", f"is not valid JSON ({error})") from None
    return parse_record(data)


def parse_date(value: Any, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InputError(name, f"must be a date as YYYY-MM-DD, not {_type_name(value)}")
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(name, f"{_shorten(value)!r} is not a date as YYYY-MM-DD") from None


def parse_country(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise InputError(name, f"must be an ISO 3166-1 alpha-2 country code, not {_type_name(value)}")
    code = value.strip().upper()
    if code not in countries():
        raise InputError(name, f"{_shorten(value)!r} is not an ISO 3166-1 alpha-2 country code (e.g. GN, FR)")
    return code


def parse_codes(value: Any, name: str, valid: Iterable[str]) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list | tuple | set | frozenset):
        raise InputError(name, f"must be a list of codes, not {_type_name(value)}")
    valid_set = set(valid)
    _check_length(value, name)
    for index, code in enumerate(value):
        if not isinstance(code, str) or code not in valid_set:
            shown = _shorten(code) if isinstance(code, str) else _type_name(code)
            raise InputError(
                f"{name}[{index}]", f"unknown code {shown!r}; valid codes: {', '.join(sorted(valid_set))}"
            )
    return frozenset(value)


def _parse_itinerary(value: Any, arrival: dt.date) -> tuple[Stay, ...]:
    items = _list(value, "itinerary")
    stays = []
    for index, item in enumerate(items):
        where = f"itinerary[{index}]"
        if not isinstance(item, Mapping):
            raise InputError(where, f"must be an object with country and left, not {_type_name(item)}")
        _refuse_unknown(item, {"country", "left"}, where + ".")
        if "country" not in item:
            raise InputError(where + ".country", "is required")
        if "left" not in item or item["left"] in (None, ""):
            raise InputError(where + ".left", "is required (the day the traveller left, YYYY-MM-DD)")
        country = parse_country(item["country"], where + ".country")
        left = parse_date(item["left"], where + ".left")
        if left > arrival:
            raise InputError(where + ".left", f"{left} is after arrival_date {arrival}")
        stays.append(Stay(country, left))
    return tuple(stays)


def _parse_vaccinations(value: Any, arrival: dt.date) -> tuple[Vaccination, ...]:
    items = _list(value, "vaccinations")
    doses = []
    for index, item in enumerate(items):
        where = f"vaccinations[{index}]"
        if not isinstance(item, Mapping):
            raise InputError(where, f"must be an object with vaccine and date, not {_type_name(item)}")
        _refuse_unknown(item, {"vaccine", "date", "evidence"}, where + ".")
        vaccine = item.get("vaccine")
        if vaccine not in VACCINES:
            raise InputError(
                where + ".vaccine", f"unknown vaccine {vaccine!r}; valid vaccines: {', '.join(VACCINES)}"
            )
        if "date" not in item:
            raise InputError(where + ".date", "is required (YYYY-MM-DD)")
        given = parse_date(item["date"], where + ".date")
        if given > arrival:
            raise InputError(where + ".date", f"{given} is after arrival_date {arrival}")
        evidence = item.get("evidence")
        if evidence is not None and evidence not in EVIDENCE:
            raise InputError(where + ".evidence", f"{evidence!r} is not one of {', '.join(EVIDENCE)}")
        doses.append(Vaccination(vaccine, given, evidence))
    return tuple(doses)


_TRAVELLER_TEXT = ("surname", "given_names", "document_type", "document_number", "phone", "address", "language")


def _parse_traveller(value: Any, arrival: dt.date) -> Traveller | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InputError("traveller", f"must be an object, not {_type_name(value)}")
    allowed = {*_TRAVELLER_TEXT, "birth_date", "sex", "nationality", "issuing_state"}
    _refuse_unknown(value, allowed, "traveller.")
    texts = {key: _text(value.get(key), f"traveller.{key}") for key in _TRAVELLER_TEXT}
    sex = _text(value.get("sex"), "traveller.sex")
    if sex and sex not in SEXES:
        raise InputError("traveller.sex", f"{sex!r} is not one of {', '.join(SEXES)}")
    birth = _optional_date(value.get("birth_date"), "traveller.birth_date", not_after=arrival)
    nationality = value.get("nationality")
    issuing = value.get("issuing_state")
    return Traveller(
        **texts,
        birth_date=birth,
        sex=sex,
        nationality=_country_or_document_code(nationality, "traveller.nationality"),
        issuing_state=_country_or_document_code(issuing, "traveller.issuing_state"),
    )


def _country_or_document_code(value: Any, name: str) -> str:
    """Nationality may come from an MRZ as ICAO alpha-3 (e.g. UTO on specimens); accept 2 or 3 letters."""
    if value in (None, ""):
        return ""
    if isinstance(value, str) and len(value.strip()) == 3 and value.strip().isalpha():
        return value.strip().upper()
    return parse_country(value, name)


def _parse_conveyance(value: Any) -> Conveyance | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InputError("conveyance", f"must be an object, not {_type_name(value)}")
    names = set(Conveyance.__dataclass_fields__)
    _refuse_unknown(value, names, "conveyance.")
    texts = {key: _text(value.get(key), f"conveyance.{key}") for key in names}
    if texts["type"] and texts["type"] not in CONVEYANCE_TYPES:
        raise InputError("conveyance.type", f"{texts['type']!r} is not one of {', '.join(CONVEYANCE_TYPES)}")
    return Conveyance(**texts)


# ---------------------------------------------------------------------------------------------- helpers


def _optional_number(data: Mapping[str, Any], name: str, bounds: tuple[float, float], unit: str) -> float | None:
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InputError(name, f"must be a number, not {_shorten(repr(value))}")
    low, high = bounds
    if not low <= value <= high:
        raise InputError(name, f"{value} is outside {low:g}–{high:g} {unit}")
    return float(value)


def _optional_bool(data: Mapping[str, Any], name: str) -> bool:
    value = data.get(name, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise InputError(name, f"must be true or false, not {_shorten(repr(value))}")
    return value


def _optional_date(value: Any, name: str, *, not_after: dt.date) -> dt.date | None:
    if value in (None, ""):
        return None
    parsed = parse_date(value, name)
    if parsed > not_after:
        raise InputError(name, f"{parsed} is after arrival_date {not_after}")
    return parsed


def _optional_datetime(value: Any, name: str) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str) and len(value) <= 40:
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            raise InputError(name, f"{_shorten(value)!r} is not an ISO 8601 date-time") from None
    else:
        raise InputError(name, "must be an ISO 8601 date-time with a time zone")
    if parsed.tzinfo is None:
        raise InputError(name, f"{value!s} has no time zone (add Z or ±hh:mm)")
    return parsed.astimezone(dt.UTC)


def _text(value: Any, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputError(name, f"must be text, not {_type_name(value)}")
    if len(value) > MAX_TEXT_CHARS:
        raise InputError(name, f"is {len(value)} characters long; at most {MAX_TEXT_CHARS} are allowed")
    if any(ord(ch) < 32 for ch in value):
        raise InputError(name, "contains control characters")
    return value.strip()


def _list(value: Any, name: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        raise InputError(name, f"must be a list, not {_type_name(value)}")
    _check_length(value, name)
    return list(value)


def _check_length(value: Any, name: str) -> None:
    if len(value) > MAX_LIST_ITEMS:
        raise InputError(name, f"has {len(value)} entries; at most {MAX_LIST_ITEMS} are allowed")


def _refuse_unknown(data: Mapping[str, Any], allowed: set[str], prefix: str) -> None:
    for key in data:
        if key not in allowed:
            shown = _shorten(str(key))
            raise InputError(f"{prefix}{shown}", f"unknown field; valid fields: {', '.join(sorted(allowed))}")


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}.get(
        type(value), "a number" if isinstance(value, int | float) else type(value).__name__
    )


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = [
    "EVIDENCE", "EXPOSURES", "FEVER_THRESHOLD_C", "SYMPTOMS", "VACCINES", "Conveyance", "ScreeningRecord", "Stay",
    "Traveller", "Vaccination", "countries", "parse_codes", "parse_country", "parse_date", "parse_record",
    "parse_record_json",
]
