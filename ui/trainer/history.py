"""The kiosk's past exercises in the trainer console, each with its after-action report (PDF and JSON).

Only exercise runs are listed (``kiosk.training.console.exercise_history``): real screenings never appear
here, and exercise screenings never appear in the officer's history of real work. A report opens in the
desktop's viewer (``QDesktopServices``); a report file moved or deleted since is said so, calmly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.training.console import PastRun
from ui.views.widgets import label

HISTORY_COLUMNS = ("Exercise", "Scenario", "Ended", "Officers", "Score", "Result")


def tr(text: str) -> str:
    return QCoreApplication.translate("TrainerConsole", text)


def _headers() -> list[str]:
    return [tr("Exercise"), tr("Scenario"), tr("Ended"), tr("Officers"), tr("Score"), tr("Result")]


class ExerciseHistoryPanel(QWidget):
    """Past exercise runs, newest first; the selected one's report opens as PDF or JSON."""

    def __init__(self, parent: QWidget | None = None, opener: Callable[[QUrl], bool] = QDesktopServices.openUrl) -> None:
        super().__init__(parent)
        self.runs: list[PastRun] = []
        self.opener = opener
        box = QVBoxLayout(self)
        box.addWidget(label(tr("Past exercises on this kiosk (exercise data only: no real screening)"), "heading"))
        self.table = QTableWidget(0, len(HISTORY_COLUMNS))
        self.table.setObjectName("trainer-history")
        self.table.setHorizontalHeaderLabels(_headers())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.open_pdf = QPushButton(tr("Open the report (PDF)"))
        self.open_json = QPushButton(tr("Open the report (JSON)"))
        self.open_pdf.clicked.connect(lambda: self.open_report("pdf"))
        self.open_json.clicked.connect(lambda: self.open_report("json"))
        row.addWidget(self.open_pdf)
        row.addWidget(self.open_json)
        row.addStretch(1)
        box.addLayout(row)
        self.message = label("", "problem", name="trainer-history-message")
        box.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def show_runs(self, runs: list[PastRun]) -> None:
        if runs == self.runs:
            return
        selected = self.selected()
        self.runs = list(runs)
        self.table.setRowCount(len(runs))
        for index, run in enumerate(runs):
            score = "—" if run.score_percent is None else f"{run.score_percent:g} %"
            result = "—" if run.passed is None else (tr("passed") if run.passed else tr("not passed"))
            cells = (f"{run.name} ({run.exercise_id})", run.scenario_id or tr("no scenario"),
                     run.ended_at.astimezone().strftime("%Y-%m-%d %H:%M"), ", ".join(run.officers) or "—", score, result)
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        for column in range(1, len(HISTORY_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if selected is not None:
            for index, run in enumerate(runs):
                if run.exercise_id == selected.exercise_id:
                    self.table.selectRow(index)
        self._selection_changed()

    def selected(self) -> PastRun | None:
        rows = self.table.selectionModel().selectedRows()
        return self.runs[rows[0].row()] if rows and rows[0].row() < len(self.runs) else None

    def _selection_changed(self) -> None:
        run = self.selected()
        self.open_pdf.setEnabled(run is not None and run.report_pdf is not None)
        self.open_json.setEnabled(run is not None and run.report_json is not None)
        if run is not None and run.report_pdf is None:
            self.message.setText(tr("This exercise was run from the kiosk's own button: it has no scenario and no "
                                    "report."))
        else:
            self.message.setText("")

    def open_report(self, kind: str) -> None:
        run = self.selected()
        path: Path | None = None if run is None else (run.report_pdf if kind == "pdf" else run.report_json)
        if path is None:
            return
        if not path.exists():
            self.message.setText(tr("The report %1 is no longer there (moved or deleted).").replace("%1", str(path)))
            return
        if not self.opener(QUrl.fromLocalFile(str(path))):
            self.message.setText(tr("No program on this computer opens %1.").replace("%1", str(path)))
            return
        self.message.setText(tr("Opened %1.").replace("%1", str(path)))
