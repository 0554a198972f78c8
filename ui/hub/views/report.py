"""The report page: Actual alerts of a period by protocol × point of entry and by triage state; CSV export.

Exercise and Test alerts of the period are named on a line of their own, outside every count.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.hub.console import TRIAGE_STATES, Report
from ui import theme
from ui.hub import style
from ui.hub.views.parts import bold_font, day_time, outcome_name, page_column, push, state_name, tr
from ui.views.widgets import card, label

PERIODS = ((1, QT_TR_NOOP("Today")), (7, QT_TR_NOOP("Last 7 days")), (28, QT_TR_NOOP("Last 28 days")))


class ReportPage(QWidget):
    """``period_changed(days)`` when a period is picked; ``export`` asks the window for a CSV file."""

    period_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = page_column(self)
        column.addLayout(self._period_row())
        self.summary = label("", "subtitle", name="report_summary")
        column.addWidget(self.summary)
        self.not_counted = label("", name="report_not_counted")
        self.not_counted.setStyleSheet(f"color: {theme.EXERCISE}; font-weight: bold;")
        column.addWidget(self.not_counted)
        column.addWidget(self._states())
        self.outcomes = label("", "muted", name="report_outcomes")
        column.addWidget(self.outcomes)
        column.addSpacing(6)
        column.addWidget(label(tr("Alerts by protocol and point of entry"), "subtitle"))
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("report_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setDefaultSectionSize(style.ROW_PX)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setMinimumSectionSize(90)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        column.addWidget(self.table, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)

    def _period_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.periods = QButtonGroup(self)
        for days, text in PERIODS:
            widget = push(tr(text), checkable=True, name=f"report_days_{days}")
            self.periods.addButton(widget, days)
            row.addWidget(widget)
        self.periods.idClicked.connect(self.period_changed.emit)
        row.addStretch(1)
        self.message = label("", "muted", wrap=False, name="report_message")
        row.addWidget(self.message)
        self.export = push(tr("Export CSV…"), "primary", name="report_export")
        self.export.setEnabled(False)
        row.addWidget(self.export)
        return row

    def _states(self) -> QFrame:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.state_counts = {}
        for state in TRIAGE_STATES:
            box = QVBoxLayout()
            number = label("0", wrap=False, name=f"report_state_{state}")
            number.setStyleSheet(f"font-size: {style.TITLE_PX + 6}px; font-weight: bold; "
                                 f"color: {style.STATE_COLOURS[state]};")
            box.addWidget(number)
            box.addWidget(label(state_name(state), "muted", wrap=False))
            self.state_counts[state] = number
            row.addWidget(card(box), 1)
        holder = QFrame()
        holder.setLayout(row)
        return holder

    def days(self) -> int:
        return max(self.periods.checkedId(), 1)

    def select_period(self, days: int) -> None:
        self.periods.button(days).setChecked(True)

    def show_report(self, report: Report) -> None:
        self.select_period(report.days)
        self.summary.setText(tr("%n actual alert(s) received from %1 to %2 UTC", report.total)
                             .replace("%1", day_time(report.start))
                             .replace("%2", day_time(report.end.astimezone(dt.UTC))))
        exercise, test = report.other_statuses.get("Exercise", 0), report.other_statuses.get("Test", 0)
        self.not_counted.setText(tr("Not counted above: %1 exercise and %2 test alert(s) in the same period.")
                                 .replace("%1", str(exercise)).replace("%2", str(test)) if exercise or test else "")
        self.not_counted.setVisible(bool(exercise or test))
        for state, count in report.by_state().items():
            self.state_counts[state].setText(str(count))
        self._fill_table(report)
        outcomes = report.closed_by_outcome()
        self.outcomes.setText(tr("Closed: %1").replace("%1", ", ".join(
            f"{outcome_name(code)} {count}" for code, count in sorted(outcomes.items()))) if outcomes else "")
        self.export.setEnabled(True)

    def _fill_table(self, report: Report) -> None:
        """Protocols down, points of entry across, totals on the last row and column."""
        protocols, poes = report.protocols(), report.poes()
        counts = report.by_protocol_poe()
        self.table.setRowCount(len(protocols) + 1)
        self.table.setColumnCount(len(poes) + 1)
        self.table.setHorizontalHeaderLabels([*poes, tr("Total")])
        self.table.setVerticalHeaderLabels([*protocols, tr("Total")])
        bold = bold_font()
        for r, protocol in enumerate([*protocols, None]):
            for c, poe in enumerate([*poes, None]):
                value = sum(n for (p, e), n in counts.items()
                            if (protocol is None or p == protocol) and (poe is None or e == poe))
                item = QTableWidgetItem(str(value) if value else "·")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if protocol is None or poe is None:
                    item.setFont(bold)
                self.table.setItem(r, c, item)

    def cell(self, protocol: str, poe: str) -> str:
        """The table's text for ``protocol`` × ``poe`` (``Total`` for either total)."""
        rows = [self.table.verticalHeaderItem(r).text() for r in range(self.table.rowCount())]
        columns = [self.table.horizontalHeaderItem(c).text() for c in range(self.table.columnCount())]
        return self.table.item(rows.index(protocol), columns.index(poe)).text()
