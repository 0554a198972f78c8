"""The hub console window: receive (live lists), detail, triage and report, for surveillance officers.

Every database call runs on the one worker of :class:`ui.tasks.Tasks`; the GUI thread only draws. A
timer polls every ``refresh_ms`` (2 s): the list of the page on show, plus the ids stored since the
last poll in each view. Alerts that arrived after the console opened are **new** (marked, counted
in the title and on the tabs) until the officer selects them or marks the page as seen. Actual
alerts and Exercise/Test alerts are on separate pages and counted separately. Each poll also reads
the ingest workers' health (shown in the bar: connected, database reachable, backlog, last commit)
and the quarantine (its own tab).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kiosk.auth import PermissionDenied
from kiosk.clock import Clock, SystemClock
from kiosk.hub.accounts import HubAccounts, HubUser, can, require_current
from kiosk.hub.attention import DEFAULT_RULES, AttentionRules
from kiosk.hub.console import (
    NOTE_MAX,
    OUTCOMES,
    VIEWS,
    AlertDetail,
    AlertSummary,
    KioskPresence,
    Report,
    TriageConflict,
    TriageStep,
    add_note,
    alert_detail,
    alert_ids_after,
    kiosk_presence,
    latest_alert_id,
    report,
    triage,
)
from kiosk.hub.finder import (
    AlertFilter,
    FilterChoices,
    Page,
    PageKey,
    attention_floor,
    escalated_count,
    filter_choices,
    find_page,
    find_top,
    summaries_of,
)
from kiosk.hub.ingest import worker_health
from kiosk.hub.models import hub_engine
from kiosk.hub.registry import QuarantineEntry, quarantine, quarantine_by_reason
from ui.hub import dialogs, style
from ui.hub.assessment_desk import AssessmentDesk
from ui.hub.refusals import refusal_text
from ui.hub.signin import SignInPage, role_name
from ui.hub.trends import TrendsController
from ui.hub.views.alert_model import escalation_check
from ui.hub.views.alerting import Alerting
from ui.hub.views.alerts import AlertsPage
from ui.hub.views.crash_notice import CrashNotice
from ui.hub.views.follow_up import FollowUpPage
from ui.hub.views.kiosks import KiosksPage, presence_summary
from ui.hub.views.parts import know_people, outcome_name, push, state_name, tr
from ui.hub.views.quarantine import QuarantinePage
from ui.hub.views.report import ReportPage
from ui.hub.views.reporting import ReportingPage
from ui.tasks import Tasks
from ui.views.widgets import ElidedLabel, label

log = logging.getLogger(__name__)
_ACCOUNT_ACTION = {"assessment.assign": "assign", "assessment.verify": "assess", "assessment.risk": "assess",
                   "assessment.outcome": "assess"}
"""An IHR assessment step's action (``kiosk.hub.assessment.ACTIONS``) → the account right it needs."""

REFRESH_MS = 2000
ESCALATION_REFRESH_S = 30.0
DEFAULT_REPORT_DAYS = 7


@dataclass(frozen=True)
class Poll:
    """What one poll read (on the worker): the page's rows and, per view, the ids stored since last time."""

    view: str
    filters: AlertFilter
    page: Page
    arrivals: dict[str, list[int]]
    """View → ids stored after its baseline (views that already have one)."""
    latest: dict[str, int]
    """View → its highest id now (views without a baseline yet: the console just opened)."""
    floor: int
    """``kiosk.hub.finder.attention_floor`` of ``view`` (kept by the window, passed to the next poll)."""
    kiosks: list[KioskPresence]
    workers: list[dict[str, Any]] = field(default_factory=list)
    """Each ingest worker's health (``kiosk.hub.ingest.worker_health``)."""
    quarantine: list[QuarantineEntry] = field(default_factory=list)
    quarantine_by_reason: dict[str, int] = field(default_factory=dict)
    arrived: list[AlertSummary] = field(default_factory=list)
    """The alerts of ``arrivals`` (what the attention rules look at)."""
    choices: FilterChoices = field(default_factory=lambda: FilterChoices((), ()))

    @property
    def rows(self) -> tuple[AlertSummary, ...]:
        return self.page.rows


QUARANTINE_SHOWN = 200


def read_poll(engine: Engine, view: str, filters: AlertFilter, baselines: dict[str, int | None], *, loaded: int = 0,
              clock: Clock | None = None, floor: int = 0, poes: frozenset[str] | None = None) -> Poll:
    """Worker only. The list (as many rows as are loaded) is read before the arrivals: an alert stored in
    between is counted new at once and listed at the next poll (never listed without being counted).
    ``poes``: the user's jurisdiction."""
    floor = attention_floor(engine, view, floor)
    page = find_top(engine, view, replace(filters, poes=poes), loaded, clock, floor)
    arrivals, latest = {}, {}
    for name, after in baselines.items():
        if after is None:
            latest[name] = latest_alert_id(engine, name, poes=poes)
        else:
            arrivals[name] = alert_ids_after(engine, name, after, poes=poes)
    arrived = summaries_of(engine, [i for ids in arrivals.values() for i in ids])
    choices = filter_choices(engine)
    if poes is not None:
        choices = replace(choices, poes=tuple(p for p in choices.poes if p in poes))
    return Poll(view, filters, page, arrivals, latest, floor, kiosk_presence(engine, poes=poes),
                worker_health(engine), quarantine(engine, limit=QUARANTINE_SHOWN), quarantine_by_reason(engine),
                arrived=sorted(arrived.values(), key=lambda a: a.id), choices=choices)


def ingest_summary(workers: list[dict[str, Any]]) -> tuple[str, bool]:
    """The bar's words for the ingest workers' health, and whether it is a problem."""
    if not workers:
        return tr("Ingest: no worker has reported"), True
    backlog = sum(w["backlog"] for w in workers)
    if any(w["stale"] for w in workers):
        return tr("Ingest: %n worker(s) not reporting", sum(w["stale"] for w in workers)), True
    if not all(w["database_ok"] for w in workers):
        return tr("Ingest: database unreachable, %n alert(s) waiting", backlog), True
    if not all(w["connected"] for w in workers):
        return tr("Ingest: broker not connected"), True
    commits = [w["last_commit_at"] for w in workers if w["last_commit_at"]]
    last = dt.datetime.fromisoformat(max(commits)).astimezone().strftime("%H:%M:%S") if commits else "—"
    return tr("Ingest: %n worker(s) OK · last commit %1", len(workers)).replace("%1", last), False


class HubConsoleWindow(QMainWindow):
    """Sign-in first (nothing else is shown before it); then tabs: Actual alerts, Exercises and tests, Report.
    The signed-in user is recorded with every triage step; ``user`` given: signed in already (tests, screenshots)."""

    refreshed = Signal()
    """A poll's result is on screen."""
    detail_shown = Signal(int)
    triaged = Signal(int)
    report_shown = Signal()
    signed_out = Signal()
    """The user signed out: this window closes (``ui.hub.app`` opens a fresh one at its sign-in)."""
    page_fetched = Signal(str)
    """The next page of a view's list was added (its view)."""

    def __init__(self, db_url: str, user: HubUser | None = None, *, clock: Clock | None = None,
                 refresh_ms: int = REFRESH_MS, attention: AttentionRules = DEFAULT_RULES,
                 alerting: Alerting | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.clock = clock or SystemClock()
        self.engine: Engine | None = None
        self.report: Report | None = None
        self.baseline: dict[str, int | None] = dict.fromkeys(VIEWS)
        self.unseen: dict[str, set[int]] = {view: set() for view in VIEWS}
        self.attention = attention
        self._escalation_due: dict[str, float] = {}
        self.floors: dict[str, int] = dict.fromkeys(VIEWS, 0)
        self.alerting = alerting or Alerting()
        self._polling = self._again = self._report_stale = False
        self._failing = ""
        self._shut_down = False
        self.setStyleSheet(style.STYLE_SHEET)
        self.tasks = Tasks(self)
        self.tasks.failed.connect(lambda error: self._show_status(_error_text(error), problem=True))
        self.pages = {view: AlertsPage(view, self.clock) for view in VIEWS}
        for page in self.pages.values():
            page.model.escalated = escalation_check(attention, self.clock.now)
        self.report_page = ReportPage()
        self.kiosks_page = KiosksPage()
        self.quarantine_page = QuarantinePage()
        self.signin = SignInPage(self.tasks)
        self.signin.signed_in.connect(self._signed_in)
        self.assessment = AssessmentDesk(self)
        poes = lambda: self.user.poes if self.user is not None else frozenset()  # noqa: E731
        self.reporting_page = ReportingPage(self.tasks, lambda: self.engine, self.clock, poes=poes)
        self.follow_up_page = FollowUpPage(
            self.tasks, lambda: self.engine, self.clock, lambda: self.officer, poes=poes,
            may_check=lambda: self.user is not None and can(self.user, "follow_up"))
        self._build()
        self._wire()
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.poll)
        self._update_counts()
        self._show_status(tr("Opening the hub database…"))
        self.tasks.run(lambda: hub_engine(db_url), self._connected, self._connect_failed)

    # ------------------------------------------------------------------------------------ layout

    def _build(self) -> None:
        shell = QWidget()
        column = QVBoxLayout(shell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._bar())
        column.addWidget(self.alerting)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("console_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.pages["actual"], "")
        self.tabs.addTab(self.pages["exercise"], "")
        self.tabs.addTab(self.report_page, tr("Report"))
        self.tabs.addTab(self.kiosks_page, tr("Kiosks"))
        self.tabs.addTab(self.quarantine_page, tr("Quarantine"))
        self.tabs.addTab(self.assessment.panel, tr("IHR assessment"))
        self.tabs.addTab(self.reporting_page, tr("Daily reporting"))
        self.tabs.addTab(self.follow_up_page, tr("Follow-up"))
        self.trends = TrendsController(self)  # charts per point of entry, line list, exports
        self.tabs.addTab(self.trends.page, tr("Trends"))
        column.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.signin)
        self.stack.addWidget(shell)
        self.crash_notice = CrashNotice()  # above the sign-in too: a crash there is said as well
        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(0)
        rows.addWidget(self.crash_notice)
        rows.addWidget(self.stack, 1)
        self.setCentralWidget(body)

    def _bar(self) -> QFrame:
        """Two rows: the title, new alerts, the poll status and the officer; then the kiosks' presence and
        the ingest's health (each a sentence that must not widen the window)."""
        bar = QFrame()
        bar.setObjectName("console_bar")
        rows = QVBoxLayout(bar)
        rows.setContentsMargins(16, 8, 16, 8)
        rows.setSpacing(2)
        row = QHBoxLayout()
        rows.addLayout(row)
        row.addWidget(label(tr("Surveillance hub · alert console"), "subtitle", wrap=False))
        self.new_count = label("", wrap=False, name="new_count")
        row.addWidget(self.new_count)
        self.alerting.escalation.setContentsMargins(10, 0, 0, 0)  # apart from the title when no count is shown
        row.addWidget(self.alerting.escalation)
        row.addStretch(1)
        self.status = label("", "muted", wrap=False, name="console_status")
        row.addWidget(self.status)
        row.addSpacing(16)
        self.officer_label = ElidedLabel("")  # gives way (shortened with "…") when the row is full
        self.officer_label.setObjectName("console_officer")
        self.officer_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.officer_label.setMinimumWidth(120)
        row.addWidget(self.officer_label, 2)
        self.sign_out_button = push(tr("Sign out"), name="sign_out")
        self.sign_out_button.clicked.connect(self.sign_out)
        row.addWidget(self.sign_out_button)
        health = QHBoxLayout()
        rows.addLayout(health)
        self.presence = label("", wrap=False, name="kiosk_presence")
        health.addWidget(self.presence)
        health.addSpacing(16)
        self.ingest = label("", wrap=False, name="ingest_health")
        health.addWidget(self.ingest)
        health.addStretch(1)
        health.addWidget(self.alerting.mute)
        return bar

    def _wire(self) -> None:
        for view, page in self.pages.items():
            page.selected.connect(lambda alert_id, v=view: self._select(v, alert_id))
            page.filter_changed.connect(self.poll)
            page.model.more_wanted.connect(lambda key, v=view: self._fetch_more(v, key))
            page.mark_seen.clicked.connect(lambda _=False, v=view: self.mark_seen(v))
            page.detail.triage_requested.connect(lambda state, v=view: self._triage(v, state))
            page.detail.note_requested.connect(lambda v=view: self._add_note(v))
            page.detail.assess_requested.connect(lambda v=view: self.assessment.open(v))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.report_page.period_changed.connect(self.load_report)
        self.report_page.export.clicked.connect(self._export)

    # ------------------------------------------------------------------------------------ polling

    def current_view(self) -> str:
        page = self.tabs.currentWidget()
        return page.view if isinstance(page, AlertsPage) else "actual"

    def _connected(self, engine: Engine) -> None:
        self.engine = engine
        if self.user is not None:
            self._signed_in(self.user)
        else:
            self.signin.set_ready(HubAccounts(engine, self.clock).sign_in)
            self._show_status("")

    @property
    def officer(self) -> str:
        """The signed-in user's id: what the IHR assessment records as its actor."""
        return self.user.id if self.user is not None else ""

    def _signed_in(self, user: HubUser) -> None:
        """Show the console to ``user``: their alerts (jurisdiction), triage only if their role may."""
        self.user = user
        self.assessment.can = lambda actor, action: actor == user.id and self._may_now(user, _ACCOUNT_ACTION[action])
        self.officer_label.setText(tr("Signed in: %1 (%2)").replace("%1", user.name).replace(
            "%2", role_name(user.role)))
        self.officer_label.setToolTip(self.officer_label.text())
        for page in self.pages.values():
            page.detail.set_may_triage(can(user, "triage"))
        # quarantined messages may come from anywhere: only for those who see every point of entry
        self.tabs.setTabVisible(self.tabs.indexOf(self.quarantine_page), user.poes is None)
        self.stack.setCurrentIndex(1)
        self._read_people(user)
        self.timer.start()
        self.poll()

    def _may_now(self, user: HubUser, action: str) -> bool:
        """May ``user`` do ``action``, their account as stored now (disabled or changed since the sign-in:
        no)? Asked by the core on the worker, before it writes an assessment step."""
        if self.engine is None:
            return False
        with Session(self.engine) as session:
            try:
                require_current(session, user, action)
            except PermissionDenied:
                return False
        return True

    def _read_people(self, user: HubUser) -> None:
        """Histories name officers as they know each other (the accounts' names), read before the first poll."""
        know_people({user.id: user.name})
        engine = self.engine
        if engine is not None:
            self.tasks.run(lambda: {account.user.id: account.user.name for account in HubAccounts(engine).accounts()},
                           know_people, lambda error: log.warning("hub console: accounts not read (%s)", error))

    def sign_out(self) -> None:
        """Audit the sign-out and close: nothing the user saw stays on screen."""
        engine, user = self.engine, self.user
        if engine is not None and user is not None:
            self.tasks.run(lambda: HubAccounts(engine, self.clock).sign_out(user))
        self.user = None
        self.stack.setCurrentIndex(0)
        self.shutdown()
        self.signed_out.emit()
        self.close()

    def _connect_failed(self, error: BaseException) -> None:
        log.error("hub console: cannot open the hub database", exc_info=error)
        self._show_status(tr("Cannot open the hub database: %1").replace("%1", _error_text(error)), problem=True)

    def poll(self) -> None:
        """Read the page on show and the arrivals (one poll at a time; a request meanwhile polls again)."""
        if self.engine is None or self._shut_down or self.user is None:
            return
        if self._polling:
            self._again = True
            return
        self._polling = True
        engine, view, baselines, poes = self.engine, self.current_view(), dict(self.baseline), self.user.poes
        filters = self.pages[view].filter_value()
        loaded = self.pages[view].row_count() if filters == self.pages[view].shown_filter else 0  # new filter: top
        clock, floor = self.clock, self.floors[view]
        self.tasks.run(lambda: read_poll(engine, view, filters, baselines, loaded=loaded, clock=clock, floor=floor,
                                         poes=poes), self._polled, self._poll_failed)

    def _fetch_more(self, view: str, key: PageKey) -> None:
        """The list reached its end: the page after ``key`` (on the worker)."""
        page, engine, user = self.pages[view], self.engine, self.user
        if engine is None or user is None:
            page.model.fetch_failed()
            return
        filters = page.filter_value()

        def loaded(result: Page) -> None:
            if page.filter_value() == filters:
                page.append_page(result)
                self.page_fetched.emit(view)
            else:
                page.model.fetch_failed()

        def failed(error: BaseException) -> None:
            page.model.fetch_failed()
            self._show_status(_error_text(error), problem=True)

        clock, floor, mine = self.clock, self.floors[view], replace(filters, poes=user.poes)
        self.tasks.run(lambda: find_page(engine, view, mine, after=key, clock=clock, floor=floor), loaded, failed)

    def _polled(self, result: Poll) -> None:
        self._polling = False
        self.floors[result.view] = max(self.floors[result.view], result.floor)
        for view, latest in result.latest.items():
            if self.baseline[view] is None:
                self.baseline[view] = latest
        for view, ids in result.arrivals.items():
            if ids:
                self._escalation_due.pop(view, None)  # count again now: an arrival may change it
                self.unseen[view].update(ids)
                self.baseline[view] = max(ids)
                self._report_stale = True
        page = self.pages[result.view]
        stale = result.page.more and len(result.rows) < page.row_count()  # a page was added meanwhile
        if result.filters == page.filter_value() and not stale:
            page.show_page(result.page, frozenset(self.unseen[result.view]), result.filters)
            self._follow_selection(result.view, result.rows)
        else:
            self._again = True
        page.filters.set_choices(result.choices)
        self.alerting.arrived(result.arrived)
        self._count_escalated(result.view)
        self._update_counts()
        self._show_presence(result.kiosks)
        self._show_ingest(result)
        if self._failing:
            log.info("hub console: the hub database answers again")
        self._failing = ""
        self._show_status(tr("Updated %1").replace("%1", self.clock.now().astimezone().strftime("%H:%M:%S")))
        if self._report_stale and self.tabs.currentWidget() is self.report_page:
            self.load_report(self.report_page.days())
        self.refreshed.emit()
        if self._again:
            self._again = False
            self.poll()

    def _count_escalated(self, view: str) -> None:
        """The bar's escalation count, read apart from the list and at most every
        :data:`ESCALATION_REFRESH_S` (it walks every unanswered alert: ~1 s at 1,000,000 on PostgreSQL)."""
        now = time.monotonic()
        if self.engine is None or now < self._escalation_due.get(view, 0.0):
            return
        self._escalation_due[view] = now + ESCALATION_REFRESH_S
        engine, rules, at = self.engine, self.attention, self.clock.now()
        poes = self.user.poes if self.user is not None else None
        self.tasks.run(lambda: escalated_count(engine, view, rules, at, poes), self.alerting.show_escalated)

    def _poll_failed(self, error: BaseException) -> None:
        self._polling = self._again = False
        text = _error_text(error)
        if text != self._failing:
            log.warning("hub console: poll failed: %s", text)
        self._failing = text
        self._show_status(tr("Cannot read the hub database (retrying): %1").replace("%1", text), problem=True)

    def _follow_selection(self, view: str, rows: tuple[AlertSummary, ...]) -> None:
        """Another console changed the selected alert: show its new state and history."""
        detail = self.pages[view].detail.detail
        if detail is None:
            return
        current = next((row for row in rows if row.id == detail.summary.id), None)
        if current is not None and current.state != detail.summary.state:
            self._load_detail(view, current.id)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.report_page:
            self.load_report(self.report_page.days() if self.report else DEFAULT_REPORT_DAYS)
        else:
            self.poll()

    def _show_ingest(self, result: Poll) -> None:
        text, problem = ingest_summary(result.workers)
        quarantined = sum(result.quarantine_by_reason.values())
        if quarantined:
            text += " · " + tr("%n in quarantine", quarantined)
        self.ingest.setText(text)
        self.ingest.setStyleSheet(f"color: {style.BAR_WARNING if problem or quarantined else style.BAR_MUTED};")
        self.quarantine_page.show_quarantine(result.quarantine, result.quarantine_by_reason)
        self.tabs.setTabText(self.tabs.indexOf(self.quarantine_page),
                             tr("Quarantine  (%n)", quarantined) if quarantined else tr("Quarantine"))

    def _show_presence(self, kiosks: list[KioskPresence]) -> None:
        offline = any(kiosk.state == "offline" for kiosk in kiosks)
        self.presence.setText(presence_summary(kiosks))
        self.presence.setStyleSheet(f"color: {style.BAR_WARNING if offline else style.BAR_MUTED};")
        self.kiosks_page.show_kiosks(kiosks, self.clock.now())

    # ------------------------------------------------------------------------------------ new alerts

    def mark_seen(self, view: str) -> None:
        self.unseen[view].clear()
        self.pages[view].set_unseen(frozenset())
        self._update_counts()

    def _update_counts(self) -> None:
        actual, exercise = len(self.unseen["actual"]), len(self.unseen["exercise"])
        self.setWindowTitle(tr("Hub console — %n new", actual) if actual else tr("Hub console"))
        self.new_count.setText(tr("%n new", actual))
        self.new_count.setVisible(bool(actual))
        self.tabs.setTabText(0, tr("Actual alerts  (%n new)", actual) if actual else tr("Actual alerts"))
        self.tabs.setTabText(1, tr("Exercises and tests  (%n new)", exercise) if exercise else
                             tr("Exercises and tests"))

    # ------------------------------------------------------------------------------------ detail, triage

    def _select(self, view: str, alert_id: int) -> None:
        if alert_id in self.unseen[view]:
            self.unseen[view].discard(alert_id)
            self.pages[view].set_unseen(frozenset(self.unseen[view]))
            self._update_counts()
        self._load_detail(view, alert_id)

    def _load_detail(self, view: str, alert_id: int) -> None:
        engine, user = self.engine, self.user
        if engine is None or user is None:
            return
        self.tasks.run(lambda: alert_detail(engine, alert_id, poes=user.poes),
                       lambda detail: self._detail_loaded(view, detail),
                       lambda error: self.pages[view].detail.set_message(_error_text(error), error=True))

    def _detail_loaded(self, view: str, detail: AlertDetail) -> None:
        page = self.pages[view]
        if page.selected_id() == detail.summary.id:
            page.detail.show_detail(detail, self.kiosks_page.kiosks, self.clock.now())
            self.detail_shown.emit(detail.summary.id)

    def _triage(self, view: str, state: str) -> None:
        panel = self.pages[view].detail
        detail = panel.detail
        if detail is None or self.engine is None or self.user is None:
            return
        engine, officer, clock = self.engine, self.user, self.clock
        alert_id, expected = detail.summary.id, detail.summary.state
        note = panel.note.toPlainText()
        outcome = panel.outcome_code() if state == "closed" else ""
        if refusal := form_refusal(state, outcome, note):
            panel.set_message(refusal, error=True)
            return

        def op() -> TriageStep:
            return triage(engine, alert_id, state, officer=officer, outcome=outcome, note=note, expected=expected,
                          clock=clock)

        self.tasks.run(op, lambda step: self._triaged(view, alert_id, step),
                       lambda error: self._triage_refused(view, alert_id, error))

    def _add_note(self, view: str) -> None:
        panel = self.pages[view].detail
        detail = panel.detail
        if detail is None or self.engine is None or self.user is None:
            return
        engine, officer, clock = self.engine, self.user, self.clock
        alert_id, expected, note = detail.summary.id, detail.summary.state, panel.note.toPlainText()
        self.tasks.run(lambda: add_note(engine, alert_id, note, officer=officer, expected=expected, clock=clock),
                       lambda step: self._triaged(view, alert_id, step),
                       lambda error: self._triage_refused(view, alert_id, error))

    def _triaged(self, view: str, alert_id: int, step: TriageStep) -> None:
        panel = self.pages[view].detail
        panel.note.clear()
        panel.outcome.setCurrentIndex(0)
        panel.set_message(tr("Note added.") if step.note_only else
                          tr("Recorded: %1.").replace("%1", state_name(step.state)))
        self._report_stale = True
        self._load_detail(view, alert_id)
        self.poll()
        self.triaged.emit(alert_id)

    def _triage_refused(self, view: str, alert_id: int, error: BaseException) -> None:
        self.pages[view].detail.set_message(_error_text(error), error=True)
        if isinstance(error, TriageConflict):
            self._load_detail(view, alert_id)

    # ------------------------------------------------------------------------------------ report

    def load_report(self, days: int) -> None:
        engine, clock, user = self.engine, self.clock, self.user
        if engine is None or user is None:
            return
        self._report_stale = False
        self.report_page.select_period(days)
        self.tasks.run(lambda: report(engine, days, clock=clock, poes=user.poes), self._report_loaded,
                       lambda error: self.report_page.message.setText(_error_text(error)))

    def _report_loaded(self, result: Report) -> None:
        self.report = result
        self.report_page.show_report(result)
        self.report_shown.emit()

    def _export(self) -> None:
        result = self.report
        if result is None:
            return
        name = f"hub-report-{result.days}d-{result.end.astimezone():%Y-%m-%d}.csv"
        path = dialogs.ask_save_path(self, name)
        if path is None:
            return
        message = self.report_page.message
        self.tasks.run(lambda: result.write_csv(path),
                       lambda _: message.setText(tr("Saved %1").replace("%1", str(path))),
                       lambda error: message.setText(_error_text(error)))

    # ------------------------------------------------------------------------------------ status, closing

    def _show_status(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {style.BAR_WARNING if problem else style.BAR_MUTED};")

    def show_error(self, detail: str = "") -> None:
        """An unhandled exception (``ui.crash.CrashHandler``): the banner says so; the console keeps running."""
        self.crash_notice.show_error(detail)

    def shutdown(self) -> None:
        """Stop polling, let queued work finish (a triage being written lands), close the database."""
        if self._shut_down:
            return
        self._shut_down = True
        self.timer.stop()
        engine = self.engine
        if engine is not None:
            self.tasks.run(engine.dispose)
        self.tasks.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def form_refusal(state: str, outcome: str, note: str) -> str:
    """The refusals of the triage form itself, in the console's language; ``triage()`` checks them again."""
    if state == "closed" and not outcome:
        names = ", ".join(outcome_name(code).lower() for code in OUTCOMES)
        return tr("Outcome: choose one to close the alert: %1").replace("%1", names)
    if len(note.strip()) > NOTE_MAX:
        return tr("Note: at most %1 characters (%2 given)").replace("%1", str(NOTE_MAX)).replace(
            "%2", str(len(note.strip())))
    return ""


def _error_text(error: BaseException) -> str:
    """What the officer reads: a domain refusal in the console's language (``ui.hub.refusals``)."""
    return refusal_text(error)
