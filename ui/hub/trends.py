"""Wiring of the trends page (:mod:`ui.hub.views.trends`) into the hub console window.

The report is read on the console's worker (``window.tasks``) when the tab is shown, a period is
picked, or new alerts arrived while it was on show; exports are written there too (PDF drawing is
not GUI work). The window adds the page as a tab and nothing else: this controller follows the
tab changes and the window's polls itself.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.hub.poe_report import CONSOLE_PERIODS, PoeReport, build_report, kiosk_aggregates, last_days
from ui.hub import dialogs
from ui.hub.views.parts import tr
from ui.hub.views.trends import TrendsPage

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.clock import Clock
    from ui.hub.window import HubConsoleWindow

log = logging.getLogger(__name__)

SUFFIXES = {"csv": "csv", "linelist": "csv", "pdf": "pdf", "dhis2": "json"}


class TrendsController(QObject):
    """``shown`` once a report is on the page; ``exported(path)`` once an export is written."""

    shown = Signal()
    exported = Signal(str)

    def __init__(self, window: HubConsoleWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page = TrendsPage()
        self.report: PoeReport | None = None
        self._loaded_ids = -1
        self.page.period_changed.connect(self.load)
        self.page.export_requested.connect(self.export)
        window.tabs.currentChanged.connect(self._tab_changed)
        window.refreshed.connect(self._refreshed)

    def _on_show(self) -> bool:
        return self.window.tabs.currentWidget() is self.page

    def _tab_changed(self, _index: int) -> None:
        if self._on_show():
            self.load(self.page.days() if self.report else CONSOLE_PERIODS[0])

    def _refreshed(self) -> None:
        """New alerts since the report was read: read it again (only while the page is on show)."""
        latest = self.window.baseline.get("actual") or 0
        if self._on_show() and self.report is not None and latest != self._loaded_ids:
            self.load(self.page.days())

    def load(self, days: int) -> None:
        engine, clock, user = self.window.engine, self.window.clock, self.window.user
        if engine is None or user is None:
            return
        self.page.select_period(days)
        self._loaded_ids = self.window.baseline.get("actual") or 0
        self.window.tasks.run(lambda: build_report(engine, last_days(days, clock=clock), clock=clock, poes=user.poes,
                                                   denominators=kiosk_aggregates),
                              self._loaded, self._failed)

    def _loaded(self, report: PoeReport) -> None:
        self.report = report
        self.page.show_report(report)
        self.shown.emit()

    def _failed(self, error: BaseException) -> None:
        log.warning("hub console: report failed: %s", error)
        self.page.message.setText(str(error).splitlines()[0][:200] if str(error) else type(error).__name__)

    # ------------------------------------------------------------------------------------ exports

    def export(self, kind: str) -> None:
        report = self.report
        if report is None:
            return
        mapping_path: Path | None = None
        if kind == "dhis2":
            mapping_path = dialogs.ask_open_path(self.page, tr("DHIS2 mapping file"),
                                                 tr("Mapping files (*.yaml *.yml *.json)"))
            if mapping_path is None:
                return
        period = report.period
        name = f"hub-report-{period.first}-{period.last}{'-line-list' if kind == 'linelist' else ''}" \
               f"{'-dhis2' if kind == 'dhis2' else ''}.{SUFFIXES[kind]}"
        path = dialogs.ask_export_path(self.page, name, SUFFIXES[kind])
        if path is None:
            return
        engine, clock, user = self.window.engine, self.window.clock, self.window.user
        if engine is None or user is None:
            return
        self.window.tasks.run(lambda: write_export(engine, report, kind, path, mapping_path, clock, user.poes),
                              lambda _: self._exported(path), self._failed)

    def _exported(self, path: Path) -> None:
        self.page.message.setText(tr("Saved %1").replace("%1", str(path)))
        self.exported.emit(str(path))


def write_export(engine: Engine, report: PoeReport, kind: str, path: Path, mapping_path: Path | None,
                 clock: Clock, poes: frozenset[str] | None) -> None:
    """Worker only. The line list CSV is read again in full (the page shows the newest alerts only)."""
    import json

    from kiosk.hub.dhis2 import data_value_sets, load_mapping
    from kiosk.hub.poe_report_files import export_bytes, write_file

    if kind == "linelist" and len(report.line_list) < report.line_list_total:
        report = build_report(engine, report.period, line_list_limit=None, clock=clock, poes=poes,
                              denominators=kiosk_aggregates)
    if kind == "dhis2" and mapping_path is not None:
        document = data_value_sets(report, load_mapping(mapping_path), clock=clock)
        data = (json.dumps(document, indent=2) + "\n").encode("utf-8")
    else:
        data = export_bytes(report, "csv" if kind == "linelist" else kind, line_list=kind == "linelist")
    write_file(path, data)
