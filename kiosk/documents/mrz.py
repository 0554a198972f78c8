"""ICAO Doc 9303 machine-readable zones: TD1, TD2, TD3 and visas (MRV-A, MRV-B).

Every check digit is reported separately (``document_number_check_digit``, ``birth_date_check_digit``,
``expiry_date_check_digit``, ``personal_number_check_digit`` on TD3, ``composite_check_digit``). Dates
come back as ISO strings with the century inferred from the scan instant: a birth date is the latest
reading not after the scan day (a birth is never in the future); an expiry date is the latest reading
not more than :data:`EXPIRY_HORIZON_YEARS` after it, so the window favours the future (a document
expiring in 30 years is read as such, not as one that expired 70 years ago, before MRZs existed).

Country codes are not checked against a list on purpose: ICAO specimens use the fictional state
``UTO`` and training must work with them.
"""

from __future__ import annotations

import datetime as dt
import re

from kiosk.documents.result import DocumentResult, shorten

EXPIRY_HORIZON_YEARS = 50
MAX_MRZ_CHARS = 200
_ALLOWED = re.compile(r"[A-Z0-9<]*")
_WEIGHTS = (7, 3, 1)
_LAYOUTS = {(3, 30): "TD1", (2, 36): "TD2", (2, 44): "TD3"}


def char_value(ch: str) -> int:
    """ICAO value of one MRZ character: digits as is, A–Z = 10–35, ``<`` = 0 (ASCII only)."""
    if "0" <= ch <= "9":
        return ord(ch) - 48
    if "A" <= ch <= "Z":
        return ord(ch) - 55
    if ch == "<":
        return 0
    raise ValueError(f"{ch!r} is not an MRZ character")


def check_digit(data: str) -> str:
    """The 7-3-1 check digit of ``data`` as a character."""
    total = sum(char_value(ch) * _WEIGHTS[i % 3] for i, ch in enumerate(data))
    return str(total % 10)


def split_lines(text: str) -> list[str]:
    """Lines of an MRZ as typed by a reader: blank lines dropped, spaces removed, upper-cased.

    A single unbroken string of 90, 72 or 88 characters (some readers send no line breaks) is split
    into its lines.
    """
    lines = [re.sub(r"[ \t]", "", line).upper() for line in text.strip().splitlines()]
    lines = [line for line in lines if line]
    if len(lines) == 1:
        only = lines[0]
        for count, width in ((3, 30), (2, 36), (2, 44)):
            if len(only) == count * width:
                return [only[i * width : (i + 1) * width] for i in range(count)]
    return lines


def looks_like_mrz(text: str) -> bool:
    """True when ``text`` is shaped like an MRZ (2–3 lines of MRZ characters, one with ``<<``)."""
    if len(text) > MAX_MRZ_CHARS:
        return False
    lines = split_lines(text)
    return (
        2 <= len(lines) <= 3
        and all(_ALLOWED.fullmatch(line) for line in lines)
        and all(25 <= len(line) <= 50 for line in lines)
        and any("<" in line for line in lines)
    )


def parse_mrz(text: str, at: dt.datetime | dt.date | None = None) -> DocumentResult:
    """Parse MRZ text (2 or 3 lines) into a result with fields and per-check-digit outcomes."""
    result = DocumentResult(kind="mrz")
    today = _as_date(at)
    if len(text) > MAX_MRZ_CHARS:
        return result.fail(f"MRZ text is {len(text)} characters long; an MRZ has at most 90")
    lines = split_lines(text)
    problem = _shape_problem(lines)
    if problem:
        return result.fail(problem)
    layout = _LAYOUTS[(len(lines), len(lines[0]))]
    if lines[0][0] == "V" and layout in ("TD2", "TD3"):
        layout = "MRV-B" if layout == "TD2" else "MRV-A"
    if layout == "TD2" and not _is_icao_td2(lines):
        return result.fail(_non_icao_td2_message(lines))
    result.fields["format"] = layout
    parser = {"TD1": _parse_td1, "TD2": _parse_two_line, "TD3": _parse_two_line}.get(layout, _parse_two_line)
    parser(lines, result, layout)
    _finish_dates(result, today)
    return result.settle()


# ---------------------------------------------------------------------------------------------- shape


def _shape_problem(lines: list[str]) -> str:
    if not lines:
        return "no MRZ text"
    for number, line in enumerate(lines, 1):
        bad = next((ch for ch in line if not ("A" <= ch <= "Z" or "0" <= ch <= "9" or ch == "<")), None)
        if bad is not None:
            return f"line {number} contains {bad!r}, which is not an MRZ character (A–Z, 0–9, <)"
    if len(lines) >= 2 and len(set(lines)) < len(lines):
        return f"the MRZ has a repeated line ({len(lines)} lines read); scan it again"
    if len(lines) not in (2, 3):
        return f"an MRZ has 2 or 3 lines, not {len(lines)}"
    widths = {len(line) for line in lines}
    if len(widths) != 1:
        shown = ", ".join(str(len(line)) for line in lines)
        return f"MRZ lines have different lengths ({shown}); a line is truncated or extended"
    width = widths.pop()
    if (len(lines), width) not in _LAYOUTS:
        expected = "30 (TD1)" if len(lines) == 3 else "36 (TD2/MRV-B) or 44 (TD3/MRV-A)"
        return f"{len(lines)} lines of {width} characters is not an ICAO layout: lines must be {expected}"
    return ""


def _is_icao_td2(lines: list[str]) -> bool:
    second = lines[1]
    alpha3 = re.fullmatch(r"[A-Z<]{3}", second[10:13]) is not None
    dates = re.fullmatch(r"[0-9]{6}[0-9<]", second[13:20]) and re.fullmatch(r"[0-9]{6}[0-9<]", second[21:28])
    return alpha3 and bool(dates) and second[20] in "MFX<"


def _non_icao_td2_message(lines: list[str]) -> str:
    hint = " (it looks like a pre-2021 French national identity card)" if lines[0].startswith("IDFRA") else ""
    return (
        "2 lines of 36 characters but not an ICAO TD2 layout"
        f"{hint}: nationality, birth date and expiry are not where ICAO 9303 puts them; enter the data by hand"
    )


# ---------------------------------------------------------------------------------------------- layouts


def _parse_td1(lines: list[str], result: DocumentResult, layout: str) -> None:
    first, second, third = lines
    _header(first, result)
    number, digit, optional1 = _long_document_number(first[5:14], first[14], first[15:30])
    _number_check(result, first[5:14], number, digit)
    result.fields["document_number"] = number.replace("<", "")
    _person_line(second[0:15], result)
    result.fields["nationality"] = _clean(second[15:18])
    optional2 = _clean(second[18:29])
    result.fields["optional_data"] = " ".join(p for p in (optional1, optional2) if p)
    result.fields["optional_data_1"] = optional1
    result.fields["optional_data_2"] = optional2
    _names(third, result)
    composite = first[5:30] + second[0:7] + second[8:15] + second[18:29]
    _digit_check(result, "composite", composite, second[29])


def _parse_two_line(lines: list[str], result: DocumentResult, layout: str) -> None:
    first, second = lines
    _header(first, result)
    _names(first[5:], result)
    if layout in ("TD2", "MRV-B"):
        optional_end = 35 if layout == "TD2" else 36
        number, digit, optional = _long_document_number(second[0:9], second[9], second[28:optional_end])
    else:
        number, digit, optional = second[0:9], second[9], _clean(second[28:42 if layout == "TD3" else 44])
    _number_check(result, second[0:9], number, digit)
    result.fields["document_number"] = number.replace("<", "")
    result.fields["nationality"] = _clean(second[10:13])
    _person_line(second[13:28], result)
    result.fields["optional_data"] = optional
    if layout == "TD3":
        result.fields["personal_number"] = optional
        personal = second[28:42]
        if second[42] == "<" and personal == "<" * 14:
            result.check("personal_number_check_digit", True)
        else:
            _digit_check(result, "personal_number", personal, second[42])
        _digit_check(result, "composite", second[0:10] + second[13:20] + second[21:43], second[43])
    elif layout == "TD2":
        _digit_check(result, "composite", second[0:10] + second[13:20] + second[21:35], second[35])


def _header(first: str, result: DocumentResult) -> None:
    result.fields["document_type"] = _clean(first[0:2])
    result.fields["issuing_state"] = _clean(first[2:5])


def _person_line(segment: str, result: DocumentResult) -> None:
    """Birth date + cd, sex, expiry + cd (15 characters, same in every layout)."""
    result.fields["_birth_raw"] = segment[0:6]
    _digit_check(result, "birth_date", segment[0:6], segment[6])
    result.fields["sex"] = {"M": "male", "F": "female"}.get(segment[7], "unspecified")
    result.fields["_expiry_raw"] = segment[8:14]
    _digit_check(result, "expiry_date", segment[8:14], segment[14])


def _names(segment: str, result: DocumentResult) -> None:
    surname, _, given = segment.partition("<<")
    result.fields["surname"] = _clean(surname)
    result.fields["given_names"] = _clean(given)


def _long_document_number(number9: str, digit: str, optional: str) -> tuple[str, str, str]:
    """ICAO long document numbers: cd position holds ``<`` and the number continues in optional data."""
    if digit != "<" or optional[:1] in ("", "<"):
        return number9, digit, _clean(optional)
    run = optional.split("<", 1)[0]
    rest = optional[len(run) :]
    return number9 + run[:-1], run[-1], _clean(rest)


def _number_check(result: DocumentResult, number9: str, number: str, digit: str) -> None:
    """Document number check; long numbers accept the variant that counts the ``<`` at position 15."""
    variants = {check_digit(number)}
    if len(number) > 9:
        variants.add(check_digit(number9 + "<" + number[9:]))
    ok = digit in variants
    expected = " or ".join(sorted(variants))
    result.check(
        "document_number_check_digit",
        ok,
        f"document number check digit is {digit!r}, expected {expected}",
    )


def _digit_check(result: DocumentResult, name: str, data: str, digit: str) -> None:
    expected = check_digit(data)
    result.check(
        f"{name}_check_digit",
        digit == expected,
        f"{name.replace('_', ' ')} check digit is {digit!r}, expected {expected}",
    )


def _clean(segment: str) -> str:
    return re.sub(r" +", " ", segment.replace("<", " ")).strip()


# ---------------------------------------------------------------------------------------------- dates


def _finish_dates(result: DocumentResult, today: dt.date) -> None:
    birth_raw = result.fields.pop("_birth_raw", "")
    expiry_raw = result.fields.pop("_expiry_raw", "")
    birth = yymmdd(birth_raw, today, future_years=0)
    expiry = yymmdd(expiry_raw, today, future_years=EXPIRY_HORIZON_YEARS)
    if birth is None and birth_raw.strip("<"):
        result.fail(f"birth date {birth_raw!r} is not a date (YYMMDD)")
    if expiry is None:
        result.fail(f"expiry date {shorten(expiry_raw)!r} is not a date (YYMMDD)")
    result.fields["birth_date"] = birth.isoformat() if birth else None
    result.fields["expiry_date"] = expiry.isoformat() if expiry else None
    result.fields["expired"] = bool(expiry and expiry < today)


def yymmdd(raw: str, today: dt.date, *, future_years: int) -> dt.date | None:
    """YYMMDD → the latest date with those digits that is at most ``future_years`` after ``today``."""
    if not re.fullmatch(r"[0-9]{6}", raw):
        return None
    yy, mm, dd = int(raw[0:2]), int(raw[2:4]), int(raw[4:6])
    limit = _same_day(today, today.year + future_years)
    for century in range(limit.year // 100 * 100, limit.year // 100 * 100 - 300, -100):
        try:
            candidate = dt.date(century + yy, mm, dd)
        except ValueError:
            if (mm, dd) == (2, 29):
                continue  # 29 February: not every century's year is a leap year
            return None
        if candidate <= limit:
            return candidate
    return None


def _same_day(today: dt.date, year: int) -> dt.date:
    try:
        return today.replace(year=year)
    except ValueError:  # 29 February
        return today.replace(year=year, day=28)


def _as_date(at: dt.datetime | dt.date | None) -> dt.date:
    if at is None:
        return dt.datetime.now(dt.UTC).date()
    if isinstance(at, dt.datetime):
        return (at.astimezone(dt.UTC) if at.tzinfo else at).date()
    return at
