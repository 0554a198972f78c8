"""The follow-up page: travellers given ``monitor`` (or a referral) until their end date, with the contact
they agreed to give, today's status and who is overdue (first); staff record each day's check (well,
symptoms, lost to follow-up, referred), audited with the signed-in name and the time.

The page loads itself when shown, every 30 s while on show and after each check (through the console's one
database worker); the window only adds it as a tab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection

from PySide6.QtCore import QT_TR_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLineEdit, QTableWidgetItem, QWidget
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kiosk.clock import Clock
from kiosk.errors import KioskError
from kiosk.hub.follow_up import CHECK_STATUSES, MAX_NOTE, FollowUpRow, follow_up_list, record_check
from ui import theme
from ui.hub.views.parts import page_column, push, read_only_table, tr
from ui.tasks import Tasks
from ui.views.widgets import label

COLUMNS = (QT_TR_NOOP("Traveller"), QT_TR_NOOP("Point of entry"), QT_TR_NOOP("Protocol"), QT_TR_NOOP("Decision"),
           QT_TR_NOOP("End date"), QT_TR_NOOP("Today"), QT_TR_NOOP("Contact"), QT_TR_NOOP("Follow-up"))
RETRY_MS = 250
RELOAD_MS = 30_000
STATE_COLOURS = {"overdue": theme.SEVERITY_COLOURS["isolate"], "due": theme.SEVERITY_COLOURS["refer"],
                 "checked": theme.ONLINE, "closed": theme.MUTED, "ended": theme.MUTED}


def state_name(state: str) -> str:
    return {"overdue": tr("Overdue"), "due": tr("Due today"), "checked": tr("Checked today"), "closed": tr("Closed"),
            "ended": tr("Ended")}.get(state, state)


def check_name(status: str | None) -> str:
    return {"well": tr("Well"), "symptoms": tr("Symptoms"), "lost": tr("Lost to follow-up"),
            "referred": tr("Referred to care"), None: tr("Not checked")}.get(status, status or "")


def contact_text(row: FollowUpRow) -> str:
    if row.contact_deleted:
        return tr("(deleted)")
    return " · ".join(part for part in (row.phone, row.address) if part) or "—"


def read_list(engine: Engine, today: dt.date, poes: Collection[str] | None = None) -> list[FollowUpRow]:
    """Worker only."""
    with Session(engine) as session:
        return follow_up_list(session, today, poes=poes)


class FollowUpPage(QWidget):
    """``loaded`` once the list is on screen; ``checked`` after a check was recorded and the list reloaded.

    ``actor`` gives who records the checks (the signed-in user), ``poes`` their jurisdiction (None: every
    point of entry) and ``may_check`` whether their role may record checks (a read-only one may not)."""

    loaded = Signal()
    checked = Signal(int)

    def __init__(self, tasks: Tasks, engine: Callable[[], Engine | None], clock: Clock, actor: Callable[[], str], *,
                 poes: Callable[[], Collection[str] | None] = lambda: None,
                 may_check: Callable[[], bool] = lambda: True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.engine, self.clock, self.actor = tasks, engine, clock, actor
        self.poes, self.may_check = poes, may_check
        self.rows: list[FollowUpRow] = []
        self._checked_id: int | None = None
        self._reload = QTimer(self)
        self._reload.setInterval(RELOAD_MS)  # what arrived meanwhile, while the tab is on show
        self._reload.timeout.connect(self.load)
        column = page_column(self)
        self.summary = label("", "subtitle", name="follow_up_summary")
        column.addWidget(self.summary)
        column.addWidget(label(tr("Travellers to follow up until their end date, with the contact they agreed to "
                                  "give for this purpose only (deleted 30 days after the end date). Overdue: no "
                                  "check for a whole day."), "muted"))
        self.table = read_only_table("follow_up_table", COLUMNS)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        column.addWidget(self.table, 1)
        column.addLayout(self._check_row())
        self.message = label("", name="follow_up_message")
        column.addWidget(self.message)

    def _check_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.selected_label = label(tr("Select a traveller to record today's check."), "muted", wrap=False,
                                    name="follow_up_selected")
        row.addWidget(self.selected_label)
        self.note = QLineEdit()
        self.note.setObjectName("follow_up_note")
        self.note.setPlaceholderText(tr("Note (optional)"))
        self.note.setMaxLength(MAX_NOTE)
        row.addWidget(self.note, 1)
        self.buttons = {}
        for status in CHECK_STATUSES:
            widget = push(check_name(status), "danger" if status in ("symptoms", "lost") else None,
                          name=f"follow_up_check_{status}")
            widget.setEnabled(False)
            widget.clicked.connect(lambda _=False, s=status: self.record(s))
            row.addWidget(widget)
            self.buttons[status] = widget
        return row

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()
        self._reload.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._reload.stop()
        super().hideEvent(event)

    def today(self) -> dt.date:
        return self.clock.now().astimezone(dt.UTC).date()

    def load(self) -> None:
        engine, today = self.engine(), self.today()
        if engine is None:  # the console is still opening the database
            if self.isVisible():
                QTimer.singleShot(RETRY_MS, self.load)
            return
        poes = self.poes()
        self.tasks.run(lambda: read_list(engine, today, poes), self._loaded, self._failed)

    def _loaded(self, rows: list[FollowUpRow]) -> None:
        selected = self.selected()
        self.rows = rows
        overdue = sum(r.state == "overdue" for r in rows)
        due = sum(r.state == "due" for r in rows)
        self.summary.setText(tr("%n under follow-up", sum(r.state in ("overdue", "due", "checked") for r in rows))
                             + " · " + tr("%n overdue", overdue) + " · " + tr("%n due today", due))
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = (row.reference, row.poe, row.protocol, row.disposition, row.end_date.isoformat(),
                     check_name(row.today_status), contact_text(row), state_name(row.state))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row.id)
                if col == 7:
                    item.setForeground(QBrush(QColor(STATE_COLOURS[row.state])))
                if col == 5 and row.today_status == "symptoms":  # someone must act on it today
                    item.setForeground(QBrush(QColor(theme.SEVERITY_COLOURS["isolate"])))
                self.table.setItem(number, col, item)
        self.table.blockSignals(False)
        if selected is not None and (index := self.row_of(selected.id)) is not None:
            self.table.selectRow(index)
        self._selection_changed()
        self.loaded.emit()
        if self._checked_id is not None:
            checked, self._checked_id = self._checked_id, None
            self.checked.emit(checked)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(str(error) if isinstance(error, KioskError) else f"{type(error).__name__}: {error}"[:300])

    def row_of(self, follow_up_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == follow_up_id), None)

    def selected(self) -> FollowUpRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.rows[indexes[0].row()] if indexes and indexes[0].row() < len(self.rows) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        open_ = row is not None and row.state in ("overdue", "due", "checked") and self.may_check()
        for widget in self.buttons.values():
            widget.setEnabled(open_)
        if row is None:
            self.selected_label.setText(tr("Select a traveller to record today's check."))
        else:
            self.selected_label.setText(tr("%1, today:").replace("%1", row.reference))

    def record(self, status: str) -> None:
        row, engine = self.selected(), self.engine()
        if row is None or engine is None:
            return
        note, actor, clock, follow_up_id, poes = self.note.text(), self.actor(), self.clock, row.id, self.poes()

        def op() -> int:
            record_check(engine, follow_up_id, status, actor=actor, clock=clock, note=note, poes=poes)
            return follow_up_id

        self.tasks.run(op, self._recorded, self._failed)

    def _recorded(self, follow_up_id: int) -> None:
        self.note.clear()
        row = next((r for r in self.rows if r.id == follow_up_id), None)
        self.message.setText(tr("Check recorded for %1.").replace("%1", row.reference if row else str(follow_up_id)))
        self._checked_id = follow_up_id
        self.load()
