"""An alert list page: filter row, the table (newest first, coloured by priority) and the detail panel.

The console has two of these: Actual alerts, and Exercise/Test alerts under a violet banner. A page
only shows the rows it is given; which rows, and which are new, is the window's business.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kiosk.hub.console import LIST_LIMIT, AlertSummary
from ui import theme
from ui.hub import style
from ui.hub.views.detail import DetailPanel
from ui.hub.views.parts import (
    bold_font,
    local_time,
    message_type_name,
    page_column,
    priority_colour,
    push,
    state_name,
    status_name,
    tr,
)
from ui.views.widgets import label

COLUMNS = ("new", "received", "status", "poe", "protocol", "risk", "disposition", "priority", "state")
HEADERS = {
    "new": "", "received": QT_TR_NOOP("Received"), "status": QT_TR_NOOP("Status"),
    "poe": QT_TR_NOOP("Point of entry"), "protocol": QT_TR_NOOP("Protocol"), "risk": QT_TR_NOOP("Risk"),
    "disposition": QT_TR_NOOP("Disposition"), "priority": QT_TR_NOOP("Urgency · severity"),
    "state": QT_TR_NOOP("Triage"),
}
STATE_FILTERS = (("", QT_TR_NOOP("All")), ("open", QT_TR_NOOP("Open (not closed)")), ("new", QT_TR_NOOP("New")),
                 ("acknowledged", QT_TR_NOOP("Acknowledged")), ("investigating", QT_TR_NOOP("Investigating")),
                 ("closed", QT_TR_NOOP("Closed")))
ID_ROLE = Qt.ItemDataRole.UserRole
NEW_MARK = "●"


class AlertsPage(QWidget):
    """``selected(alert id)`` when the officer picks a row; ``filter_changed()`` when the state filter moves."""

    selected = Signal(int)
    filter_changed = Signal()

    def __init__(self, view: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self._shown: tuple[tuple[AlertSummary, ...], frozenset[int]] | None = None
        column = page_column(self)
        if view == "exercise":
            column.addWidget(label(tr("EXERCISE AND TEST ALERTS — not real. They are never shown with actual "
                                      "alerts, never counted with them and never in the report."),
                                   name="exercise_banner"))
        column.addLayout(self._filter_row())
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

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(label(tr("Show"), wrap=False))
        self.state_filter = QComboBox()
        self.state_filter.setObjectName(f"{self.view}_state_filter")
        for code, text in STATE_FILTERS:
            self.state_filter.addItem(tr(text), code)
        self.state_filter.currentIndexChanged.connect(lambda _index: self.filter_changed.emit())
        row.addWidget(self.state_filter)
        self.count = label("", "muted", wrap=False, name=f"{self.view}_count")
        row.addWidget(self.count, 1)
        self.mark_seen = push(tr("Mark all as seen"), name=f"{self.view}_mark_seen")
        row.addWidget(self.mark_seen)
        return row

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS))
        table.setObjectName(f"{self.view}_table")
        table.setHorizontalHeaderLabels([tr(HEADERS[c]) for c in COLUMNS])
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
        table.itemSelectionChanged.connect(self._selection_changed)
        self.table = table
        return table

    # ------------------------------------------------------------------------------------ rows

    def state_filter_value(self) -> str | None:
        return self.state_filter.currentData() or None

    def show_alerts(self, rows: Sequence[AlertSummary], unseen: frozenset[int]) -> None:
        """Render ``rows`` (unchanged rows are not re-rendered); the selection and scroll stay put."""
        shown = (tuple(rows), frozenset(unseen & {row.id for row in rows}))
        if shown == self._shown:
            return
        self._shown = shown
        keep = self.selected_id()
        scroll = self.table.verticalScrollBar().value()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, item in enumerate(_cells(row, row.id in unseen)):
                self.table.setItem(index, column, item)
        self.table.clearSelection()
        if keep is not None and (index := self.row_of(keep)) is not None:
            self.table.selectRow(index)
        self.table.blockSignals(False)
        self.table.verticalScrollBar().setValue(scroll)
        self._count_text(len(rows), len(shown[1]))

    def _count_text(self, rows: int, new: int) -> None:
        text = tr("%n alert(s)", rows)
        if rows >= LIST_LIMIT:
            text = tr("the newest %1 alerts").replace("%1", str(rows))
        if new:
            text += " · " + tr("%n new", new)
        self.count.setText(text)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(ID_ROLE) if item is not None else None

    def row_of(self, alert_id: int) -> int | None:
        for index in range(self.table.rowCount()):
            item = self.table.item(index, 0)
            if item is not None and item.data(ID_ROLE) == alert_id:
                return index
        return None

    def cell_text(self, row: int, column: str) -> str:
        item = self.table.item(row, COLUMNS.index(column))
        return item.text() if item is not None else ""

    def _selection_changed(self) -> None:
        alert_id = self.selected_id()
        if alert_id is not None:
            self.selected.emit(alert_id)


def _cells(row: AlertSummary, new: bool) -> list[QTableWidgetItem]:
    texts = {
        "new": NEW_MARK if new else "",
        "received": local_time(row.received_at),
        "status": status_name(row.status),
        "poe": f"{row.poe} · {short_kiosk(row.kiosk_id, row.poe)}", "protocol": row.protocol, "risk": row.risk,
        "disposition": row.disposition,
        "priority": f"{row.urgency} · {row.severity}",
        "state": state_name(row.state) + thread_mark(row),
    }
    closed = row.state == "closed"
    items = []
    for column in COLUMNS:
        item = QTableWidgetItem(texts[column])
        item.setData(ID_ROLE, row.id)
        if new:
            item.setBackground(QBrush(QColor(style.NEW_ROW)))
            item.setFont(bold_font(style.TABLE_PX))
        if closed and column not in ("priority",):
            item.setForeground(QBrush(QColor(theme.MUTED)))
        items.append(item)
    items[COLUMNS.index("poe")].setToolTip(tr("kiosk %1").replace("%1", row.kiosk_id))
    status = items[COLUMNS.index("status")]
    status.setForeground(QBrush(QColor(theme.EXERCISE)))
    if row.exercise_id:
        status.setToolTip(status_name(row.status, row.exercise_id))
    items[COLUMNS.index("new")].setForeground(QBrush(QColor(theme.SEVERITY_COLOURS["isolate"])))
    priority = items[COLUMNS.index("priority")]
    priority.setBackground(QBrush(QColor(priority_colour(row.urgency, row.severity))))
    priority.setForeground(QBrush(QColor("white")))
    if not closed:
        disposition = items[COLUMNS.index("disposition")]
        disposition.setForeground(QBrush(QColor(theme.SEVERITY_COLOURS.get(row.disposition, theme.INK))))
        state = items[COLUMNS.index("state")]
        state.setForeground(QBrush(QColor(style.STATE_COLOURS.get(row.state, theme.INK))))
    return items


def thread_mark(row: AlertSummary) -> str:
    """`` · cancelled`` or `` · 2 updates`` after the triage state when the kiosk sent more about the alert;
    ``Update``/``Cancel`` for one listed on its own (the alert it references is not at the hub)."""
    if row.msg_type != "Alert":
        return f" · {message_type_name(row.msg_type)}"
    if row.cancelled:
        return f" · {tr('cancelled')}"
    return f" · {tr('%n update(s)', row.follow_ups)}" if row.follow_ups else ""


def short_kiosk(kiosk_id: str, poe: str) -> str:
    """``K2`` for ``XL-AIR-01-K2`` at ``XL-AIR-01`` (shown beside its point of entry); the full id otherwise
    (and always in the tooltip)."""
    return kiosk_id.removeprefix(f"{poe}-") or kiosk_id
