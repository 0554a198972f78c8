"""The attention rules (``kiosk.hub.attention``): which alerts sound and sort first, when an unanswered one
escalates (on the pinned clock), the same order in SQL as in Python, and the hub configuration's refusals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, literal, select

from kiosk.clock import FixedClock
from kiosk.errors import InputError
from kiosk.hub import attention
from kiosk.hub.attention import AttentionRules

NOW = dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Row:
    urgency: str = "Immediate"
    severity: str = "Severe"
    certainty: str = "Possible"
    disposition: str = "isolate"
    msg_type: str = "Alert"
    state: str = "new"
    received_at: dt.datetime = NOW
    id: int = 1


EVD = Row()
CHOLERA = Row(urgency="Expected", severity="Moderate", disposition="refer")
EARLY = Row(urgency="Expected", severity="Moderate", disposition="")  # no decision yet: an early notice
MEASLES = Row(urgency="Immediate", severity="Moderate", disposition="refer")


def test_immediate_severe_and_early_notices_are_attention_worthy_others_not() -> None:
    assert attention.is_attention_worthy(EVD)
    assert attention.is_attention_worthy(replace(EVD, severity="Extreme"))
    assert attention.is_early_notice(EARLY) and attention.is_attention_worthy(EARLY)
    assert not attention.is_attention_worthy(CHOLERA)
    assert not attention.is_attention_worthy(MEASLES)
    assert not attention.is_early_notice(replace(EARLY, msg_type="Update"))  # its Update is in the thread
    assert not attention.is_early_notice(replace(EARLY, certainty="Likely"))


def test_sorts_first_until_acknowledged() -> None:
    assert attention.sorts_first(EVD) and attention.rank(EVD) == 0
    acknowledged = replace(EVD, state="acknowledged")
    assert not attention.sorts_first(acknowledged)
    assert attention.rank(acknowledged) == 1  # still highest priority, among the answered ones
    rows = [replace(CHOLERA, id=1, received_at=NOW), replace(acknowledged, id=2, received_at=NOW),
            replace(EARLY, id=3, received_at=NOW - dt.timedelta(hours=3)), replace(EVD, id=4, received_at=NOW
                                                                                   - dt.timedelta(hours=5))]
    assert [r.id for r in sorted(rows, key=attention.sort_key)] == [3, 4, 2, 1]


def test_an_unacknowledged_alert_escalates_after_its_urgency_limit_on_the_clock() -> None:
    clock = FixedClock(NOW)
    rules = AttentionRules()
    alert = replace(EVD, received_at=clock.now())
    clock.advance(minutes=14, seconds=59)
    assert not rules.is_escalated(alert, clock.now())
    clock.advance(seconds=1)
    assert rules.is_escalated(alert, clock.now())
    assert not rules.is_escalated(replace(alert, state="acknowledged"), clock.now())
    assert not rules.is_escalated(replace(CHOLERA, received_at=alert.received_at), clock.now())  # Expected: 1 h
    clock.advance(minutes=45)
    assert rules.is_escalated(replace(CHOLERA, received_at=alert.received_at), clock.now())
    assert not rules.is_escalated(replace(EVD, urgency="Future", received_at=alert.received_at), clock.now() +
                                  dt.timedelta(days=3))  # Future never escalates
    assert rules.cutoffs(clock.now())["Immediate"] == clock.now() - dt.timedelta(minutes=15)


def test_hub_configuration_sets_the_limits_and_refuses_bad_ones() -> None:
    rules = AttentionRules.from_toml("[attention.escalate_after_minutes]\nImmediate = 5\nFuture = 1440\n")
    assert rules.limit("Immediate") == dt.timedelta(minutes=5) and rules.limit("Future") == dt.timedelta(days=1)
    assert rules.limit("Expected") is None
    assert AttentionRules.from_toml("") == AttentionRules()
    with pytest.raises(InputError, match="'Soon' is not a CAP urgency"):
        AttentionRules.from_toml("[attention.escalate_after_minutes]\nSoon = 5\n")
    with pytest.raises(InputError, match="Immediate: 'x' is not a number"):
        AttentionRules.from_toml("[attention.escalate_after_minutes]\nImmediate = 'x'\n")
    with pytest.raises(InputError, match="not between 1 minute and 7 days"):
        AttentionRules({"Immediate": dt.timedelta(0)})
    with pytest.raises(InputError, match="hub configuration"):
        AttentionRules.from_toml("[attention")


def test_the_sql_rank_is_the_python_rank_for_every_code_combination() -> None:
    table = Table("t", MetaData(), Column("id", Integer, primary_key=True), *(
        Column(name, String) for name in ("urgency", "severity", "certainty", "disposition", "msg_type", "state")))
    engine = create_engine("sqlite://")
    table.metadata.create_all(engine)
    rows = [Row(urgency=u, severity=s, certainty=c, disposition=d, msg_type=m, state=st)
            for u in attention.URGENCIES for s in attention.SEVERITIES for c in ("Possible", "Likely")
            for d in ("", "isolate") for m in ("Alert", "Update") for st in ("new", "closed")]
    with engine.begin() as connection:
        names = [c.name for c in table.c if c.name != "id"]
        connection.execute(insert(table), [{"id": i, **{k: getattr(r, k) for k in names}} for i, r in enumerate(rows)])
        ranks = dict(connection.execute(select(table.c.id, attention.sort_rank_sql(table.c, table.c.state ==
                                                                                   literal("new")))).all())
    assert [ranks[i] for i in range(len(rows))] == [attention.rank(r) for r in rows]
