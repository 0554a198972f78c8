"""The decision refuses a record whose stated age contradicts its birth date ("born 1974 / 34 years")."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kiosk.consistency import ContradictoryAge, check_consistent
from kiosk.records import parse_record
from kiosk.screening import Decision, ScreeningService
from kiosk.store import models as m

BORN_1974 = {"arrival_date": "2026-11-29", "temperature_c": 36.8, "traveller": {"birth_date": "1974-03-02"}}


@pytest.mark.parametrize("age", [52, 52.7, 53, 51.8])
def test_an_age_that_agrees_with_the_birth_date_passes(age: float) -> None:
    check_consistent(parse_record({**BORN_1974, "age_years": age}))


@pytest.mark.parametrize("record", [BORN_1974, {"arrival_date": "2026-11-29", "age_years": 34}])
def test_one_of_the_two_alone_passes(record) -> None:
    check_consistent(parse_record(record))


@pytest.mark.parametrize("age", [34, 50.5, 54, 0.5])
def test_a_contradiction_names_both_fields(age: float) -> None:
    with pytest.raises(ContradictoryAge) as caught:
        check_consistent(parse_record({**BORN_1974, "age_years": age}))
    error = caught.value
    assert error.field == "age_years, traveller.birth_date"
    assert (error.stated, error.birth_date, int(error.derived)) == (age, dt.date(1974, 3, 2), 52)
    assert str(error).startswith("age_years, traveller.birth_date: contradict each other: age ")
    assert "born 1974-03-02 is 52 years at arrival" in str(error)


def test_the_decision_is_refused_and_nothing_is_recorded(service: ScreeningService) -> None:
    draft = service.start(officer_id=None, sop_id="primary", sop_version="1", stage="primary")
    with pytest.raises(ContradictoryAge):
        service.complete(draft, {**BORN_1974, "age_years": 34}, Decision("1001"))
    with service.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.Referral)) == 0
        assert session.scalar(select(m.Encounter.status)) == "draft"
