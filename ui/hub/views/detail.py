"""The selected alert: its CAP fields and parameters, the triage controls and the triage history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.hub.console import NOTE_MAX, OUTCOMES, AlertDetail, KioskPresence, ThreadEntry, TriageStep
from ui import theme
from ui.hub import style
from ui.hub.views.case_facts import CaseFacts
from ui.hub.views.parts import (
    chip,
    clear_layout,
    console_locale,
    local_time,
    message_type_name,
    outcome_name,
    person,
    priority_colour,
    priority_text,
    push,
    selectable,
    set_chip,
    state_name,
    status_name,
    tr,
)
from ui.views.widgets import FlowLayout, card, label

FIELDS = (
    ("flagged", QT_TR_NOOP("Flagged at the kiosk")),
    ("sent", QT_TR_NOOP("Sent")),
    ("received", QT_TR_NOOP("Received")),
    ("poe", QT_TR_NOOP("Point of entry")),
    ("kiosk", QT_TR_NOOP("Kiosk")),
    ("protocol", QT_TR_NOOP("Protocol")),
    ("risk", QT_TR_NOOP("Risk")),
    ("disposition", QT_TR_NOOP("Disposition")),
    ("recommended", QT_TR_NOOP("Recommended")),
    ("temperature", QT_TR_NOOP("Temperature")),
    ("traveller", QT_TR_NOOP("Traveller")),
    ("follow_up", QT_TR_NOOP("Follow-up until")),
    ("certainty", QT_TR_NOOP("Certainty")),
    ("situation", QT_TR_NOOP("Situation")),
    ("protocols", QT_TR_NOOP("Protocols")),
    ("encounter", QT_TR_NOOP("Encounter")),
    ("identifier", QT_TR_NOOP("Identifier")),
    ("note", QT_TR_NOOP("Note")),
)
"""Field key → label, in the order shown."""
TOKENS = ("identifier", "encounter")


class DetailPanel(QWidget):
    """Shows one :class:`kiosk.hub.console.AlertDetail`; asks for triage changes by ``triage_requested(state)``."""

    triage_requested = Signal(str)
    note_requested = Signal()
    """Add the typed note to the history; the state stays."""
    assess_requested = Signal()
    """Open the alert's IHR assessment (``ui.hub.assessment_desk``, which also fills ``ihr_status``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: AlertDetail | None = None
        self.may_triage = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll)
        body = QWidget()
        self.scroll.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        self.empty = label(tr("Select an alert to see its details and triage it."), "muted", name="detail_empty")
        column.addWidget(self.empty)
        self.content = QWidget()
        column.addWidget(self.content)
        column.addStretch(1)
        box = QVBoxLayout(self.content)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        self.facts = CaseFacts()
        box.addWidget(self._header())
        box.addWidget(self._triage())
        box.addWidget(self.facts.card)
        box.addWidget(self._thread())
        box.addWidget(self._fields())
        box.addWidget(self.facts.contact_card)
        self.content.hide()

    # ------------------------------------------------------------------------------------ layout

    def _header(self) -> QFrame:
        frame = card(QVBoxLayout())
        layout = frame.layout()
        self.event = label("", "subtitle", name="detail_event")
        layout.addWidget(self.event)
        chips = QWidget()
        flow = FlowLayout(chips, spacing=6)  # wraps: a long exercise id must not widen the panel
        self.status_chip = chip("detail_status")
        self.priority_chip = chip("detail_priority")
        self.state_chip = chip("detail_state")
        for widget in (self.status_chip, self.priority_chip, self.state_chip):
            flow.addWidget(widget)
        layout.addWidget(chips)
        self.summary = label("", name="detail_summary")
        layout.addWidget(self.summary)
        self.parse_error = label("", "error", name="detail_parse_error")
        layout.addWidget(self.parse_error)
        ihr = QHBoxLayout()
        self.ihr_status = label("", name="detail_ihr_status")
        ihr.addWidget(self.ihr_status, 1)
        self.assess = push(tr("IHR assessment"), name="detail_assess")
        self.assess.clicked.connect(self.assess_requested.emit)
        ihr.addWidget(self.assess)
        layout.addLayout(ihr)
        return frame

    def _fields(self) -> QFrame:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.values: dict[str, QLabel | QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        grid.addWidget(label(tr("CAP message"), "subtitle"), 0, 0, 1, 2)
        for row, (key, caption) in enumerate(FIELDS, start=1):
            self.captions[key] = label(tr(caption), "field", wrap=False)
            self.values[key] = _token_field(key) if key in TOKENS else selectable(label("", name=f"field_{key}"))
            grid.addWidget(self.captions[key], row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.values[key], row, 1)
        return card(grid)

    def _thread(self) -> QFrame:
        """The alert and the Updates and Cancels the kiosk sent about it (shown when there are any)."""
        frame = card(QVBoxLayout())
        frame.setObjectName("detail_thread")
        frame.layout().addWidget(label(tr("Thread"), "subtitle"))
        self.thread = QWidget()
        self.thread.setObjectName("thread_entries")
        QVBoxLayout(self.thread).setContentsMargins(0, 0, 0, 0)
        frame.layout().addWidget(self.thread)
        self.thread_card = frame
        return frame

    def _triage(self) -> QFrame:
        frame = card(QVBoxLayout())
        layout = frame.layout()
        layout.addWidget(label(tr("Triage"), "subtitle"))
        self.current = label("", name="triage_current")
        layout.addWidget(self.current)
        self.note = QPlainTextEdit()
        self.note.setObjectName("triage_note")
        self.note.setPlaceholderText(tr("Note (optional): what was done, who was called…"))
        self.note.setFixedHeight(70)
        self.note.textChanged.connect(self._count_note)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        self.outcome = QComboBox()
        self.outcome.setObjectName("triage_outcome")
        self.outcome.addItem(tr("Outcome (needed to close)…"), "")
        for code in OUTCOMES:
            self.outcome.addItem(outcome_name(code), code)
        row.addWidget(self.outcome, 1)
        self.note_count = label("", "muted", wrap=False, name="triage_note_count")
        row.addWidget(self.note_count)
        layout.addLayout(row)
        buttons = QWidget()
        flow = FlowLayout(buttons, spacing=6)  # wraps: the buttons' words are longer in some languages
        self.acknowledge = push(tr("Acknowledge"), "primary", name="triage_acknowledged")
        self.investigate = push(tr("Investigate"), name="triage_investigating")
        self.close = push(tr("Close"), "danger", name="triage_closed")
        for widget, state in ((self.acknowledge, "acknowledged"), (self.investigate, "investigating"),
                              (self.close, "closed")):
            widget.clicked.connect(lambda _=False, s=state: self.triage_requested.emit(s))
            flow.addWidget(widget)
        self.add_note = push(tr("Add note"), name="triage_add_note")
        self.add_note.clicked.connect(self.note_requested.emit)
        flow.addWidget(self.add_note)
        layout.addWidget(buttons)
        self.message = label("", name="triage_message")
        layout.addWidget(self.message)
        layout.addSpacing(6)
        layout.addWidget(label(tr("History"), "field"))
        self.history = QWidget()
        self.history.setObjectName("triage_history")
        QVBoxLayout(self.history).setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.history)
        self._count_note()
        return frame

    # ------------------------------------------------------------------------------------ showing

    def show_detail(self, detail: AlertDetail | None, kiosks: Sequence[KioskPresence] = (),
                    now: dt.datetime | None = None) -> None:
        """Show ``detail`` (None: nothing selected) and how to reach its point of entry (``kiosks``: their
        latest status). A note being typed for the same alert is kept."""
        same = detail is not None and self.detail is not None and detail.summary.id == self.detail.summary.id
        self.detail = detail
        self.empty.setVisible(detail is None)
        self.content.setVisible(detail is not None)
        if detail is None:
            return
        if not same:
            self.ihr_status.setText("")
            self.note.clear()
            self.outcome.setCurrentIndex(0)
            self.set_message("")
            self.scroll.verticalScrollBar().setValue(0)
        summary = detail.summary
        info = detail.info
        self.event.setText(info.event if info is not None else summary.event)
        exercise = summary.status != "Actual"
        set_chip(self.status_chip, status_name(summary.status, summary.exercise_id).upper() if exercise else
                 tr("ACTUAL"), theme.EXERCISE if exercise else theme.INK)
        set_chip(self.priority_chip, priority_text(summary.urgency, summary.severity),
                 priority_colour(summary.urgency, summary.severity))
        set_chip(self.state_chip, state_name(summary.state), style.STATE_COLOURS.get(summary.state, theme.MUTED))
        self.summary.setText(summary_line(detail))
        self.parse_error.setText(tr("The stored CAP message could not be read again: %1").replace(
            "%1", detail.parse_error) if detail.parse_error else "")
        self.parse_error.setVisible(bool(detail.parse_error))
        for key, text in field_texts(detail).items():
            self.values[key].setText(text)
            if isinstance(self.values[key], QLineEdit):
                self.values[key].setCursorPosition(0)
            self.values[key].setVisible(bool(text))
            self.captions[key].setVisible(bool(text))
        self._show_triage(detail)
        self._show_history(detail.history)
        self._show_thread(detail)
        self.facts.show(detail, kiosks, now or dt.datetime.now(dt.UTC), console_locale().name()[:2])

    def _show_thread(self, detail: AlertDetail) -> None:
        clear_layout(self.thread)
        self.thread_card.setVisible(len(detail.thread) > 1 or detail.msg_type != "Alert" or
                                    any(entry.assessment for entry in detail.thread))
        if detail.msg_type != "Alert" and all(entry.msg_type != "Alert" for entry in detail.thread):
            self.thread.layout().addWidget(label(tr("The alert this refers to has not reached the hub."), "muted",
                                                 name="thread_missing"))
        for entry in detail.thread:
            text = thread_line(entry)
            if entry.id == detail.summary.id:
                text = f"▸ {text}"
            self.thread.layout().addWidget(selectable(label(text, name="thread_entry")))

    def _show_triage(self, detail: AlertDetail) -> None:
        last = detail.history[-1] if detail.history else None
        state = state_name(detail.summary.state)
        self.current.setText(tr("Now: %1").replace("%1", state) if last is None else
                             tr("Now: %1 — %2, %3").replace("%1", state).replace("%2", person(last.officer))
                             .replace("%3", local_time(last.at)))
        allowed = detail.next_states if self.may_triage else ()
        self.acknowledge.setEnabled("acknowledged" in allowed)
        self.investigate.setEnabled("investigating" in allowed)
        self.investigate.setText(tr("Re-open") if detail.summary.state == "closed" else tr("Investigate"))
        self.close.setEnabled("closed" in allowed)
        self.outcome.setEnabled("closed" in allowed)

    def _show_history(self, steps: tuple[TriageStep, ...]) -> None:
        clear_layout(self.history)
        layout = self.history.layout()
        if not steps:
            layout.addWidget(label(tr("Not triaged yet."), "muted"))
        for step in reversed(steps):
            layout.addWidget(selectable(label(history_line(step), name="history_step")))
            if step.note:
                layout.addWidget(selectable(label(step.note, "muted", name="history_note")))

    def set_may_triage(self, may: bool) -> None:
        """Whether the signed-in user's role may triage (``kiosk.hub.accounts.can``); read-only: every
        triage control disabled (the core refuses anyway)."""
        self.may_triage = may
        self.note.setReadOnly(not may)
        self._count_note()
        if self.detail is not None:
            self._show_triage(self.detail)

    def set_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("kind", "error" if error else "ok")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    def outcome_code(self) -> str:
        return self.outcome.currentData() or ""

    def _count_note(self) -> None:
        length = len(self.note.toPlainText().strip())
        self.add_note.setEnabled(self.may_triage and 0 < length <= NOTE_MAX)
        self.note_count.setText(f"{length}/{NOTE_MAX}")
        self.note_count.setProperty("kind", "error" if length > NOTE_MAX else "muted")
        self.note_count.style().unpolish(self.note_count)
        self.note_count.style().polish(self.note_count)


def _token_field(key: str) -> QLineEdit:
    """Identifiers are one long word: a flat read-only line (copyable) that scrolls instead of widening the panel."""
    field = QLineEdit()
    field.setObjectName(f"field_{key}")
    field.setReadOnly(True)
    field.setFrame(False)
    field.setStyleSheet("border: none; background: transparent; padding: 0; min-height: 0;")
    field.setContentsMargins(-2, -1, 0, 0)  # QLineEdit's own 2 px text margin: line up with the labels
    return field


def summary_line(detail: AlertDetail) -> str:
    """The facts an officer triages on, in one line: protocol, risk, disposition, temperature, where."""
    summary, params = detail.summary, detail.parameters
    parts = [params.get("protocol", summary.protocol), tr("risk %1").replace("%1", params.get("risk", summary.risk)),
             params.get("disposition", summary.disposition)]
    if params.get("temperature"):
        parts.append(f"{params['temperature']} °C")
    parts.append(f"{summary.poe} ({detail.sender})")
    return " · ".join(part for part in parts if part)


ASSESSMENTS = {"in-progress": QT_TR_NOOP("Early notice — assessment in progress"),
               "completed": QT_TR_NOOP("assessment completed"), "ruled-out": QT_TR_NOOP("ruled out at the kiosk"),
               "abandoned": QT_TR_NOOP("screening abandoned")}
"""The ``assessment`` of an early notice and of what followed it, in the thread."""


def thread_line(entry: ThreadEntry) -> str:
    """``Update · sent 29 Nov 10:02 · received 29 Nov 10:02`` (and its note, when it has one); an early
    notice and its Update or Cancel say where the assessment stands."""
    kind = message_type_name(entry.msg_type)
    if entry.assessment in ASSESSMENTS:
        kind = tr(ASSESSMENTS[entry.assessment]) if entry.assessment == "in-progress" else \
            f"{kind} ({tr(ASSESSMENTS[entry.assessment])})"
    text = (f"{kind} · {tr('sent %1').replace('%1', local_time(entry.sent))} · "
            f"{tr('received %1').replace('%1', local_time(entry.received_at))}")
    return f"{text} — {entry.note}" if entry.note else text


def history_line(step: TriageStep) -> str:
    if step.note_only:
        return f"{local_time(step.at)} · {tr('Note')} · {person(step.officer)}"
    text = f"{local_time(step.at)} · {state_name(step.state)}"
    if step.outcome:
        text += f" ({outcome_name(step.outcome)})"
    return f"{text} · {person(step.officer)}"


def field_texts(detail: AlertDetail) -> dict[str, str]:
    """Field key → text; parameters come from the CAP message parsed again from the stored payload."""
    summary, params = detail.summary, detail.parameters
    info = detail.info
    areas = ", ".join(info.areas) if info is not None else ""
    temperature = params.get("temperature", "")
    return {
        "flagged": local_time(summary.flagged_at, seconds=True) if summary.flagged_at else "",
        "sent": local_time(detail.message.sent if detail.message else summary.sent, seconds=True),
        "received": local_time(summary.received_at, seconds=True),
        "poe": areas or params.get("point-of-entry") or summary.poe,
        "kiosk": detail.sender,
        "protocol": params.get("protocol", summary.protocol),
        "risk": params.get("risk", summary.risk),
        "disposition": params.get("disposition", summary.disposition),
        "recommended": params.get("recommended-disposition", ""),
        "temperature": f"{temperature} °C" if temperature else "",
        "traveller": params.get("traveller-reference", ""),  # a pseudonym: the hub holds no identity
        "follow_up": params.get("follow-up-until", ""),
        "certainty": summary.certainty,
        "situation": params.get("situation-version", ""),
        "protocols": params.get("protocols-version", ""),
        "encounter": params.get("encounter", ""),
        "identifier": detail.identifier,
        "note": detail.message.note if detail.message else "",
    }
