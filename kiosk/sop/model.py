"""The SOP model: an immutable, validated description of one screening procedure.

An SOP is a list of steps (pages); a step holds fields (questions). Conditions (``show_if`` and the
``if`` of a branching rule) are kept as the plain mappings of the data file and evaluated by
:mod:`kiosk.sop.conditions`. Build instances with :func:`kiosk.sop.loader.load_sop`, never by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk import languages

END = "end"
"""The ``goto`` target that finishes the SOP."""

FIELD_TYPES = (
    "yes_no", "single_choice", "multi_choice", "number", "date", "country_list", "text", "document_scan",
)

Text = Mapping[str, str]
Condition = Mapping[str, Any]


def localise(text: Text, language: str) -> str:
    """``text`` in ``language``, falling back to English (SOPs always have English)."""
    return text.get(language) or text.get("en", "")


@dataclass(frozen=True)
class Choice:
    code: str
    label: Text

    def text(self, language: str) -> str:
        return localise(self.label, language)


@dataclass(frozen=True)
class AltUnit:
    """A second unit the officer may enter in: ``alt = base × factor + offset`` (°F = °C × 1.8 + 32)."""

    unit: str
    factor: float
    offset: float

    def to_base(self, value: float) -> float:
        return (value - self.offset) / self.factor

    def from_base(self, value: float) -> float:
        return value * self.factor + self.offset


@dataclass(frozen=True)
class Field:
    id: str
    type: str
    label: Text
    required: bool = False
    binds: str | None = None
    show_if: Condition | None = None
    hint: Text | None = None
    choices: tuple[Choice, ...] = ()
    none_label: Text | None = None
    unit: str = ""
    range: tuple[float, float] | None = None
    alt_unit: AltUnit | None = None
    decimals: int = 2
    max_length: int = 200
    min_items: int = 0
    max_items: int = 60
    past_only: bool = True
    context: str | None = None
    accepts: tuple[str, ...] = ()
    audience: str | None = None
    """Who reads this question and its answers when not its step's audience (None: the step's)."""

    def text(self, language: str) -> str:
        return localise(self.label, language)

    @property
    def choice_codes(self) -> tuple[str, ...]:
        return tuple(choice.code for choice in self.choices)

    def choice(self, code: str) -> Choice | None:
        return next((c for c in self.choices if c.code == code), None)


@dataclass(frozen=True)
class Rule:
    """One branching rule: go to ``goto`` when ``condition`` holds (``None`` = always: the default)."""

    goto: str
    condition: Condition | None = None


@dataclass(frozen=True)
class Step:
    id: str
    title: Text
    fields: tuple[Field, ...]
    next: tuple[Rule, ...] = ()
    show_if: Condition | None = None
    intro: Text | None = None
    audience: str = "traveller"

    def text(self, language: str) -> str:
        return localise(self.title, language)

    def field(self, field_id: str) -> Field | None:
        return next((f for f in self.fields if f.id == field_id), None)


@dataclass(frozen=True)
class TextSite:
    """Where one text of an SOP is (for messages naming a missing translation) and who reads it."""

    where: str
    file: str
    line: int
    audience: str
    text: Text


@dataclass(frozen=True)
class Sop:
    id: str
    version: str
    title: Text
    languages: tuple[str, ...]
    steps: tuple[Step, ...]
    description: Text | None = None
    sources: tuple[str, ...] = ()
    source_file: str = ""
    text_sites: tuple[TextSite, ...] = field(default=(), compare=False, repr=False)
    _step_index: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _field_step: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._step_index.update({step.id: index for index, step in enumerate(self.steps)})
        self._field_step.update({f.id: step.id for step in self.steps for f in step.fields})

    def text(self, language: str) -> str:
        return localise(self.title, language)

    def step(self, step_id: str) -> Step:
        """The step with this id (KeyError if there is none)."""
        return self.steps[self._step_index[step_id]]

    def has_step(self, step_id: str) -> bool:
        return step_id in self._step_index

    def step_index(self, step_id: str) -> int:
        return self._step_index[step_id]

    def field(self, field_id: str) -> Field:
        """The field with this id, wherever it is (KeyError if there is none)."""
        step = self.step(self._field_step[field_id])
        found = step.field(field_id)
        assert found is not None
        return found

    def has_field(self, field_id: str) -> bool:
        return field_id in self._field_step

    def step_of(self, field_id: str) -> Step:
        return self.step(self._field_step[field_id])

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(f for step in self.steps for f in step.fields)

    @staticmethod
    def is_rtl(language: str) -> bool:
        return languages.is_rtl(language)


@dataclass(frozen=True)
class FieldError:
    """A problem with one answer: ``key`` is stable (translate it), ``message`` is the English text.

    ``field`` is the field id, with a suffix for an item of a list (``itinerary[1].left``).
    ``params`` holds the values the message names, for translated messages.
    """

    field: str
    key: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "key": self.key, "message": self.message, "params": dict(self.params)}
