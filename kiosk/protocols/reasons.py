"""Structured reasons: a key and its parameters, rendered to plain language in any supported language.

A :class:`Reason` is what a condition's ``explain`` produces: ``Reason("travel", {"country": "GN", "days": 9,
"within": 21})``. Its English ``text`` ("left Guinea (GN) 9 days before arrival ≤ 21 days") is what the
``evaluate`` JSON carries; ``text_in("fr")`` gives the same reason in French for a UI. Params are
JSON-compatible (codes, numbers, ISO dates, tuples of codes) so a reason can be stored and re-rendered later.
Rendering is lazy and cached: flags are built for few records, their text only when asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from kiosk.protocols.labels import (
    CATEGORY_LABELS,
    EXPOSURE_LABELS,
    GROUP_LABELS,
    SYMPTOM_LABELS,
    TEMPLATES,
    VACCINE_LABELS,
    label,
)
from kiosk.records import countries

_DECIMAL_COMMA = frozenset({"fr", "pt"})


class Reason:
    """One plain-language reason of a flag: ``key`` (a template of :data:`labels.TEMPLATES`) + ``params``."""

    __slots__ = ("_text", "key", "params")

    def __init__(self, key: str, params: Mapping[str, Any] | None = None) -> None:
        self.key = key
        self.params: Mapping[str, Any] = params or {}
        self._text: str | None = None

    @property
    def text(self) -> str:
        """The English text (the ``evaluate`` contract), rendered once."""
        if self._text is None:
            self._text = render(self.key, self.params, "en")
        return self._text

    def text_in(self, language: str) -> str:
        """The reason in ``language`` (``en``, ``fr``, ``pt``, ``ar``; English when unknown)."""
        return self.text if language == "en" else render(self.key, self.params, language)

    def to_json(self) -> dict[str, Any]:
        """``{"key", "params", "text"}`` (tuples become lists)."""
        params = {k: list(v) if isinstance(v, tuple) else v for k, v in self.params.items()}
        return {"key": self.key, "params": params, "text": self.text}

    def _identity(self) -> tuple[str, tuple[tuple[str, Any], ...]]:
        return self.key, tuple(self.params.items())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Reason) and self._identity() == other._identity()

    def __hash__(self) -> int:
        return hash(self._identity())

    def __repr__(self) -> str:
        return f"Reason({self.key!r}, {dict(self.params)!r})"


def render(key: str, params: Mapping[str, Any], language: str = "en") -> str:
    """The text of reason ``key`` with ``params`` in ``language`` (English template when missing there)."""
    templates = TEMPLATES[key]
    template = templates.get(language) or templates["en"]
    return template.format_map({name: _value(name, value, language) for name, value in params.items()})


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return countries()


def country_name(code: str) -> str:
    """``GN`` → ``Guinea (GN)``: the name an officer reads, with the code printed on documents."""
    name = _country_names().get(code)
    return f"{name} ({code})" if name else code


def decimal(value: float, language: str = "en") -> str:
    """38.0 → "38.0", 38.45 → "38.45" (never rounded across a threshold); "38,0" in fr and pt."""
    text = f"{value:.2f}".rstrip("0")
    text = text + "0" if text.endswith(".") else text
    return text.replace(".", ",") if language in _DECIMAL_COMMA else text


def whole(value: float, language: str = "en") -> str:
    """An age or limit: 30.0 → "30", 0.75 → "0.75"."""
    if float(value).is_integer():
        return str(int(value))
    return decimal(value, language)


def _category(code: str, language: str) -> str:
    return label(CATEGORY_LABELS, code, language) if code in CATEGORY_LABELS else f"{code} risk"


_CODE_PARAMS: dict[str, Callable[[str, str], str]] = {
    "symptom": lambda code, lang: label(SYMPTOM_LABELS, code, lang),
    "symptoms": lambda code, lang: label(SYMPTOM_LABELS, code, lang),
    "exposure": lambda code, lang: label(EXPOSURE_LABELS, code, lang),
    "exposures": lambda code, lang: label(EXPOSURE_LABELS, code, lang),
    "vaccine": lambda code, lang: label(VACCINE_LABELS, code, lang),
    "certificate": lambda code, lang: label(VACCINE_LABELS, code, lang),
    "category": _category,
    "group": lambda code, lang: label(GROUP_LABELS, code, lang),
    "country": lambda code, lang: country_name(code),
    "countries": lambda code, lang: country_name(code),
}
_NUMBER_PARAMS: dict[str, Callable[[float, str], str]] = {
    "temperature": decimal, "threshold": decimal, "age": whole, "limit": whole,
}


def _value(name: str, value: Any, language: str) -> str:
    """A param as shown: codes → labels (lists joined with ", "), numbers in the language's notation."""
    as_code = _CODE_PARAMS.get(name)
    if as_code is not None:
        if isinstance(value, (tuple, list)):
            return ", ".join(as_code(item, language) for item in value)
        return as_code(value, language)
    as_number = _NUMBER_PARAMS.get(name)
    if as_number is not None:
        return as_number(value, language)
    if isinstance(value, (tuple, list)):
        return ", ".join(str(item) for item in value)
    return str(value)


__all__ = ["Reason", "country_name", "decimal", "render", "whole"]
