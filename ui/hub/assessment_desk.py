"""Wires the IHR assessment page (``ui.hub.views.assessment``) to the core (``kiosk.hub.assessment``).

The desk belongs to the console window: it reads and writes on the window's worker (``window.tasks``),
records every step as the window's officer (``window.officer``: the signed-in user's id, the ``actor``),
asks ``can(actor, action)`` first (the window sets it from the user's role at sign-in), shows the queue of
the user's jurisdiction only, and passes the sequence number the page shows as
``expected`` so that a step recorded on another console meanwhile is refused, not overwritten; the page
then shows the assessment again as it is now and keeps what the officer typed. The header's clock is
recomputed every :data:`TICK_MS` from the window's clock (no database read).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.hub import assessment as ihr
from kiosk.hub.assessment import Assessment, AssessmentConflict
from ui.hub.refusals import refusal_text
from ui.hub.views.assessment import AssessmentPanel, clock_text
from ui.hub.views.parts import person, tr

TICK_MS = 20_000
QUEUE_EVERY_S = 30.0
"""While the tab is not on show, the queue (and the tab's count) is read again at most this often."""


class AssessmentDesk(QObject):
    """``saved(alert id)`` after a step is recorded; ``shown(alert id)`` when the page shows an alert;
    ``queue_shown`` when the queue of alerts awaiting an assessment is on screen (after each poll)."""

    saved = Signal(int)
    shown = Signal(int)
    queue_shown = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.panel = AssessmentPanel()
        self.can: ihr.Permission | None = None
        """``can(actor, action)`` from the hub accounts, when the window has them."""
        self.alert_id: int | None = None
        self.view = "actual"
        self.title = self.where = ""
        self.panel.back_requested.connect(self.back)
        self.panel.queue_requested.connect(self.show_queue)
        self.panel.queue_selected.connect(self.open_queued)
        self.queue: list[ihr.QueueEntry] = []
        self._queue_reading = False
        self._queue_read_at = -QUEUE_EVERY_S
        self.from_queue = False
        self.panel.assign_me.clicked.connect(lambda: self.panel.assignee.setText(window.officer))
        self.panel.assign_requested.connect(self.assign)
        self.panel.verify_requested.connect(self.verify)
        self.panel.risk_requested.connect(self.assess_risk)
        self.panel.outcome_requested.connect(self.decide)
        self.panel.answers_changed.connect(self.panel.show_tally)
        window.detail_shown.connect(self._detail_shown)
        window.refreshed.connect(self._polled)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # ------------------------------------------------------------------------------------ opening

    def open(self, view: str) -> None:
        """Show the assessment of the alert selected on ``view``'s page (its tab comes to the front)."""
        detail = self.window.pages[view].detail.detail
        if detail is None:
            return
        info = detail.info
        self._open(view, detail.summary.id, info.event if info is not None else detail.summary.event,
                   detail.summary.poe, from_queue=False)

    def open_queued(self, alert_id: int) -> None:
        """Show the assessment of an alert chosen from the queue."""
        entry = next((entry for entry in self.queue if entry.alert_id == alert_id), None)
        if entry is not None:
            self._open("actual", alert_id, entry.event, entry.poe, from_queue=True)

    def _open(self, view: str, alert_id: int, title: str, where: str, *, from_queue: bool) -> None:
        self.view, self.alert_id, self.title, self.where, self.from_queue = view, alert_id, title, where, from_queue
        self.panel.set_message("")
        self.window.tabs.setCurrentWidget(self.panel)
        self.load()

    def back(self) -> None:
        """Back to where the assessment was opened: the queue, or the alert's page (whose detail then says
        how the assessment stands now)."""
        if self.from_queue:
            self.show_queue()
            return
        self.window.tabs.setCurrentWidget(self.window.pages[self.view])
        if self.alert_id is not None:
            self._detail_shown(self.alert_id)

    def show_queue(self) -> None:
        self.alert_id = None
        self.panel.show_assessment(None)
        self.refresh_queue()

    def _polled(self) -> None:
        """After each poll of the window: the queue again when it is on show, else every
        :data:`QUEUE_EVERY_S` (the tab's count)."""
        if self.window.tabs.currentWidget() is self.panel or \
                time.monotonic() - self._queue_read_at >= QUEUE_EVERY_S:
            self.refresh_queue()

    def refresh_queue(self) -> None:
        """Read the queue (after each poll of the window; one read at a time)."""
        engine, clock, user = self.window.engine, self.window.clock, self.window.user
        if engine is None or user is None or self._queue_reading:
            return
        self._queue_reading = True
        self._queue_read_at = time.monotonic()
        self.window.tasks.run(lambda: ihr.assessment_queue(engine, clock=clock, poes=user.poes), self._queue_read,
                              self._queue_failed)

    def _queue_read(self, entries: list[ihr.QueueEntry]) -> None:
        self._queue_reading = False
        self.queue = entries
        self.panel.show_queue(entries)
        tabs = self.window.tabs
        tabs.setTabText(tabs.indexOf(self.panel), tr("IHR assessment  (%n)", len(entries)) if entries else
                        tr("IHR assessment"))
        self.queue_shown.emit()

    def _queue_failed(self, _error: BaseException) -> None:
        self._queue_reading = False  # the window's poll says what is wrong with the database

    def load(self, *, keep_forms: bool = False) -> None:
        engine, clock, alert_id = self.window.engine, self.window.clock, self.alert_id
        if engine is None or alert_id is None:
            return
        self.window.tasks.run(lambda: ihr.assessment(engine, alert_id, clock=clock),
                              lambda found: self._show(found, keep_forms=keep_forms),
                              lambda error: self.panel.set_message(refusal_text(error), error=True))

    def _show(self, found: Assessment, *, keep_forms: bool = False) -> None:
        if found.alert_id != self.alert_id:
            return  # another alert was opened meanwhile
        self.panel.show_assessment(found, self.title, self.where, keep_forms=keep_forms)
        self.shown.emit(found.alert_id)

    def tick(self) -> None:
        found = self.panel.assessment
        if found is not None:
            self.panel.show_clock(dataclasses.replace(found, now=self.window.clock.now()).clock)

    # ------------------------------------------------------------------------------------ recording

    def assign(self) -> None:
        assignee = self.panel.assignee.text()
        self._record(lambda engine, alert_id, common: ihr.assign(engine, alert_id, assignee, **common))

    def verify(self) -> None:
        verdict, why = self.panel.verdict.value(), self.panel.verify_why.toPlainText()
        self._record(lambda engine, alert_id, common: ihr.verify(engine, alert_id, verdict, why, **common))

    def assess_risk(self) -> None:
        answers = self.panel.risk_answers()
        self._record(lambda engine, alert_id, common: ihr.assess_risk(engine, alert_id, answers, **common))

    def decide(self) -> None:
        outcome, reason = self.panel.outcome.value(), self.panel.reason.toPlainText()
        self._record(lambda engine, alert_id, common: ihr.decide(engine, alert_id, outcome, reason, **common))

    def _record(self, write: Callable[[Any, int, dict[str, Any]], Assessment]) -> None:
        found, engine = self.panel.assessment, self.window.engine
        if found is None or engine is None:
            return
        common = {"actor": self.window.officer, "expected": found.seq, "clock": self.window.clock, "can": self.can}
        alert_id = found.alert_id
        self.window.tasks.run(lambda: write(engine, alert_id, common), self._recorded, self._refused)

    def _recorded(self, found: Assessment) -> None:
        self._show(found)
        self.panel.set_message(tr("Recorded."))
        self.saved.emit(found.alert_id)
        self.refresh_queue()

    def _refused(self, error: BaseException) -> None:
        self.panel.set_message(refusal_text(error), error=True)
        if isinstance(error, AssessmentConflict):
            self.load(keep_forms=True)

    # ------------------------------------------------------------------------------------ the alert's detail

    def _detail_shown(self, alert_id: int) -> None:
        """The detail says whether the alert needs an assessment and how its clock stands."""
        engine, clock = self.window.engine, self.window.clock
        if engine is None:
            return
        self.window.tasks.run(lambda: ihr.assessment(engine, alert_id, clock=clock), self._detail_status,
                              lambda _error: None)

    def _detail_status(self, found: Assessment) -> None:
        for page in self.window.pages.values():
            detail = page.detail
            if detail.detail is not None and detail.detail.summary.id == found.alert_id:
                detail.ihr_status.setText(detail_status(found))
                detail.assess.setProperty("kind", "primary" if found.needed and found.outcome is None else None)
                detail.assess.style().unpolish(detail.assess)
                detail.assess.style().polish(detail.assess)


def detail_status(found: Assessment) -> str:
    """``IHR Annex 2: assessment needed · 17 h 05 min left · notify by …`` (or the outcome, or nothing)."""
    if found.outcome is not None:
        return tr("IHR assessment: outcome recorded (%1).").replace("%1", person(found.outcome.actor))
    if not found.needed and not found.steps:
        return ""
    text = tr("IHR Annex 2: assessment needed") if found.needed else tr("IHR assessment started")
    if found.clock.started_at is not None:
        text += " · " + clock_text(found.clock)[0]
    return text
