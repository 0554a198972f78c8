# ruff: noqa: F811 — the engine and clock fixtures come from test_console_queries
"""The IHR assessment of an alert (``kiosk.hub.assessment``) on SQLite and PostgreSQL: the Annex 2 rule
(IHR 2005 Annex 2: two "yes" of four, or an always-notifiable disease, recommends notification), the
24-hour clock from verification (IHR Art. 6), the refusals, the audit trail and two consoles at once."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from test_console_queries import ADA, add, clock, engine, enrolled  # noqa: F401 (fixtures)

from kiosk.auth import PermissionDenied
from kiosk.clock import FixedClock
from kiosk.errors import InputError, NotFound
from kiosk.hub import assessment as ihr
from kiosk.hub import console
from kiosk.hub.assessment import Answer, AssessmentConflict, AssessmentRefused

NOW = dt.datetime(2026, 11, 29, 9, 30, tzinfo=dt.UTC)
NO = ("no", "Nothing points that way.")
YES = ("yes", "Confirmed by the port health unit.")


def answers(*yes: str) -> dict[str, tuple[str, str]]:
    return {key: YES if key in yes else NO for key in ihr.QUESTIONS}


# ---------------------------------------------------------------------------------------- the rule


@pytest.mark.parametrize(("yes", "notify"), [((), False), (("impact",), False), (("impact", "spread"), True),
                                             (("unusual", "restrictions"), True), (tuple(ihr.QUESTIONS), True)])
def test_two_yes_of_four_recommend_notification(yes: tuple[str, ...], notify: bool) -> None:
    given_answers = {key: Answer(*value) for key, value in answers(*yes).items()}
    recommendation = ihr.recommend("annex2", "yes", given_answers)
    assert (recommendation.notify, recommendation.basis, recommendation.yes_count) == (notify, "answers", len(yes))


@given(st.lists(st.sampled_from(ihr.ANSWERS), min_size=4, max_size=4), st.sampled_from(("yes", "unknown")))
def test_the_rule_is_exactly_two_or_more_yes(values: list[str], verdict: str) -> None:
    given_answers = {key: Answer(value, "why") for key, value in zip(ihr.QUESTIONS, values, strict=True)}
    assert ihr.recommend("annex2", verdict, given_answers).notify == (values.count("yes") >= 2)


def test_an_always_notifiable_case_is_notified_whatever_the_answers() -> None:
    none_yes = {key: Answer("no", "why") for key in ihr.QUESTIONS}
    assert ihr.recommend("always", "yes", none_yes) == ihr.Recommendation(True, "always", 0)
    assert ihr.recommend("always", "yes", None).notify  # no need to answer the four questions first
    assert ihr.recommend("always", "unknown", None).basis == "pending"  # not yet a case: assess it
    assert ihr.recommend("always", "no", None) == ihr.Recommendation(False, "not-a-case", 0)


def test_protocols_mark_which_alerts_need_an_assessment() -> None:
    table = ihr.notifiable_by_protocol()
    assert table["EVD"] == table["CHOLERA"] == table["YF"] == "annex2"
    assert table["POLIO"] == table["RESP"] == "always"  # wild polio; new influenza subtype and SARS
    assert table["FEVER"] == "no"
    assert ihr.protocol_notifiable("NEWPROTO") == "annex2"  # unknown at the hub: assessed, not missed


# ---------------------------------------------------------------------------------------- the steps


def test_a_full_assessment_is_an_audited_append_only_history(engine: Engine, clock: FixedClock) -> None:
    alert = add(engine, protocol="EVD")
    found = ihr.assign(engine, alert, "Ben Mensah", actor="Ada Okoro", expected=0, clock=clock)
    assert found.assignment.assignee == "Ben Mensah" and found.clock.started_at is None
    clock.advance(minutes=20)
    found = ihr.verify(engine, alert, "yes", "Fever 38.6 °C and a funeral in an affected area.", actor="Ben Mensah",
                       expected=found.seq, clock=clock)
    assert found.clock.deadline == NOW + dt.timedelta(minutes=20, hours=24)
    clock.advance(hours=3)
    found = ihr.assess_risk(engine, alert, answers("impact", "spread"), actor="Ben Mensah", expected=found.seq,
                            clock=clock)
    assert found.recommendation.notify and found.recommendation.yes_count == 2
    assert ihr.assessment(engine, alert, clock=clock).clock.time_left == dt.timedelta(hours=21)
    clock.advance(hours=1)
    found = ihr.decide(engine, alert, "notify", actor="Ben Mensah", expected=found.seq, clock=clock)

    clock.advance(hours=30)  # the clock stopped at the decision: never overdue afterwards
    again = ihr.assessment(engine, alert, clock=clock)
    assert [(s.seq, s.step, s.actor) for s in again.steps] == [
        (1, "assign", "Ada Okoro"), (2, "verify", "Ben Mensah"), (3, "risk", "Ben Mensah"), (4, "outcome", "Ben Mensah")]
    assert [s.at - NOW for s in again.steps] == [dt.timedelta(0), dt.timedelta(minutes=20),
                                                 dt.timedelta(hours=3, minutes=20), dt.timedelta(hours=4, minutes=20)]
    assert again.risk.answers["spread"] == Answer(*YES) and again.risk.answers["unusual"] == Answer(*NO)
    assert (again.outcome.outcome, again.outcome.recommended) == ("notify", "notify")
    assert not again.clock.running and not again.clock.overdue
    assert again.clock.time_left == dt.timedelta(hours=20)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(ihr.HubAssessmentStep)) == 4


def test_the_clock_runs_from_verification_and_goes_overdue(engine: Engine, clock: FixedClock) -> None:
    alert = add(engine, protocol="CHOLERA")
    ihr.verify(engine, alert, "unknown", "Laboratory result awaited.", actor="Ada", clock=clock)
    clock.advance(hours=23, minutes=59)
    assert ihr.assessment(engine, alert, clock=clock).clock.time_left == dt.timedelta(minutes=1)
    clock.advance(minutes=2)
    late = ihr.assessment(engine, alert, clock=clock).clock
    assert late.running and late.overdue and late.time_left == -dt.timedelta(minutes=1)
    ihr.verify(engine, alert, "yes", "Laboratory confirmed.", actor="Ada", clock=clock)
    assert ihr.assessment(engine, alert, clock=clock).clock.started_at == NOW  # the first verification counts
    ihr.verify(engine, alert, "no", "Another cause found.", actor="Ada", clock=clock)
    assert ihr.assessment(engine, alert, clock=clock).clock.started_at is None  # not a case: no clock


def test_not_notifying_against_the_recommendation_needs_a_reason(engine: Engine, clock: FixedClock) -> None:
    alert = add(engine)
    ihr.verify(engine, alert, "yes", "Meets the case definition.", actor="Ada", clock=clock)
    ihr.assess_risk(engine, alert, answers("impact", "unusual", "spread"), actor="Ada", clock=clock)
    with pytest.raises(AssessmentRefused, match="recommends notifying the National IHR Focal Point") as refused:
        ihr.decide(engine, alert, "monitor", "  ", actor="Ada", clock=clock)
    assert refused.value.field == "reason"
    found = ihr.decide(engine, alert, "monitor", "Already notified by the neighbouring State.", actor="Ada", clock=clock)
    assert (found.outcome.outcome, found.outcome.recommended, found.outcome.rationale) == (
        "monitor", "notify", "Already notified by the neighbouring State.")


def test_notifying_without_the_recommendation_needs_a_reason(engine: Engine, clock: FixedClock) -> None:
    alert = add(engine)
    ihr.verify(engine, alert, "yes", "Meets the case definition.", actor="Ada", clock=clock)
    ihr.assess_risk(engine, alert, answers("impact"), actor="Ada", clock=clock)
    with pytest.raises(AssessmentRefused, match="does not recommend notification"):
        ihr.decide(engine, alert, "notify", actor="Ada", clock=clock)
    assert ihr.decide(engine, alert, "respond", actor="Ada", clock=clock).outcome.recommended == "no-notify"


def test_an_always_notifiable_case_goes_to_the_outcome_without_the_four_answers(engine: Engine,
                                                                                clock: FixedClock) -> None:
    alert = add(engine, protocol="POLIO")
    ihr.verify(engine, alert, "yes", "Acute flaccid paralysis, wild poliovirus type 1.", actor="Ada", clock=clock)
    with pytest.raises(AssessmentRefused, match="recommends notifying"):
        ihr.decide(engine, alert, "monitor", actor="Ada", clock=clock)
    found = ihr.decide(engine, alert, "notify", actor="Ada", clock=clock)
    assert found.notifiable == "always" and found.outcome.recommended == "notify"


@pytest.mark.parametrize(("call", "field_name", "message"), [
    (lambda e, a: ihr.assign(e, a, "  ", actor="Ada"), "assignee", "Enter the officer"),
    (lambda e, a: ihr.verify(e, a, "maybe", "why", actor="Ada"), "verdict", "yes, no or unknown"),
    (lambda e, a: ihr.verify(e, a, "yes", " ", actor="Ada"), "rationale", "Write the rationale"),
    (lambda e, a: ihr.verify(e, a, "yes", "x" * 1001, actor="Ada"), "rationale", r"At most 1000 characters \(1001 given"),
    (lambda e, a: ihr.assess_risk(e, a, answers("impact", "spread"), actor="Ada"), "verdict", "Verify the alert"),
    (lambda e, a: ihr.decide(e, a, "notify", actor="Ada"), "verdict", "Verify the alert before its outcome"),
    (lambda e, a: ihr.decide(e, a, "escalate", actor="Ada"), "outcome", "monitor, respond or notify"),
])
def test_bad_steps_are_refused_naming_the_field(engine: Engine, call, field_name: str, message: str) -> None:
    alert = add(engine)
    with pytest.raises(AssessmentRefused, match=message) as refused:
        call(engine, alert)
    assert refused.value.field == field_name
    assert ihr.assessment(engine, alert).steps == ()


def test_each_question_needs_an_answer_and_a_rationale(engine: Engine, clock: FixedClock) -> None:
    alert = add(engine)
    ihr.verify(engine, alert, "yes", "Meets the case definition.", actor="Ada", clock=clock)
    with pytest.raises(AssessmentRefused, match="Write the rationale") as refused:
        ihr.assess_risk(engine, alert, {**answers(), "spread": ("yes", "")}, actor="Ada", clock=clock)
    assert refused.value.field == "spread"
    with pytest.raises(AssessmentRefused, match="Answer yes or no") as refused:
        ihr.assess_risk(engine, alert, {k: v for k, v in answers().items() if k != "restrictions"}, actor="Ada")
    assert refused.value.field == "restrictions"
    with pytest.raises(InputError, match="not Annex 2 questions: severity"):
        ihr.assess_risk(engine, alert, {**answers(), "severity": YES}, actor="Ada")
    with pytest.raises(AssessmentRefused, match="Answer the four Annex 2 questions"):
        ihr.decide(engine, alert, "monitor", actor="Ada", clock=clock)


def test_a_risk_assessment_of_an_alert_that_is_not_a_case_is_refused(engine: Engine, clock: FixedClock) -> None:
    alert = add(engine)
    ihr.verify(engine, alert, "no", "Temperature re-measured at 36.9 °C.", actor="Ada", clock=clock)
    with pytest.raises(AssessmentRefused, match="does not meet the case definition"):
        ihr.assess_risk(engine, alert, answers(), actor="Ada", clock=clock)
    assert ihr.decide(engine, alert, "monitor", actor="Ada", clock=clock).outcome.recommended == "no-notify"


def test_the_permission_check_is_asked_for_each_step(engine: Engine) -> None:
    alert = add(engine)
    asked: list[tuple[str, str]] = []

    def can(actor: str, action: str) -> bool:
        asked.append((actor, action))
        return action != "assessment.outcome"

    ihr.verify(engine, alert, "yes", "Meets it.", actor="Ada", can=can)
    with pytest.raises(PermissionDenied, match="Ada may not record the outcome of an assessment"):
        ihr.decide(engine, alert, "monitor", "Reason.", actor="Ada", can=can)
    assert asked == [("Ada", "assessment.verify"), ("Ada", "assessment.outcome")]
    assert [s.step for s in ihr.assessment(engine, alert).steps] == ["verify"]


def test_an_alert_not_at_the_hub_is_not_found(engine: Engine) -> None:
    with pytest.raises(NotFound):
        ihr.assign(engine, 999, "Ben", actor="Ada")


def test_the_queue_is_annex2_alerts_without_an_outcome_most_urgent_first(engine: Engine, clock: FixedClock) -> None:
    old_evd = add(engine, NOW - dt.timedelta(hours=5), protocol="EVD")
    fever = add(engine, NOW - dt.timedelta(hours=4), protocol="FEVER")  # notifiable: no
    cholera = add(engine, NOW - dt.timedelta(hours=3), protocol="CHOLERA")
    decided = add(engine, NOW - dt.timedelta(hours=2), protocol="MVD")
    closed = add(engine, NOW - dt.timedelta(hours=2), protocol="YF")
    polio = add(engine, NOW - dt.timedelta(hours=1), protocol="POLIO")
    drill = add(engine, NOW - dt.timedelta(hours=1), protocol="EVD", status="Exercise")
    ihr.verify(engine, decided, "no", "Not a case.", actor="Ada", clock=clock)
    ihr.decide(engine, decided, "monitor", actor="Ada", clock=clock)
    console.triage(engine, closed, "closed", officer=ADA, outcome="duplicate")
    ihr.verify(engine, polio, "yes", "Wild poliovirus type 1.", actor="Ada", clock=clock)
    clock.advance(hours=1)
    ihr.verify(engine, cholera, "unknown", "Stool sample sent.", actor="Ada", clock=clock)
    queue = ihr.assessment_queue(engine, clock=clock)
    assert [entry.alert_id for entry in queue] == [polio, cholera, old_evd]  # deadlines first, then the oldest
    assert queue[0].assessment.clock.time_left == dt.timedelta(hours=23)
    assert queue[2].assessment.clock.deadline is None and queue[2].poe == "XL-LND-01"
    assert {fever, decided, closed, drill}.isdisjoint(entry.alert_id for entry in queue)
    assert [entry.alert_id for entry in ihr.assessment_queue(engine, clock=clock, limit=2)] == [polio, cholera]
    assert ihr.assessment_queue(engine, clock=clock, poes=frozenset({"XL-AIR-01"})) == []  # another jurisdiction


# ---------------------------------------------------------------------------------------- two consoles


def test_a_stale_console_cannot_overwrite_another_officers_step(engine: Engine, clock: FixedClock) -> None:
    alert = add(engine)
    seen = ihr.assessment(engine, alert).seq
    ihr.verify(engine, alert, "yes", "A case.", actor="Ada Okoro", expected=seen, clock=clock)
    with pytest.raises(AssessmentConflict, match="Ada Okoro recorded a step at 2026-11-29 09:30 UTC"):
        ihr.verify(engine, alert, "no", "Not a case.", actor="Ben Mensah", expected=seen, clock=clock)
    assert [s.actor for s in ihr.assessment(engine, alert).steps] == ["Ada Okoro"]


def test_consoles_racing_on_the_same_alert_record_one_step(engine: Engine) -> None:
    """Six consoles verify the same alert at once, each from what it saw (no step): exactly one lands."""
    alert = add(engine)
    results: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(6)

    def console(number: int) -> None:
        barrier.wait()
        try:
            ihr.verify(engine, alert, "yes", f"Seen by officer {number}.", actor=f"Officer {number}", expected=0)
            result = "ok"
        except AssessmentConflict:
            result = "conflict"
        with lock:
            results.append(result)

    threads = [threading.Thread(target=console, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(results) == ["conflict"] * 5 + ["ok"]
    assert len(ihr.assessment(engine, alert).steps) == 1


def test_the_queue_looks_back_thirty_days(engine: Engine, clock: FixedClock) -> None:
    recent = add(engine, NOW - dt.timedelta(days=29), protocol="EVD")
    add(engine, NOW - dt.timedelta(days=31), protocol="EVD")
    assert [entry.alert_id for entry in ihr.assessment_queue(engine, clock=clock)] == [recent]
