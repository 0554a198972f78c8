"""Checks that the facts of one screening record agree with each other, made at the decision.

A slip that says "born 1974 / 34 years" cannot be trusted by the facility that receives it, so the
decision is refused until the officer corrects one of the two fields (the window and headless
``poe-kiosk screening run`` alike: ``kiosk.screening.ScreeningService.complete`` calls this).
"""

from __future__ import annotations

import datetime as dt

from kiosk.errors import InputError
from kiosk.records import ScreeningRecord

AGE_TOLERANCE_YEARS = 1.0
"""A stated age may be rounded or taken just before a birthday; beyond a year apart it is a contradiction."""
AGE_FIELDS = "age_years, traveller.birth_date"


class ContradictoryAge(InputError):
    """The stated age and the birth date disagree (``stated`` and ``derived`` in years at arrival)."""

    def __init__(self, stated: float, birth_date: dt.date, derived: float) -> None:
        self.stated = stated
        self.birth_date = birth_date
        self.derived = derived
        super().__init__(AGE_FIELDS, f"contradict each other: age {stated:g} years, but born {birth_date.isoformat()} "
                                     f"is {int(derived)} years at arrival; correct one of them")


def birth_date_age(record: ScreeningRecord) -> float | None:
    """Age in years at arrival from the birth date alone (None without a birth date)."""
    birth = record.traveller.birth_date if record.traveller else None
    return None if birth is None else (record.arrival_date - birth).days / 365.25


def check_consistent(record: ScreeningRecord) -> None:
    """Raise :class:`ContradictoryAge` when the stated age and the birth date are more than a year apart."""
    derived = birth_date_age(record)
    if derived is None or record.age_years is None or record.traveller is None:
        return
    if abs(record.age_years - derived) > AGE_TOLERANCE_YEARS:
        assert record.traveller.birth_date is not None
        raise ContradictoryAge(record.age_years, record.traveller.birth_date, derived)
