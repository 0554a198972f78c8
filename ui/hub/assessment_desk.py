"""Wires the IHR assessment page (``ui.hub.views.assessment``) to the core (``kiosk.hub.assessment``).

The desk belongs to the console window: it reads and writes on the window's worker (``window.tasks``),
records every step as the window's officer (``window.officer``, the ``actor``), asks ``can(actor, action)``
first when the window is given one (hub accounts), and passes the sequence number the page shows as
``expected`` so that a step recorded on another console meanwhile is refused, not overwritten; the page
then shows the assessment again as it is now and keeps what the officer typed. The header's clock is
recomputed every :data:`TICK_MS` from the window's clock (no database read).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.hub import assessment as ihr
from kiosk.hub.assessment import Assessment, AssessmentConflict
from ui.hub.refusals import refusal_text
from ui.hub.views.assessment import AssessmentPanel, clock_text
from ui.hub.views.parts import tr

TICK_MS = 20_000


class AssessmentDesk(QObject):
    """``saved(alert id)`` after a step is recorded; ``shown(alert id)`` when the page shows an alert."""

    saved = Signal(int)
    shown = Signal(int)

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
        self.panel.assign_me.clicked.connect(lambda: self.panel.assignee.setText(window.officer))
        self.panel.assign_requested.connect(self.assign)
        self.panel.verify_requested.connect(self.verify)
        self.panel.risk_requested.connect(self.assess_risk)
        self.panel.outcome_requested.connect(self.decide)
        self.panel.answers_changed.connect(self.panel.show_tally)
        window.detail_shown.connect(self._detail_shown)
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
        self.view, self.alert_id = view, detail.summary.id
        info = detail.info
        self.title = info.event if info is not None else detail.summary.event
        self.where = detail.summary.poe
        self.panel.set_message("")
        self.window.tabs.setCurrentWidget(self.panel)
        self.load()

    def back(self) -> None:
        """Back to the alert's page; its detail says how the assessment stands now."""
        self.window.tabs.setCurrentWidget(self.window.pages[self.view])
        if self.alert_id is not None:
            self._detail_shown(self.alert_id)

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
        return tr("IHR assessment: outcome recorded (%1).").replace("%1", found.outcome.actor)
    if not found.needed and not found.steps:
        return ""
    text = tr("IHR Annex 2: assessment needed") if found.needed else tr("IHR assessment started")
    if found.clock.started_at is not None:
        text += " · " + clock_text(found.clock)[0]
    return text
