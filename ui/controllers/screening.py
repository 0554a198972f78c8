"""Screening controller: shows one traveller's ``kiosk.session.ScreeningSession`` page by page and
forwards the officer's taps to it; the session owns the SOP run, the record, scans, draft saves, the
live evaluation and the decision.

Every traveller gets a session and pages of their own (built ahead while the kiosk waits), so nothing
shown for one traveller reaches the next: not a language, a date, a chip, a scan or a message.
All database work goes through ``ui.tasks``: the session's jobs snapshot it on the GUI thread and run on
the worker.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from kiosk import languages
from kiosk.auth import OfficerInfo, may
from kiosk.country_names import country_names
from kiosk.errors import KioskError
from kiosk.services import PRIMARY_SOP, SECONDARY_SOP, Services
from kiosk.session import Live, ScreeningSession, describe
from kiosk.sop import Field, localise
from ui import dialogs, keyboard
from ui.answers import error_text, refused_answers, typed_value
from ui.controllers.scanning import ScanController, vaccine_name
from ui.tasks import Tasks
from ui.views.countries import CountryPicker
from ui.views.datepad import DatePad
from ui.views.screening import DecisionView, FieldBox, FlagCard, FormPage, ScanBox, ScreeningView
from ui.views.widgets import Chips, NumberEntry, YesNo, button, label, size_key

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


def status_name(code: str) -> str:
    """A flag's status in words for the officer."""
    names = {
        "suspected": tr("Suspected case"), "at_risk": tr("At risk (travel)"), "contact": tr("Contact of a case"),
        "no_valid_certificate": tr("No valid certificate"), "unexplained_fever": tr("Fever without a known cause"),
    }
    return names.get(code, code.replace("_", " "))


def risk_name(code: str) -> str:
    """A flag's exposure risk in words ("High risk")."""
    names = {"high": tr("High risk"), "some": tr("Some risk"), "low": tr("Low risk"), "none": tr("No known risk"),
             "unknown": tr("Risk not known")}
    return names.get(code, code.replace("_", " "))


def severity_name(code: str) -> str:
    """A CAP severity in words for the officer."""
    names = {"Extreme": tr("Extreme"), "Severe": tr("Severe"), "Moderate": tr("Moderate"), "Minor": tr("Minor"),
             "Unknown": tr("Severity unknown")}
    return names.get(code, code)


def disposition_name(code: str) -> str:
    names = {
        "clear": tr("Clear"), "advise": tr("Advise"), "monitor": tr("Monitor"),
        "vaccinate": tr("Vaccinate"), "refer": tr("Refer"), "isolate": tr("Isolate"),
    }
    return names.get(code, code)


class ScreeningController(QObject):
    finished = Signal(str)
    """A screening ended (completed or sent to secondary); the text is for the home screen."""
    left = Signal()
    """The officer left the screening without finishing it (the draft stays)."""
    completed = Signal(object)
    """An encounter was completed: carries ``kiosk.screening.Completed`` (referral id, alert id...)."""
    show_decision = Signal()
    show_form = Signal()
    page_changed = Signal()
    """What the page shows changed: a new page, another traveller language, questions that appeared or went
    (the spoken questions read what is new)."""

    def __init__(self, view: ScreeningView, decision: DecisionView, services: Services, tasks: Tasks,
                 officer_language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.decision = decision
        self.services = services
        self.tasks = tasks
        # the fast lane is offered only once nothing is pending on the worker (_update_next): look again
        # when the worker drains (another part of the window, the exercise watcher, may still be reading)
        tasks.idle.connect(self._update_next)
        self.officer_language = officer_language
        self.officer: OfficerInfo | None = None
        self.current: ScreeningSession | None = None
        """The traveller being screened (None between travellers)."""
        self.evaluation: Any = None
        self.evaluation_error: str = ""
        self.earlier: list[Any] = []
        """Earlier screenings of this traveller's document at this kiosk (``kiosk.repeats.Repeat``)."""
        self.boxes: dict[str, FieldBox] = {}
        self._pages: dict[tuple[str, str, str], tuple[FormPage, dict[str, FieldBox]]] = {}
        """This traveller's pages (none of them ever shown to another traveller)."""
        self._spare: dict[tuple[str, str, str], tuple[FormPage, dict[str, FieldBox]]] = {}
        """Pages built ahead for the next traveller (:meth:`prepare`)."""
        self._sequence = 0
        self._preparing = 0
        self._fast_clear = False
        self._busy = False
        self._countries: dict[str, str] | None = None
        from kiosk.live_checks import LiveChecks

        self.checks = LiveChecks(services.screening, services.repeats)
        """The early notice of a suspected case and the repeat-encounter check (``kiosk.live_checks``)."""
        self.scanning = ScanController(self, view, services, tasks, self)
        """Camera, desk scanner and image files: fills the scan questions and the fields bound to them."""
        view.next.clicked.connect(self._next)
        view.back.clicked.connect(self._back)
        view.cancel.clicked.connect(self._cancel)
        for code, widget in view.language_buttons.items():
            widget.clicked.connect(lambda _=False, c=code: self.set_language(c))
        decision.confirm.clicked.connect(self._confirm)
        decision.override.clicked.connect(self._override)
        decision.to_secondary.clicked.connect(self._to_secondary)
        decision.back.clicked.connect(self._back_to_form)

    # ------------------------------------------------------------------------------------ starting

    def start_primary(self, officer: OfficerInfo) -> None:
        self.officer = officer
        sop, service = self.services.sop(PRIMARY_SOP), self.services.screening
        language = self.services.languages[0]
        self.tasks.run(lambda: ScreeningSession.open_primary(service, sop, officer, language), self._begin)

    def start_secondary(self, officer: OfficerInfo, parent_id: str) -> None:
        self.officer = officer
        sop, service = self.services.sop(SECONDARY_SOP), self.services.screening
        self.tasks.run(lambda: ScreeningSession.open_secondary(service, sop, officer, parent_id), self._begin)

    def resume_draft(self, officer: OfficerInfo, draft: Any) -> None:
        """Continue an unfinished screening with every saved answer (``draft``: a DraftSummary)."""
        self.officer = officer
        sop, service = self.services.sop(draft.sop_id), self.services.screening
        self.tasks.run(lambda: ScreeningSession.resume(service, sop, officer, draft),
                       lambda session: self._begin(session, save=False))

    def _begin(self, session: ScreeningSession, save: bool = True) -> None:
        self.current = session
        self.evaluation, self.evaluation_error = None, ""
        self.earlier = []
        self._show_repeats(self.view.flags.repeat_note, [])
        self._show_repeats(self.decision.repeat_note, [])
        self._fresh_pages()
        self.scanning.begin()
        self._set_language_buttons()
        self.view.sop_title.setText(session.sop.text(self.officer_language))
        self.view.set_base_summary(self._base_summary(session.base) if session.base else "")
        self.view.flags.shown_key = None
        self.decision.reset()
        self._render_step()
        self.show_form.emit()
        if save:
            self._save()
        else:
            self._evaluate_only()

    def _fresh_pages(self) -> None:
        """This traveller's pages: those built ahead, never shown to anyone; the last traveller's go.
        The next traveller's pages are built at once, a question per turn while this one is screened:
        built only when this one ended, the next traveller's first pages were still missing when they
        came at once, and were built in one long block at their first Next."""
        for page, _ in self._pages.values():
            self.view.retire_page(page)
        self._pages, self._spare = self._spare, {}
        self.boxes = {}
        for sop in self.services.sops.values():
            self.prepare(sop)

    def end(self) -> None:
        """The traveller is done (completed, sent on, left, or the officer signed out): drop the session
        (the next traveller's pages are being built since this one began: :meth:`_fresh_pages`)."""
        self.current = None
        self.stop_scanning()

    # ------------------------------------------------------------------------------------ rendering

    def _render_step(self) -> None:
        run = self.current.run
        step = run.current_step
        if step is None:
            return
        page, self.boxes = self._page(run.sop, step)
        self.current.prefill_from_base()
        for field in step.fields:
            box = self.boxes[field.id]
            box.set_error("")
            self._load_value(field, box.editor, run.raw_answers.get(field.id))
        self._apply_texts(page)
        self._refresh_visibility()
        self._show_situation()
        self.view.show_page(page)
        progress = run.progress
        self.view.progress.setMaximum(max(progress.total, 1))
        self.view.progress.setValue(progress.step)
        self.view.back.setEnabled(len(run.path) > 1)
        self.view.message.clear()
        self._update_next()
        self.scanning.update_sources()

    def _page(self, sop: Any, step: Any) -> tuple[FormPage, dict[str, FieldBox]]:
        """The step's page for this traveller: built ahead (:meth:`prepare`), else now."""
        key = (sop.id, sop.version, step.id)
        if key not in self._pages:
            page = FormPage([])
            self.view.add_page(page)
            self._pages[key] = (page, {})
        page, boxes = self._pages[key]
        for field in step.fields:
            if field.id not in boxes:
                self._build_box(self._pages, key, field)
        return page, boxes

    def _build_box(self, pages: dict[tuple[str, str, str], tuple[FormPage, dict[str, FieldBox]]],
                   key: tuple[str, str, str], field: Field) -> None:
        page, boxes = pages[key]
        box = FieldBox(field.id, self._editor(field))
        box.set_texts(field.text(self.officer_language), "")  # its words before any traveller: controls described
        boxes[field.id] = box
        page.add(box, _is_wide(field))

    def prepare(self, sop: Any) -> None:
        """Build the next traveller's pages of ``sop`` ahead of time, one question per event-loop turn
        (never a long block). Timers are the controller's: they die with the window."""
        pending = [(step, field) for step in sop.steps for field in step.fields]
        self._preparing += 1
        spare = self._spare

        def build_next() -> None:
            while pending and spare is self._spare:  # else a traveller took them (and builds what is missing)
                step, field = pending.pop(0)
                key = (sop.id, sop.version, step.id)
                if key not in spare:
                    page = FormPage([])
                    self.view.add_page(page)
                    spare[key] = (page, {})
                if field.id not in spare[key][1]:
                    self._build_box(spare, key, field)
                    box = spare[key][1][field.id]
                    # style it now, not when first shown; in a turn of its own (the number pad takes
                    # ~30 ms to make and as long again to polish)
                    QTimer.singleShot(1, self, lambda b=box: (b.ensurePolished(), QTimer.singleShot(1, self, build_next)))
                    return
            self._preparing -= 1
            if spare is self._spare:
                QTimer.singleShot(1, self, lambda: self._warm_pages(
                    [page for key, (page, _) in spare.items() if key[:2] == (sop.id, sop.version)]))
            elif self._preparing == 0:
                self.scanning.preload()

        QTimer.singleShot(0, self, build_next)

    def _warm_pages(self, pages: list[FormPage]) -> None:
        """Paint each built page once, off screen, one page per event-loop turn: the first paint of a
        page (glyphs rasterised, wrapped texts laid out, style pixmaps cached) is what made a page's
        first showing block the GUI thread, and it now happens while the sign-in screen waits."""
        self._preparing += 1
        spare = self._spare

        def paint_next() -> None:
            if not pages or spare is not self._spare:  # taken by a traveller: no more painting off screen
                self._preparing -= 1
                if self._preparing == 0:
                    self.scanning.preload()
                return
            page = pages.pop(0)
            width = max(self.view.scroll.viewport().width(), 600)
            page.resize(width, max(page.heightForWidth(width), page.sizeHint().height()))
            page.grab()
            QTimer.singleShot(1, self, paint_next)

        QTimer.singleShot(1, self, paint_next)

    @property
    def prepared(self) -> bool:
        """Every page :meth:`prepare` was asked for is built."""
        return self._preparing == 0

    def _traveller_facing(self, field: Field | None = None) -> bool:
        """Whether the traveller reads the page shown, or ``field`` on it (a question the officer puts to
        the traveller on an officer page: ``audience: traveller`` in the SOP)."""
        step = self.current.run.current_step
        if field is not None and field.audience is not None:
            return field.audience != "officer"
        return step is not None and step.audience != "officer"

    def _apply_texts(self, page: QWidget | None = None) -> None:
        """Question texts: the traveller's language on traveller pages, the officer's on officer pages,
        with the other language underneath when they differ; the page's layout direction follows."""
        screening = self.current
        step = screening.run.current_step
        traveller = screening.language
        officer = self.officer_language
        primary, secondary = (traveller, officer) if self._traveller_facing() else (officer, traveller)
        rtl = languages.is_rtl(primary)
        (page or self.view.form).setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else
                                                    Qt.LayoutDirection.LeftToRight)
        self.view.step_title.setText(step.text(primary))
        intro = localise(step.intro, primary) if step.intro else ""
        self.view.step_intro.setText(intro)
        self.view.step_intro.setVisible(bool(intro))
        for field in step.fields:
            box = self.boxes[field.id]
            primary, secondary = (traveller, officer) if self._traveller_facing(field) else (officer, traveller)
            box.setLayoutDirection(Qt.LayoutDirection.RightToLeft if languages.is_rtl(primary) else
                                   Qt.LayoutDirection.LeftToRight)
            hint = localise(field.hint, primary) if field.hint else ""
            question = field.text(primary)
            # the other language only under a question the traveller answers (the officer checks it); an
            # officer-only question (the temperature) needs no translation: the traveller never reads it
            other = field.text(secondary) if secondary != primary and self._traveller_facing(field) else ""
            box.set_texts(question, hint, other)
            box.setToolTip(other)
            self._translate_editor(field, box.editor, primary, officer if self._traveller_facing(field) else primary)
        self.page_changed.emit()

    def _show_situation(self) -> None:
        """The situation lists the visible questions refer to, once each, in the side panel."""
        contexts = []
        for field in self.current.run.visible_fields():
            if field.context and field.context not in contexts:
                contexts.append(field.context)
        if "situation_countries" in contexts or {"affected_areas", "certificate_countries"} <= set(contexts):
            contexts = ["situation_countries"]
        self.view.flags.set_situation("\n".join(self._context_text(c) for c in contexts))

    def _error_text(self, field: Field, typed: Any, error: Any, today: dt.date) -> str:
        """What is wrong with an answer: on a traveller page in the traveller's language, with the
        officer's words beneath when the languages differ."""
        officer = error_text(field, typed, error, today)
        traveller = self.current.language if self.current is not None else self.officer_language
        if not self._traveller_facing(field) or traveller == self.officer_language:
            return officer
        theirs = error_text(field, typed, error, today, traveller)
        return theirs if theirs == officer else f"{theirs}\n{officer}"

    def _translate_editor(self, field: Field, editor: QWidget, language: str, gloss: str) -> None:
        """Answers in ``language``; the ``gloss`` language small beneath each when it differs (the officer's
        on traveller pages); the date pad's words in the traveller's language on traveller pages."""
        glossed = gloss != language
        if isinstance(editor, YesNo):
            editor.set_texts(*_yes_no_words(language), _yes_no_words(gloss) if glossed else ("", ""))
        elif isinstance(editor, Chips):
            none = localise(field.none_label, language) if field.none_label else None
            none_gloss = localise(field.none_label, gloss) if field.none_label and glossed else None
            glosses = {c.code: c.text(gloss) for c in field.choices} if glossed else None
            editor.set_texts({c.code: c.text(language) for c in field.choices}, none, glosses, none_gloss)
        elif isinstance(editor, DatePad | CountryPicker) and language != self.officer_language:
            editor.set_texts(_date_words(language))
        elif isinstance(editor, DatePad | CountryPicker):
            editor.set_texts(self._date_texts())

    def set_language(self, language: str) -> None:
        """Switch the traveller's language (the draft remembers it)."""
        if self.current is None:
            return
        self.current.set_language(language)
        self._set_language_buttons()
        self._apply_texts()
        self._save()

    def _set_language_buttons(self) -> None:
        for code, widget in self.view.language_buttons.items():
            widget.setChecked(code == self.current.language)

    def _date_texts(self) -> dict[str, str]:
        return {"today": tr("Today"), "clear": tr("Clear date"), "search": tr("Search country"),
                "left": tr("Day the traveller left"), "add": tr("Add country"), "none": tr("No countries added")}

    def _editor(self, field: Field) -> QWidget:
        today = self.services.clock.today
        texts = self._date_texts()
        if field.type == "yes_no":
            editor: QWidget = YesNo(*_yes_no_words("en"))
        elif field.type in ("single_choice", "multi_choice"):
            none = localise(field.none_label, "en") if field.none_label else None
            editor = Chips([(c.code, c.text("en")) for c in field.choices], multi=field.type == "multi_choice",
                           none_text=none)
        elif field.type == "number":
            editor = NumberEntry(field.unit, field.alt_unit.unit if field.alt_unit else None,
                                 columns=6 if field.unit == "°C" else 3)
            if field.unit == "°C":
                self._add_quick_prefixes(editor)
        elif field.type == "date":
            editor = DatePad(today, texts)
        elif field.type == "country_list":
            editor = CountryPicker(country_names(self.officer_language), today, texts)
        elif field.type == "text":
            editor = QLineEdit()
            editor.setObjectName(f"text_{field.id}")
            editor.setMaxLength(field.max_length)
            keyboard.hint_for_binding(editor, field.binds)
            editor.editingFinished.connect(lambda f=field.id, e=editor: self._answered(f, e.text()))
            return editor
        else:  # document_scan
            return self.scanning.editor(field)
        editor.changed.connect(lambda value, f=field.id: self._answered(f, value))
        return editor

    def _add_quick_prefixes(self, editor: NumberEntry) -> None:
        """Whole-degree keys ("36.") beside the digits, so a reading is two taps: the prefix, the tenth."""
        holder = QWidget()
        holder.setObjectName("quick_prefixes")
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(editor.pad.layout().spacing())
        size = editor.key_size
        for index, whole in enumerate((35, 36, 37, 38, 39, 40)):
            key = button(f"{whole}.", name=f"prefix_{whole}")
            key.setMinimumSize(size, size)
            size_key(key, size, True)
            key.clicked.connect(lambda _=False, w=whole, e=editor: _set_prefix(e, w))
            grid.addWidget(key, index // 3, index % 3)
        editor.add_beside_pad(holder)

    def _load_value(self, field: Field, editor: QWidget, value: Any) -> None:
        """Show ``value`` (None clears: pages are reused from one traveller to the next)."""
        if isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        elif isinstance(editor, NumberEntry):
            editor.set_value(value, field.unit)
            note = self.current.run.notes.get(field.id, "") if self.current else ""
            editor.note.setText(note)
            editor.note.setVisible(bool(note))
        elif isinstance(editor, ScanBox):
            self.scanning.load(field.id, editor, value)
        elif hasattr(editor, "set_value"):
            editor.set_value(value)

    def _refresh_visibility(self) -> None:
        visible = {f.id for f in self.current.run.visible_fields()}
        for field_id, box in self.boxes.items():
            box.setVisible(field_id in visible)
        self.page_changed.emit()

    # ------------------------------------------------------------------------------------ for scanning

    def show_answers(self, skip: str | None = None) -> None:
        """A scan changed answers: show the run's answers again in the page's editors (all but ``skip``)."""
        run = self.current.run
        for field in run.current_step.fields:
            if field.id != skip and field.id in self.boxes:
                self._load_value(field, self.boxes[field.id].editor, run.raw_answers.get(field.id))

    def answers_changed(self) -> None:
        """A scan recorded answers on the run: show or hide the questions they lead to, save the draft."""
        self._refresh_visibility()
        self._save()

    def stop_scanning(self) -> None:
        """Stop the camera and the frame worker (call when the window shuts down)."""
        self.scanning.stop_scanning()

    # ------------------------------------------------------------------------------------ answering

    def _answered(self, field_id: str, value: Any) -> None:
        if self.current is None or field_id not in self.boxes:
            return
        session = self.current
        errors = session.answer(field_id, value)
        box = self.boxes[field_id]
        note = session.run.notes.get(field_id, "")
        if isinstance(box.editor, NumberEntry):
            box.editor.note.setText(note)
            box.editor.note.setVisible(bool(note))
            box.set_error("")  # a reading being typed is not an error until the officer moves on
        else:
            today = self.services.clock.today()
            box.set_error("; ".join(self._error_text(session.run.sop.field(field_id), value, e, today) for e in errors
                                    if e.key != "required"))
        self._refresh_visibility()
        self.scanning.update_sources()
        self._save()

    def _save(self) -> None:
        """Save the draft, then evaluate the record so far (one worker job, in order)."""
        self._sequence += 1
        sequence = self._sequence
        job = self._checked(self.current.save_job())
        self._fast_clear = False
        self._update_next()
        # after the answer is painted: the worker's Python work must not compete with the paint
        self.tasks.run(job, lambda result: self._evaluated(sequence, result), after_paint=True)

    def _evaluate_only(self) -> None:
        self._sequence += 1
        sequence = self._sequence
        self.tasks.run(self._checked(self.current.evaluate_job()), lambda result: self._evaluated(sequence, result))

    def _checked(self, job: Callable[[], Live]) -> Callable[[], tuple[Live, list[Any]]]:
        """``job`` followed on the worker by the early notice and the repeat check (``LiveChecks``), with the
        record as it is now (taken here, on the GUI thread)."""
        checks, encounter_id = self.checks, self.current.encounter_id
        record, _ = self.current.record()

        def checked() -> tuple[Live, list[Any]]:
            live = job()
            return live, checks.after_evaluation(encounter_id, record, live.evaluation)

        return checked

    def _evaluated(self, sequence: int, result: tuple[Live, list[Any]]) -> None:
        if sequence != self._sequence or self.current is None:
            return  # a newer answer is already on its way
        live, self.earlier = result
        self.current.took(live)
        self.evaluation, self.evaluation_error = live.evaluation, live.problem
        self._show_flags()
        self._show_repeats(self.view.flags.repeat_note, self.earlier)
        self._update_next()

    def _show_flags(self) -> None:
        panel = self.view.flags
        evaluation = self.evaluation
        key = (self.officer_language, evaluation.to_json() if evaluation is not None else self.evaluation_error,
               bool(self.current.run.raw_answers))
        if key == panel.shown_key:
            return
        panel.shown_key = key
        panel.clear_cards()
        if evaluation is None or not self.current.run.raw_answers:  # nothing answered: nothing recommended
            panel.banner.show_disposition(None, tr("Not enough answers yet"))
            panel.status.setText(self.evaluation_error if evaluation is None else "")
            return
        panel.banner.show_disposition(evaluation.disposition,
                                      tr("Recommended so far: %1").replace("%1", disposition_name(evaluation.disposition)))
        panel.status.setText(tr("No flags") if not evaluation.flags else "")
        for widget in self._flag_cards(evaluation):
            panel.add_card(widget)

    def _flag_cards(self, evaluation: Any) -> list[QWidget]:
        cards = []
        for flag in evaluation.flags:
            title = f"{self._protocol_name(flag.protocol)} — {disposition_name(flag.disposition)}"
            reasons = flag.reasons_in(self.officer_language)
            cards.append(FlagCard(title, flag.disposition, self.flag_detail(flag), reasons))
        return cards

    def flag_detail(self, flag: Any) -> str:
        """Status, risk and follow-up in the officer's words: "Suspected case · High risk · Follow up until …"."""
        parts = [status_name(flag.status)]
        if flag.risk and flag.risk != "unknown":
            parts.append(risk_name(flag.risk))
        if flag.follow_up_until:
            parts.append(tr("Follow up until %1").replace("%1", self.date_text(flag.follow_up_until)))
        return " · ".join(parts)

    def date_text(self, day: dt.date) -> str:
        """A date as the officer reads it ("11 Dec 2026", "11 déc. 2026")."""
        return QLocale(self.officer_language).toString(QDate(day.year, day.month, day.day), "d MMM yyyy")

    def _protocol_name(self, code: str) -> str:
        try:
            return localise(self.services.screening.rules.catalog.protocol(code).name, self.officer_language)
        except (KeyError, AttributeError, KioskError):
            return code

    # ------------------------------------------------------------------------------------ context

    def _context_text(self, context: str) -> str:
        """The situation's lists a question refers to (``Field.context``), in plain lines."""
        try:
            situation = self.services.screening.rules.situation
            catalog = self.services.screening.rules.catalog
        except AttributeError:
            return ""
        names = self._country_names()
        today = self.services.clock.today()
        lines = []
        if context in ("situation_countries", "affected_areas"):
            for protocol in catalog.protocols:
                areas = situation.affected_areas(protocol.code, today, protocol.affected_days_after_last_case)
                if areas:
                    lines.append(tr("%1: %2").replace("%1", localise(protocol.name, self.officer_language))
                                 .replace("%2", ", ".join(names.get(c, c) for c in areas)))
            if lines:
                lines.insert(0, tr("Affected areas"))
        if context in ("situation_countries", "certificate_countries"):
            certificates = []
            for vaccine, rule in sorted(situation.certificates.items()):
                certificates.append(tr("%1 certificate: %2").replace("%1", vaccine_name(vaccine)).replace(
                    "%2", ", ".join(names.get(c, c) for c in sorted(rule.required_from))))
            if certificates:
                lines.append(tr("Certificate needed when coming from"))
                lines.extend(certificates)
        return "\n".join(lines)

    def _country_names(self) -> dict[str, str]:
        if self._countries is None:
            self._countries = country_names(self.officer_language)
        return self._countries

    def _base_summary(self, base: dict[str, Any]) -> str:
        """The primary screening's record in one line, shown above every secondary page."""
        names = self._country_names()
        parts = []
        if base.get("temperature_c") is not None:
            parts.append(f"{base['temperature_c']} °C")
        if base.get("symptoms"):
            parts.append(", ".join(str(code).replace("_", " ") for code in base["symptoms"]))
        stays = [f"{names.get(s.get('country'), s.get('country'))} ({s.get('left')})" for s in base.get("itinerary", [])]
        if stays:
            parts.append(tr("was in %1").replace("%1", ", ".join(stays)))
        if base.get("exposures"):
            parts.append(", ".join(str(code).replace("_", " ") for code in base["exposures"]))
        traveller = base.get("traveller") or {}
        name = " ".join(str(traveller.get(k, "")) for k in ("given_names", "surname")).strip()
        if name:
            parts.append(name)
        return tr("Primary screening: %1").replace("%1", " · ".join(parts) or tr("no answers"))

    # ------------------------------------------------------------------------------------ moving

    def _is_last_step(self) -> bool:
        return self.current.is_last_step

    def _update_next(self) -> None:
        if self.current is None:
            return
        fresh = self.tasks.pending == 0 and self.evaluation is not None
        self._fast_clear = fresh and self.current.fast_clear and not self.earlier  # no fast lane past a repeat
        if self._fast_clear:
            self.view.next.setText(tr("Clear traveller ✓"))
        elif self._is_last_step():
            self.view.next.setText(tr("Finish"))
        else:
            self.view.next.setText(tr("Next"))

    def _next(self) -> None:
        if self.current is None or self._busy:
            return
        if self._fast_clear:
            self._complete(None, "")
            return
        run = self.current.run
        errors = refused_answers(run, self.boxes, self.services.clock.today()) or self.current.next()
        if errors:
            for error in errors:
                box = self.boxes.get(error.field.split("[")[0].split(".")[0])
                if box is not None:  # what is wrong ("9 °F is not a body temperature")
                    box.set_error(self._error_text(run.sop.field(box.field_id), typed_value(box.editor), error,
                                                   self.services.clock.today()))
            missing = all(error.key == "required" for error in errors)
            self.view.message.setText(tr("Some answers are missing.") if missing else tr("Some answers need correcting."))
            return
        self._save()
        if run.is_finished:
            self._open_decision()
        else:
            self._render_step()

    def _back(self) -> None:
        if self.current is not None and self.current.back():
            self._render_step()
            self._save()

    def _cancel(self) -> None:
        if dialogs.confirm(self.view, tr("Leave this screening?"),
                           tr("The answers are kept: the screening can be resumed from the home screen."),
                           tr("Leave"), tr("Stay")):
            self.end()
            self.left.emit()

    # ------------------------------------------------------------------------------------ deciding

    def _open_decision(self) -> None:
        self.stop_scanning()
        self.decision.reset()  # nothing chosen: the officer picks every time

        job, checks, encounter_id = self.current.evaluate_job(), self.checks, self.current.encounter_id
        record, _ = self.current.record()

        def op() -> tuple[Live, list[Any]]:
            return job(), checks.earlier(encounter_id, record)

        def shown(result: tuple[Live, list[Any]]) -> None:
            live, earlier = result
            self.current.took(live)
            self.evaluation = live.evaluation
            self._fill_decision(live.evaluation, live.problem)
            self._show_repeats(self.decision.repeat_note, earlier)
            self.show_decision.emit()

        self.tasks.run(op, shown)

    def _show_repeats(self, note: QLabel, earlier: list[Any]) -> None:
        """The same document screened here before (``kiosk.repeats.Repeat``): its decision and time."""
        now = self.services.clock.now()
        lines = [self.repeat_text(repeat, now) for repeat in earlier]
        note.setText("\n".join(lines))
        note.setVisible(bool(lines))

    def repeat_text(self, repeat: Any, now: dt.datetime) -> str:
        """"This document was screened at this kiosk 9 min ago (09:30): Isolate — Ebola virus disease"."""
        minutes = repeat.minutes_ago(now)
        if minutes < 120:
            ago = tr("%1 min ago").replace("%1", str(minutes))
        elif minutes < 48 * 60:
            ago = tr("%1 h ago").replace("%1", str(minutes // 60))
        else:
            ago = tr("%1 d ago").replace("%1", str(minutes // (24 * 60)))
        local = repeat.completed_at.astimezone()
        when = local.strftime("%H:%M") if local.date() == now.astimezone().date() else \
            f"{self.date_text(local.date())} {local:%H:%M}"
        decision = disposition_name(repeat.disposition)
        if repeat.protocol:
            decision = f"{decision} — {self._protocol_name(repeat.protocol)}"
        return tr("This document was screened at this kiosk %1 (%2): %3").replace("%1", ago).replace(
            "%2", when).replace("%3", decision)

    def queue_text(self, item: Any, now: dt.datetime) -> str:
        """A secondary-queue row: "Ebola virus disease · Severe · Isolate — waiting 17 min (since 09:13)"."""
        parts = [self._protocol_name(item.protocol)] if item.protocol else []
        if item.severity:
            parts.append(severity_name(item.severity))
        if item.recommended:
            parts.append(disposition_name(item.recommended))
        minutes = max(0, int((now - item.updated_at).total_seconds() // 60))
        since = item.updated_at.astimezone().strftime("%H:%M")
        return tr("%1 — waiting %2 min (since %3)").replace("%1", " · ".join(parts) or item.encounter_id[:8].upper()) \
            .replace("%2", str(minutes)).replace("%3", since)

    def _fill_decision(self, evaluation: Any, problem: str) -> None:
        view = self.decision
        officer = self.officer
        if evaluation is None:
            view.banner.show_disposition(None, problem or tr("The record is incomplete."))
            view.confirm.setEnabled(False)
            view.set_flag_cards([])
            return
        recommended = evaluation.disposition
        view.banner.show_disposition(recommended, tr("Recommended: %1").replace("%1", disposition_name(recommended)))
        cards = self._flag_cards(evaluation) or [label(tr("No protocol raised a flag."), "subtitle")]
        view.set_flag_cards(cards)
        mode = self.services.screening.context.mode
        can_decide = may(officer, "decide", mode)
        concern = bool(self.current.run.answers.get("officer_concern"))
        clear_ok = recommended == "clear" and not concern
        view.confirm.setEnabled(True)
        view.confirm.setVisible(can_decide or clear_ok)
        view.confirm.setText(tr("Confirm: %1").replace("%1", disposition_name(recommended)) if can_decide
                             else tr("Clear traveller ✓"))
        view.override_box.setVisible(may(officer, "override", mode))
        view.follow_up.setVisible(can_decide and mode == "actual")  # kiosk.follow_up: real screenings only
        for code, widget in view.choices.items():
            widget.setText(disposition_name(code))
            widget.setEnabled(code != recommended)
        view.to_secondary.setVisible(not can_decide and self.current.stage == "primary")
        view.role_note.setText("" if can_decide or clear_ok else
                               tr("A health officer decides on this traveller: send them to secondary screening."))

    def _confirm(self) -> None:
        self._complete(None, "")

    def _override(self) -> None:
        view = self.decision
        chosen = next((code for code, widget in view.choices.items() if widget.isChecked()), None)
        reason = view.reason.text().strip()
        if chosen is None:
            view.message.setText(tr("Choose the disposition first."))
            return
        if len(reason) < 5:
            view.message.setText(tr("A reason is required to change the recommendation."))
            return
        set_aside = self.current.set_aside(chosen)
        if set_aside and not dialogs.confirm(
                view, tr("Set aside the recommendation?"),
                tr("%1 sets aside: %2.\nReason: %3").replace("%1", disposition_name(chosen))
                .replace("%2", describe(set_aside, self._protocol_name, disposition_name)).replace("%3", reason),
                tr("Set aside"), tr("Go back")):
            view.message.setText(tr("Not recorded: the recommendation stands until you confirm."))
            return
        self._complete(chosen, reason, confirmed=bool(set_aside))

    def _complete(self, disposition: str | None, reason: str, confirmed: bool = False) -> None:
        try:
            box = self.decision.follow_up
            self.current.follow_up_contact = box.contact() if box.isVisible() else None
            job = self.current.complete_job(disposition, reason, confirmed=confirmed)
        except KioskError as error:
            self._failed(error)
            return
        self._busy = True

        def done(completed: Any) -> None:
            self._busy = False
            self.decision.follow_up.reset()  # the contact is not left on screen for anyone
            self.end()
            reference = f" — {completed.traveller_reference}" if completed.traveller_reference else ""
            self.completed.emit(completed)
            self.finished.emit(tr("Recorded: %1").replace("%1", disposition_name(completed.disposition)) + reference)

        self.tasks.run(job, done, self._failed)

    def _to_secondary(self) -> None:
        try:
            job = self.current.refer_job()
        except KioskError as error:
            self._failed(error)
            return
        self._busy = True

        def done(_: None) -> None:
            self._busy = False
            self.end()
            self.finished.emit(tr("Sent to secondary screening"))

        self.tasks.run(job, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, KioskError):
            self.decision.message.setText(_refusal_text(error))
            self.view.message.setText(_refusal_text(error))
        else:
            log.error("could not record the decision", exc_info=error)
            self.decision.message.setText(tr("The decision could not be saved; the answers are kept. Try again."))

    def _back_to_form(self) -> None:
        if self.current is not None:
            self.current.run.back()
            self._render_step()
            self.show_form.emit()
            self._save()


def _refusal_text(error: KioskError) -> str:
    """Why the decision was refused, for the officer (the age/birth-date contradiction in their language)."""
    from kiosk.consistency import ContradictoryAge

    if not isinstance(error, ContradictoryAge):
        return str(error)
    return tr("Not recorded: the age (%1 years) and the birth date (%2, so %3 years at arrival) contradict each "
              "other. Correct the age or the birth date.").replace("%1", f"{error.stated:g}") \
        .replace("%2", error.birth_date.isoformat()).replace("%3", str(int(error.derived)))


def _is_wide(field: Field) -> bool:
    """Questions that need the whole width: lists, number pads, scans, long or many choices."""
    if field.type in ("country_list", "number", "document_scan"):
        return True
    if field.type in ("single_choice", "multi_choice"):
        return len(field.choices) > 6 or any(len(c.text("en")) > 26 for c in field.choices)
    return False


def _set_prefix(editor: NumberEntry, whole: int) -> None:
    editor.set_text(f"{whole}.")


def _yes_no_words(language: str) -> tuple[str, str]:
    return languages.word("yes", language), languages.word("no", language)


DATE_WORDS = {"today": "today", "clear": "clear_date", "yesterday": "yesterday", "days_ago": "days_ago",
              "typed_days_ago": "typed_days_ago", "date_guide": "date_guide", "not_a_date": "not_a_date",
              "left": "day_left", "add": "add_country", "none": "no_countries", "search": "search_country",
              "type": "type_country"}
"""Date pad and country picker text → language file word (kiosk/data/languages/*.yaml ``words``)."""


def _date_words(language: str) -> dict[str, str]:
    """The date pad's words in a traveller's language, from the language files."""
    return {key: languages.word(name, language) for key, name in DATE_WORDS.items()}


Callback = Callable[[], None]
