"""What the kiosk does after each live evaluation of a screening in progress, besides showing the flags:
the early notice of a suspected case (``kiosk.alerts.early_notice``) and the repeat-encounter check
(``kiosk.repeats``). Qt-free: the window runs it on its database worker, ``screening run`` inline.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kiosk.alerts.early_notice import EarlyNotice

if TYPE_CHECKING:
    from kiosk.repeats import Repeat, RepeatCheck
    from kiosk.screening import ScreeningService

log = logging.getLogger(__name__)


class LiveChecks:
    """One per window (or headless run); ``repeats`` None: no repeat-encounter warnings."""

    def __init__(self, service: ScreeningService, repeats: RepeatCheck | None) -> None:
        self.service = service
        self.early_notice = EarlyNotice(service)
        self.repeats = repeats

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
