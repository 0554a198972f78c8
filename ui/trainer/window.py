"""The trainer console: choose a scenario and the officers taking part (the roster), start, pause and
resume, release injects, watch progress live (each inject's step at the kiosk, time since release and to
decision, in exercise time: the clocks stop while paused), take observer notes, end with the score and the
after-action report; the kiosk's past exercises with their reports (:mod:`ui.trainer.history`).

The window only shows :class:`kiosk.training.console.ExerciseConsole`: every database call runs on the
one worker of :class:`ui.tasks.Tasks`, and each action comes back with a fresh :class:`Snapshot`. A timer
reads the snapshot again every ``refresh_ms`` (decisions made at the kiosk, times since release).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.training.console import (
    NOTE_KINDS,
    Ended,
    ExerciseConsole,
    PastRun,
    ProgressRow,
    RunState,
    exercise_history,
)
from kiosk.training.scenario import shipped_scenarios
from ui import accessibility
from ui.tasks import Tasks
from ui.trainer.history import ExerciseHistoryPanel
from ui.views.widgets import TouchButton, label

log = logging.getLogger(__name__)

REFRESH_MS = 2000
COLUMNS = ("#", "Traveller", "Status", "Step", "Since release", "Decision", "Expected", "Result", "Time to decision")


def tr(text: str) -> str:
    """The trainer console's text in the trainer's language."""
    return QCoreApplication.translate("TrainerConsole", text)


def _headers() -> list[str]:
    """The table's headers, in the order of :data:`COLUMNS`."""
    return [tr("#"), tr("Traveller"), tr("Status"), tr("Step"), tr("Since release"), tr("Decision"), tr("Expected"),
            tr("Result"), tr("Time to decision")]


def _status_text(status: str) -> str:
    return {"waiting": tr("not released"), "screening": tr("being screened"), "decided": tr("decided")}[status]


def _step_text(row: ProgressRow) -> str:
    """Where the inject's traveller is: the SOP stage and page at the kiosk, or why there is none."""
    if row.decision is not None:
        return tr("decided")
    if row.release is None:
        return "—"
    screening = row.screening
    if screening is None:
        return tr("not started at the kiosk")
    if screening.status == "awaiting_secondary":
        return tr("waiting for secondary screening")
    stage = {"primary": tr("primary"), "secondary": tr("secondary")}.get(screening.stage, screening.stage)
    return f"{stage} · {(screening.step or '').replace('_', ' ')}"


def _note_kind_text(kind: str) -> str:
    return {"observation": tr("Observation"), "strength": tr("Strength"), "improve": tr("To improve")}[kind]


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


@dataclass(frozen=True)
class Snapshot:
    state: RunState | None
    rows: list[ProgressRow]
    officers: tuple[Any, ...] = ()
    """The kiosk's officers (``OfficerInfo``), for the roster."""
    history: tuple[PastRun, ...] = ()
    """The kiosk's past exercises, newest first."""


class TrainerConsoleWindow(QMainWindow):
    """The trainer's window on one kiosk's database."""

    def __init__(self, console: ExerciseConsole, report_dir: Path, scenario: str | None = None,
                 refresh_ms: int = REFRESH_MS) -> None:
        super().__init__()
        self.console = console
        self.report_dir = report_dir
        self.snapshot = Snapshot(None, [])
        self.ended: Ended | None = None
        self.tasks = Tasks(self)
        self.tasks.failed.connect(self._failed)
        self.setWindowTitle(tr("Trainer console · simulation exercise"))
        self._build(scenario)
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    # ------------------------------------------------------------------------------------------ layout

    def _build(self, scenario: str | None) -> None:
        root = QWidget()
        layout = QVBoxLayout(root)
        self.scenarios = QComboBox()
        accessibility.name(self.scenarios, tr("Scenario"))
        for shipped in shipped_scenarios():
            self.scenarios.addItem(f"{shipped.title} ({shipped.id})", shipped.id)
        if scenario is not None:
            index = self.scenarios.findData(scenario)
            if index < 0:
                self.scenarios.addItem(scenario, scenario)
                index = self.scenarios.count() - 1
            self.scenarios.setCurrentIndex(index)
        self.roster = QListWidget()
        """The kiosk's officers: the trainer ticks those taking part before starting."""
        self.roster.setObjectName("trainer-roster")
        accessibility.name(self.roster, tr("Officers taking part"))
        self.roster.setMaximumHeight(110)
        self.roster_label = label("", name="trainer-roster-label")
        self.start_button = self._button(tr("Start the exercise"), self.start)
        self.pause_button = self._button(tr("Pause"), self.toggle_pause)
        self.end_button = self._button(tr("End the exercise and write the report"), self.end)
        top = QHBoxLayout()
        top.addWidget(label(tr("Scenario:"), wrap=False))
        top.addWidget(self.scenarios, 1)
        layout.addLayout(top)
        self.roster_title = label(tr("Officers taking part:"), wrap=False)
        layout.addWidget(self.roster_title)
        layout.addWidget(self.roster)
        layout.addWidget(self.roster_label)
        controls = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.end_button):
            controls.addWidget(button)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.status = label("", "heading", name="trainer-status")
        layout.addWidget(self.status)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(_headers())
        accessibility.name(self.table, tr("Injects of the scenario"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 3)
        releases = QHBoxLayout()
        self.release_next_button = self._button(tr("Release the next inject"), lambda: self.release(None))
        self.release_chosen_button = self._button(tr("Release the selected inject"), self.release_selected)
        releases.addWidget(self.release_next_button)
        releases.addWidget(self.release_chosen_button)
        releases.addStretch(1)
        layout.addLayout(releases)
        notes = QHBoxLayout()
        self.note_kind = QComboBox()
        accessibility.name(self.note_kind, tr("Kind of note"))
        for kind in NOTE_KINDS:
            self.note_kind.addItem(_note_kind_text(kind), kind)
        self.note_text = QLineEdit()
        self.note_text.setPlaceholderText(tr("Observer note"))
        accessibility.name(self.note_text, tr("Observer note"))
        self.note_text.returnPressed.connect(self.add_note)
        self.note_button = self._button(tr("Add the note"), self.add_note)
        notes.addWidget(self.note_kind)
        notes.addWidget(self.note_text, 1)
        notes.addWidget(self.note_button)
        layout.addLayout(notes)
        self.notes = QListWidget()
        accessibility.name(self.notes, tr("Observer notes"))
        self.notes.setMaximumHeight(110)  # the progress table gets the room
        layout.addWidget(self.notes)
        self.result = label("", name="trainer-result")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        self.message = label("", "problem", name="trainer-message")
        layout.addWidget(self.message)
        self.history = ExerciseHistoryPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(root, tr("Exercise"))
        self.tabs.addTab(self.history, tr("Past exercises"))
        self.setCentralWidget(self.tabs)
        self._show(self.snapshot)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = TouchButton(text)  # its accessible name follows its text
        button.clicked.connect(slot)
        return button

    # ----------------------------------------------------------------------------------------- actions

    def start(self) -> None:
        source = str(self.scenarios.currentData())
        officers = self.chosen_officers()
        if not officers:
            self.message.setText(tr("Tick the officers taking part first."))
            return
        self.ended = None
        self._do(lambda: self.console.start(source, officers))

    def chosen_officers(self) -> list[str]:
        """The ids of the officers ticked on the roster."""
        items = (self.roster.item(i) for i in range(self.roster.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def toggle_pause(self) -> None:
        paused = self.snapshot.state is not None and self.snapshot.state.paused
        self._do(self.console.resume if paused else self.console.pause)

    def release(self, inject_id: str | None) -> None:
        self._do(lambda: self.console.release(inject_id))

    def release_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(tr("Select the inject to release in the table first."))
            return
        self.release(self.snapshot.rows[rows[0].row()].inject.id)

    def add_note(self) -> None:
        text, kind = self.note_text.text(), str(self.note_kind.currentData())
        self._do(lambda: self.console.note(text, kind), lambda: self.note_text.clear())

    def end(self) -> None:
        def op() -> tuple[Ended, Snapshot]:
            return self.console.end(self.report_dir), self._read()

        def done(result: tuple[Ended, Snapshot]) -> None:
            self.ended = result[0]
            self._show(result[1])

        self.tasks.run(op, done, self._action_failed)

    def refresh(self) -> None:
        """Read the snapshot again (skipped while an operation is still on its way: no backlog)."""
        if self.tasks.pending:
            return
        self.tasks.run(self._read, self._show, self._action_failed)

    def _read(self) -> Snapshot:
        state = self.console.state()
        officers = tuple(self.console.officers()) if not self.snapshot.officers else self.snapshot.officers
        history = tuple(exercise_history(self.console.store, self.console.services.context.kiosk_id))
        return Snapshot(state, self.console.progress(state) if state else [], officers, history)

    def _do(self, action: Callable[[], Any], then: Callable[[], None] | None = None) -> None:
        def op() -> Snapshot:
            action()
            return self._read()

        def done(snapshot: Snapshot) -> None:
            self.message.setText("")
            if then is not None:
                then()
            self._show(snapshot)

        self.tasks.run(op, done, self._action_failed)

    def _action_failed(self, error: BaseException) -> None:
        if not isinstance(error, KioskError):
            log.error("trainer console operation failed", exc_info=error)
        self.message.setText(str(error) if isinstance(error, KioskError) else tr("Something went wrong: %1")
                             .replace("%1", type(error).__name__))

    def _failed(self, error: BaseException) -> None:
        self._action_failed(error)

    # ----------------------------------------------------------------------------------------- showing

    def _show(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        state = snapshot.state
        running = state is not None
        self.start_button.setEnabled(not running)
        if state is not None:  # the scenario running, whoever started it
            index = self.scenarios.findData(state.scenario.id)
            if index >= 0:
                self.scenarios.setCurrentIndex(index)
        self.scenarios.setEnabled(not running)
        self._show_roster(snapshot)
        for widget in (self.pause_button, self.end_button, self.note_button, self.note_text):
            widget.setEnabled(running)
        paused = bool(state and state.paused)
        can_release = running and not paused
        self.release_next_button.setEnabled(can_release and bool(state and state.unreleased()))
        self.release_chosen_button.setEnabled(can_release)
        self.pause_button.setText(tr("Resume") if paused else tr("Pause"))
        self.status.setText(self._status_line(state))
        self._fill_table(snapshot.rows)
        self.notes.clear()
        for note in state.notes if state else ():
            self.notes.addItem(f"{note.at:%H:%M:%S} · {_note_kind_text(note.kind)} · {note.text}")
        self.result.setText(self._result_text())
        self.history.show_runs(list(snapshot.history))

    def _show_roster(self, snapshot: Snapshot) -> None:
        """Before the start: the officers to tick; while running: who takes part (stored with the run)."""
        state = snapshot.state
        names = {o.id: o.name for o in snapshot.officers}
        if self.roster.count() != len(snapshot.officers):
            ticked = set(self.chosen_officers())
            self.roster.clear()
            for officer in snapshot.officers:
                item = QListWidgetItem(f"{officer.name} ({officer.id})")
                item.setData(Qt.ItemDataRole.UserRole, officer.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if officer.id in ticked else Qt.CheckState.Unchecked)
                self.roster.addItem(item)
        self.roster.setVisible(state is None)
        self.roster_title.setVisible(state is None)
        self.roster_label.setVisible(state is not None)
        if state is not None:
            people = ", ".join(f"{names.get(o, o)} ({o})" for o in state.officers) or tr("none chosen")
            self.roster_label.setText(tr("Officers taking part: %1").replace("%1", people))

    def _status_line(self, state: RunState | None) -> str:
        if state is None:
            return tr("No exercise is running on this kiosk. Choose a scenario and start it.")
        line = tr("Exercise %1 · %2 · %3").replace("%1", state.exercise.id).replace("%2", state.scenario.title)
        return line.replace("%3", tr("paused: the clocks are stopped") if state.paused else tr("running"))

    def _fill_table(self, rows: list[ProgressRow]) -> None:
        selected = self.table.currentRow()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            decision = row.decision
            result = "—" if row.correct is None else (tr("correct") if row.correct else tr("WRONG"))
            cells = (str(row.inject.number), row.inject.title, _status_text(row.status), _step_text(row),
                     _duration(row.since_release_s),
                     decision.disposition if decision and decision.disposition else "—",
                     row.inject.expected.disposition, result, _duration(row.time_to_decision_s))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long title is cut to fit: the whole of it on hover
                if row.correct is False:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(index, column, item)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        if 0 <= selected < len(rows):
            self.table.selectRow(selected)

    def _result_text(self) -> str:
        if self.ended is None:
            return ""
        score = self.ended.score
        verdict = tr("passed") if score["passed"] else tr("not passed")
        lines = [tr("Exercise %1 ended: %2 % of the injects as expected, %3.").replace("%1", self.ended.exercise.id)
                 .replace("%2", f"{score['score_percent']:g}").replace("%3", verdict)]
        lines += [f"• {reason}" for reason in score["reasons"]]
        lines.append(tr("After-action report: %1").replace("%1", str(self.ended.report["pdf"])))
        return "\n".join(lines)

    # ------------------------------------------------------------------------------------------ closing

    def shutdown(self) -> None:
        self.timer.stop()
        self.tasks.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
