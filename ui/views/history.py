"""History screen layout: today's completed encounters with alert delivery and referral slip status."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ui import accessibility, theme
from ui.views.widgets import SubScreen, button, kinetic, label

COLUMNS = ("time", "traveller", "decision", "protocol", "alert", "slip", "action")


class HistoryView(QWidget):
    """A table, one row per encounter; the last column has the print/reprint button of a referral."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame = SubScreen(self, self.tr("Back"), self.tr("Today's screenings"), "history")
        outer, self.back, self.title = frame.layout, frame.back, frame.title
        self.refresh = button(self.tr("Refresh"), name="history_refresh")
        frame.top.addWidget(self.refresh)
        self.message = label("", "muted", name="history_message")
        outer.addWidget(self.message)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("history_table")
        accessibility.name(self.table, self.tr("Today's screenings"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Traveller"), self.tr("Decision"), self.tr("Protocol"),
            self.tr("Alert to the hub"), self.tr("Referral slip"), "",
        ])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(theme.TOUCH_MIN + 16)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("slip"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)
        # colours from the theme's QTableWidget and QHeaderView rules (they follow the high-contrast switch)
        self.table.setStyleSheet("QHeaderView::section { padding: 8px; font-weight: bold; }")
        kinetic(self.table)
        outer.addWidget(self.table, 1)

    def show_rows(self, rows: Sequence[Sequence[str]], actions: Sequence[tuple[str, str] | None],
                  on_action: Callable[[str], None], tips: Sequence[str] = ()) -> None:
        """``rows``: the six text columns; ``actions``: ``(button text, referral id)`` or None per row."""
        self.table.setRowCount(len(rows))
        for index, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == COLUMNS.index("slip") and index < len(tips) and tips[index]:
                    item.setToolTip(tips[index])
                self.table.setItem(index, column, item)
            self._set_action(index, actions[index], on_action)
        self.table.resizeRowsToContents()
        for index in range(len(rows)):  # every row as tall as a touch target, with or without a button
            self.table.setRowHeight(index, max(self.table.rowHeight(index), theme.TOUCH_MIN + 16))
        self.message.setText(self.tr("No screening completed today on this kiosk.") if not rows else
                             self.tr("%n screening(s) completed today on this kiosk.", "", len(rows)))

    def _set_action(self, index: int, action: tuple[str, str] | None, on_action: Callable[[str], None]) -> None:
        column = COLUMNS.index("action")
        if action is None:
            self.table.removeCellWidget(index, column)
            self.table.setItem(index, column, QTableWidgetItem(""))
            return
        text, referral_id = action
        widget = button(text, name=f"print_{referral_id}")
        widget.clicked.connect(lambda _=False, r=referral_id: on_action(r))
        self.table.setCellWidget(index, column, widget)

    def cell_text(self, row: int, column: str) -> str:
        item = self.table.item(row, COLUMNS.index(column))
        return item.text() if item is not None else ""

    def action_button(self, row: int) -> Any:
        return self.table.cellWidget(row, COLUMNS.index("action"))
