"""The trends page: alerts per day per point of entry over 14/30/90 days as charts, the line list, exports.

One chart per point of entry (QtCharts): a bold line for all its alerts and a thin line per protocol,
days along the bottom. Under the charts, the line list (newest first; nothing about the traveller
but the alert's reference). Layout only: :mod:`ui.hub.trends` reads the report and fills this page.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QT_TR_NOOP, QDateTime, QMargins, Qt, QTimeZone, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.hub.poe_report import CONSOLE_PERIODS, PoeReport
from ui.hub import style
from ui.hub.views.parts import (
    cap_word,
    day_time,
    outcome_name,
    page_column,
    push,
    read_only_table,
    state_name,
    tr,
)
from ui.views.widgets import label

LINE_LIST_COLUMNS = (QT_TR_NOOP("Reference"), QT_TR_NOOP("Point of entry"), QT_TR_NOOP("Protocol"),
                     QT_TR_NOOP("Flagged (UTC)"), QT_TR_NOOP("Received (UTC)"), QT_TR_NOOP("Urgency"),
                     QT_TR_NOOP("State"), QT_TR_NOOP("Outcome"))
EXPORTS = (("csv", QT_TR_NOOP("Figures CSV…")), ("linelist", QT_TR_NOOP("Line list CSV…")),
           ("pdf", QT_TR_NOOP("PDF…")), ("dhis2", QT_TR_NOOP("DHIS2…")))
SERIES_COLOURS = ("#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f8c8d")
CHART_PX = 230


class TrendsPage(QWidget):
    """``period_changed(days)`` when a period is picked; ``export_requested(kind)`` for an export button
    (``csv``, ``linelist``, ``pdf``, ``dhis2``)."""

    period_changed = Signal(int)
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = page_column(self)
        column.addLayout(self._top_row())
        self.summary = label("", "subtitle", name="trends_summary")
        column.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.charts_holder = QWidget()
        self.charts_grid = QGridLayout(self.charts_holder)
        self.charts_grid.setContentsMargins(0, 0, 0, 0)
        self.charts_grid.setColumnStretch(0, 1)
        self.charts_grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setObjectName("trends_charts")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts_holder)
        splitter.addWidget(scroll)
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 4, 0, 0)
        self.line_list_title = label("", "subtitle", name="line_list_title")
        lower_column.addWidget(self.line_list_title)
        self.line_list = read_only_table("line_list_table", LINE_LIST_COLUMNS)
        lower_column.addWidget(self.line_list, 1)
        splitter.addWidget(lower)
        splitter.setSizes([CHART_PX * 2 + 20, CHART_PX])
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        column.addWidget(splitter, 1)
        self.charts: dict[str, QChartView] = {}

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.periods = QButtonGroup(self)
        for days in CONSOLE_PERIODS:
            widget = push(tr("Last %1 days").replace("%1", str(days)), checkable=True, name=f"trends_days_{days}")
            self.periods.addButton(widget, days)
            row.addWidget(widget)
        self.periods.idClicked.connect(self.period_changed.emit)
        row.addStretch(1)
        self.message = label("", "muted", wrap=False, name="trends_message")
        row.addWidget(self.message)
        self.exports = {}
        for kind, text in EXPORTS:
            widget = push(tr(text), "primary" if kind == "pdf" else None, name=f"trends_export_{kind}")
            widget.setEnabled(False)
            widget.clicked.connect(lambda _=False, k=kind: self.export_requested.emit(k))
            self.exports[kind] = widget
            row.addWidget(widget)
        return row

    def days(self) -> int:
        return self.periods.checkedId() if self.periods.checkedId() > 0 else CONSOLE_PERIODS[0]

    def select_period(self, days: int) -> None:
        button = self.periods.button(days)
        if button is not None:
            button.setChecked(True)

    # ------------------------------------------------------------------------------------ filling

    def show_report(self, report: PoeReport) -> None:
        period = report.period
        self.select_period(period.days)
        screened = report.screened()
        text = tr("%n actual alert(s) received from %1 to %2 (UTC days)", report.total).replace(
            "%1", _day(period.first)).replace("%2", _day(period.last))
        text += " · " + (tr("%1 travellers screened").replace("%1", str(screened)) if screened is not None
                         else tr("travellers screened: not available"))
        self.summary.setText(text)
        self._fill_charts(report)
        self._fill_line_list(report)
        for widget in self.exports.values():
            widget.setEnabled(True)

    def _fill_charts(self, report: PoeReport) -> None:
        for view in self.charts.values():
            self.charts_grid.removeWidget(view)
            view.setParent(None)
            view.deleteLater()
        self.charts = {}
        poes = report.poes()
        if not poes:
            empty = QChartView(QChart())
            empty.chart().setTitle(tr("No alert in this period"))
            poes_views = {"": empty}
        else:
            poes_views = {poe: self._chart(report, poe) for poe in poes}
        for index, (poe, view) in enumerate(poes_views.items()):
            view.setObjectName(f"trend_chart_{poe}" if poe else "trend_chart_empty")
            view.setMinimumHeight(CHART_PX)
            self.charts_grid.addWidget(view, index // 2, index % 2, 1, 2 if len(poes_views) == 1 else 1)
            self.charts[poe] = view

    def _chart(self, report: PoeReport, poe: str) -> QChartView:
        chart = QChart()
        chart.setTitle(tr("%1 · %n alert(s)", sum(report.daily_alerts(poe))).replace("%1", poe))
        chart.setTitleFont(_font(style.FONT_PX, bold=True))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setFont(_font(style.SMALL_PX))
        chart.setMargins(QMargins(4, 4, 4, 4))
        days = report.period.each_day()
        x_axis = QDateTimeAxis()
        x_axis.setFormat("dd/MM")
        x_axis.setTickCount(min(len(days), 8))
        x_axis.setRange(_moment(days[0]), _moment(days[-1]))
        x_axis.setLabelsFont(_font(style.SMALL_PX - 2))
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%d")
        y_axis.setLabelsFont(_font(style.SMALL_PX - 2))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        protocols = sorted(report.alerts_by("protocol", poe))
        lines = [(tr("All protocols"), report.daily_alerts(poe))] + [
            (protocol, report.daily_alerts(poe, protocol)) for protocol in protocols]
        peak = 1
        for index, (name, counts) in enumerate(lines):
            series = QLineSeries()
            series.setName(name)
            for day, count in zip(days, counts, strict=True):
                series.append(_moment(day).toMSecsSinceEpoch(), count)
            pen = QPen(QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]))
            pen.setWidthF(2.6 if index == 0 else 1.4)
            series.setPen(pen)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            peak = max(peak, *counts)
        y_axis.setRange(0, peak)
        y_axis.setTickCount(min(peak, 4) + 1)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        return view

    def _fill_line_list(self, report: PoeReport) -> None:
        shown = report.line_list
        self.line_list_title.setText(
            tr("Line list: the newest %1 of %2 alerts (every one is in the CSV export)")
            .replace("%1", str(len(shown))).replace("%2", str(report.line_list_total))
            if len(shown) < report.line_list_total else tr("Line list: %n alert(s)", report.line_list_total))
        self.line_list.setUpdatesEnabled(False)
        self.line_list.setRowCount(len(shown))
        for row, entry in enumerate(shown):
            cells = (entry.reference, entry.poe, entry.protocol,
                     day_time(entry.flagged_at) if entry.flagged_at else "—", day_time(entry.received_at),
                     cap_word(entry.urgency), state_name(entry.state), outcome_name(entry.outcome) if entry.outcome else "—")
            for col, text in enumerate(cells):
                self.line_list.setItem(row, col, QTableWidgetItem(text))
        self.line_list.setUpdatesEnabled(True)

    def series_names(self, poe: str) -> list[str]:
        """The names of the lines in ``poe``'s chart (for tests and screenshots)."""
        return [series.name() for series in self.charts[poe].chart().series()]


def _moment(day: dt.date) -> QDateTime:
    return QDateTime(day, dt.time(12), QTimeZone.utc())


def _day(day: dt.date) -> str:
    return day_time(dt.datetime.combine(day, dt.time())).rsplit(" ", 1)[0] + f" {day:%Y}"


def _font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font
