"""Finding alerts at the hub (``kiosk.hub.finder``) on SQLite and PostgreSQL: the console's order (attention
first until acknowledged, then priority, then newest), each filter, keyset pages through every alert
without a cap, the escalation count, and refusals naming the field."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from kiosk.alerts.cap import AlertContent, build_alert
from kiosk.alerts.outbox import alert_topic
from kiosk.clock import FixedClock
from kiosk.errors import InputError
from kiosk.hub import assessment as ihr
from kiosk.hub import console, finder
from kiosk.hub.accounts import HubAccounts, HubUser
from kiosk.hub.attention import AttentionRules
from kiosk.hub.finder import AlertFilter
from kiosk.hub.models import HubAlert, HubTriage, hub_engine
from kiosk.hub.registry import enrol_kiosk

NOW = dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.UTC)
KIOSKS = {"XL-LND-01": "XL-LND-01-K1", "XL-AIR-01": "XL-AIR-01-K1"}
_serial = itertools.count()


def add(engine: Engine, minutes_ago: float, *, poe: str = "XL-LND-01", protocol: str = "EVD",
        urgency: str = "Immediate", severity: str = "Severe", certainty: str = "Possible",
        disposition: str | None = "isolate", status: str = "Actual") -> int:
    """Store one kiosk alert (``disposition=None``: an early notice, sent before the decision)."""
    number = next(_serial)
    received = NOW - dt.timedelta(minutes=minutes_ago)
    parameters = {"protocol": protocol, "risk": "high", "point-of-entry": poe}
    if disposition is None:
        parameters["assessment"] = "in-progress"
    else:
        parameters["disposition"] = disposition
    content = AlertContent(
        identifier=f"{poe}-01JFIND{number:019d}", sender=KIOSKS[poe], sent=received, status=status, note="",
        event=f"Suspected {protocol}", urgency=urgency, severity=severity, certainty=certainty,
        area_desc=f"{poe}, XL", event_codes={"poe-protocol": protocol}, parameters=parameters,
        geocodes={"poe-id": poe, "ISO3166-1": "XL"})
    mode = {"Actual": "actual", "Exercise": "exercise"}[status]
    return console.store_alert(engine, alert_topic("XL", poe, KIOSKS[poe], mode), build_alert(content), received)


ADA = HubUser("ada", "Ada Okoro", "surveillance_officer")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path, fast_passwords: None) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}" if request.param == "sqlite" else request.getfixturevalue(
        "postgres_url")
    engine = hub_engine(url)
    finder.ensure_indexes(engine)
    for poe, kiosk in KIOSKS.items():
        enrol_kiosk(engine, kiosk, "XL", poe)
    HubAccounts(engine).add_user("test", ADA.id, ADA.name, ADA.role, "a long test password")
    yield engine
    engine.dispose()


def ids(page: finder.Page) -> list[int]:
    return [row.id for row in page.rows]


def triage(engine: Engine, alert_id: int, state: str = "acknowledged") -> None:
    console.triage(engine, alert_id, state, officer=ADA, outcome="ruled_out" if state == "closed" else "",
                   clock=FixedClock(NOW))


def test_attention_first_until_acknowledged_then_priority_then_newest(engine: Engine) -> None:
    cholera = add(engine, 1, protocol="CHOLERA", urgency="Expected", severity="Moderate", disposition="refer")
    measles = add(engine, 2, protocol="MEASLES", urgency="Immediate", severity="Moderate", disposition="refer")
    evd_old = add(engine, 300)
    evd_new = add(engine, 30)
    early = add(engine, 600, urgency="Expected", severity="Moderate", disposition=None)
    assert ids(finder.find_page(engine)) == [evd_new, evd_old, early, measles, cholera]
    triage(engine, evd_new)
    console.add_note(engine, evd_old, "called the port", officer=ADA, clock=FixedClock(NOW))
    page = finder.find_page(engine)
    assert ids(page) == [evd_old, early, evd_new, measles, cholera]  # a note is not an acknowledgement
    assert [key.rank for key in page.keys] == [0, 0, 1, 2, 3]
    assert not page.more


def test_each_filter_narrows_the_list(engine: Engine) -> None:
    land = add(engine, 10)
    air = add(engine, 20, poe="XL-AIR-01", protocol="MVD")
    cholera = add(engine, 30, protocol="CHOLERA", urgency="Expected", severity="Moderate", disposition="refer",
                  certainty="Likely")
    old = add(engine, 60 * 24 * 3)
    drill = add(engine, 5, status="Exercise")
    triage(engine, land, "closed")

    def found(**kwargs: object) -> set[int]:
        return set(ids(finder.find_page(engine, filters=AlertFilter(**kwargs),  # type: ignore[arg-type]
                                        clock=FixedClock(NOW))))

    assert found() == {land, air, cholera, old}
    assert found(poe="XL-AIR-01") == {air}
    assert found(protocol="CHOLERA") == {cholera}
    assert found(urgency="Expected") == {cholera}
    assert found(certainty="Likely") == {cholera}
    assert found(state="closed") == {land}
    assert found(state="open") == {air, cholera, old}
    assert found(received_from=NOW - dt.timedelta(days=1)) == {land, air, cholera}
    assert found(received_to=NOW - dt.timedelta(days=1)) == {old}
    assert found(within=dt.timedelta(minutes=25)) == {land, air}  # "the last 25 minutes" on the given clock
    with engine.connect() as connection:
        identifier = connection.scalar(select(HubAlert.identifier).where(HubAlert.id == air))
    assert found(reference=identifier[-8:].lower()) == {air}
    assert found(reference="50%_") == set()  # wildcards are searched for, not expanded
    assert found(assigned_to=lambda alert: alert.id.in_(select(HubTriage.alert_id))) == {land}
    ihr.assign(engine, air, "Amina Diallo", actor=ADA.id)
    ihr.assign(engine, cholera, "Amina Diallo", actor=ADA.id)
    ihr.assign(engine, cholera, "Kofi Mensah", actor=ADA.id)  # reassigned: Kofi's now
    assert found(assigned_to=finder.AssignedTo("Amina Diallo")) == {air}
    assert found(assigned_to=finder.AssignedTo("Kofi Mensah")) == {cholera}
    assert finder.AssignedTo("Kofi Mensah") == finder.AssignedTo("Kofi Mensah")  # a value: filters compare equal
    assert set(ids(finder.find_page(engine, "exercise"))) == {drill}
    choices = finder.filter_choices(engine)
    assert choices.poes == ("XL-AIR-01", "XL-LND-01") and choices.protocols == ("CHOLERA", "EVD", "MVD")
    assert choices.assignees == ("Amina Diallo", "Kofi Mensah")


def test_pages_reach_every_alert_in_order_with_no_cap(engine: Engine) -> None:
    stored = [add(engine, minute, urgency="Expected", severity="Moderate", disposition="refer")
              for minute in range(25)]
    seen, after, pages = [], None, 0
    while True:
        page = finder.find_page(engine, after=after, limit=7)
        seen += ids(page)
        pages += 1
        if not page.more:
            break
        after = page.keys[-1]
    assert seen == stored and pages == 4  # newest first: minute 0 was stored first
    top = finder.find_top(engine, "actual", None, 25)
    assert ids(top) == stored and not top.more


def test_escalated_count_on_the_clock(engine: Engine) -> None:
    rules = AttentionRules()
    add(engine, 16)
    add(engine, 10)
    answered = add(engine, 50)
    add(engine, 61, urgency="Expected", severity="Moderate", disposition="refer")
    add(engine, 600, urgency="Future", severity="Minor", disposition="advise")
    triage(engine, answered)
    assert finder.escalated_count(engine, "actual", rules, NOW) == 2
    assert finder.escalated_count(engine, "actual", rules, NOW + dt.timedelta(minutes=5)) == 3


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"urgency": "Soon"}, "urgency"), ({"certainty": "Sure"}, "certainty"), ({"state": "pending"}, "state"),
    ({"received_from": dt.datetime(2026, 1, 1)}, "received_from"),
    ({"received_from": NOW, "received_to": NOW}, "received_to"),
    ({"reference": "x" * 121}, "reference"), ({"within": dt.timedelta(0)}, "within"), ({"reference": "ab\x00"}, "reference"),
])
def test_bad_filters_are_refused_naming_the_field(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as refused:
        AlertFilter(**kwargs).checked()  # type: ignore[arg-type]
    assert refused.value.field == field


def test_a_page_size_out_of_range_is_refused(engine: Engine) -> None:
    with pytest.raises(InputError, match="1 to 1000"):
        finder.find_page(engine, limit=0)


def test_the_attention_floor_only_grows_and_keeps_the_order(engine: Engine) -> None:
    answered = add(engine, 50)
    waiting = add(engine, 40)
    cholera = add(engine, 30, protocol="CHOLERA", urgency="Expected", severity="Moderate", disposition="refer")
    triage(engine, answered)
    floor = finder.attention_floor(engine, "actual")
    assert floor == waiting - 1  # everything below the first unanswered attention-worthy alert is answered
    assert ids(finder.find_page(engine, floor=floor)) == ids(finder.find_page(engine)) == [waiting, answered,
                                                                                            cholera]
    triage(engine, waiting)
    floor = finder.attention_floor(engine, "actual", floor)
    assert floor == cholera  # all answered: up to the highest id
    later = add(engine, 1)
    assert ids(finder.find_page(engine, floor=floor))[0] == later  # above the floor: still first
    assert finder.attention_floor(engine, "actual", floor) == later - 1


def test_the_jurisdiction_limits_the_list(engine: Engine) -> None:
    land = add(engine, 10)
    add(engine, 20, poe="XL-AIR-01")
    assert ids(finder.find_page(engine, filters=AlertFilter(poes=frozenset({"XL-LND-01"})))) == [land]
    assert finder.escalated_count(engine, "actual", AttentionRules(), NOW, frozenset({"XL-LND-01"})) == 0
    assert finder.escalated_count(engine, "actual", AttentionRules(), NOW + dt.timedelta(minutes=30),
                                  frozenset({"XL-LND-01"})) == 1
