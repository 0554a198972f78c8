"""History controller: today's completed encounters of this kiosk, their alert delivery and referral slips.

Every read goes through ``ui.tasks`` (``kiosk.history.today_history`` runs on the database worker); the view only
gets plain rows. Print and reprint go to :class:`ui.printing.SlipPrinter`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kiosk.history import HistoryRow, today_history
from kiosk.services import Services
from ui.printing import PRINTING, PrintOutcome, SlipPrinter
from ui.tasks import Tasks
from ui.views.history import HistoryView


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


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
    print_requested = Signal(str)
    """The officer asked to print (later) the slip of this referral id."""

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
                action = (tr("Print") if status in ("pending", "failed", "saved") else tr("Reprint"), row.referral_id)
            actions.append(action)
        self.view.show_rows(texts, actions, self.print_slip, tips)

    def print_slip(self, referral_id: str) -> None:
        if self.printer is not None:
            self.print_requested.emit(referral_id)
            self.printer.print_referral(referral_id)

    def _print_changed(self, outcome: PrintOutcome) -> None:
        if outcome.status == PRINTING:
            self.live[outcome.referral_id] = outcome
            self._render()
            return
        self.live.pop(outcome.referral_id, None)
        if self.view.isVisible() or any(r.referral_id == outcome.referral_id for r in self.rows):
            self.load()
