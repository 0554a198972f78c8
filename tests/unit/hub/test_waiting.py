"""The alerts still waiting for an answer (``hub_waiting``, ``kiosk.hub.waiting``), kept by the triggers of hub
migration 0007 on SQLite and PostgreSQL: a row per stored alert, none for a re-delivered duplicate, kept by a
note and removed by the first step out of ``new``; the finder's attention floor and escalation count read it;
PostgreSQL's part-of-a-reference search has its trigram index."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select, text

from kiosk.hub import console, finder
from kiosk.hub.attention import AttentionRules
from kiosk.hub.finder import AlertFilter
from kiosk.hub.ingest import insert_statement
from kiosk.hub.models import HubAlert
from kiosk.hub.waiting import TRIGRAM_INDEX, HubWaiting
from tests.unit.hub import test_finder
from tests.unit.hub.test_finder import ADA, NOW, add, ids, triage

engine = test_finder.engine  # the fixture: a migrated hub on SQLite and on PostgreSQL


def waiting(engine: Engine) -> list[int]:
    with engine.connect() as connection:
        return list(connection.scalars(select(HubWaiting.alert_id).order_by(HubWaiting.alert_id)))


def test_a_stored_alert_waits_until_its_first_step_out_of_new(engine: Engine) -> None:
    first, second, third = add(engine, 30), add(engine, 20), add(engine, 10)
    assert waiting(engine) == [first, second, third]
    console.add_note(engine, first, "called the port health unit", officer=ADA)
    assert waiting(engine) == [first, second, third], "a note is not an answer"
    triage(engine, first)
    triage(engine, second, "closed")
    assert waiting(engine) == [third]
    triage(engine, first, "investigating")
    assert waiting(engine) == [third], "an answered alert never waits again"


def test_a_duplicate_delivery_adds_no_waiting_row(engine: Engine) -> None:
    alert = add(engine, 5)
    triage(engine, alert)
    with engine.connect() as connection:
        row = {c.name: v for c, v in zip(HubAlert.__table__.c, connection.execute(
            select(HubAlert).where(HubAlert.id == alert)).one(), strict=True) if c.name != "id"}
    with engine.begin() as connection:
        assert connection.execute(insert_statement(engine.dialect.name), [row]).all() == []
    assert waiting(engine) == []


def test_the_floor_and_the_escalation_count_follow_the_answers(engine: Engine) -> None:
    rules = AttentionRules({"Immediate": dt.timedelta(minutes=15)})
    old, mild, early = add(engine, 60), add(engine, 50, severity="Moderate"), add(engine, 40, disposition=None)
    assert finder.attention_floor(engine, "actual") == old - 1
    assert finder.escalated_count(engine, "actual", rules, NOW) == 3  # Moderate escalates, without attention
    triage(engine, old)
    assert finder.attention_floor(engine, "actual") == early - 1  # the mild one never needed attention
    assert finder.escalated_count(engine, "actual", rules, NOW) == 2
    triage(engine, early)
    floor = finder.attention_floor(engine, "actual")
    assert floor == early
    assert ids(finder.find_page(engine, floor=floor)) == [early, old, mild]  # priority then newest
    triage(engine, mild, "closed")
    assert finder.escalated_count(engine, "actual", rules, NOW) == 0


def test_part_of_a_reference_is_found_in_any_case(engine: Engine) -> None:
    alert = add(engine, 5)
    add(engine, 4, poe="XL-AIR-01")
    with engine.connect() as connection:
        identifier = connection.scalar(select(HubAlert.identifier).where(HubAlert.id == alert))
    part = identifier[3:12].lower()
    assert ids(finder.find_page(engine, filters=AlertFilter(reference=part))) == [alert]
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.exec_driver_sql("SET enable_seqscan = off")
            plan = "\n".join(connection.execute(text(
                "EXPLAIN SELECT id FROM hub_alerts WHERE identifier ILIKE :p"), {"p": f"%{part}%"}).scalars())
        assert TRIGRAM_INDEX in plan, plan
