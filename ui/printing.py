"""Referral slips from the window: made and printed in the background after every refer/isolate decision.

The steps of one slip, none on the GUI thread:

1. read the referral, its encounter and record (``ui.tasks``: the database worker);
2. render the slip (``kiosk.referral.slip.make_slip``, signed with the kiosk key) and hand it to CUPS
   (``kiosk.referral.printing.print_pdf``: ``lp``, or the PDF saved in the fallback folder) on a worker
   of its own, because ``lp`` may take up to its timeout and saves must not wait behind it;
3. store the outcome on the Referral row (``kiosk.referral.records.save_print_result``, database worker).

:class:`SlipPrinter` emits ``changed(PrintOutcome)`` at each stage, for the home screen and history.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.errors import KioskError
from kiosk.referral.printing import FAILED, ROLL_MEDIA, PrintResult
from ui.services import Services, SlipSetup
from ui.tasks import Tasks

log = logging.getLogger(__name__)

PRINTING = "printing"
REFERRAL_DISPOSITIONS = ("refer", "isolate")
_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*[-\d.]+\s+[-\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]")


@dataclass(frozen=True)
class PrintOutcome:
    """``status``: printing (in progress), printed, saved or failed; ``message`` is for the officer."""

    referral_id: str
    status: str
    message: str
    path: str = ""


def media_options(fmt: str, pdf: bytes) -> tuple[str, ...]:
    """CUPS ``-o`` options for a slip: A6, or an 80 mm roll cut to the slip's own length."""
    if fmt != "80mm":
        return ("media=A6",)
    match = _MEDIA_BOX.search(pdf)
    height_mm = math.ceil(float(match.group(2)) * 25.4 / 72) if match else 297
    return (f"media={ROLL_MEDIA.format(height=height_mm)}",)


def render_and_print(source: Any, setup: SlipSetup) -> PrintResult:
    """Make the slip of ``source`` (a ``kiosk.referral.records.SlipSource``) and print or save it (Qt-free)."""
    from kiosk.records import parse_record
    from kiosk.referral.printing import print_pdf
    from kiosk.referral.slip import ReferralInfo, make_slip

    record = parse_record(source.record)
    info = ReferralInfo(referral_id=source.referral_id, issued_at=source.issued_at, officer_id=source.officer_id,
                        kiosk_id=source.kiosk_id, site_language=setup.site_language,
                        traveller_language=source.language)
    slip = make_slip(record, source.evaluation, info, setup.directory, setup.key, fmt=setup.format)
    if slip.overflow:
        log.warning("slip %s: text wider than its frame: %s", source.referral_id, slip.overflow[:3])
    config = dataclasses.replace(setup.print_config,
                                 options=(*setup.print_config.options, *media_options(setup.format, slip.pdf)))
    return print_pdf(slip.pdf, f"slip-{source.referral_id}", config)


class SlipPrinter(QObject):
    """Prints the slip of every referral the window completes; reprints on request."""

    changed = Signal(object)
    """A :class:`PrintOutcome` (the status of one referral's slip changed)."""

    def __init__(self, services: Services, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if services.slips is None:
            raise ValueError("services have no slip set-up")
        self.services = services
        self.setup = services.slips
        self.tasks = tasks
        self.worker = Tasks(self)  # render + lp: a thread of their own, never the database worker
        self.in_progress: set[str] = set()

    def on_completed(self, completed: Any) -> None:
        """Slot for ``ScreeningController.completed``: print when the decision made a referral."""
        if completed.referral_id and completed.disposition in REFERRAL_DISPOSITIONS:
            self.print_referral(completed.referral_id)

    def print_referral(self, referral_id: str) -> bool:
        """Print (or reprint) the slip of ``referral_id``; False when it is already on its way."""
        if referral_id in self.in_progress:
            return False
        from kiosk.referral.records import slip_source

        self.in_progress.add(referral_id)
        self.changed.emit(PrintOutcome(referral_id, PRINTING, self.tr("Printing the referral slip…")))
        store = self.services.store
        self.tasks.run(lambda: slip_source(store, referral_id), self._render,
                       lambda error: self._failed(referral_id, error))
        return True

    def _render(self, source: Any) -> None:
        setup = self.setup
        self.worker.run(lambda: render_and_print(source, setup), lambda result: self._save(source.referral_id, result),
                        lambda error: self._failed(source.referral_id, error))

    def _failed(self, referral_id: str, error: BaseException) -> None:
        if not isinstance(error, KioskError):
            log.error("slip %s could not be made", referral_id, exc_info=error)
        detail = str(error) if isinstance(error, KioskError) else type(error).__name__
        self._save(referral_id, PrintResult(FAILED, self.tr("The slip could not be made: %1").replace("%1", detail)))

    def _save(self, referral_id: str, result: PrintResult) -> None:
        from kiosk.referral.records import save_print_result

        store, now = self.services.store, self.services.clock.now()
        outcome = PrintOutcome(referral_id, result.status, result.message, str(result.path or ""))

        def done(_: Any = None) -> None:
            self.in_progress.discard(referral_id)
            self.changed.emit(outcome)

        def not_saved(error: BaseException) -> None:
            log.error("print status of %s not stored", referral_id, exc_info=error)
            done()

        self.tasks.run(lambda: save_print_result(store, referral_id, result, now), done, not_saved)

    @property
    def pending(self) -> int:
        """Slips not yet finished (tests wait for 0)."""
        return len(self.in_progress)

    def shutdown(self) -> None:
        """Let a slip being printed finish (its status is stored only if the database worker still runs)."""
        self.worker.shutdown()
