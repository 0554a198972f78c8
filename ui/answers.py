"""What is wrong with an answer, in the officer's words: "9 °F is not a body temperature (30 to 45 °C)",
not "Please answer this question" when something was typed but refused.

The SOP engine (``kiosk.sop``) returns :class:`~kiosk.sop.FieldError` with a stable ``key`` and the values
its message names (``params``); this module turns those into translated sentences.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk import languages
from kiosk.sop import Field, FieldError
from kiosk.sop.values import check_value


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


def error_text(field: Field, typed: Any, error: FieldError, today: dt.date, language: str | None = None) -> str:
    """The sentence for ``error`` on ``field``; ``typed`` is what the editor holds (None: nothing typed).
    In the officer's words (Qt translations), or with ``language`` in that language's words from the
    language files (a traveller's page).

    A "required" error on a field whose editor holds a refused value explains the refusal instead."""
    if error.key == "required" and typed is not None:
        refused = check_value(field, typed, today).errors
        if refused:
            error = refused[0]
    if language is not None:
        return _in_language(field, typed, error, language)
    if error.key == "required":
        return tr("Please answer this question.")
    if error.key == "out_of_range":
        return _out_of_range(field, typed, error)
    if error.key == "future_date":
        return tr("%1 is in the future.").replace("%1", str(error.params.get("value", "")))
    if error.key == "date_too_early":
        return tr("%1 is too long ago.").replace("%1", str(error.params.get("value", "")))
    return error.message


def _out_of_range(field: Field, typed: Any, error: FieldError) -> str:
    low, high = _number(error.params.get("min")), _number(error.params.get("max"))
    entered = _typed_text(field, typed, error)
    if field.binds == "temperature_c":
        return tr("%1 is not a body temperature (%2 to %3 °C).").replace("%1", entered).replace(
            "%2", low).replace("%3", high)
    if field.binds == "age_years":
        return tr("%1 is not an age (0 to %2 years).").replace("%1", entered).replace("%2", high)
    return tr("%1 is outside %2 to %3 %4.").replace("%1", entered).replace("%2", low).replace(
        "%3", high).replace("%4", field.unit).strip()


def _word_for(field: Field, error: FieldError) -> str | None:
    """The language-file word (kiosk/data/languages ``words``) of an error, None for other errors."""
    if error.key == "out_of_range":
        return {"temperature_c": "not_a_temperature", "age_years": "not_an_age"}.get(field.binds or "", "out_of_range")
    return {"required": "required", "future_date": "future_date", "date_too_early": "too_long_ago"}.get(error.key)


def _in_language(field: Field, typed: Any, error: FieldError, language: str) -> str:
    name = _word_for(field, error)
    if name is None:
        return error.message
    if isinstance(typed, dict) and "value" in typed:
        number, unit = typed["value"], str(typed.get("unit", field.unit))
    else:
        number, unit = error.params.get("value", ""), field.unit
    value = _number(number) if name == "not_an_age" or unit in ("years", "months") else \
        f"{_number(number)} {unit}".strip()
    values = {"value": value, "min": _number(error.params.get("min")), "max": _number(error.params.get("max")),
              "unit": "" if unit in ("years", "months") else unit}
    text = languages.word(name, language)
    for key, shown in values.items():
        text = text.replace("{" + key + "}", shown)
    return " ".join(text.split())


def _typed_text(field: Field, typed: Any, error: FieldError) -> str:
    """What the officer typed, with its unit ("9 °F"), or the value refused."""
    from ui.views.widgets import unit_name

    if isinstance(typed, dict) and "value" in typed:
        return f"{_number(typed['value'])} {unit_name(str(typed.get('unit', field.unit)))}".strip()
    return f"{_number(error.params.get('value'))} {unit_name(field.unit)}".strip()


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def typed_value(editor: Any) -> Any:
    """What an answer editor holds now (a number entry's ``{value, unit}``, a date...), None when empty."""
    value = getattr(editor, "value", None)
    return value() if callable(value) else None


def refused_answers(run: Any, boxes: dict[str, Any], today: dt.date) -> list[FieldError]:
    """Visible questions whose editor holds a value the SOP refused (so the run has no answer for them):
    the page is not left with "200 years" silently dropped, even when the question is optional."""
    refused = []
    for field in run.visible_fields():
        box = boxes.get(field.id)
        if box is None or field.id in run.raw_answers:
            continue
        typed = typed_value(box.editor)
        errors = check_value(field, typed, today).errors if typed not in (None, "", [], {}) else ()
        if errors:
            refused.append(errors[0])
    return refused
