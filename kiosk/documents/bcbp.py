"""IATA bar-coded boarding passes (Resolution 792, format ``M``): all legs, conditional items, security data.

The flight date is a Julian day without a year; it becomes the nearest date that is not later than the
scan date plus one day (a pass is scanned on or just before its flight, not a year ahead).

A boarding pass is printable ASCII; each mandatory item has its own alphabet (airports three letters,
flight and sequence numbers digits and an optional letter …). Any other character is refused, naming
the item, so a misread or crafted pass never fills a record with something no pass can carry.
"""

from __future__ import annotations

import datetime as dt
import re

from kiosk.documents.result import DocumentResult, shorten

MAX_BCBP_CHARS = 2000
MAX_LEGS = 4
_MANDATORY_LEG = (
    ("pnr", 7), ("from", 3), ("to", 3), ("carrier", 3), ("flight_number", 5), ("julian_date", 3),
    ("compartment", 1), ("seat", 4), ("sequence", 5), ("status", 1),
)
_UNIQUE_CONDITIONAL = (
    ("passenger_description", 1), ("source_of_check_in", 1), ("source_of_boarding_pass_issuance", 1),
    ("date_of_issue_of_boarding_pass", 4), ("document_type", 1), ("airline_designator_of_boarding_pass_issuer", 3),
    ("baggage_tag_license_plate_numbers", 13), ("first_non_consecutive_baggage_tag_license_plate_numbers", 13),
    ("second_non_consecutive_baggage_tag_license_plate_numbers", 13),
)
_REPEATED_CONDITIONAL = (
    ("airline_numeric_code", 3), ("document_form_serial_number", 10), ("selectee_indicator", 1),
    ("international_document_verification", 1), ("marketing_carrier_designator", 3),
    ("frequent_flyer_airline_designator", 3), ("frequent_flyer_number", 16), ("id_ad_indicator", 1),
    ("free_baggage_allowance", 3), ("fast_track", 1),
)
_LEG_LENGTH = sum(width for _, width in _MANDATORY_LEG) + 2
_PRINTABLE = re.compile(r"[\x20-\x7e]*")
_NAME = re.compile(r"[A-Za-z0-9/ .'\-]{20}")
_ITEM_FORMATS = {
    "pnr": (re.compile(r"[A-Z0-9 ]{7}"), "letters, digits and spaces"),
    "from": (re.compile(r"[A-Z]{3}"), "a three-letter airport code"),
    "to": (re.compile(r"[A-Z]{3}"), "a three-letter airport code"),
    "carrier": (re.compile(r"[A-Z0-9]{2}[A-Z0-9 ]"), "an airline designator"),
    "flight_number": (re.compile(r"(?=.*[0-9])[0-9 ]{4}[A-Z ]"), "four digits and an optional letter"),
    "julian_date": (re.compile(r"[0-9 ]{3}"), "a day of the year"),
    "compartment": (re.compile(r"[A-Z]"), "a letter"),
    "seat": (re.compile(r"[0-9A-Z ]{4}"), "digits and a letter"),
    "sequence": (re.compile(r"(?=.*[0-9])[0-9 ]{4}[A-Z ]"), "four digits and an optional letter"),
    "status": (re.compile(r"[0-9A-Z]"), "a digit or letter"),
}


class _Malformed(ValueError):
    """Structural problem; the message is shown to the user."""


def looks_like_bcbp(text: str) -> bool:
    return len(text) >= 23 and text[0] == "M" and text[1] in "123456789"


def parse_bcbp(text: str, at: dt.datetime | dt.date | None = None) -> DocumentResult:
    """Parse a boarding-pass barcode text; ``at`` is the scan instant used to infer flight years."""
    result = DocumentResult(kind="bcbp")
    scan_date = _as_date(at)
    text = text.rstrip("\r\n")
    if len(text) > MAX_BCBP_CHARS:
        return result.fail(f"boarding pass text is {len(text)} characters long; at most {MAX_BCBP_CHARS}")
    try:
        _parse(text, result, scan_date)
    except _Malformed as error:
        result.check("structure", False)
        return result.fail(str(error))
    result.check("structure", True)
    return result.settle()


def _parse(text: str, result: DocumentResult, scan_date: dt.date) -> None:
    if not _PRINTABLE.fullmatch(text):
        position, bad = next((i, ch) for i, ch in enumerate(text) if not " " <= ch <= "~")
        raise _Malformed(f"character {bad!r} (U+{ord(bad):04X}) at position {position + 1} is not allowed in a "
                         "boarding pass (printable ASCII only)")
    if not text.startswith("M"):
        raise _Malformed(f"format code is {shorten(text[:1])!r}; only format 'M' boarding passes are supported")
    if len(text) < 2 or text[1] not in "123456789"[:MAX_LEGS]:
        raise _Malformed(f"number of legs {shorten(text[1:2])!r} is not 1–{MAX_LEGS}")
    legs_count = int(text[1])
    minimum = 23 + _LEG_LENGTH * legs_count
    if len(text) < 23 + _LEG_LENGTH:
        raise _Malformed(f"boarding pass text is truncated: {len(text)} characters, the mandatory items need {minimum}")
    if not _NAME.fullmatch(text[2:22]):
        raise _Malformed(f"passenger name {shorten(text[2:22])!r} has characters a boarding pass name cannot have")
    result.fields["passenger_name"] = text[2:22].strip()
    result.fields["electronic_ticket_indicator"] = text[22]
    reader = _Reader(text, 23)
    legs = [_parse_leg(reader, index, result, scan_date, legs_count) for index in range(legs_count)]
    result.fields["pnr"] = legs[0]["pnr"]
    result.fields["legs"] = legs
    _parse_security(reader, result)


class _Reader:
    def __init__(self, text: str, pos: int) -> None:
        self.text = text
        self.pos = pos

    def take(self, width: int, what: str) -> str:
        chunk = self.text[self.pos : self.pos + width]
        if len(chunk) < width:
            raise _Malformed(f"boarding pass text ends inside {what} (truncated at character {len(self.text)})")
        self.pos += width
        return chunk

    def rest(self) -> str:
        return self.text[self.pos :]


def _hex_size(raw: str, what: str) -> int:
    if not re.fullmatch(r"[0-9A-Fa-f]{2}", raw):
        raise _Malformed(f"{what} {raw!r} is not a two-digit hexadecimal size")
    return int(raw, 16)


def _parse_leg(reader: _Reader, index: int, result: DocumentResult, scan_date: dt.date, count: int) -> dict:
    where = f"leg {index + 1}"
    raw = {name: reader.take(width, f"{where} {name.replace('_', ' ')}") for name, width in _MANDATORY_LEG}
    for name, value in raw.items():
        pattern, expected = _ITEM_FORMATS[name]
        if not pattern.fullmatch(value):
            raise _Malformed(f"{where} {name.replace('_', ' ')} {value!r} is not {expected}")
    leg: dict = {name: value.strip() for name, value in raw.items()}
    size = _hex_size(reader.take(2, f"{where} conditional size"), f"{where} conditional size")
    variable = reader.text[reader.pos : reader.pos + size]
    last = index == count - 1 and "^" not in reader.text[reader.pos : reader.pos + size]
    if len(variable) < size:
        if not last:
            raise _Malformed(f"{where}: conditional section declares {size} characters but only {len(variable)} remain")
        leg["note"] = "conditional section shorter than declared (trailing spaces lost by the scanner?)"
        variable = variable.ljust(size)
    reader.pos += size
    if index == 0 and variable.startswith(">"):
        variable = _parse_unique(variable, result)
        issued = issue_date(result.fields.get("date_of_issue_of_boarding_pass") or "", scan_date)
        result.fields["date_of_issue"] = issued.isoformat() if issued else None
    _parse_repeated(variable, leg, where)
    flight_date = julian_to_date(leg["julian_date"], scan_date)
    result.check(
        f"leg_{index + 1}_flight_date",
        flight_date is not None,
        f"{where}: flight date {leg['julian_date']!r} is not a day of the year (001–366)",
    )
    leg["date"] = flight_date.isoformat() if flight_date else None
    return leg


def _parse_unique(variable: str, result: DocumentResult) -> str:
    """Parse the version and unique conditional items; return what follows them."""
    if len(variable) < 4:
        raise _Malformed("conditional section is too short for its version and size")
    result.fields["version"] = variable[1]
    size = _hex_size(variable[2:4], "unique conditional size")
    block = variable[4 : 4 + size]
    if len(block) < size:
        raise _Malformed(f"unique conditional items declare {size} characters but only {len(block)} are present")
    result.fields.update(_fixed_items(block, _UNIQUE_CONDITIONAL))
    return variable[4 + size :]


def _parse_repeated(variable: str, leg: dict, where: str) -> None:
    if len(variable) < 2:
        leg["airline_individual_use"] = variable or None
        return
    size = _hex_size(variable[0:2], f"{where} repeated conditional size")
    block = variable[2 : 2 + size]
    if len(block) < size:
        raise _Malformed(f"{where}: repeated conditional items declare {size} characters but only {len(block)} remain")
    leg.update(_fixed_items(block, _REPEATED_CONDITIONAL))
    rest = variable[2 + size :]
    leg["airline_individual_use"] = rest.rstrip() if rest else None


def _fixed_items(block: str, layout: tuple[tuple[str, int], ...]) -> dict[str, str | None]:
    items: dict[str, str | None] = {}
    pos = 0
    for name, width in layout:
        chunk = block[pos : pos + width]
        items[name] = chunk.strip() if chunk else None
        pos += width
    return items


def _parse_security(reader: _Reader, result: DocumentResult) -> None:
    rest = reader.rest()
    if not rest:
        return
    if not rest.startswith("^"):
        raise _Malformed(f"unexpected text after the last leg: {shorten(rest)!r}")
    if len(rest) < 4:
        raise _Malformed("security data is truncated")
    size = _hex_size(rest[2:4], "security data size")
    data = rest[4 : 4 + size]
    if len(data) < size:
        raise _Malformed(f"security data declares {size} characters but only {len(data)} are present")
    if len(rest) > 4 + size:
        raise _Malformed(f"unexpected text after the security data: {shorten(rest[4 + size :])!r}")
    result.fields["security_data"] = {"type": rest[1], "data": data}


def julian_to_date(raw: str, scan_date: dt.date) -> dt.date | None:
    """Day-of-year → the latest date with that day number not after ``scan_date`` + 1 day."""
    if not re.fullmatch(r"[0-9]{3}", raw.strip()) or not 1 <= int(raw) <= 366:
        return None
    day = int(raw)
    latest = scan_date + dt.timedelta(days=1)
    for year in range(latest.year, latest.year - 9, -1):
        candidate = _day_of_year(year, day)
        if candidate is not None and candidate <= latest:
            return candidate
    return None


def issue_date(raw: str, scan_date: dt.date) -> dt.date | None:
    """Date of issue ``YDDD`` (last digit of the year + day of year) → the latest such date ≤ scan date."""
    if not re.fullmatch(r"[0-9]{4}", raw):
        return None
    digit, day = int(raw[0]), int(raw[1:])
    for year in range(scan_date.year, scan_date.year - 11, -1):
        if year % 10 == digit:
            candidate = _day_of_year(year, day)
            if candidate is not None and candidate <= scan_date + dt.timedelta(days=1):
                return candidate
    return None


def _day_of_year(year: int, day: int) -> dt.date | None:
    if not 1 <= day <= 366:
        return None
    candidate = dt.date(year, 1, 1) + dt.timedelta(days=day - 1)
    return candidate if candidate.year == year else None


def _as_date(at: dt.datetime | dt.date | None) -> dt.date:
    if at is None:
        return dt.datetime.now(dt.UTC).date()
    if isinstance(at, dt.datetime):
        return (at.astimezone(dt.UTC) if at.tzinfo else at).date()
    return at
