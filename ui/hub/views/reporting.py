"""The daily reporting page: for one UTC day, every enrolled point of entry, whether its kiosks sent the day's
aggregate, and its real counts (screened, flagged, referred, isolated). Points of entry that sent nothing are
listed first, those where only some kiosks reported next.

The page loads itself when shown, every 30 s while on show and when the day changes (through the console's one
database worker); the window only adds it as a tab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import QT_TR_NOOP, QDate, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QTableWidgetItem, QWidget
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kiosk.clock import Clock
from kiosk.hub.aggregates import PointReport, day_reports
from ui import theme
from ui.hub.views.parts import page_column, push, read_only_table, tr
from ui.tasks import Tasks
from ui.views.widgets import label

COLUMNS = (QT_TR_NOOP("Point of entry"), QT_TR_NOOP("Country"), QT_TR_NOOP("Reported"),
           QT_TR_NOOP("Kiosks that sent nothing"), QT_TR_NOOP("Screened"), QT_TR_NOOP("Flagged"),
           QT_TR_NOOP("Referred"), QT_TR_NOOP("Isolated"))
RETRY_MS = 250
RELOAD_MS = 30_000
STATE_COLOURS = {"missing": theme.SEVERITY_COLOURS["isolate"], "partial": theme.SEVERITY_COLOURS["refer"],
                 "reported": theme.ONLINE}


def read_day(engine: Engine, day: dt.date, poes: Collection[str] | None = None) -> list[PointReport]:
    """Worker only."""
    with Session(engine) as session:
        return day_reports(session, day, poes=poes)


def state_text(report: PointReport) -> str:
    if report.state == "missing":
        return tr("No report")
    if report.state == "partial":
        return tr("%1 of %2 kiosks").replace("%1", str(len(report.reported))).replace("%2", str(len(report.kiosks)))
    return tr("Yes")


def day_summary(reports: Sequence[PointReport]) -> str:
    if not reports:
        return tr("No point of entry is enrolled")
    missing = sum(r.state == "missing" for r in reports)
    partial = sum(r.state == "partial" for r in reports)
    text = tr("%1 of %2 points of entry reported").replace(
        "%1", str(len(reports) - missing - partial)).replace("%2", str(len(reports)))
    if missing:
        text += " · " + tr("%n sent nothing", missing)
    if partial:
        text += " · " + tr("%n in part", partial)
    return text


class ReportingPage(QWidget):
    """``loaded`` once a day's reports are on screen. ``poes`` gives the signed-in user's jurisdiction (None:
    every point of entry)."""

    loaded = Signal()

    def __init__(self, tasks: Tasks, engine: Callable[[], Engine | None], clock: Clock, *,
                 poes: Callable[[], Collection[str] | None] = lambda: None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.engine, self.clock, self.poes = tasks, engine, clock, poes
        self.reports: list[PointReport] = []
        self._reload = QTimer(self)
        self._reload.setInterval(RELOAD_MS)  # what arrived meanwhile, while the tab is on show
        self._reload.timeout.connect(self.load)
        column = page_column(self)
        row = QHBoxLayout()
        row.addWidget(label(tr("Day (UTC):"), wrap=False))
        self.earlier = push("◀", name="reporting_earlier")
        row.addWidget(self.earlier)
        self.day = QDateEdit()
        self.day.setObjectName("reporting_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        row.addWidget(self.day)
        self.later = push("▶", name="reporting_later")
        row.addWidget(self.later)
        row.addStretch(1)
        column.addLayout(row)
        self.summary = label("", "subtitle", name="reporting_summary")
        column.addWidget(self.summary)
        column.addWidget(label(tr("Each kiosk sends its counts of a UTC day after midnight (and on demand); a point "
                                  "of entry reported when all its enrolled kiosks did. Exercise screenings are "
                                  "not counted."), "muted"))
        self.table = read_only_table("reporting_table", COLUMNS)
        column.addWidget(self.table, 1)
        self.message = label("", "error", name="reporting_message")
        column.addWidget(self.message)
        self.set_day(clock.now().astimezone(dt.UTC).date() - dt.timedelta(days=1))
        self.day.dateChanged.connect(lambda _date: self.load())
        self.earlier.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(-1)))
        self.later.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(1)))

    def set_day(self, day: dt.date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def selected_day(self) -> dt.date:
        date = self.day.date()
        return dt.date(date.year(), date.month(), date.day())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()
        self._reload.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._reload.stop()
        super().hideEvent(event)

    def load(self) -> None:
        engine, day = self.engine(), self.selected_day()
        if engine is None:  # the console is still opening the database: try again shortly
            if self.isVisible():
                QTimer.singleShot(RETRY_MS, self.load)
            return
        poes = self.poes()
        self.tasks.run(lambda: read_day(engine, day, poes), lambda reports: self._loaded(day, reports),
                       lambda error: self.message.setText(f"{type(error).__name__}: {error}"[:300]))

    def _loaded(self, day: dt.date, reports: list[PointReport]) -> None:
        if day != self.selected_day():
            return  # another day was picked meanwhile: its own load follows
        self.reports = reports
        self.message.clear()
        self.summary.setText(day_summary(reports))
        self.table.setRowCount(len(reports))
        for row, report in enumerate(reports):
            cells = (report.poe, report.country, state_text(report), ", ".join(report.missing) or "—",
                     *(str(value) if report.reported else "—" for value in
                       (report.screened, report.flagged, report.referred, report.isolated)))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setForeground(QBrush(QColor(STATE_COLOURS[report.state])))
                self.table.setItem(row, col, item)
        self.loaded.emit()
