"""One traveller's way through an SOP: a pure state machine (no Qt, no I/O).

* ``path`` is the list of step ids from the first step to the current one (the current step last).
* Raw answers are kept for every field ever answered, so going back and forth loses nothing; but only
  answers of *visible* fields on the *visited path* count (:attr:`SopRun.answers`). A field is visible
  when its ``show_if`` holds for the counted answers before it.
* A step whose ``show_if`` is false is skipped: its ``next`` rules are followed as if it had no answers.
* Everything stored is JSON: save ``run.answers`` and ``run.path`` after every answer, rebuild with
  :func:`resume`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.clock import Clock, SystemClock
from kiosk.records import ScreeningRecord, parse_record
from kiosk.sop import conditions
from kiosk.sop.bindings import record_data
from kiosk.sop.model import END, Field, FieldError, Sop, Step
from kiosk.sop.values import check_value, error

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Progress:
    """``step`` of ``total`` (1-based); ``total`` is projected from the answers given so far."""

    step: int
    total: int

    @property
    def fraction(self) -> float:
        return self.step / self.total if self.total else 1.0


class SopRun:
    def __init__(self, sop: Sop, answers: Mapping[str, Any] | None = None, *, clock: Clock | None = None,
                 headless: bool = False) -> None:
        """Start ``sop`` at its first shown step; ``answers`` (stored values) are checked and kept.

        ``headless`` (``poe-kiosk screening run``): a required question nobody answered does not stop
        :meth:`next`; the run walks on past it and :meth:`unanswered` lists it. Invalid answers are still
        refused by :meth:`answer`.
        """
        self.sop = sop
        self.clock: Clock = clock or SystemClock()
        self.headless = headless
        self._raw: dict[str, Any] = {}
        self.notes: dict[str, str] = {}
        """Conversions stated to the officer, e.g. ``{"temperature": "100.4 °F = 38 °C"}``."""
        self._path: list[str] = []
        self._finished = False
        for field_id, value in (answers or {}).items():
            self._store_quietly(field_id, value)
        first = self._resolve(sop.steps[0].id, self._counted(()))
        if first == END:
            self._finished = True
        else:
            self._path.append(first)

    # ------------------------------------------------------------------------------------ state

    @property
    def current_step(self) -> Step | None:
        """The step on screen; None once finished."""
        return None if self._finished or not self._path else self.sop.step(self._path[-1])

    @property
    def is_finished(self) -> bool:
        return self._finished

    @property
    def path(self) -> list[str]:
        """The ids of the steps visited, first to current (or last, once finished)."""
        return list(self._path)

    @property
    def answers(self) -> dict[str, Any]:
        """The answers that count: visible fields of the visited steps (JSON values)."""
        return dict(self._counted(self._path))

    @property
    def raw_answers(self) -> dict[str, Any]:
        """Every answer given, including ones now hidden or on abandoned branches."""
        return dict(self._raw)

    @property
    def progress(self) -> Progress:
        if self._finished:
            return Progress(len(self._path), len(self._path))
        return Progress(len(self._path), len(self._path) + len(self._projected_rest()))

    def visible_fields(self, step: Step | None = None) -> list[Field]:
        """The fields of ``step`` (default: the current one) whose ``show_if`` holds."""
        step = step or self.current_step
        if step is None:
            return []
        counted = self._counted(self._path_before(step.id))
        shown = []
        for field in step.fields:
            if field.show_if is None or conditions.evaluate(field.show_if, counted):
                shown.append(field)
                if field.id in self._raw:
                    counted[field.id] = self._raw[field.id]
        return shown

    def is_visible(self, field_id: str) -> bool:
        step = self.current_step
        return step is not None and any(f.id == field_id for f in self.visible_fields(step))

    # ------------------------------------------------------------------------------------ answering

    def answer(self, field_id: str, value: Any) -> list[FieldError]:
        """Answer one field of the current step; returns its errors (an invalid value clears the answer).

        ``None`` clears the answer (and reports ``required`` for a required field).
        """
        step = self.current_step
        if not self.sop.has_field(field_id):
            return [error(field_id, "unknown_field", "is not a field of this SOP")]
        if step is None or step.field(field_id) is None:
            return [error(field_id, "not_on_step", "is not on the current step")]
        if not self.is_visible(field_id):
            return [error(field_id, "hidden_field", "is not shown for the answers given")]
        field = self.sop.field(field_id)
        checked = check_value(field, value, self.clock.today())
        self.notes.pop(field_id, None)
        if checked.errors or checked.value is None:
            self._raw.pop(field_id, None)
            if not checked.errors and field.required:
                return [self._required(field)]
            return list(checked.errors)
        self._raw[field_id] = checked.value
        if checked.note:
            self.notes[field_id] = checked.note
        return []

    def answer_many(self, values: Mapping[str, Any]) -> list[FieldError]:
        """Answer several fields of the current step, in the step's field order (so ``show_if`` works)."""
        step = self.current_step
        order = {f.id: i for i, f in enumerate(step.fields)} if step else {}
        errors: list[FieldError] = []
        for field_id in sorted(values, key=lambda key: (order.get(key, len(order)), str(key))):
            errors.extend(self.answer(field_id, values[field_id]))
        return errors

    def step_errors(self, step: Step | None = None) -> list[FieldError]:
        """What stops the step from being left: required visible fields without an answer."""
        step = step or self.current_step
        if step is None:
            return []
        return [self._required(f) for f in self.visible_fields(step) if f.required and f.id not in self._raw]

    def unanswered(self) -> list[tuple[str, str]]:
        """``(step id, field id)`` of the required questions shown on the steps left behind without an
        answer (what a headless run walked past; in the window :meth:`next` stops on them)."""
        left = self._path if self._finished else self._path[:-1]
        return [(step_id, f.id) for step_id in left for f in self.visible_fields(self.sop.step(step_id))
                if f.required and f.id not in self._raw]

    def can_advance(self) -> bool:
        return self.current_step is not None and not self.step_errors()

    # ------------------------------------------------------------------------------------ moving

    def next(self) -> list[FieldError]:
        """Leave the current step along the branching rules; returns its errors instead if it is incomplete."""
        step = self.current_step
        if step is None:
            return []
        errors = self.step_errors(step)
        if errors and not self.headless:
            return errors
        target = self._following(step, self._counted(self._path))
        if target == END:
            self._finished = True
        else:
            self._path.append(target)
        return []

    def back(self) -> bool:
        """Return to the previous step (or, once finished, to the last one); False on the first step."""
        if self._finished:
            self._finished = False
            return True
        if len(self._path) <= 1:
            return False
        self._path.pop()
        return True

    # ------------------------------------------------------------------------------------ the record

    def to_record_data(self, arrival_date: dt.date | str, base: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The screening-record JSON from the bound answers (input for :func:`kiosk.records.parse_record`).

        ``base``: a record to complete (e.g. the primary screening's, when this run is the secondary).
        """
        return record_data(self._counted_fields(self._path), arrival_date, base)

    def to_record(self, arrival_date: dt.date | str, base: Mapping[str, Any] | None = None) -> ScreeningRecord:
        """:meth:`to_record_data` parsed; raises InputError (e.g. a date after arrival)."""
        return parse_record(self.to_record_data(arrival_date, base))

    # ------------------------------------------------------------------------------------ internals

    def _required(self, field: Field) -> FieldError:
        return error(field.id, "required", "is required")

    def _store_quietly(self, field_id: str, value: Any) -> None:
        """Keep a stored answer if it is still valid for the SOP (SOP files can change between runs)."""
        if not self.sop.has_field(field_id):
            log.warning("SOP %s: dropping stored answer for unknown field %r", self.sop.id, field_id)
            return
        field = self.sop.field(field_id)
        checked = check_value(field, value, self.clock.today())
        if checked.errors:
            log.warning("SOP %s: dropping stored answer for %s: %s", self.sop.id, field_id, checked.errors[0])
        elif checked.value is not None:
            self._raw[field_id] = checked.value
            if checked.note:
                self.notes[field_id] = checked.note

    def _path_before(self, step_id: str) -> list[str]:
        return self._path[: self._path.index(step_id)] if step_id in self._path else list(self._path)

    def _counted_fields(self, path: list[str] | tuple[str, ...]) -> Iterator[tuple[Field, Any]]:
        counted: dict[str, Any] = {}
        for step_id in path:
            for field in self.sop.step(step_id).fields:
                shown = field.show_if is None or conditions.evaluate(field.show_if, counted)
                if shown and field.id in self._raw:
                    counted[field.id] = self._raw[field.id]
                    yield field, self._raw[field.id]

    def _counted(self, path: list[str] | tuple[str, ...]) -> dict[str, Any]:
        return {field.id: value for field, value in self._counted_fields(path)}

    def _following(self, step: Step, counted: Mapping[str, Any]) -> str:
        """The next shown step after ``step`` (or END), given the counted answers."""
        return self._resolve(self._following_target(step, counted), counted)

    def _resolve(self, step_id: str, counted: Mapping[str, Any]) -> str:
        """``step_id``, or, if its ``show_if`` is false, where its rules lead (goto only goes forward)."""
        while step_id != END:
            step = self.sop.step(step_id)
            if step.show_if is None or conditions.evaluate(step.show_if, counted):
                return step_id
            step_id = self._following_target(step, counted)
        return END

    def _following_target(self, step: Step, counted: Mapping[str, Any]) -> str:
        for rule in step.next:
            if rule.condition is None or conditions.evaluate(rule.condition, counted):
                return rule.goto
        index = self.sop.step_index(step.id) + 1
        return self.sop.steps[index].id if index < len(self.sop.steps) else END

    def _projected_rest(self) -> list[str]:
        """Steps still ahead if the unanswered questions stay unanswered (for the progress bar)."""
        rest: list[str] = []
        counted = self._counted(self._path)
        step = self.current_step
        while step is not None:
            target = self._following(step, counted)
            if target == END:
                break
            rest.append(target)
            step = self.sop.step(target)
        return rest


def resume(
    sop: Sop, stored_answers: Mapping[str, Any] | None, stored_path: list[Any] | None = None, *,
    clock: Clock | None = None,
) -> SopRun:
    """Rebuild a run from what the store saved, landing on the first step that is not finished.

    With ``stored_path`` the stored steps are replayed as long as each is complete and the branching
    rules still lead to the next stored step (an SOP edited in between stops the replay where it
    changed). Without it, steps are replayed while they are complete. Never lands on "finished": the
    officer confirms the last step.
    """
    run = SopRun(sop, stored_answers, clock=clock)
    wanted = [str(step_id) for step_id in stored_path or []]
    if wanted and run.path and wanted[0] != run.path[0]:
        log.warning("SOP %s: stored path starts at %r, not %r; resuming at the start", sop.id, wanted[0], run.path[0])
        return run
    position = 1
    while run.current_step is not None and run.can_advance():
        if wanted:
            if position >= len(wanted):
                break
            counted = run._counted(run._path)
            if run._following(run.current_step, counted) != wanted[position]:
                log.warning("SOP %s: stored path diverges after %r", sop.id, run.path[-1])
                break
        elif run._following(run.current_step, run._counted(run._path)) == END:
            break
        run.next()
        position += 1
    return run
