"""An alert list page: the filters, the list (attention first, coloured by priority, paged lazily) and the
detail panel.

The console has two of these: Actual alerts, and Exercise/Test alerts under a violet banner. A page
only shows the rows it is given (:class:`ui.hub.views.alert_model.AlertListModel`); which rows, and which
are new, is the window's business.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QSplitter, QTableView, QWidget

from kiosk.clock import Clock
from kiosk.hub.console import AlertSummary
from kiosk.hub.finder import AlertFilter, Page
from ui.hub import style
from ui.hub.views.alert_model import COLUMNS, ESCALATED_MARK, ID_ROLE, NEW_MARK, AlertListModel
from ui.hub.views.detail import DetailPanel
from ui.hub.views.filters import FilterBar
from ui.hub.views.parts import page_column, push, tr
from ui.views.widgets import label

__all__ = ["COLUMNS", "ESCALATED_MARK", "ID_ROLE", "NEW_MARK", "AlertsPage"]


class AlertsPage(QWidget):
    """``selected(alert id)`` when the officer picks a row; ``filter_changed()`` when a filter moves."""

    selected = Signal(int)
    filter_changed = Signal()

    def __init__(self, view: str, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.model = AlertListModel(parent=self)
        self.shown_filter: AlertFilter | None = None
        """The filter the rows on show were read with (a poll with another starts from the top)."""
        column = page_column(self)
        if view == "exercise":
            column.addWidget(label(tr("EXERCISE AND TEST ALERTS — not real. They are never shown with actual "
                                      "alerts, never counted with them and never in the report."),
                                   name="exercise_banner"))
        self.filters = FilterBar(view, clock)
        self.filters.changed.connect(self.filter_changed.emit)
        column.addWidget(self.filters)
        column.addLayout(self._count_row())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._table())
        self.detail = DetailPanel()
        self.detail.setObjectName(f"{view}_detail")
        self.detail.setMinimumWidth(400)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([5000, 2000])  # the list gets 5/7 (the detail never below its minimum)
        column.addWidget(splitter, 1)

    def _count_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count = label("", "muted", wrap=False, name=f"{self.view}_count")
        row.addWidget(self.count, 1)
        self.mark_seen = push(tr("Mark all as seen"), name=f"{self.view}_mark_seen")
        row.addWidget(self.mark_seen)
        return row

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName(f"{self.view}_table")
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(style.ROW_PX)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setColumnHidden(COLUMNS.index("status"), self.view == "actual")
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(COLUMNS.index("new"), QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COLUMNS.index("new"), 24)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._reselect)
        self.table = table
        return table

    # ------------------------------------------------------------------------------------ rows

    def filter_value(self) -> AlertFilter:
        return self.filters.value()

    def show_page(self, page: Page, unseen: frozenset[int], filters: AlertFilter | None = None) -> None:
        """Show ``page`` (the rows loaded so far, refreshed, or a new filter's first page) read with
        ``filters``; the selection and scroll stay put."""
        self.shown_filter = filters
        self._keep = self.selected_id()
        scroll = self.table.verticalScrollBar().value()
        self.model.replace(page, frozenset(unseen & {row.id for row in page.rows}))
        self.table.verticalScrollBar().setValue(scroll)
        self.show_count()

    def append_page(self, page: Page) -> None:
        self.model.append_page(page)
        self.show_count()

    def set_unseen(self, unseen: frozenset[int]) -> None:
        self.model.set_unseen(frozenset(unseen & set(self.model.ids())))
        self.show_count()

    def show_count(self) -> None:
        rows, new = len(self.model.rows), len(self.model.unseen)
        text = tr("%n alert(s)", rows) if not self.model.more else tr("%n alert(s) loaded · scroll for more", rows)
        if new:
            text += " · " + tr("%n new", new)
        self.count.setText(text)

    def _reselect(self) -> None:
        keep = getattr(self, "_keep", None)
        if keep is None or (index := self.row_of(keep)) is None:
            return
        self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().select(self.model.index(index, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().blockSignals(False)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows and rows[0].row() < len(self.model.rows) else None

    def row_of(self, alert_id: int) -> int | None:
        return self.model.row_of(alert_id)

    def row_count(self) -> int:
        return len(self.model.rows)

    def ids_shown(self) -> list[int]:
        return self.model.ids()

    def summary_of(self, alert_id: int) -> AlertSummary | None:
        index = self.row_of(alert_id)
        return self.model.rows[index] if index is not None else None

    def cell_text(self, row: int, column: str) -> str:
        return self.model.text(self.model.rows[row], column)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selection_changed(self, *_args: object) -> None:
        alert_id = self.selected_id()
        if alert_id is not None:
            self.selected.emit(alert_id)
