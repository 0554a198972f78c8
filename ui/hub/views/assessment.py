"""The IHR assessment of one alert (a console tab): assignment, verification, the four questions of the IHR
(2005) Annex 2 decision instrument, the outcome, the 24-hour clock and the audited history.

Layout only: :class:`ui.hub.assessment_desk.AssessmentDesk` reads the forms and writes the steps. The
choices are large toggle buttons (a finger or a mouse), every rationale has its own box, and the clock
(notify the National IHR Focal Point within 24 h, IHR Art. 6) stays in the header while the page scrolls.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.hub.assessment import (
    QUESTIONS,
    Assessment,
    NotificationClock,
    QueueEntry,
    Recommendation,
    Step,
)
from ui import theme
from ui.hub.views.parts import (
    bold_font,
    clear_layout,
    local_time,
    page_column,
    person,
    push,
    read_only_table,
    selectable,
    tr,
)
from ui.views.widgets import card, label

QUEUE_COLUMNS = (QT_TR_NOOP("Received"), QT_TR_NOOP("Point of entry"), QT_TR_NOOP("Protocol"),
                 QT_TR_NOOP("Assigned to"), QT_TR_NOOP("24 h clock"))
TOUCH_PX = 44
"""Choices and actions on this page are finger-sized (the rest of the console is mouse-sized)."""
VERDICT_NAMES = {"yes": QT_TR_NOOP("Yes, meets it"), "no": QT_TR_NOOP("No"), "unknown": QT_TR_NOOP("Unknown yet")}
ANSWER_NAMES = {"yes": QT_TR_NOOP("Yes"), "no": QT_TR_NOOP("No")}
OUTCOME_NAMES = {"monitor": QT_TR_NOOP("Monitor"), "respond": QT_TR_NOOP("Respond"),
                 "notify": QT_TR_NOOP("Notify the National IHR Focal Point")}
NOTIFIABLE_NAMES = {
    "always": QT_TR_NOOP("Always notifiable (IHR Annex 2): a case is notified whatever the answers."),
    "annex2": QT_TR_NOOP("Assessment needed: this disease is always assessed with the IHR Annex 2 instrument."),
    "no": QT_TR_NOOP("The protocol does not call for an Annex 2 assessment; it can still be assessed."),
}
STYLE = f"""
QPushButton {{ min-height: {TOUCH_PX}px; padding: 2px 18px; }}
QLineEdit {{ min-height: {TOUCH_PX - 4}px; }}
QLabel#clock[kind="running"] {{ background: {theme.ACCENT}; color: white; }}
QLabel#clock[kind="late"] {{ background: {theme.SEVERITY_COLOURS['isolate']}; color: white; }}
QLabel#clock[kind="done"] {{ background: {theme.SEVERITY_COLOURS['clear']}; color: white; }}
QLabel#clock[kind="off"] {{ background: #e4e7eb; color: {theme.INK}; }}
QLabel#clock {{ font-weight: bold; border-radius: 6px; padding: 8px 14px; }}
"""


class Choice(QWidget):
    """Finger-sized exclusive toggle buttons, one per code; ``value()`` is the checked code ('' when none)."""

    def __init__(self, names: dict[str, str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for code, text in names.items():
            widget = push(tr(text), name=f"{name}_{code}", checkable=True)
            self.group.addButton(widget)
            self.buttons[code] = widget
            row.addWidget(widget)
        row.addStretch(1)

    def value(self) -> str:
        return next((code for code, widget in self.buttons.items() if widget.isChecked()), "")

    def set_value(self, code: str) -> None:
        if code in self.buttons:
            self.buttons[code].setChecked(True)
            return
        self.group.setExclusive(False)  # an exclusive group cannot uncheck its last button
        for widget in self.buttons.values():
            widget.setChecked(False)
        self.group.setExclusive(True)


class AssessmentPanel(QWidget):
    """One alert's assessment; the ``*_requested`` signals ask the desk to record a step."""

    back_requested = Signal()
    queue_requested = Signal()
    queue_selected = Signal(int)
    """An alert of the queue was chosen (its id)."""
    assign_requested = Signal()
    verify_requested = Signal()
    risk_requested = Signal()
    outcome_requested = Signal()
    answers_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessment_page")
        self.setStyleSheet(STYLE)
        self.assessment: Assessment | None = None
        column = page_column(self)
        column.addLayout(self._header())
        column.addWidget(self._queue(), 1)
        self.body = QWidget()
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        column.addWidget(self.body, 1)
        forms = QWidget()
        forms_column = QVBoxLayout(forms)
        forms_column.setContentsMargins(0, 0, 8, 0)
        forms_column.setSpacing(10)
        for frame in (self._verification(), self._risk(), self._outcome()):
            forms_column.addWidget(frame)
        forms_column.addStretch(1)
        self.scroll = _scrolling(forms)
        row.addWidget(self.scroll, 3)
        side = QWidget()
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 8, 0)
        side_column.setSpacing(10)
        side_column.addWidget(self._assignment())
        side_column.addWidget(self._history())
        side_column.addStretch(1)
        self.side_scroll = _scrolling(side)  # the history stays in sight while the forms scroll
        row.addWidget(self.side_scroll, 2)
        self.show_assessment(None)

    # ------------------------------------------------------------------------------------ layout

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back = push(tr("← Back to the alert"), name="assessment_back")
        self.back.clicked.connect(self.back_requested.emit)
        row.addWidget(self.back)
        self.to_queue = push(tr("Awaiting assessment"), name="assessment_to_queue")
        self.to_queue.clicked.connect(self.queue_requested.emit)
        row.addWidget(self.to_queue)
        row.addSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title = label(tr("IHR assessment"), "subtitle", name="assessment_title")
        titles.addWidget(self.title)
        self.notifiable = label("", "muted", name="assessment_notifiable")
        titles.addWidget(self.notifiable)
        row.addLayout(titles, 1)
        self.clock = label("", wrap=False, name="clock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.clock)
        return row

    def _queue(self) -> QWidget:
        """Every alert awaiting its assessment, the most urgent first (shown when no alert is open)."""
        self.queue_box = QWidget()
        box = QVBoxLayout(self.queue_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.queue_title = label("", "subtitle", name="queue_title")
        box.addWidget(self.queue_title)
        box.addWidget(label(tr("Alerts whose disease the IHR Annex 2 instrument covers, with no outcome yet. Choose "
                               "one to assess it, or open an alert and choose “IHR assessment”."), "muted"))
        self.queue = read_only_table("assessment_queue", QUEUE_COLUMNS)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.verticalHeader().setDefaultSectionSize(TOUCH_PX)
        self.queue.cellClicked.connect(lambda row, _column: self._queue_clicked(row))
        box.addWidget(self.queue, 1)
        return self.queue_box

    def _queue_clicked(self, row: int) -> None:
        item = self.queue.item(row, 0)
        if item is not None:
            self.queue_selected.emit(item.data(Qt.ItemDataRole.UserRole))

    def show_queue(self, entries: list[QueueEntry]) -> None:
        self.queue_title.setText(tr("Awaiting an IHR assessment: %n", len(entries)))
        self.queue.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            found = entry.assessment
            assignment = found.assignment
            text, kind = clock_text(found.clock) if found.clock.deadline else (tr("Not verified yet."), "off")
            cells = (local_time(entry.received_at), entry.poe, found.protocol,
                     person(assignment.assignee) if assignment else "—", text)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, found.alert_id)
                if column == len(cells) - 1 and kind == "late":
                    item.setForeground(QBrush(QColor(theme.SEVERITY_COLOURS["isolate"])))
                    item.setFont(bold_font())
                self.queue.setItem(row, column, item)

    def queue_row_of(self, alert_id: int) -> int | None:
        return next((row for row in range(self.queue.rowCount())
                     if self.queue.item(row, 0).data(Qt.ItemDataRole.UserRole) == alert_id), None)

    def _section(self, title: str) -> tuple[QFrame, QVBoxLayout]:
        box = QVBoxLayout()
        box.setSpacing(8)
        box.addWidget(label(title, "subtitle"))
        return card(box), box

    def _rationale_box(self, name: str, placeholder: str, height: int = 64) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setPlaceholderText(placeholder)
        box.setFixedHeight(height)
        return box

    def _assignment(self) -> QFrame:
        frame, box = self._section(tr("Assignment"))
        self.assigned = label("", name="assigned_now")
        box.addWidget(self.assigned)
        row = QHBoxLayout()
        self.assignee = QLineEdit()
        self.assignee.setObjectName("assignee")
        self.assignee.setPlaceholderText(tr("Officer to assign"))
        row.addWidget(self.assignee, 1)
        self.assign_me = push(tr("Me"), name="assign_me")
        row.addWidget(self.assign_me)
        self.assign = push(tr("Assign"), "primary", name="assign")
        self.assign.clicked.connect(self.assign_requested.emit)
        row.addWidget(self.assign)
        box.addLayout(row)
        return frame

    def _verification(self) -> QFrame:
        frame, box = self._section(tr("1. Verification: does the alert meet the case definition?"))
        self.verified = label("", name="verified_now")
        box.addWidget(self.verified)
        self.verdict = Choice(VERDICT_NAMES, "verdict")
        box.addWidget(self.verdict)
        self.verify_why = self._rationale_box("verify_rationale", tr("Rationale: what was checked, with whom"))
        box.addWidget(self.verify_why)
        self.verify = push(tr("Record the verification"), "primary", name="verify")
        self.verify.clicked.connect(self.verify_requested.emit)
        box.addWidget(self.verify, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _risk(self) -> QFrame:
        frame, box = self._section(tr("2. Risk assessment: the four questions of IHR Annex 2"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        self.answers: dict[str, Choice] = {}
        self.answer_why: dict[str, QLineEdit] = {}
        for index, (key, question) in enumerate(QUESTIONS.items()):
            grid.addWidget(label(f"{index + 1}. {tr(question)}", name=f"question_{key}"), index * 2, 0,
                           Qt.AlignmentFlag.AlignVCenter)
            self.answers[key] = Choice(ANSWER_NAMES, f"answer_{key}")
            self.answers[key].group.buttonClicked.connect(lambda _b: self.answers_changed.emit())
            grid.addWidget(self.answers[key], index * 2, 1)
            why = QLineEdit()
            why.setObjectName(f"why_{key}")
            why.setPlaceholderText(tr("Rationale"))
            self.answer_why[key] = why
            grid.addWidget(why, index * 2 + 1, 0, 1, 2)
        box.addLayout(grid)
        self.tally = label("", name="risk_tally")
        box.addWidget(self.tally)
        self.assess = push(tr("Record the risk assessment"), "primary", name="assess_risk")
        self.assess.clicked.connect(self.risk_requested.emit)
        box.addWidget(self.assess, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _outcome(self) -> QFrame:
        frame, box = self._section(tr("3. Outcome"))
        self.recommended = label("", name="recommendation")
        box.addWidget(self.recommended)
        self.decided = label("", name="decided_now")
        box.addWidget(self.decided)
        self.outcome = Choice(OUTCOME_NAMES, "outcome")
        box.addWidget(self.outcome)
        self.reason = self._rationale_box("outcome_reason", tr("Reason (needed when the outcome differs from the "
                                                              "recommendation)"))
        box.addWidget(self.reason)
        self.decide = push(tr("Record the outcome"), "danger", name="decide")
        self.decide.clicked.connect(self.outcome_requested.emit)
        box.addWidget(self.decide, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = label("", name="assessment_message")
        box.addWidget(self.message)
        return frame

    def _history(self) -> QFrame:
        frame, box = self._section(tr("History"))
        frame.setObjectName("assessment_history_card")
        self.history = QWidget()
        self.history.setObjectName("assessment_history")
        QVBoxLayout(self.history).setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.history)
        return frame

    # ------------------------------------------------------------------------------------ showing

    def show_assessment(self, found: Assessment | None, title: str = "", where: str = "", *,
                        keep_forms: bool = False) -> None:
        """Show ``found`` (None: no alert chosen) under ``title`` (the alert's event) and ``where`` (its point
        of entry); the forms take the latest recorded answers unless ``keep_forms`` (the officer's typing
        survives a refresh)."""
        self.assessment = found
        self.queue_box.setVisible(found is None)
        self.body.setVisible(found is not None)
        self.clock.setVisible(found is not None)
        self.back.setVisible(found is not None)
        self.to_queue.setVisible(found is not None)
        self.title.setVisible(found is not None)
        self.notifiable.setVisible(found is not None)
        if found is None:
            return
        self.title.setText(tr("IHR assessment — %1").replace("%1", title) if title else tr("IHR assessment"))
        words = tr(NOTIFIABLE_NAMES.get(found.notifiable, NOTIFIABLE_NAMES["annex2"]))
        self.notifiable.setText(f"{where} · {words}" if where else words)
        self.assigned.setText(step_line(found.assignment) if found.assignment else tr("Not assigned yet."))
        self.verified.setText(step_line(found.verification) if found.verification else tr("Not verified yet."))
        self.decided.setText(step_line(found.outcome) if found.outcome else "")
        self.decided.setVisible(found.outcome is not None)
        if not keep_forms:
            self._fill_forms(found)
        self.show_tally()
        self.show_clock(found.clock)
        self._show_history(found.steps)

    def _fill_forms(self, found: Assessment) -> None:
        self.assignee.clear()
        verification, risk = found.verification, found.risk
        self.verdict.set_value(verification.verdict if verification else "")
        self.verify_why.setPlainText(verification.rationale if verification else "")
        for key in QUESTIONS:
            answer = risk.answers.get(key) if risk else None
            self.answers[key].set_value(answer.value if answer else "")
            self.answer_why[key].setText(answer.rationale if answer else "")
        self.outcome.set_value(found.outcome.outcome if found.outcome else "")
        self.reason.setPlainText(found.outcome.rationale if found.outcome else "")
        self.set_message("")
        self.scroll.verticalScrollBar().setValue(0)

    def show_tally(self) -> None:
        """The answers on screen counted, and what the instrument recommends (recorded answers, or these)."""
        found = self.assessment
        if found is None:
            return
        yes = sum(choice.value() == "yes" for choice in self.answers.values())
        answered = sum(bool(choice.value()) for choice in self.answers.values())
        self.tally.setText(tr("%1 of 4 answered yes (two or more: notify).").replace("%1", str(yes))
                           if answered else tr("Two or more yes: the instrument recommends notification."))
        self.recommended.setText(recommendation_text(found.recommendation))

    def show_clock(self, clock: NotificationClock) -> None:
        text, kind = clock_text(clock)
        self.clock.setText(text)
        self.clock.setProperty("kind", kind)
        self.clock.style().unpolish(self.clock)
        self.clock.style().polish(self.clock)

    def _show_history(self, steps: tuple[Step, ...]) -> None:
        clear_layout(self.history)
        layout = self.history.layout()
        if not steps:
            layout.addWidget(label(tr("Nothing recorded yet."), "muted"))
        for step in reversed(steps):
            layout.addWidget(selectable(label(f"{local_time(step.at)} · {person(step.actor)}", "field",
                                              name="assessment_step_who")))
            layout.addWidget(selectable(label(step_line(step, who=False), name="assessment_step")))
            for detail in step_details(step):
                layout.addWidget(selectable(label(detail, "muted", name="assessment_step_detail")))

    def set_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("kind", "error" if error else "ok")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------------------------ reading the forms

    def risk_answers(self) -> dict[str, tuple[str, str]]:
        return {key: (self.answers[key].value(), self.answer_why[key].text()) for key in QUESTIONS}


def _scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def duration_text(value: dt.timedelta) -> str:
    """``17 h 05 min`` (whole minutes, rounded down)."""
    minutes = int(abs(value).total_seconds() // 60)
    return tr("%1 h %2 min").replace("%1", str(minutes // 60)).replace("%2", f"{minutes % 60:02d}")


def clock_text(clock: NotificationClock) -> tuple[str, str]:
    """The header's clock and its colour: off (not started), running, late, or done (an outcome recorded)."""
    if clock.deadline is None or clock.time_left is None:
        return tr("24 h clock: starts when the alert is verified"), "off"
    deadline = local_time(clock.deadline)
    if not clock.running:
        if clock.overdue:
            return tr("Decided %1 after the 24 h").replace("%1", duration_text(clock.time_left)), "late"
        return tr("Decided with %1 to spare").replace("%1", duration_text(clock.time_left)), "done"
    if clock.overdue:
        return tr("OVERDUE by %1 · notify by %2").replace("%1", duration_text(clock.time_left)).replace(
            "%2", deadline), "late"
    return tr("%1 left · notify by %2").replace("%1", duration_text(clock.time_left)).replace("%2", deadline), "running"


def recommendation_text(recommendation: Recommendation) -> str:
    if recommendation.basis == "always":
        return tr("Recommended: notify the National IHR Focal Point (always-notifiable disease, IHR Annex 2).")
    if recommendation.basis == "not-a-case":
        return tr("Not a case: no notification recommended.")
    if recommendation.basis == "pending":
        return tr("The recommendation follows from the four answers.")
    if recommendation.notify:
        return tr("Recommended: notify the National IHR Focal Point (%1 of 4 yes, IHR Annex 2).").replace(
            "%1", str(recommendation.yes_count))
    return tr("Not recommended to notify (%1 of 4 yes, IHR Annex 2).").replace("%1", str(recommendation.yes_count))


def step_line(step: Step, *, who: bool = True) -> str:
    """What a step recorded, in one line; with who and when unless ``who`` is False."""
    if step.step == "assign":
        text = tr("Assigned to %1").replace("%1", person(step.assignee))
    elif step.step == "verify":
        text = tr("Verified: %1").replace("%1", tr(VERDICT_NAMES.get(step.verdict, step.verdict)).lower())
    elif step.step == "risk":
        text = tr("Risk assessed: %1 of 4 yes").replace("%1", str(step.yes_count))
    else:
        text = tr("Outcome: %1").replace("%1", tr(OUTCOME_NAMES.get(step.outcome, step.outcome)))
    if who:
        text += " " + tr("(by %1, %2)").replace("%1", person(step.actor)).replace("%2", local_time(step.at))
    return text


def step_details(step: Step) -> list[str]:
    """The rationales a step recorded (each answer's, the verification's, the outcome's reason)."""
    if step.step == "risk":
        return [f"{index + 1}. {tr(ANSWER_NAMES.get(answer.value, answer.value))} — {answer.rationale}"
                for index, (key, answer) in enumerate(step.answers.items()) if key in QUESTIONS]
    if step.against_recommendation:
        return [tr("Against the recommendation: %1").replace("%1", step.rationale)]
    return [step.rationale] if step.rationale else []

