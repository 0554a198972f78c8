"""The referral rows of the kiosk store, as the slip printer needs them (Qt-free).

:func:`slip_source` reads what a slip is made from (the completed encounter's record and evaluation,
the referral's id and time, the deciding officer, the traveller's language, the screening's mode); :func:`save_print_result`
stores how printing went on the ``Referral`` row (``print_status``, ``print_message``, ``printed_at``,
``pdf_path``), which the history screen shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from kiosk.errors import KioskError, NotFound
from kiosk.referral.printing import PRINTED, PrintResult
from kiosk.store import Store
from kiosk.store import models as m

PENDING = "pending"
PRINT_STATUSES = (PENDING, PRINTED, "saved", "failed")


@dataclass(frozen=True)
class SlipSource:
    """Everything stored about one referral that its slip shows."""

    referral_id: str
    encounter_id: str
    issued_at: dt.datetime
    disposition: str
    officer_id: str
    kiosk_id: str
    language: str
    """The language the traveller was screened in (the slip's second language)."""
    record: dict[str, Any]
    evaluation: dict[str, Any]
    """The evaluate JSON with ``disposition`` set to the officer's decision (which may override it)."""
    mode: str = "actual"
    """The encounter's mode (actual, exercise, test): a slip from an exercise or a test must say so."""
    exercise_id: str = ""
    """The encounter's exercise id, kept for exercise encounters only (as the alerts do)."""


def slip_source(store: Store, referral_id: str) -> SlipSource:
    """The stored facts behind the slip of ``referral_id``; NotFound / KioskError say what is missing."""
    with store.reading() as session:
        referral = session.get(m.Referral, referral_id)
        if referral is None:
            raise NotFound(f"no referral {referral_id}")
        encounter = session.get(m.Encounter, referral.encounter_id)
        if encounter is None or encounter.record is None or encounter.evaluation is None:
            raise KioskError(f"referral {referral_id}: its screening is not completed")
        evaluation = {**encounter.evaluation, "disposition": referral.disposition,
                      "leading_protocol": encounter.leading_protocol or referral.protocol}
        return SlipSource(
            referral_id=referral.id, encounter_id=encounter.id, issued_at=referral.created_at,
            disposition=referral.disposition, officer_id=encounter.decided_by or encounter.officer_id or "",
            kiosk_id=encounter.kiosk_id, language=encounter.language or "", record=dict(encounter.record),
            evaluation=evaluation, mode=encounter.mode or "actual",
            exercise_id=(encounter.exercise_id or "") if encounter.mode == "exercise" else "",
        )


def save_print_result(store: Store, referral_id: str, result: PrintResult, at: dt.datetime) -> None:
    """Record the outcome of printing (or saving) the slip of ``referral_id``.

    ``printed_at`` is the time of the last successful print (kept when a later reprint fails);
    ``pdf_path`` the last saved copy.
    """
    if at.tzinfo is None:
        raise ValueError("save_print_result needs an aware datetime")
    with store.transaction() as session:
        referral = session.get(m.Referral, referral_id)
        if referral is None:
            raise NotFound(f"no referral {referral_id}")
        referral.print_status = result.status
        referral.print_message = result.message[:2000]
        if result.status == PRINTED:
            referral.printed_at = at
        if result.path is not None:
            referral.pdf_path = str(result.path)[:500]
