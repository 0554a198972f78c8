"""One traveller's screening, from the first answer to the decision (no Qt).

A :class:`ScreeningSession` is made fresh for every traveller (:meth:`ScreeningSession.open_primary`,
:meth:`~ScreeningSession.open_secondary`, :meth:`~ScreeningSession.resume`) and thrown away at the end:
nothing of it reaches the next traveller. The window shows it and forwards taps to it; ``poe-kiosk
screening run`` and the benchmarks drive the same object headless.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.errors import InputError
from kiosk.protocols.model import disposition_rank, leading_flag
from kiosk.screening import Completed, Decision, DraftSummary, ScreeningService
from kiosk.sop import Field, FieldError, Sop, SopRun, resume
from kiosk.sop.bindings import DOCUMENT_PARTS

MIN_REASON = 5
"""Characters a reason for changing the recommendation needs at least (as ``ScreeningService.complete``)."""


@dataclass(frozen=True)
class Live:
    """The evaluation of the record so far (None, with the reason, while the record is not valid yet)."""

    evaluation: Any
    problem: str = ""


@dataclass(frozen=True)
class SetAside:
    """A flag a less protective disposition sets aside: ``EVD`` wanted ``isolate``."""

    protocol: str
    disposition: str

    def to_json(self) -> dict[str, str]:
        return {"protocol": self.protocol, "disposition": self.disposition}


@dataclass(frozen=True)
class DocumentOutcome:
    """What one scanned document did to the answers (``status``: applied, not_usable, empty, refused)."""

    status: str
    kept: tuple[str, ...] = ()
    """Record fields the officer had typed otherwise (kept, not replaced)."""
    errors: tuple[FieldError, ...] = ()
    replaced_earlier: bool = False

    @property
    def applied(self) -> bool:
        return self.status == "applied"


@dataclass
class Documents:
    """The documents scanned for this traveller and what they filled in (the merge rules' memory)."""

    filled: dict[str, Any] = field(default_factory=dict)
    """Field id → the answer a scan put there (an officer's own answer is never replaced)."""
    seen: set[str] = field(default_factory=set)
    """Documents the camera already read (it sees the same one many times a second)."""
    results: list[Any] = field(default_factory=list)
    """Every parsed document applied or refused, in order (``DocumentResult``)."""


FlagsHook = Callable[["ScreeningSession", Any], None]
CompletedHook = Callable[["ScreeningSession", Completed], None]


class ScreeningSession:
    """The screening of one traveller: the SOP run, its record, answers, scans, draft and decision.

    Answering (:meth:`answer`, :meth:`next`, :meth:`back`, :meth:`set_language`, :meth:`apply_document`,
    :meth:`clear_document`) only changes this object. Database work comes as *jobs*: :meth:`save_job`,
    :meth:`evaluate_job`, :meth:`complete_job` and :meth:`refer_job` take a snapshot when called and return a
    function that does the work wherever it is run (the window runs it on its database worker; headless
    callers use :meth:`save`, :meth:`complete` and :meth:`refer`, which run it at once). Jobs of one
    session must run one after the other, in the order they were made.

    Hooks (lists of callables; append to plug in, e.g. an early notice or a repeat-encounter check):

    - ``on_flags_changed(session, evaluation)``: the live evaluation's flags or disposition changed
      (``evaluation`` is a ``kiosk.protocols.Evaluation``, or None when the record stopped being valid).
      Called inside the save/evaluate job, after the draft is saved, on the thread that runs the job.
      :meth:`reaches_isolate` tells whether the flags reached isolation.
    - ``on_completed(session, completed)``: the encounter was completed (``kiosk.screening.Completed``),
      called inside :meth:`complete_job`'s job once the transaction has committed.
    - ``on_referred(session)``: the traveller was sent to secondary screening (inside the job).

    ``warnings`` (plain texts for the officer, e.g. "screened 9 min ago at this kiosk: isolate") and
    ``alerts`` (identifiers of alerts this traveller produced before completion, e.g. an early notice)
    are for such hooks to fill; the window and ``screening run`` show them.

    To plug hooks into every traveller's session (the window's and ``screening run``'s alike), append a
    ``setup(session)`` to the service's ``session_setups`` (``ScreeningService.session_setups``): each new
    session calls them once, as it is made. ``screening run`` also makes sessions to check the input
    before storing anything (``encounter_id`` starting with ``planned-``): those never run a save job,
    so their hooks never fire.
    """

    def __init__(self, service: ScreeningService, sop: Sop, *, encounter_id: str, stage: str, language: str,
                 arrival: dt.date, officer: Any = None, base: Mapping[str, Any] | None = None,
                 parent_id: str | None = None, run: SopRun | None = None, headless: bool = False) -> None:
        self.service = service
        self.sop = sop
        self.encounter_id = encounter_id
        self.stage = stage
        self.language = language
        self.arrival = arrival
        self.officer = officer
        """``kiosk.auth.OfficerInfo`` of the signed-in officer (``id``, ``can(permission)``), or None."""
        self.base = dict(base) if base is not None else None
        """The primary screening's record, on a secondary screening."""
        self.parent_id = parent_id
        self.run = run or SopRun(sop, clock=service.clock, headless=headless)
        """``headless`` (``screening run``): required questions left unanswered do not stop the run
        (``SopRun.unanswered`` lists them)."""
        self.documents = Documents()
        self.live = Live(None, "")
        """The last evaluation a job made (see :meth:`took`)."""
        self.completed: Completed | None = None
        self.follow_up_contact: Any = None
        """The ``kiosk.follow_up.FollowUpContact`` given at the decision (recorded with it), or None."""
        self.warnings: list[str] = []
        self.alerts: list[str] = []
        self.on_flags_changed: list[FlagsHook] = []
        self.on_completed: list[CompletedHook] = []
        self.on_referred: list[Callable[[ScreeningSession], None]] = []
        self._flags_key: str | None = None
        for setup in list(getattr(service, "session_setups", ())):
            setup(self)

    # ------------------------------------------------------------------------------------ opening (database)

    @classmethod
    def open_primary(cls, service: ScreeningService, sop: Sop, officer: Any, language: str) -> ScreeningSession:
        encounter_id = service.start(officer_id=getattr(officer, "id", None), sop_id=sop.id,
                                     sop_version=sop.version, stage="primary", language=language)
        return cls(service, sop, encounter_id=encounter_id, stage="primary", language=language,
                   arrival=service.clock.today(), officer=officer)

    @classmethod
    def open_secondary(cls, service: ScreeningService, sop: Sop, officer: Any, parent_id: str) -> ScreeningSession:
        parent = service.encounter(parent_id)
        encounter_id = service.start(officer_id=getattr(officer, "id", None), sop_id=sop.id,
                                     sop_version=sop.version, stage="secondary", parent_id=parent_id,
                                     language=parent.language)
        base = dict(parent.record or {})
        arrival = dt.date.fromisoformat(base["arrival_date"]) if base.get("arrival_date") else service.clock.today()
        return cls(service, sop, encounter_id=encounter_id, stage="secondary", language=parent.language,
                   arrival=arrival, officer=officer, base=base, parent_id=parent_id)

    @classmethod
    def resume(cls, service: ScreeningService, sop: Sop, officer: Any, draft: DraftSummary) -> ScreeningSession:
        """Continue an unfinished screening with every saved answer."""
        encounter = service.encounter(draft.encounter_id)
        base = None
        if encounter.parent_id:
            base = dict(service.encounter(encounter.parent_id).record or {})
        arrival = dt.date.fromisoformat(base["arrival_date"]) if base and base.get("arrival_date") else \
            encounter.started_at.date()
        run = resume(sop, draft.answers, draft.path, clock=service.clock)
        return cls(service, sop, encounter_id=draft.encounter_id, stage=draft.stage, language=draft.language or "en",
                   arrival=arrival, officer=officer, base=base, parent_id=encounter.parent_id, run=run)

    # ------------------------------------------------------------------------------------ answering

    @property
    def step(self) -> Any:
        return self.run.current_step

    def answer(self, field_id: str, value: Any) -> list[FieldError]:
        """One answer as tapped or typed (blank text is no answer); its errors."""
        if isinstance(value, str) and not value.strip():
            value = None
        return self.run.answer(field_id, value)

    def answer_many(self, values: Mapping[str, Any]) -> list[FieldError]:
        errors: list[FieldError] = []
        for field_id, value in values.items():
            errors.extend(self.answer(field_id, value))
        return errors

    def next(self) -> list[FieldError]:
        """Go on to the next step (the current step's errors when it cannot)."""
        return self.run.next()

    def back(self) -> bool:
        return self.run.back()

    def set_language(self, language: str) -> None:
        """The traveller's language (the draft remembers it)."""
        self.language = language

    @property
    def is_last_step(self) -> bool:
        progress = self.run.progress
        return self.run.current_step is not None and progress.step >= progress.total

    def prefill_from_base(self) -> None:
        """On a secondary screening, start the journey and identity questions of the current step from the
        primary record (the officer confirms or corrects them); clinical questions are asked afresh."""
        run, base, step = self.run, self.base, self.run.current_step
        if not base or step is None:
            return
        for _ in range(2):  # an answer can show further questions (conveyance type → flight number)
            for field_ in run.visible_fields(step):
                target = field_.binds or ""
                part, _, name = target.partition(".")
                if field_.id in run.raw_answers or field_.type == "document_scan":
                    continue
                if target == "itinerary":
                    value = base.get("itinerary")
                elif part in ("traveller", "conveyance") and name:
                    value = (base.get(part) or {}).get(name)
                else:
                    continue
                if value in (None, "", []) or (field_.type == "single_choice" and value not in field_.choice_codes):
                    continue
                run.answer(field_.id, value)

    # ------------------------------------------------------------------------------------ documents

    def scan_fields(self) -> list[Field]:
        """The scan questions on screen."""
        if self.run.current_step is None:
            return []
        return [f for f in self.run.visible_fields() if f.type == "document_scan"]

    def target_for(self, kind: str, field_id: str | None = None) -> Field | None:
        """The scan question on screen that takes a document of ``kind`` (``field_id`` first)."""
        fields = self.scan_fields()
        return next((f for f in fields if f.id == field_id and accepts(f, kind)), None) or \
            next((f for f in fields if accepts(f, kind)), None)

    def first_sighting(self, result: Any) -> bool:
        """False when the camera already read this very document for this traveller."""
        key = json.dumps(result.to_json(), sort_keys=True, default=str)
        if key in self.documents.seen:
            return False
        self.documents.seen.add(key)
        return True

    def apply_document(self, field_id: str, result: Any, summary: str) -> DocumentOutcome:
        """Fill the record from one parsed document (``kiosk.documents`` result) through scan question
        ``field_id``, without replacing what the officer typed; ``summary`` is the headline kept with it.

        A new scan replaces the previous one of the question and what it filled in. A document that fails
        its checks (or holds nothing this screening records) fills nothing.
        """
        from kiosk.documents.prefill import merge
        from kiosk.documents.usage import assess, usable_prefill

        run = self.run
        field_ = self.sop.field(field_id)
        self.documents.results.append(result)
        usable = assess(result).usable
        fill = usable_prefill(result)
        if not usable:
            return DocumentOutcome("not_usable")
        if fill.empty:
            return DocumentOutcome("empty")
        parts = DOCUMENT_PARTS if field_.binds == "document" else (field_.binds,)
        previous = run.raw_answers.get(field_id)
        run.answer(field_id, None)
        self._forget_filled(lambda bound: bound.partition(".")[0] in parts)
        record = run.to_record_data(self.arrival, self.base)
        merged = merge(record, fill)
        answer: dict[str, Any] = {"kind": result.kind, "summary": summary[:200]}
        kept: list[str] = []
        for part in parts:
            value = fill.data.get(part)
            if isinstance(value, dict):
                before = record.get(part) or {}
                answer[part] = {k: v for k, v in value.items() if before.get(k) in (None, "")}
                kept.extend(k for k, v in value.items() if before.get(k) not in (None, "", v))
            elif isinstance(value, list):
                answer[part] = [dose for dose in value if dose in merged.get(part, [])]
        errors = run.answer(field_id, answer)
        if errors:
            if previous is not None:
                run.answer(field_id, previous)
            return DocumentOutcome("refused", errors=tuple(errors))
        self._fill_bound_fields(merged, parts)
        return DocumentOutcome("applied", kept=tuple(kept), replaced_earlier=previous is not None)

    def clear_document(self, field_id: str) -> None:
        """The officer removes a scan (wrong document): its answer and what it filled in go."""
        self.run.answer(field_id, None)
        self._forget_filled(lambda bound: True)
        self.documents.seen.clear()

    def _forget_filled(self, bound_to: Callable[[str], bool]) -> None:
        """Clear the answers scans filled on this step that are still as filled."""
        run = self.run
        for field_id, value in list(self.documents.filled.items()):
            bound = run.sop.field(field_id).binds or ""
            if bound_to(bound) and run.raw_answers.get(field_id) == value and \
                    run.current_step.field(field_id) is not None:
                run.answer(field_id, None)
                del self.documents.filled[field_id]

    def _fill_bound_fields(self, merged: Mapping[str, Any], parts: Iterable[str]) -> None:
        """Put scanned values into the step's own questions bound to them (``traveller.surname``…)."""
        run = self.run
        for field_ in run.visible_fields():
            target = field_.binds or ""
            part, _, name = target.partition(".")
            if field_.type == "document_scan" or not name or part not in parts or part not in ("traveller", "conveyance"):
                continue
            value = (merged.get(part) or {}).get(name)
            raw = run.raw_answers.get(field_.id)
            if value in (None, "") or (raw is not None and raw != self.documents.filled.get(field_.id)):
                continue  # nothing scanned for it, or the officer's own answer
            if field_.type == "single_choice" and value not in field_.choice_codes:
                continue
            if not run.answer(field_.id, value):
                self.documents.filled[field_.id] = run.raw_answers.get(field_.id)

    # ------------------------------------------------------------------------------------ the record

    def record(self) -> tuple[dict[str, Any] | None, str]:
        """The screening record so far, or (None, why not) while it is not valid."""
        try:
            return self.run.to_record_data(self.arrival, self.base), ""
        except (InputError, ValueError) as error:
            return None, str(error)

    def _snapshot(self) -> tuple[dict[str, Any], list[Any], str]:
        return dict(self.run.raw_answers), list(self.run.path), self.language

    # ------------------------------------------------------------------------------------ jobs

    def save_job(self) -> Callable[[], Live]:
        """Save the draft, then evaluate the record so far (the live flags; ``on_flags_changed``)."""
        answers, path, language = self._snapshot()
        record, problem = self.record()

        def job() -> Live:
            self.service.save_progress(self.encounter_id, answers, path, language)
            live = self._evaluated(record, problem)
            key = json.dumps(live.evaluation.to_json()) if live.evaluation is not None else None
            if key != self._flags_key:
                self._flags_key = key
                for hook in list(self.on_flags_changed):
                    hook(self, live.evaluation)
            return live

        return job

    def evaluate_job(self) -> Callable[[], Live]:
        """Evaluate the record so far without saving (a resumed draft is already saved; no hooks)."""
        record, problem = self.record()
        return lambda: self._evaluated(record, problem)

    def _evaluated(self, record: dict[str, Any] | None, problem: str) -> Live:
        if record is None:
            return Live(None, problem)
        try:
            return Live(self.service.evaluate(record))
        except InputError as error:
            return Live(None, str(error))

    def took(self, live: Live) -> None:
        """Keep a job's evaluation as the live one (the window calls it on its own thread)."""
        self.live = live

    def save(self) -> Live:
        live = self.save_job()()
        self.took(live)
        return live

    # ------------------------------------------------------------------------------------ deciding

    def set_aside(self, disposition: str, evaluation: Any = None) -> list[SetAside]:
        """The flags that ``disposition`` would set aside: those recommending something more protective."""
        evaluation = evaluation if evaluation is not None else self.live.evaluation
        if evaluation is None or disposition is None:
            return []
        try:
            chosen = disposition_rank(disposition)
        except ValueError:
            return []
        lead = leading_flag(evaluation)
        flags = sorted(evaluation.flags, key=lambda f: f is not lead)
        return [SetAside(f.protocol, f.disposition) for f in flags if disposition_rank(f.disposition) > chosen]

    def check_decision(self, disposition: str | None, reason: str, *, confirmed: bool,
                       evaluation: Any = None) -> None:
        """Refuse what the window refuses: an unknown disposition, a change without a reason, a less
        protective disposition without the officer's confirmation of what it sets aside."""
        from kiosk.protocols import DISPOSITIONS

        evaluation = evaluation if evaluation is not None else self.live.evaluation
        if disposition is None:
            return
        if disposition not in DISPOSITIONS:
            raise InputError("disposition", f"{disposition!r} is not one of {', '.join(DISPOSITIONS)}")
        recommended = evaluation.disposition if evaluation is not None else None
        if disposition != recommended and len(reason.strip()) < MIN_REASON:
            raise InputError("override_reason", f"is required to change the recommendation {recommended} to "
                                                f"{disposition}")
        if self.set_aside(disposition, evaluation) and not confirmed:
            raise InputError("decision", f"{disposition} sets aside {describe(self.set_aside(disposition, evaluation))}"
                                         ": the officer must confirm it")

    def complete_job(self, disposition: str | None, reason: str = "", *,
                     confirmed: bool = False) -> Callable[[], Completed]:
        """Record the officer's decision (None: the recommendation) with its outputs.

        Choosing something less protective than a flag asks for ``confirmed`` (the officer saw what is set
        aside, e.g. "EVD: isolate"); the confirmation is audited with the reason.
        """
        answers, path, language = self._snapshot()
        record, problem = self.record()
        if record is None:
            raise InputError("record", problem or "is not complete")
        officer_id = getattr(self.officer, "id", None) or ""

        def job() -> Completed:
            evaluation = self.service.evaluate(record)
            self.check_decision(disposition, reason, confirmed=confirmed, evaluation=evaluation)
            aside = self.set_aside(disposition, evaluation) if disposition else []
            completed = self.service.complete(self.encounter_id, record, Decision(
                officer_id, disposition, reason, tuple(item.to_json() for item in aside), self.follow_up_contact),
                progress=(answers, path, language))
            self.completed = completed
            for hook in list(self.on_completed):
                hook(self, completed)
            return completed

        return job

    def complete(self, disposition: str | None = None, reason: str = "", *, confirmed: bool = False) -> Completed:
        return self.complete_job(disposition, reason, confirmed=confirmed)()

    def refer_job(self) -> Callable[[], None]:
        """Primary screening found something: queue the traveller for the health officer."""
        answers, path, language = self._snapshot()
        record, problem = self.record()
        if record is None:
            raise InputError("record", problem or "is not complete")
        officer_id = getattr(self.officer, "id", None)

        def job() -> None:
            self.service.save_progress(self.encounter_id, answers, path, language)
            self.service.refer_to_secondary(self.encounter_id, record, officer_id)
            for hook in list(self.on_referred):
                hook(self)

        return job

    def refer(self) -> None:
        self.refer_job()()

    @property
    def fast_clear(self) -> bool:
        """The last question answered and nothing found: the screener clears the traveller in one tap."""
        evaluation = self.live.evaluation
        officer = self.officer
        return bool(self.is_last_step and self.run.can_advance() and evaluation is not None
                    and evaluation.disposition == "clear" and not evaluation.flags and self.stage == "primary"
                    and officer is not None and officer.can("screen")
                    and not self.run.answers.get("officer_concern"))

    def reaches_isolate(self, evaluation: Any = None) -> bool:
        """The live flags ask for isolation (the early notice's trigger)."""
        evaluation = evaluation if evaluation is not None else self.live.evaluation
        return evaluation is not None and evaluation.disposition == "isolate"


def describe(items: Iterable[SetAside], names: Callable[[str], str] | None = None,
             dispositions: Callable[[str], str] | None = None) -> str:
    """"EVD: isolate; CHOLERA: isolate" (``names``/``dispositions`` translate codes for the officer)."""
    return "; ".join(f"{(names or str)(item.protocol)}: {(dispositions or str)(item.disposition)}" for item in items)


def accepts(field_: Field, kind: str) -> bool:
    """Whether a scan question takes a document of ``kind`` (WHO ICVP is a DDCC in HCERT form)."""
    return kind in field_.accepts or (kind == "icvp" and "ddcc" in field_.accepts)


