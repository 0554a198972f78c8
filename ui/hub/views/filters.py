"""The alert list's filters: triage state, point of entry, protocol, urgency, certainty, received period and a
reference search; :meth:`FilterBar.value` is the ``kiosk.hub.finder.AlertFilter`` they make.

Changes are announced once the officer stops (a reference being typed waits 400 ms), so that typing
``XL-AIR`` reads one page, not six. "Assigned to" lists the officers IHR assessments were assigned to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TR_NOOP, QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.clock import Clock, SystemClock
from kiosk.hub import attention
from kiosk.hub.finder import REFERENCE_MAX, AlertFilter, AssignedTo, FilterChoices
from ui.hub.views.parts import push, tr
from ui.views.widgets import label

STATE_FILTERS = (("", QT_TR_NOOP("All states")), ("open", QT_TR_NOOP("Open (not closed)")),
                 ("new", QT_TR_NOOP("New")), ("acknowledged", QT_TR_NOOP("Acknowledged")),
                 ("investigating", QT_TR_NOOP("Investigating")), ("closed", QT_TR_NOOP("Closed")))
PERIODS = (("", QT_TR_NOOP("Any time")), ("1", QT_TR_NOOP("Last 24 hours")), ("7", QT_TR_NOOP("Last 7 days")),
           ("30", QT_TR_NOOP("Last 30 days")), ("range", QT_TR_NOOP("Between dates…")))
TYPING_MS = 400


class FilterBar(QWidget):
    """``changed()`` when the officer has narrowed or widened the list."""

    changed = Signal()

    def __init__(self, view: str, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.clock = clock or SystemClock()
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_MS)
        self._typing.timeout.connect(self.changed.emit)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        first, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        self.state = self._combo("state", STATE_FILTERS)
        self.poe = self._combo("poe", (("", QT_TR_NOOP("All points of entry")),))
        self.protocol = self._combo("protocol", (("", QT_TR_NOOP("All protocols")),))
        self.urgency = self._combo("urgency", (("", QT_TR_NOOP("Any urgency")),
                                               *((u, u) for u in attention.URGENCIES)))
        self.certainty = self._combo("certainty", (("", QT_TR_NOOP("Any certainty")),
                                                   *((c, c) for c in attention.CERTAINTIES)))
        self.assigned = self._combo("assigned", (("", QT_TR_NOOP("Assigned to anyone")),))
        first.addWidget(label(tr("Show"), wrap=False))
        for combo in (self.state, self.poe, self.protocol, self.urgency, self.certainty):
            first.addWidget(combo)
        first.addStretch(1)
        self.period = self._combo("period", PERIODS)
        self.since, self.until = self._date("since"), self._date("until")
        self.reference = QLineEdit()
        self.reference.setObjectName(f"{view}_filter_reference")
        self.reference.setPlaceholderText(tr("Search by reference (alert identifier)…"))
        self.reference.setMaxLength(REFERENCE_MAX)
        self.reference.setClearButtonEnabled(True)
        self.reference.textChanged.connect(lambda _text: self._typing.start())
        self.clear = push(tr("Clear filters"), name=f"{view}_filter_clear")
        self.clear.clicked.connect(self.reset)
        second.addWidget(self.assigned)
        second.addWidget(self.period)
        second.addWidget(self.since)
        self.until_caption = label(tr("to"), wrap=False)
        second.addWidget(self.until_caption)
        second.addWidget(self.until)
        second.addWidget(self.reference, 1)
        second.addWidget(self.clear)
        self._show_range()

    def _combo(self, name: str, items: Sequence[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"{self.view}_filter_{name}")
        for code, text in items:
            combo.addItem(tr(text), code)  # CAP codes too (ui.hub.views.parts.CAP_WORDS)
        combo.currentIndexChanged.connect(self._combo_changed)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(f"{self.view}_filter_{name}")
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        today = self.clock.today()
        edit.setDate(QDate(today.year, today.month, today.day))
        edit.dateChanged.connect(lambda _date: self.changed.emit())
        return edit

    def _combo_changed(self, _index: int) -> None:
        self._show_range()
        self.changed.emit()

    def _show_range(self) -> None:
        custom = self.period.currentData() == "range"
        for widget in (self.since, self.until, self.until_caption):
            widget.setVisible(custom)

    # ------------------------------------------------------------------------------------ values

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the point-of-entry and protocol lists (the choice made is kept)."""
        for combo, values in ((self.poe, choices.poes), (self.protocol, choices.protocols),
                              (self.assigned, choices.assignees)):
            if [combo.itemData(i) for i in range(1, combo.count())] == list(values):
                continue
            kept = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(kept)))
            combo.blockSignals(False)

    def value(self) -> AlertFilter:
        """The filter as chosen (the same value until the officer changes something: "last 7 days" is a
        length, resolved against the clock when the list is read)."""
        code = self.period.currentData()
        start = end = within = None
        if code == "range":
            start, end = _local_midnight(self.since.date()), _local_midnight(self.until.date().addDays(1))
        elif code:
            within = dt.timedelta(days=int(code))
        return AlertFilter(poe=self.poe.currentData() or None, protocol=self.protocol.currentData() or None,
                           urgency=self.urgency.currentData() or None,
                           certainty=self.certainty.currentData() or None, state=self.state.currentData() or None,
                           received_from=start, received_to=end, within=within,
                           reference=self.reference.text().strip(),
                           assigned_to=AssignedTo(self.assigned.currentData()) if self.assigned.currentData() else None)

    def reset(self) -> None:
        for combo in (self.state, self.poe, self.protocol, self.urgency, self.certainty, self.assigned, self.period):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.reference.blockSignals(True)
        self.reference.clear()
        self.reference.blockSignals(False)
        self._show_range()
        self.changed.emit()


def _local_midnight(date: QDate) -> dt.datetime:
    """The start of ``date`` in the console's time zone, as an aware datetime."""
    moment = dt.datetime.combine(dt.date(date.year(), date.month(), date.day()), dt.time())
    return moment.astimezone()  # naive local → aware local (the desk's zone)
