"""What the kiosk does after each live evaluation of a screening in progress, besides showing the flags:
the early notice of a suspected case (``kiosk.alerts.early_notice``) and the repeat-encounter check
(``kiosk.repeats``). Qt-free: the window runs it on its database worker, ``screening run`` inline.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.alerts.early_notice import EarlyNotice
    from kiosk.repeats import Repeat, RepeatCheck
    from kiosk.screening import ScreeningService

log = logging.getLogger(__name__)


class LiveChecks:
    """One per window (or headless run); ``repeats`` None: no repeat-encounter warnings."""

    def __init__(self, service: ScreeningService, repeats: RepeatCheck | None) -> None:
        self.service = service
        self.repeats = repeats
        self._early_notice: EarlyNotice | None = None

    @property
    def early_notice(self) -> EarlyNotice:
        """Made on first use, on the thread that runs the checks (its CAP and XML modules are not loaded
        on the GUI thread while the window starts)."""
        if self._early_notice is None:
            from kiosk.alerts.early_notice import EarlyNotice

            self._early_notice = EarlyNotice(self.service)
        return self._early_notice

    def after_evaluation(self, encounter_id: str, record: Mapping[str, Any] | None, evaluation: Any) -> list[Repeat]:
        """Send the early notice when the flags warrant it (once per screening), remember the document's
        keyed hash, and return the earlier screenings of that document at this kiosk (newest first).
        A failure here is logged (without personal data) and must not stop the screening."""
        try:
            self.early_notice.observe(encounter_id, evaluation, dict(record) if record is not None else None)
            if self.repeats is None or record is None:
                return []
            self.repeats.remember(self.service, encounter_id, record)
            return self.repeats.earlier(self.service, encounter_id, record)
        except Exception:
            log.exception("could not record the early notice or the document hash of a screening in progress")
            return []

    def earlier(self, encounter_id: str, record: Mapping[str, Any] | None) -> list[Repeat]:
        """The earlier screenings of the record's document at this kiosk (the decision page's look-up)."""
        if self.repeats is None or record is None:
            return []
        return self.repeats.earlier(self.service, encounter_id, record)
