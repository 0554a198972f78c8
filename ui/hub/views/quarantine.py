"""The quarantine page: messages the hub kept but did not store as alerts, each with its reason.

Unknown kiosks (not enrolled with ``poe-kiosk hub enrol``), topics that disagree with the alert, oversized
messages, implausible sent times and messages that are not valid CAP 1.2 land here, never silently
dropped. A kiosk keeps re-sending what the hub did not acknowledge: once enrolled, its alerts arrive.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from kiosk.hub.registry import QuarantineEntry
from ui.hub.views.parts import local_time, page_column, read_only_table, tr
from ui.views.widgets import label

COLUMNS = (QT_TR_NOOP("Received"), QT_TR_NOOP("Reason"), QT_TR_NOOP("Kiosk"), QT_TR_NOOP("Size"),
           QT_TR_NOOP("Detail"))
REASONS = {
    "unknown-kiosk": QT_TR_NOOP("Kiosk not enrolled"),
    "spoofed-topic": QT_TR_NOOP("Topic disagrees with the alert"),
    "oversized": QT_TR_NOOP("Over the size limit"),
    "implausible-sent": QT_TR_NOOP("Implausible sent time"),
    "invalid-cap": QT_TR_NOOP("Not valid CAP 1.2"),
    "status": QT_TR_NOOP("Status not accepted"),
    "bad-status": QT_TR_NOOP("Unreadable kiosk status"),
}


def reason_name(reason: str) -> str:
    return tr(REASONS[reason]) if reason in REASONS else reason


class QuarantinePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = page_column(self)
        self.summary = label("", "subtitle", name="quarantine_summary")
        column.addWidget(self.summary)
        column.addWidget(label(tr("Messages the hub kept without storing them as alerts. A kiosk that is not "
                                  "enrolled sends its alerts again: once it is enrolled they arrive."), "muted"))
        self.table = read_only_table("quarantine_table", COLUMNS)
        column.addWidget(self.table, 1)

    def show_quarantine(self, entries: Sequence[QuarantineEntry], by_reason: Mapping[str, int]) -> None:
        self.summary.setText(quarantine_summary(by_reason))
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (local_time(entry.received_at, seconds=True), reason_name(entry.reason),
                     entry.kiosk_id or "—", tr("%1 KB").replace("%1", f"{entry.size / 1024:.1f}"), entry.detail)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setToolTip(f"{entry.topic}\n{entry.detail}")
                self.table.setItem(row, col, item)


def quarantine_summary(by_reason: Mapping[str, int]) -> str:
    total = sum(by_reason.values())
    if not total:
        return tr("Nothing in quarantine")
    parts = ", ".join(f"{reason_name(reason)}: {count}" for reason, count in sorted(by_reason.items()))
    return f"{tr('%n message(s) in quarantine', total)} — {parts}"
