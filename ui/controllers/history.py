"""History controller: today's completed encounters of this kiosk, their alert delivery and referral slips.

Every read goes through ``ui.tasks`` (:func:`today_history` runs on the database worker); the view only
gets plain rows. Print and reprint go to :class:`ui.printing.SlipPrinter`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from sqlalchemy import select

from kiosk.store import models as m
from ui.printing import PRINTING, PrintOutcome, SlipPrinter
from ui.services import Services
from ui.tasks import Tasks
from ui.views.history import HistoryView


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


@dataclass(frozen=True)
class HistoryRow:
    encounter_id: str
    completed_at: dt.datetime
    traveller_reference: str
    disposition: str
    protocol: str
    delivery: str | None
    """``kiosk.alerts.outbox.delivery_state``: queued, at_broker, acknowledged, dead; None without an alert."""
    referral_id: str | None
    print_status: str = ""
    print_message: str = ""
    pdf_path: str = ""


def today_history(services: Services) -> list[HistoryRow]:
    """Encounters this kiosk completed today (UTC day, as the home counts), newest first. Worker only."""
    from kiosk.alerts.outbox import delivery_state

    context, clock = services.screening.context, services.clock  # the mode in force: real or the exercise
    start = dt.datetime.combine(clock.today(), dt.time(), dt.UTC)
    query = (
        select(m.Encounter, m.Traveller.reference, m.Referral)
        .outerjoin(m.Traveller, m.Traveller.id == m.Encounter.traveller_id)
        .outerjoin(m.Referral, m.Referral.encounter_id == m.Encounter.id)
        .where(m.Encounter.site_id == context.site.id, m.Encounter.kiosk_id == context.kiosk_id,
               m.Encounter.mode == context.mode, m.Encounter.exercise_id.is_not_distinct_from(context.exercise_id),
               m.Encounter.status == "completed",
               m.Encounter.completed_at >= start)
        .order_by(m.Encounter.completed_at.desc(), m.Encounter.id)
    )
    rows = []
    with services.store.reading() as session:
        for encounter, reference, referral in session.execute(query):
            rows.append(HistoryRow(
                encounter_id=encounter.id, completed_at=encounter.completed_at, traveller_reference=reference or "",
                disposition=encounter.disposition or "", protocol=_protocol(encounter, referral),
                delivery=delivery_state(session, encounter.id),
                referral_id=referral.id if referral else None,
                print_status=referral.print_status if referral else "",
                print_message=referral.print_message if referral else "",
                pdf_path=referral.pdf_path if referral else "",
            ))
    return rows


def _protocol(encounter: m.Encounter, referral: m.Referral | None) -> str:
    if referral is not None and referral.protocol:
        return referral.protocol
    flags = (encounter.evaluation or {}).get("flags") or []
    chosen = next((f for f in flags if encounter.disposition in (f.get("actions") or ())), flags[0] if flags else None)
    return str(chosen.get("protocol") or "") if chosen else ""


def delivery_text(state: str | None) -> str:
    return {
        None: tr("no alert"),
        "queued": tr("queued on this kiosk"),
        "at_broker": tr("at the broker"),
        "acknowledged": tr("acknowledged by the hub"),
        "dead": tr("refused (see home)"),
    }.get(state, state or "")


def print_text(status: str) -> str:
    return {
        "": "—",
        "pending": tr("not printed"),
        PRINTING: tr("printing…"),
        "printed": tr("printed"),
        "saved": tr("saved as PDF"),
        "failed": tr("failed"),
    }.get(status, status)


class HistoryController(QObject):
    def __init__(self, view: HistoryView, services: Services, tasks: Tasks, printer: SlipPrinter | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.services = services
        self.tasks = tasks
        self.printer = printer
        self.rows: list[HistoryRow] = []
        self.live: dict[str, PrintOutcome] = {}
        """Slips printing right now (the stored status is older)."""
        self._loading = False
        self._again = False
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(300)
        self._soon.timeout.connect(self.load)
        view.refresh.clicked.connect(self.load)
        if printer is not None:
            printer.changed.connect(self._print_changed)

    def load(self) -> None:
        """Read today's rows on the worker (one read at a time; a request meanwhile reads again after)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        services = self.services
        self.tasks.run(lambda: today_history(services), self._loaded, self._load_failed)

    def refresh_soon(self) -> None:
        """Delivery states changed: reload within a moment if the screen is showing (coalesced)."""
        if self.view.isVisible() and not self._soon.isActive():
            self._soon.start()

    def _loaded(self, rows: list[HistoryRow]) -> None:
        self._loading = False
        self.rows = rows
        self._render()
        if self._again:
            self._again = False
            self.load()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self.view.message.setText(tr("The history could not be read: %1").replace("%1", str(error)))

    def _render(self) -> None:
        from ui.controllers.screening import disposition_name

        texts, actions, tips = [], [], []
        for row in self.rows:
            live = self.live.get(row.referral_id or "")
            status = live.status if live else row.print_status
            message = live.message if live else row.print_message
            texts.append((
                row.completed_at.astimezone().strftime("%H:%M"), row.traveller_reference or "—",
                disposition_name(row.disposition), row.protocol or "—", delivery_text(row.delivery),
                print_text(status) if row.referral_id else "—",
            ))
            tips.append(message)
            action = None
            if row.referral_id and self.printer is not None and status != PRINTING:
                action = (tr("Print") if status in ("pending", "failed") else tr("Reprint"), row.referral_id)
            actions.append(action)
        self.view.show_rows(texts, actions, self.print_slip, tips)

    def print_slip(self, referral_id: str) -> None:
        if self.printer is not None:
            self.printer.print_referral(referral_id)

    def _print_changed(self, outcome: PrintOutcome) -> None:
        if outcome.status == PRINTING:
            self.live[outcome.referral_id] = outcome
            self._render()
            return
        self.live.pop(outcome.referral_id, None)
        if self.view.isVisible() or any(r.referral_id == outcome.referral_id for r in self.rows):
            self.load()
