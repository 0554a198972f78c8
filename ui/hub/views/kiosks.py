"""The kiosks page: which points of entry are connected, and since when a silent one went quiet.

A kiosk that went offline (its Last Will, or a clean stop) is listed first: alerts from that post
may be waiting on its outbox, and somebody may need to call it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QTableWidgetItem,
    QWidget,
)

from kiosk.hub.console import KioskPresence
from ui import theme
from ui.hub.views.parts import local_time, page_column, read_only_table, status_name, tr
from ui.views.widgets import label

COLUMNS = (QT_TR_NOOP("Point of entry"), QT_TR_NOOP("Kiosk"), QT_TR_NOOP("State"), QT_TR_NOOP("Since"),
           QT_TR_NOOP("Situation in force"), QT_TR_NOOP("Mode"))


class KiosksPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kiosks: list[KioskPresence] = []
        column = page_column(self)
        self.summary = label("", "subtitle", name="kiosks_summary")
        column.addWidget(self.summary)
        column.addWidget(label(tr("Each kiosk says online when it connects; the broker says offline for it "
                                  "when it vanishes (power or network cut)."), "muted"))
        self.table = read_only_table("kiosks_table", COLUMNS)
        column.addWidget(self.table, 1)

    def show_kiosks(self, kiosks: Sequence[KioskPresence], now: dt.datetime) -> None:
        self.kiosks = list(kiosks)  # the detail panel says how to reach an alert's point of entry from them
        self.summary.setText(presence_summary(kiosks))
        self.table.setRowCount(len(kiosks))
        for row, kiosk in enumerate(kiosks):
            offline = kiosk.state == "offline"
            cells = (kiosk.poe, kiosk.kiosk_id, tr("Offline") if offline else tr("Online"),
                     f"{local_time(kiosk.changed_at)} ({_age(now - kiosk.changed_at)})",
                     kiosk.situation_version or "—", status_name(kiosk.mode.capitalize()))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    colour = theme.SEVERITY_COLOURS["isolate"] if offline else theme.ONLINE
                    item.setForeground(QBrush(QColor(colour)))
                self.table.setItem(row, col, item)


def presence_summary(kiosks: Sequence[KioskPresence]) -> str:
    offline = sum(k.state == "offline" for k in kiosks)
    if not kiosks:
        return tr("No kiosk has reported yet")
    return tr("Kiosks: %1 online · %2 offline").replace("%1", str(len(kiosks) - offline)).replace("%2", str(offline))


def _age(delta: dt.timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return tr("%1 min").replace("%1", str(minutes))
    if minutes < 48 * 60:
        return tr("%1 h").replace("%1", str(minutes // 60))
    return tr("%1 days").replace("%1", str(minutes // 1440))
