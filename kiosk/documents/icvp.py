"""WHO ICVP / DDCC vaccination certificates carried in the HCERT envelope (yellow fever, polio).

The SMART ICVP guide puts one recipient and one dose per signed payload. Field names differ between
drafts, so doses are recognised by disease or vaccine code (ICD-11, SNOMED CT, CVX) or by name.
A yellow-fever certificate is valid from the vaccination date + 10 days (IHR Annex 7, ICVP.DT.1).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kiosk.documents.result import DocumentResult

YELLOW_FEVER_DELAY = dt.timedelta(days=10)
_CODES = {
    "yellow_fever": {"1D47", "16541001", "XM0N24", "37", "YF"},
    "polio": {"1C81", "398102009", "XM0VX8", "10", "89", "02", "178", "OPV", "IPV", "BOPV"},
}
_WORDS = {"yellow_fever": ("yellow", "fièvre jaune", "stamaril"), "polio": ("polio",)}
_DOSE_KEYS = ("v", "vx", "vaccinations")
_CODE_KEYS = ("tg", "d", "dis", "disease", "vp", "vc", "vac", "vaccine", "mp", "code", "pr")
_DATE_KEYS = ("dt", "date", "vdt")


def is_icvp(key: Any, payload: Any) -> bool:
    """Not an EU DCC payload (which has ``ver`` and ``nam``) but names a recipient and doses."""
    if not isinstance(payload, dict):
        return False
    if key == 1 and "nam" in payload and "ver" in payload:
        return False
    return any(k in payload for k in _DOSE_KEYS) and any(k in payload for k in ("n", "name", "nam"))


def vaccine_of(dose: dict[str, Any]) -> str | None:
    """``yellow_fever`` or ``polio`` from the dose's codes or names, else None."""
    texts = [_code_text(dose.get(k)) for k in _CODE_KEYS if k in dose]
    for vaccine, codes in _CODES.items():
        if any(t.upper() in codes for t in texts):
            return vaccine
    for vaccine, words in _WORDS.items():
        if any(w in t.lower() for t in texts for w in words):
            return vaccine
    return None


def _code_text(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("code") or value.get("display") or "")
    return str(value) if value is not None else ""


def describe(payload: dict[str, Any], result: DocumentResult, at: dt.datetime) -> None:
    name = payload.get("n") or payload.get("name") or payload.get("nam")
    result.fields["name"] = name if isinstance(name, str) else None
    result.fields["birth_date"] = payload.get("dob") if isinstance(payload.get("dob"), str) else None
    raw = next(payload[k] for k in _DOSE_KEYS if k in payload)
    doses = [raw] if isinstance(raw, dict) else [d for d in raw if isinstance(d, dict)] if isinstance(raw, list) else []
    vaccinations = [_dose(d) for d in doses[:20]]
    result.fields["vaccinations"] = vaccinations
    result.fields["payload"] = payload
    known = [v for v in vaccinations if v["vaccine"] and v["date"]]
    result.check("doses_recognised", bool(known), "no yellow-fever or polio dose with a date was recognised")
    for dose in known:
        if dose["vaccine"] == "yellow_fever" and dose["valid_from"]:
            starts = dt.date.fromisoformat(dose["valid_from"])
            result.check(
                "yellow_fever_in_effect",
                at.date() >= starts,
                f"the yellow-fever vaccination is valid only from {starts} (10 days after the dose)",
            )


def _dose(dose: dict[str, Any]) -> dict[str, Any]:
    vaccine = vaccine_of(dose)
    date = next((dose[k] for k in _DATE_KEYS if isinstance(dose.get(k), str)), None)
    given = _date(date)
    valid_from = _valid_from(given) if vaccine == "yellow_fever" else given
    return {
        "vaccine": vaccine,
        "date": given.isoformat() if given else None,
        "valid_from": valid_from.isoformat() if valid_from else None,
        "product": _code_text(dose.get("vp") or dose.get("mp")) or None,
        "batch": dose.get("bo") if isinstance(dose.get("bo"), str) else None,
        "lifetime": vaccine == "yellow_fever",
    }


def _valid_from(given: dt.date | None) -> dt.date | None:
    """The day a yellow-fever vaccination takes effect; None past the end of the calendar."""
    if given is None:
        return None
    try:
        return given + YELLOW_FEVER_DELAY
    except OverflowError:
        return None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
