"""Screening screen layout: one SOP step per page, the live flags panel, Back / Next; and the decision screen.

The views only lay out widgets; ``ui.controllers.screening`` fills them from the SOP run and the
evaluation and reacts to their signals.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk import languages as language_registry
from ui import accessibility, keyboard, theme
from ui.views.follow_up_contact import FollowUpContactBox
from ui.views.widgets import ElidedLabel, FlowLayout, StepProgress, button, card, isolated, kinetic, label


class FieldBox(QFrame):
    """One question: its text, hint, input widget and error line."""

    def __init__(self, field_id: str, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"field_{field_id}")
        self.setProperty("kind", "card")
        self.field_id = field_id
        self.editor = editor
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 4, 16, 4)  # tight: the quick check fits 1280×800 in two languages
        box.setSpacing(1)
        self.question = label("", "question", name=f"question_{field_id}")
        self.question_gloss = label("", "muted", name=f"question_gloss_{field_id}")
        """The question in the other language (the officer's under the traveller's), small, at its edge."""
        self.question_gloss.hide()
        self.hint = label("", "muted")
        self.error = label("", "error", name=f"error_{field_id}")
        self.error.hide()
        box.addWidget(self.question)
        box.addWidget(self.question_gloss)
        box.addWidget(self.hint)
        box.addWidget(editor)
        box.addWidget(self.error)

    def set_texts(self, question: str, hint: str, gloss: str = "") -> None:
        """The question and its hint; ``gloss`` (the question in the other language) small beneath it
        instead of the hint (the page must fit the screen with both languages), on the question's edge (right on a right-to-left box: set the box's direction first), as one
        isolated run so that an English gloss on an Arabic page keeps its punctuation at its end."""
        self.question.setText(question)
        accessibility.describe(self.editor, question)  # "Yes — Fever in the last 21 days?"
        gloss = gloss if gloss != question else ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint) and not gloss)  # a glossed question has two lines: its hint yields
        edge = Qt.AlignmentFlag.AlignRight if self.layoutDirection() == Qt.LayoutDirection.RightToLeft \
            else Qt.AlignmentFlag.AlignLeft
        self.question_gloss.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.question_gloss.setText(isolated(gloss))
        self.question_gloss.setVisible(bool(gloss))

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


SCAN_COLOURS = {"ok": theme.SEVERITY_COLOURS["clear"], "warn": theme.SEVERITY_COLOURS["monitor"],
                "error": theme.SEVERITY_COLOURS["isolate"], "none": theme.MUTED}


class ScanBox(QWidget):
    """A ``document_scan`` question: where the scan comes from (camera, desk scanner, image file), what
    the document said and how its checks went, coloured by ``state`` (ok, warn, error, none; the colours
    are theme rules on the ``state`` property, not a style sheet of its own)."""

    def __init__(self, field_id: str, texts: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"scan_{field_id}")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.file_button = button(texts["file"], name="scan_file")
        row.addWidget(self.file_button)
        self.clear_button = button(texts["clear"], name="scan_clear")  # a real button, not bare text
        self.clear_button.hide()
        row.addWidget(self.clear_button)
        self.source = label("", "muted", name="scan_source")
        """Camera state and the inputs that work ("no camera attached: use the desk scanner…")."""
        row.addWidget(self.source, 1)
        box.addLayout(row)
        self.result = QFrame()
        self.result.setObjectName("scan_result")
        inner = QVBoxLayout(self.result)
        inner.setContentsMargins(12, 6, 8, 6)
        self.headline = label("", name="scan_headline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.details = label("", name="scan_details")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        inner.addWidget(self.headline)
        inner.addWidget(self.details)
        box.addWidget(self.result)
        self.state = "none"
        self.show_result("none", texts["empty"], [])

    def show_result(self, state: str, headline: str, lines: Iterable[str]) -> None:
        """Show one scan's outcome: ``headline`` in the state's colour, then one line per detail."""
        self.state = state if state in SCAN_COLOURS else "none"
        for widget in (self.result, self.headline):
            if widget.property("state") != self.state:
                widget.setProperty("state", self.state)
                _restyle(widget)
        self.headline.setText(headline)
        text = "\n".join(lines)
        self.details.setText(text)
        self.details.setVisible(bool(text))
        self.clear_button.setVisible(self.state in ("ok", "warn"))


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FlagCard(QFrame):
    """One flag: protocol and disposition in the severity colour, the details, one line per reason.

    Colours come from the theme's style sheet by the ``severity`` property (no per-widget style sheet:
    parsing one per card was the slowest part of updating the panel)."""

    def __init__(self, title: str, disposition: str, detail: str, reasons: Iterable[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flag_card")
        self.setProperty("severity", disposition)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 12, 10)
        head = label(title, "flag_title")
        head.setProperty("severity", disposition)
        box.addWidget(head)
        box.addWidget(label(detail, "muted"))
        for reason in reasons:
            box.addWidget(label(f"• {reason}"))


class DispositionBanner(QFrame):
    """The recommended (or chosen) disposition in its severity colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disposition_banner")
        self.setProperty("severity", "none")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        self.text = label("", "subtitle", name="disposition_text")
        row.addWidget(self.text, 1)

    def show_disposition(self, disposition: str | None, text: str) -> None:
        severity = disposition if disposition in theme.SEVERITY_COLOURS else "none"
        if self.property("severity") != severity:
            self.setProperty("severity", severity)
            _restyle(self)
        self.text.setText(text)


class FlagsPanel(QWidget):
    """The live flags: the recommendation so far and one colour-coded card per flag with its reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flags_panel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(label(self.tr("Live flags"), "subtitle"))
        self.banner = DispositionBanner()
        outer.addWidget(self.banner)
        self.status = label("", "muted", name="flags_status")
        outer.addWidget(self.status)
        self.repeat_note = label("", "error", name="form_repeat_warning")
        """The same document screened at this kiosk before (hidden otherwise)."""
        self.repeat_note.setWordWrap(True)
        self.repeat_note.hide()
        outer.addWidget(self.repeat_note)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        kinetic(self.area)
        self.inner = QWidget()
        self.cards = QVBoxLayout(self.inner)
        self.cards.setContentsMargins(0, 0, 6, 0)
        self.cards.addStretch(1)
        self.area.setWidget(self.inner)
        outer.addWidget(self.area, 1)
        self.situation = card(QVBoxLayout())
        self.situation.setObjectName("situation_card")
        self.situation_title = label(self.tr("Situation in force"), "flag_title")
        self.situation_text = label("", name="situation_text")
        self.situation_text.setTextFormat(Qt.TextFormat.PlainText)
        self.situation.layout().addWidget(self.situation_title)
        self.situation.layout().addWidget(self.situation_text)
        self.situation.hide()
        outer.addWidget(self.situation)
        self.flag_count = 0
        self.shown_key: object = None
        """What the cards show (flags as JSON): unchanged flags are not rebuilt."""

    def set_situation(self, text: str) -> None:
        """The lists the page's questions refer to ("the list on screen": affected areas, certificates)."""
        self.situation_text.setText(text)
        self.situation.setVisible(bool(text))

    def clear_cards(self) -> None:
        while self.cards.count() > 1:
            item = self.cards.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone from the screen now, not when the deferred delete runs
                item.widget().deleteLater()
        self.flag_count = 0

    def add_card(self, widget: QWidget) -> None:
        self.cards.insertWidget(self.cards.count() - 1, widget)
        widget.show()  # now, not on the next event-loop turn (what a layout does for a new child)
        self.flag_count += 1


def _two_lines(widget: QLabel) -> QLabel:
    """``widget`` wrapped onto two lines (never narrower than its longest word): the top bar's room goes
    to the language buttons."""
    widget.ensurePolished()  # the theme's font
    metrics = widget.fontMetrics()
    text = widget.text()
    longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
    widget.setFixedWidth(max(longest, metrics.horizontalAdvance(text) // 2 + metrics.averageCharWidth() * 2) + 4)
    return widget


class ScreeningView(QWidget):
    def __init__(self, languages: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # desk scanners type into this screen
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        head = QFrame()
        head.setProperty("kind", "bar")
        top = QHBoxLayout(head)
        top.setContentsMargins(12, 6, 12, 6)
        self.sop_title = ElidedLabel("")
        self.sop_title.setProperty("kind", "subtitle")
        self.sop_title.setObjectName("sop_title")
        # the title gives way (never the language buttons): the window must fit 1280 px in every language
        self.sop_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.sop_title, 1)
        top.addWidget(_two_lines(label(self.tr("Traveller language:"), name="traveller_language_label")))
        self.language_buttons: dict[str, Any] = {}
        group = QButtonGroup(self)
        for code in languages:
            # narrow padding: every shipped language, Read aloud and Cancel side by side in 1280 px
            widget = button(language_registry.get(code).name, "language", checkable=True, name=f"lang_{code}")
            group.addButton(widget)
            top.addWidget(widget)
            self.language_buttons[code] = widget
        top.addSpacing(8)
        self.speak = button(self.tr("Read aloud"), checkable=True, name="speak_questions")
        """Read the traveller's questions aloud (``ui.controllers.accessibility``); off by default."""
        top.addWidget(self.speak)
        self.cancel = button(self.tr("Cancel"), name="cancel_screening")
        top.addWidget(self.cancel)
        outer.addWidget(head)

        body = QHBoxLayout()
        body.setContentsMargins(24, 12, 24, 12)
        body.setSpacing(20)
        left = QVBoxLayout()
        left.setSpacing(6)
        title_row = QHBoxLayout()
        self.step_title = label("", "title", name="step_title")
        title_row.addWidget(self.step_title, 3)
        self.progress = StepProgress()
        title_row.addWidget(self.progress, 1, Qt.AlignmentFlag.AlignVCenter)
        left.addLayout(title_row)
        self.step_intro = label("", "muted", name="step_intro")
        left.addWidget(self.step_intro)
        self.base_summary = label("", "muted", name="base_summary")
        """On a secondary screening: what the primary screening recorded."""
        self.base_summary.hide()
        left.addWidget(self.base_summary)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("form_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        kinetic(self.scroll)
        self.pages = QWidget()
        self.pages.setObjectName("form_pages")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setContentsMargins(0, 0, 0, 0)
        self.form = FormPage([])
        self.pages_layout.addWidget(self.form)
        self._retired: list[FormPage] = []
        """Pages a traveller used, hidden, waiting their turn to be deleted (:meth:`_delete_retired`)."""
        self.scroll.setWidget(self.pages)
        left.addWidget(self.scroll, 1)
        nav = QHBoxLayout()
        self.back = button(self.tr("Back"), name="back")
        self.back.setMinimumWidth(160)
        self.message = label("", "error", name="step_message")
        self.next = button(self.tr("Next"), "primary", name="next")
        self.next.setMinimumWidth(300)
        nav.addWidget(self.back)
        nav.addWidget(self.message, 1)
        nav.addWidget(self.next)
        left.addLayout(nav)
        keyboard.set_action(self.scroll, self.next)  # a question typed in, then Next: both above the keyboard
        body.addLayout(left, 13)
        self.flags = FlagsPanel()
        body.addWidget(self.flags, 6)
        outer.addLayout(body, 1)

    def set_base_summary(self, text: str) -> None:
        self.base_summary.setText(text)
        self.base_summary.setVisible(bool(text))

    def add_page(self, page: FormPage) -> None:
        """Adopt a (hidden) page so it is laid out and styled before it is first shown."""
        page.hide()
        self.pages_layout.addWidget(page)

    def retire_page(self, page: FormPage) -> None:
        """Remove a page a traveller used (the next traveller gets pages of their own)."""
        if page is self.form:
            self.form = FormPage([])
            self.add_page(self.form)
        self.pages_layout.removeWidget(page)
        page.hide()
        self._retired.append(page)
        if len(self._retired) == 1:
            QTimer.singleShot(1, self, self._delete_retired)

    def _delete_retired(self) -> None:
        """Delete the retired pages one per event-loop turn: a traveller's ~10 pages (~100 widgets
        each, ~2-3 ms apiece) deleted in one turn blocked the GUI thread at the next traveller's start."""
        if self._retired:
            self._retired.pop(0).deleteLater()
        if self._retired:
            QTimer.singleShot(1, self, self._delete_retired)

    def show_page(self, page: FormPage) -> None:
        """Show ``page`` (one SOP step's questions, built for this traveller) in the scroll area."""
        if page.parentWidget() is not self.pages:
            self.add_page(page)
        if self.form is not page:
            self.form.hide()  # hidden pages keep their layout and style: switching is cheap
            page.show()
        self.form = page
        self.scroll.verticalScrollBar().setValue(0)


class FormPage(QWidget):
    """The questions of one step: wide ones across both columns, the others two by two."""

    def __init__(self, boxes: list[tuple[FieldBox, bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("traveller_form")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setSpacing(6)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.grid = grid
        self.row, self.column = 0, 0
        for box, wide in boxes:
            self.add(box, wide)

    def add(self, box: FieldBox, wide: bool) -> None:
        if wide and self.column:
            self.row, self.column = self.row + 1, 0
        self.grid.setRowStretch(self.row, 0)
        self.grid.addWidget(box, self.row, self.column, 1, 2 if wide else 1, Qt.AlignmentFlag.AlignTop)
        if wide or self.column:
            self.row, self.column = self.row + 1, 0
        else:
            self.column = 1
        self.grid.setRowStretch(self.row + 1, 1)


class DecisionView(QWidget):
    """The end of a screening: the recommendation with its reasons, and the officer's decision."""

    def __init__(self, dispositions: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(30, 20, 30, 20)
        outer.setSpacing(14)
        outer.addWidget(label(self.tr("Decision"), "title"))
        self.banner = DispositionBanner()
        outer.addWidget(self.banner)
        self.repeat_note = label("", "error", name="repeat_warning")
        """The same document screened at this kiosk before: its decision and time (hidden otherwise)."""
        self.repeat_note.setWordWrap(True)
        self.repeat_note.hide()
        outer.addWidget(self.repeat_note)
        body = QHBoxLayout()
        body.setSpacing(24)
        self.flags_area = QScrollArea()
        self.flags_area.setWidgetResizable(True)
        kinetic(self.flags_area)
        inner = QWidget()
        self.flags_layout = QVBoxLayout(inner)
        self.flags_layout.addStretch(1)
        self.flags_area.setWidget(inner)
        left = QVBoxLayout()
        left.addWidget(self.flags_area, 1)
        self.follow_up = FollowUpContactBox()  # under the flags: the action column is full
        left.addWidget(self.follow_up)
        body.addLayout(left, 3)

        actions = QVBoxLayout()
        actions.setSpacing(12)
        self.confirm = button(self.tr("Confirm the recommendation"), "primary", name="confirm_decision")
        self.confirm.setMinimumHeight(90)
        actions.addWidget(self.confirm)
        self.to_secondary = button(self.tr("Send to secondary screening"), "primary", name="to_secondary")
        self.to_secondary.setMinimumHeight(90)
        actions.addWidget(self.to_secondary)
        self.role_note = label("", "muted", name="role_note")
        actions.addWidget(self.role_note)
        self.override_box = card(QVBoxLayout())
        self.override_box.setObjectName("override_box")
        self.override_box.layout().addWidget(label(self.tr("Or choose another disposition:"), "subtitle"))
        chips = QWidget()
        flow = FlowLayout(chips)
        self.choice_group = QButtonGroup(self)
        self.choices: dict[str, Any] = {}
        for code in dispositions:
            widget = button(code, checkable=True, name=f"choose_{code}")
            self.choice_group.addButton(widget)
            flow.addWidget(widget)
            self.choices[code] = widget
        self.override_box.layout().addWidget(chips)
        self.override_box.layout().addWidget(label(self.tr("Reason for changing the recommendation (required):")))
        self.reason = QLineEdit()
        self.reason.setObjectName("override_reason")
        accessibility.name(self.reason, self.tr("Reason for changing the recommendation"))
        self.override_box.layout().addWidget(self.reason)
        self.override = button(self.tr("Record this decision"), "danger", name="confirm_override")
        self.override_box.layout().addWidget(self.override)
        keyboard.set_action(self.reason, self.override)
        actions.addWidget(self.override_box)
        self.message = label("", "error", name="decision_message")
        actions.addWidget(self.message)
        actions.addStretch(1)
        self.back = button(self.tr("Back to the questions"), name="decision_back")
        actions.addWidget(self.back)
        body.addLayout(actions, 2)
        outer.addLayout(body, 1)

    def reset(self) -> None:
        """Nothing chosen, no reason, no message: what every traveller's decision starts from."""
        self.choice_group.setExclusive(False)  # an exclusive group never unchecks its checked button
        for widget in self.choices.values():
            widget.setChecked(False)
        self.choice_group.setExclusive(True)
        self.reason.clear()
        self.follow_up.reset()
        self.message.clear()

    def set_flag_cards(self, cards: list[QWidget]) -> None:
        while self.flags_layout.count() > 1:
            item = self.flags_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        for widget in cards:
            self.flags_layout.insertWidget(self.flags_layout.count() - 1, widget)
