"""The alert list as a lazy Qt model: the rows loaded so far, and more when the view scrolls to the end.

The model never touches the database (the GUI thread only draws): ``fetchMore`` emits
:attr:`AlertListModel.more_wanted` with the last row's key, the window reads the next page on its worker
(``kiosk.hub.finder.find_page(after=…)``) and hands it to :meth:`AlertListModel.append_page`. A poll
refreshes the rows already loaded (:meth:`AlertListModel.replace`), so a list scrolled 5,000 rows down
stays where it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from kiosk.hub import attention
from kiosk.hub.console import AlertSummary
from kiosk.hub.finder import Page, PageKey
from ui import theme
from ui.hub import style
from ui.hub.views.parts import (
    bold_font,
    local_time,
    message_type_name,
    priority_colour,
    priority_text,
    state_name,
    status_name,
    tr,
)

COLUMNS = ("new", "received", "status", "poe", "protocol", "risk", "disposition", "priority", "state")
HEADERS = {
    "new": "", "received": QT_TR_NOOP("Received"), "status": QT_TR_NOOP("Status"),
    "poe": QT_TR_NOOP("Point of entry"), "protocol": QT_TR_NOOP("Protocol"), "risk": QT_TR_NOOP("Risk"),
    "disposition": QT_TR_NOOP("Disposition"), "priority": QT_TR_NOOP("Urgency · severity"),
    "state": QT_TR_NOOP("Triage"),
}
ID_ROLE = Qt.ItemDataRole.UserRole
NEW_MARK = "●"
ESCALATED_MARK = "▲"
ATTENTION_ROW = "#fdecec"
"""Background of an attention-worthy alert not yet acknowledged (it sorts first)."""

_Index = QModelIndex | QPersistentModelIndex


class AlertListModel(QAbstractTableModel):
    """Rows of ``kiosk.hub.console.AlertSummary`` in the finder's order; new and escalated ones marked."""

    more_wanted = Signal(object)
    """The view reached the end and there is more: read the page after this :class:`PageKey`."""

    def __init__(self, escalated: Callable[[AlertSummary], bool] = lambda _row: False, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AlertSummary] = []
        self.keys: list[PageKey] = []
        self.more = False
        self.fetching = False
        self.unseen: frozenset[int] = frozenset()
        self.escalated = escalated

    # ------------------------------------------------------------------------------------ Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[COLUMNS[section]]) if HEADERS[COLUMNS[section]] else ""
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more and not self.fetching and bool(self.keys)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.fetching = True
            self.more_wanted.emit(self.keys[-1])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole:
            return _background(row, column, row.id in self.unseen)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _foreground(row, column)
        if role == Qt.ItemDataRole.FontRole and (row.id in self.unseen or attention.sorts_first(row)):
            return bold_font(style.TABLE_PX)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    # ------------------------------------------------------------------------------------ contents

    def text(self, row: AlertSummary, column: str) -> str:
        if column == "new":
            return ESCALATED_MARK if self.escalated(row) else NEW_MARK if row.id in self.unseen else ""
        return _texts(row)[column]

    def _tooltip(self, row: AlertSummary, column: str) -> str | None:
        if column == "poe":
            return tr("kiosk %1").replace("%1", row.kiosk_id)
        if column == "new" and self.escalated(row):
            return tr("Not acknowledged in time: escalated")
        if column == "status" and row.exercise_id:
            return status_name(row.status, row.exercise_id)
        return None

    def replace(self, page: Page, unseen: frozenset[int]) -> None:
        """Show ``page`` (a refresh of the rows loaded, or the first page of a new filter)."""
        if (tuple(self.rows), self.unseen) == (page.rows, unseen) and self.more == page.more:
            return
        self.beginResetModel()
        self.rows, self.keys, self.more, self.unseen = list(page.rows), list(page.keys), page.more, unseen
        self.fetching = False
        self.endResetModel()

    def append_page(self, page: Page) -> None:
        """Add the page read after the last row (rows already shown, moved meanwhile, are not repeated)."""
        self.fetching = False
        shown = {row.id for row in self.rows}
        fresh = [(row, key) for row, key in zip(page.rows, page.keys, strict=True) if row.id not in shown]
        self.more = page.more
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(fresh) - 1)
            self.rows += [row for row, _ in fresh]
            self.keys += [key for _, key in fresh]
            self.endInsertRows()

    def fetch_failed(self) -> None:
        self.fetching = False

    def set_unseen(self, unseen: frozenset[int]) -> None:
        if unseen != self.unseen:
            self.unseen = unseen
            self.refresh_marks()

    def refresh_marks(self) -> None:
        """Redraw every row (new and escalated marks change without the rows changing)."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def row_of(self, alert_id: int) -> int | None:
        return next((index for index, row in enumerate(self.rows) if row.id == alert_id), None)

    def ids(self) -> list[int]:
        return [row.id for row in self.rows]


def _texts(row: AlertSummary) -> dict[str, str]:
    return {
        "received": local_time(row.received_at), "status": status_name(row.status),
        "poe": f"{row.poe} · {short_kiosk(row.kiosk_id, row.poe)}", "protocol": row.protocol, "risk": row.risk,
        "disposition": row.disposition or tr("being assessed"),
        "priority": priority_text(row.urgency, row.severity), "state": state_name(row.state) + thread_mark(row),
    }


def _background(row: AlertSummary, column: str, new: bool) -> QBrush | None:
    if column == "priority":
        return QBrush(QColor(priority_colour(row.urgency, row.severity)))
    if attention.sorts_first(row):
        return QBrush(QColor(ATTENTION_ROW))
    return QBrush(QColor(style.NEW_ROW)) if new else None


def _foreground(row: AlertSummary, column: str) -> QBrush | None:
    closed = row.state == "closed"
    colour = None
    if column == "priority":
        colour = "white"
    elif column == "new":
        colour = theme.SEVERITY_COLOURS["isolate"]
    elif column == "status":
        colour = theme.EXERCISE
    elif closed:
        colour = theme.MUTED
    elif column == "disposition":
        colour = theme.SEVERITY_COLOURS.get(row.disposition, theme.INK)
    elif column == "state":
        colour = style.STATE_COLOURS.get(row.state, theme.INK)
    return QBrush(QColor(colour)) if colour else None


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


def escalation_check(rules: attention.AttentionRules, now: Callable[[], dt.datetime]) -> Callable[[AlertSummary],
                                                                                                  bool]:
    return lambda row: rules.is_escalated(row, now())


def ids_in(rows: Sequence[AlertSummary]) -> frozenset[int]:
    return frozenset(row.id for row in rows)
