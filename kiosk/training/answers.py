"""Answering a synthetic traveller's SOP pages from its record, as an officer would (``exercise run --auto``).

The traveller's documents are scanned first on each page (:class:`ScanFeeder`): the scenario's generated
documents (passport MRZ, boarding pass, certificate QR codes signed with the scenario's test key) are
parsed by the kiosk's own parsers and put through the session's scan merge rules
(:meth:`kiosk.session.ScreeningSession.apply_document`), exactly as a scan at the window — a document that
fails its checks fills nothing, a scan never replaces what the officer typed.

Then each visible question of the page still unanswered gets, in this order: the inject's own answer
(``answers``); for a "certificate shown?" question that opens a vaccination date, the answer the record's
doses give; for a scan question, what scanning the traveller's documents would fill (:func:`answer_for`
with ``scans=False`` only: the console's demonstrations without documents); otherwise the answer the record gives
through the question's binding, with the screening run's cautious defaults
(:func:`kiosk.screening_run.answer_from_record`: one home for that rule); a required question still
without an answer gets a neutral one (the first choice, "none" for a certificate, the symptom onset for a
date, ``EXERCISE`` for a text, "no" otherwise; a fever reported when the record lists the fever symptom).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.clock import Clock
from kiosk.errors import KioskError
from kiosk.sop import FieldError, SopRun
from kiosk.sop.model import Field, Step

MAX_PAGES = 100


@dataclass(frozen=True)
class RulesReader:
    """What the record-to-answer rule reads of the kiosk: the rules in force (``screening.rules``) and the clock."""

    rules: Any
    clock: Clock

    @property
    def screening(self) -> RulesReader:
        return self


class ScanFeeder:
    """Scans one traveller's documents into a session's scan questions through the window's merge path."""

    def __init__(self, texts: Sequence[str], trust: Any, clock: Clock) -> None:
        self.texts = list(texts)
        self.trust = trust
        self.clock = clock
        self._results: list[Any] | None = None
        self.outcomes: list[tuple[str, str, str]] = []
        """(scan question, document kind, outcome status) of every scan applied or refused."""

    def results(self) -> list[Any]:
        """The parsed documents (parsed once, at the exercise clock's time)."""
        if self._results is None:
            from kiosk.scan.dispatch import parse_texts

            self._results = parse_texts(self.texts, self.clock.now(), self.trust)
        return self._results

    def feed(self, session: Any) -> None:
        """Scan every document a scan question on the current page takes and has not taken yet."""
        for sop_field in session.scan_fields():
            if sop_field.id in session.run.raw_answers:
                continue
            for result in self.results():
                if session.target_for(result.kind, sop_field.id) is not sop_field:
                    continue
                outcome = session.apply_document(sop_field.id, result, f"{result.kind} scanned (exercise)")
                self.outcomes.append((sop_field.id, result.kind, outcome.status))

    def answering(self, session: Any, value_for: Callable[[Field, Step], Any]) -> Callable[[Field, Step], Any]:
        """``value_for`` that first scans into a scan question shown by an answer just given (the boarding
        pass once the conveyance is "air"): the scan question itself is never answered."""
        def answer(sop_field: Field, step: Step) -> Any:
            if sop_field.type == "document_scan":
                self.feed(session)
                return None
            return value_for(sop_field, step)

        return answer


def answer_for(sop_field: Field, step: Step, record: Mapping[str, Any], reader: Any,
               answers: Mapping[str, Any] | None = None, *, scans: bool = False) -> Any:
    """The answer to one question for ``record`` (None: leave it unanswered). With ``scans`` the documents
    are scanned (:class:`ScanFeeder`): a scan question is never answered from the record."""
    from kiosk.screening_run import answer_from_record

    if answers and sop_field.id in answers:
        return answers[sop_field.id]
    gate = _certificate_gate(sop_field, step, record)
    if gate is not None:
        return gate
    if sop_field.type == "document_scan":
        return None if scans else _scanned(sop_field.binds, record)
    value = answer_from_record(sop_field, record, reader)
    if value is None and sop_field.required:
        value = _neutral(sop_field, record)
    return value


def walk(run: SopRun, answer: Callable[[str, Any], list[FieldError]], value_for: Callable[[Field, Step], Any],
         before_page: Callable[[], None] | None = None) -> list[str]:
    """Answer every page of ``run`` to its end; returns the page ids. ``answer`` is the session's (or the
    run's) answer method; KioskError names the page that cannot be left and why."""
    pages: list[str] = []
    while run.current_step is not None and not run.is_finished:
        if len(pages) >= MAX_PAGES:
            raise KioskError(f"the SOP did not end within {MAX_PAGES} pages")
        step = run.current_step
        pages.append(step.id)
        if before_page is not None:
            before_page()
        for _ in range(3):  # an answer can show further questions (conveyance type → flight number)
            for sop_field in run.visible_fields():
                if sop_field.id in run.raw_answers or not run.is_visible(sop_field.id):
                    continue  # answered (or prefilled), or hidden by an answer given just now
                value = value_for(sop_field, step)
                errors = answer(sop_field.id, value) if value is not None else []
                if errors and errors[0].key != "required":
                    raise KioskError(f"the answers cannot complete SOP step {step.id!r}: {errors[0].field}: "
                                     f"{errors[0].message}")
        errors = run.next()
        if errors:
            detail = "; ".join(f"{e.field}: {e.message}" for e in errors)
            raise KioskError(f"the answers cannot complete SOP step {step.id!r}: {detail}")
    return pages


def _certificate_gate(sop_field: Field, step: Step, record: Mapping[str, Any]) -> Any:
    """The answer to a "certificate shown?" question that opens a vaccination date field of the same step
    (``show_if: {field: this, equals: V}``): V when the record has that dose (a paper one for a yes/no
    question: the primary SOP's paper ICVP), else None."""
    for other in step.fields:
        condition = other.show_if
        if not (isinstance(condition, Mapping) and condition.get("field") == sop_field.id and "equals" in condition):
            continue
        head, _, vaccine = (other.binds or "").partition(".")
        if head != "vaccinations" or not vaccine:
            continue
        doses = [v for v in _doses(record) if v.get("vaccine") == vaccine]
        if sop_field.type == "yes_no":
            doses = [v for v in doses if v.get("evidence") == "paper"]
        return condition["equals"] if doses else None
    return None


def _scanned(binds: str | None, record: Mapping[str, Any]) -> dict[str, Any] | None:
    if binds == "traveller" and record.get("traveller"):
        return {"kind": "mrz", "traveller": dict(record["traveller"])}
    if binds == "vaccinations":
        scanned = [dict(v) for v in _doses(record) if v.get("evidence") != "paper"]  # paper is read, not scanned
        return {"kind": "icvp", "vaccinations": scanned} if scanned else None
    return None


def _neutral(sop_field: Field, record: Mapping[str, Any]) -> Any:
    if sop_field.binds == "fever_reported":  # the secondary asks it apart from the symptom list
        return "fever" in (record.get("symptoms") or [])
    if sop_field.type == "yes_no":
        return False
    if sop_field.type == "multi_choice":
        return []
    if sop_field.type == "single_choice" and sop_field.choices:
        codes = sop_field.choice_codes
        return "none" if "shown" in codes and "none" in codes else codes[0]
    if sop_field.type == "date":
        return record.get("symptom_onset") or record.get("arrival_date")
    if sop_field.type == "text":
        return "EXERCISE"
    return None


def _doses(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [v for v in record.get("vaccinations") or [] if isinstance(v, Mapping)]
