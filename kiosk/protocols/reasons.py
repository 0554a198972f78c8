"""Structured reasons: a key and its parameters, rendered to plain language in any supported language.

A :class:`Reason` is what a condition's ``explain`` produces: ``reason("travel", country="GN", days=9,
within=21)``. Its English ``text`` ("left Guinea (GN) 9 days before arrival ≤ 21 days") is what the
``evaluate`` JSON carries; ``text_in("fr")`` gives the same reason in French for a UI. Params are
JSON-compatible (codes, numbers, ISO dates, tuples of codes) so a reason can be stored and re-rendered later.
Rendering is lazy and cached: flags are built for few records, their text only when asked for, and the
same reasons recur from traveller to traveller.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from kiosk import languages
from kiosk.country_names import country_names
from kiosk.protocols.labels import (
    CATEGORY_LABELS,
    EVIDENCE_LABELS,
    EXPOSURE_LABELS,
    GROUP_LABELS,
    SYMPTOM_LABELS,
    TEMPLATES,
    VACCINE_LABELS,
    label,
)


class Reason(NamedTuple):
    """One plain-language reason of a flag: ``key`` (a template of :data:`labels.TEMPLATES`) + its params.

    A tuple, so reasons hash and compare fast (a flag drops repeated reasons); build one with
    :func:`reason` (``reason("travel", country="GN", days=9, within=21)``).
    """

    key: str
    args: tuple[tuple[str, Any], ...] = ()
    """The params as ``(name, value)`` pairs; values are JSON-compatible scalars or tuples of codes."""

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.args)

    @property
    def text(self) -> str:
        """The English text (the ``evaluate`` contract)."""
        return _render(self.key, self.args, "en")

    def text_in(self, language: str) -> str:
        """The reason in ``language`` (``en``, ``fr``, ``pt``, ``ar``; English when unknown)."""
        return _render(self.key, self.args, language)

    def to_json(self) -> dict[str, Any]:
        """``{"key", "params", "text"}`` (tuples become lists)."""
        params = {k: list(v) if isinstance(v, tuple) else v for k, v in self.args}
        return {"key": self.key, "params": params, "text": self.text}


def reason(key: str, **params: Any) -> Reason:
    """A :class:`Reason`; ``params`` must be hashable (use tuples for lists)."""
    return Reason(key, tuple(params.items()))


def render(key: str, params: Mapping[str, Any], language: str = "en") -> str:
    """The text of reason ``key`` with ``params`` in ``language`` (English template when missing there)."""
    templates = TEMPLATES[key]
    template = templates.get(language) or templates["en"]
    return template.format_map({name: _value(name, value, language) for name, value in params.items()})


@lru_cache(maxsize=8192)
def _render(key: str, args: tuple[tuple[str, Any], ...], language: str) -> str:
    """:func:`render`, cached: the same reasons recur from traveller to traveller."""
    return render(key, dict(args), language)


def country_name(code: str, language: str = "en") -> str:
    """``GN`` → ``Guinea (GN)``: the name an officer reads (in ``language``), with the code printed on
    documents."""
    name = country_names(language).get(code)
    return f"{name} ({code})" if name else code


def decimal(value: float, language: str = "en") -> str:
    """38.0 → "38.0", 38.45 → "38.45" (never rounded across a threshold); "38,0" in fr and pt."""
    text = f"{value:.2f}".rstrip("0")
    text = text + "0" if text.endswith(".") else text
    return text.replace(".", ",") if languages.get(language).decimal_mark == "," else text


def whole(value: float, language: str = "en") -> str:
    """An age or limit: 30.0 → "30", 0.75 → "0.75"."""
    if float(value).is_integer():
        return str(int(value))
    return decimal(value, language)


def _category(code: str, language: str) -> str:
    return label(CATEGORY_LABELS, code, language) if code in CATEGORY_LABELS else f"{code.replace('_', ' ')} risk"


_CODE_PARAMS: dict[str, Callable[[str, str], str]] = {
    "symptom": lambda code, lang: label(SYMPTOM_LABELS, code, lang),
    "symptoms": lambda code, lang: label(SYMPTOM_LABELS, code, lang),
    "exposure": lambda code, lang: label(EXPOSURE_LABELS, code, lang),
    "exposures": lambda code, lang: label(EXPOSURE_LABELS, code, lang),
    "vaccine": lambda code, lang: label(VACCINE_LABELS, code, lang),
    "certificate": lambda code, lang: label(VACCINE_LABELS, code, lang),
    "evidence": lambda code, lang: label(EVIDENCE_LABELS, code, lang),
    "category": _category,
    "group": lambda code, lang: label(GROUP_LABELS, code, lang),
    "country": country_name,
    "countries": country_name,
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


__all__ = ["Reason", "country_name", "decimal", "reason", "render", "whole"]
