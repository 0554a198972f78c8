"""The hub console's queries (``kiosk.hub.console``) on SQLite and PostgreSQL: views that never mix Actual
with Exercise/Test, the detail read back from the stored CAP, append-only triage with its refusals, the
report and its CSV, and ``poe-kiosk hub report``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from kiosk.alerts.cap import AlertContent, build_alert
from kiosk.alerts.outbox import alert_topic
from kiosk.cli import main as cli_main
from kiosk.clock import FixedClock
from kiosk.errors import InputError, NotFound
from kiosk.hub import console
from kiosk.hub.accounts import HubAccounts, HubUser
from kiosk.hub.ingest import RejectedMessage
from kiosk.hub.models import HubTriage, hub_engine
from kiosk.hub.registry import enrol_kiosk

NOW = dt.datetime(2026, 11, 29, 9, 30, tzinfo=dt.UTC)
KIOSKS = {"XL-LND-01": "XL-LND-01-K1", "XL-AIR-01": "XL-AIR-01-K1"}
_serial = iter(range(10_000))


def cap_alert(*, poe: str = "XL-LND-01", status: str = "Actual", protocol: str = "EVD", risk: str = "high",
              disposition: str = "isolate", severity: str = "Severe", urgency: str = "Immediate",
              sent: dt.datetime = NOW) -> tuple[str, bytes]:
    """(topic, payload) of a kiosk alert with every parameter a kiosk sends (``outbox.alert_content``'s)."""
    kiosk = KIOSKS[poe]
    mode = {"Actual": "actual", "Exercise": "exercise", "Test": "test"}[status]
    number = next(_serial)
    content = AlertContent(
        identifier=f"{poe}-01JTEST{number:019d}", sender=kiosk, sent=sent, status=status,
        note="EXERCISE EX-2026-11" if status == "Exercise" else "",
        event=f"Suspected {protocol} – traveller", urgency=urgency, severity=severity, certainty="Possible",
        area_desc=f"{poe} (demo), XL", event_codes={"poe-protocol": protocol},
        parameters={"protocol": protocol, "risk": risk, "disposition": disposition,
                    "recommended-disposition": disposition, "temperature": "38.6", "point-of-entry": poe,
                    "traveller-reference": f"T{number:011d}", "encounter": f"ENC{number}",
                    "situation-version": "2026-11-29.1", "protocols-version": "7", "follow-up-until": "2026-12-20"},
        geocodes={"poe-id": poe, "ISO3166-1": "XL"},
    )
    return alert_topic("XL", poe, kiosk, mode), build_alert(content)


def add(engine: Engine, received_at: dt.datetime = NOW, **kwargs: object) -> int:
    kwargs.setdefault("sent", received_at)  # a kiosk sends when it can: received at once
    topic, payload = cap_alert(**kwargs)  # type: ignore[arg-type]
    return console.store_alert(engine, topic, payload, received_at)


ADA = HubUser("ada", "Ada Okoro", "surveillance_officer")
BEN = HubUser("ben", "Ben Mensah", "supervisor")


def enrolled(engine: Engine) -> Engine:
    """``engine`` with the kiosks that send the test alerts enrolled (the hub stores no other kiosk's) and
    the officers :data:`ADA` and :data:`BEN`."""
    for poe, kiosk in KIOSKS.items():
        enrol_kiosk(engine, kiosk, "XL", poe)
    for user in (ADA, BEN):
        HubAccounts(engine).add_user("test", user.id, user.name, user.role, "a long test password")
    return engine


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path, fast_passwords: None) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}" if request.param == "sqlite" else request.getfixturevalue(
        "postgres_url")
    engine = enrolled(hub_engine(url))
    yield engine
    engine.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


# ---------------------------------------------------------------------------------------- lists


def test_actual_view_lists_actual_alerts_only_newest_first(engine: Engine) -> None:
    older = add(engine, NOW - dt.timedelta(hours=2))
    newer = add(engine, NOW - dt.timedelta(minutes=5), poe="XL-AIR-01", protocol="MVD")
    exercise = add(engine, NOW - dt.timedelta(minutes=1), status="Exercise")
    test = add(engine, NOW, status="Test")
    actual = console.list_alerts(engine, "actual")
    assert [a.id for a in actual] == [newer, older]
    assert {a.status for a in actual} == {"Actual"}
    assert (actual[0].poe, actual[0].kiosk_id, actual[0].protocol, actual[0].state) == (
        "XL-AIR-01", "XL-AIR-01-K1", "MVD", "new")
    drills = console.list_alerts(engine, "exercise")
    assert [(a.id, a.status) for a in drills] == [(test, "Test"), (exercise, "Exercise")]
    assert drills[1].exercise_id == "EX-2026-11"


def test_filters_by_state_point_of_entry_and_protocol(engine: Engine) -> None:
    a = add(engine)
    b = add(engine, poe="XL-AIR-01")
    c = add(engine, protocol="CHOLERA", severity="Moderate", urgency="Expected", disposition="refer")
    console.triage(engine, a, "acknowledged", officer=ADA)
    console.triage(engine, b, "closed", officer=ADA, outcome="duplicate")
    assert [x.id for x in console.list_alerts(engine, state="new")] == [c]
    assert {x.id for x in console.list_alerts(engine, state="open")} == {a, c}
    assert [x.id for x in console.list_alerts(engine, state="closed")] == [b]
    assert [x.id for x in console.list_alerts(engine, poe="XL-AIR-01")] == [b]
    assert [x.id for x in console.list_alerts(engine, protocol="CHOLERA")] == [c]
    with pytest.raises(InputError, match="state"):
        console.list_alerts(engine, state="pending")
    with pytest.raises(InputError, match="view"):
        console.list_alerts(engine, "everything")


def test_arrivals_are_counted_per_view(engine: Engine) -> None:
    first = add(engine)
    add(engine, status="Exercise")
    assert console.latest_alert_id(engine, "actual") == first
    later = add(engine)
    drill = add(engine, status="Exercise")
    assert console.alert_ids_after(engine, "actual", first) == [later]
    assert drill not in console.alert_ids_after(engine, "actual", 0)
    assert drill in console.alert_ids_after(engine, "exercise", 0)


def test_store_alert_stores_once_and_refuses_what_ingest_refuses(engine: Engine) -> None:
    topic, payload = cap_alert()
    first = console.store_alert(engine, topic, payload, NOW)
    assert console.store_alert(engine, topic, payload, NOW + dt.timedelta(seconds=5)) == first
    assert len(console.list_alerts(engine)) == 1
    with pytest.raises(RejectedMessage, match="not the topic's kiosk") as refused:
        console.store_alert(engine, topic.replace("XL-LND-01-K1", "XL-LND-01-K2"), payload, NOW)
    assert refused.value.reason == "spoofed-topic"


def test_an_exercise_marker_anywhere_makes_it_an_exercise_with_its_own_identifiers(engine: Engine) -> None:
    """The same Actual payload on the exercise branch is an exercise (the topic is a marker), stored
    beside the Actual one: neither absorbs the other."""
    topic, payload = cap_alert()
    drill = console.store_alert(engine, topic.replace("/actual", "/exercise"), payload, NOW)
    actual = console.store_alert(engine, topic, payload, NOW)
    assert drill != actual
    assert [a.id for a in console.list_alerts(engine, "actual")] == [actual]
    assert [a.id for a in console.list_alerts(engine, "exercise")] == [drill]
    by_user_property = console.store_alert(engine, *cap_alert(), NOW, {"exercise-id": "EX-7"})
    assert by_user_property in [a.id for a in console.list_alerts(engine, "exercise")]


def test_tables_are_created_idempotently_with_the_triage_table(engine: Engine) -> None:
    alert = add(engine)
    console.triage(engine, alert, "acknowledged", officer=ADA)
    again = hub_engine(engine.url.render_as_string(hide_password=False))
    try:
        assert [s.state for s in console.alert_detail(again, alert).history] == ["acknowledged"]
    finally:
        again.dispose()


# ---------------------------------------------------------------------------------------- detail


def test_detail_reads_the_cap_fields_back_from_the_stored_payload(engine: Engine) -> None:
    alert = add(engine, poe="XL-AIR-01", protocol="MVD", risk="some", disposition="refer")
    detail = console.alert_detail(engine, alert)
    assert detail.parse_error == "" and detail.message is not None
    assert (detail.sender, detail.msg_type, detail.message.scope) == ("XL-AIR-01-K1", "Alert", "Restricted")
    assert detail.identifier.startswith("XL-AIR-01-")
    params = detail.parameters
    assert params["protocol"] == "MVD" and params["risk"] == "some" and params["disposition"] == "refer"
    assert params["recommended-disposition"] == "refer"
    assert params["temperature"] == "38.6" and params["point-of-entry"] == "XL-AIR-01"
    assert params["traveller-reference"].startswith("T")
    assert (params["follow-up-until"], params["situation-version"], params["protocols-version"]) == (
        "2026-12-20", "2026-11-29.1", "7")
    assert detail.info is not None and detail.info.severity == "Severe"
    assert detail.history == () and detail.next_states == ("acknowledged", "investigating", "closed")
    with pytest.raises(NotFound):
        console.alert_detail(engine, alert + 1000)


# ---------------------------------------------------------------------------------------- triage


def test_triage_to_closed_is_an_append_only_history(engine: Engine, clock: FixedClock) -> None:
    alert = add(engine)
    console.triage(engine, alert, "acknowledged", officer=ADA, clock=clock, expected="new")
    clock.advance(minutes=10)
    console.triage(engine, alert, "investigating", officer=ADA, note="called the port health team",
                   clock=clock, expected="acknowledged")
    clock.advance(hours=20)
    closed = console.triage(engine, alert, "closed", officer=BEN, outcome="ruled_out",
                            note="PCR negative", clock=clock, expected="investigating")
    assert closed.at == NOW + dt.timedelta(hours=20, minutes=10)
    detail = console.alert_detail(engine, alert)
    assert detail.summary.state == "closed" and detail.next_states == ("investigating",)
    assert [(s.state, s.outcome, s.note, s.officer) for s in detail.history] == [
        ("acknowledged", "", "", "ada"),
        ("investigating", "", "called the port health team", "ada"),
        ("closed", "ruled_out", "PCR negative", "ben"),
    ]
    assert detail.history[0].at == NOW and detail.history[0].at.tzinfo is not None
    reopened = console.triage(engine, alert, "investigating", officer=BEN, note="new symptoms reported")
    assert reopened.state == "investigating"
    assert console.alert_detail(engine, alert).summary.state == "investigating"
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(HubTriage)) == 4


def test_notes_join_the_history_without_changing_the_state_or_the_outcome(engine: Engine, clock: FixedClock) -> None:
    alert = add(engine)
    first = console.add_note(engine, alert, " Called the airport team ", officer=ADA, clock=clock,
                             expected="new")
    assert (first.state, first.note, first.note_only) == ("new", "Called the airport team", True)
    console.triage(engine, alert, "closed", officer=ADA, outcome="confirmed_case", expected="new")
    console.add_note(engine, alert, "Contacts listed with the district team", officer=BEN)
    detail = console.alert_detail(engine, alert)
    assert detail.summary.state == "closed"
    assert [(s.state, s.outcome, s.note_only) for s in detail.history] == [
        ("new", "", True), ("closed", "confirmed_case", False), ("closed", "confirmed_case", True)]
    assert console.report(engine, 1, clock=clock).closed_by_outcome() == {"confirmed_case": 1}
    with pytest.raises(InputError, match="write the note"):
        console.add_note(engine, alert, "   ", officer=ADA)
    with pytest.raises(console.TriageConflict, match="now closed"):
        console.add_note(engine, alert, "late", officer=ADA, expected="investigating")
    with pytest.raises(NotFound):
        console.add_note(engine, 10_000, "lost", officer=ADA)


@pytest.mark.parametrize(("state", "outcome", "note", "field"), [
    ("closed", "", "", "outcome"),
    ("closed", "   ", "", "outcome"),
    ("closed", "probably fine", "", "outcome"),
    ("acknowledged", "ruled_out", "", "outcome"),
    ("acknowledged", "", "x" * (console.NOTE_MAX + 1), "note"),
    ("new", "", "", "state"),
    ("escalated", "", "", "state"),
])
def test_bad_triage_input_is_refused_naming_the_field(engine: Engine, state: str, outcome: str, note: str,
                                                      field: str) -> None:
    alert = add(engine)
    with pytest.raises(InputError) as refused:
        console.triage(engine, alert, state, officer=ADA, outcome=outcome, note=note)
    assert refused.value.field == field
    assert console.alert_detail(engine, alert).history == ()


def test_closing_without_an_outcome_says_which_outcomes_exist(engine: Engine) -> None:
    alert = add(engine)
    with pytest.raises(InputError, match="choose one to close the alert: confirmed case, ruled out, lost to follow-up, duplicate"):
        console.triage(engine, alert, "closed", officer=ADA)


def test_a_note_of_the_maximum_length_is_kept(engine: Engine) -> None:
    alert = add(engine)
    console.triage(engine, alert, "acknowledged", officer=ADA, note="n" * console.NOTE_MAX)
    assert console.alert_detail(engine, alert).history[0].note == "n" * console.NOTE_MAX


def test_changes_outside_the_workflow_are_refused(engine: Engine) -> None:
    alert = add(engine)
    console.triage(engine, alert, "investigating", officer=ADA)
    with pytest.raises(InputError, match="investigating cannot become acknowledged"):
        console.triage(engine, alert, "acknowledged", officer=ADA)
    with pytest.raises(InputError, match="cannot become investigating"):
        console.triage(engine, alert, "investigating", officer=ADA)
    with pytest.raises(NotFound):
        console.triage(engine, alert + 1000, "acknowledged", officer=ADA)


def test_a_stale_screen_cannot_overwrite_another_officers_change(engine: Engine) -> None:
    alert = add(engine)
    console.triage(engine, alert, "acknowledged", officer=ADA, expected="new")
    with pytest.raises(console.TriageConflict, match="now acknowledged by ada"):
        console.triage(engine, alert, "closed", officer=BEN, outcome="duplicate", expected="new")
    assert [s.officer for s in console.alert_detail(engine, alert).history] == ["ada"]


def test_officers_racing_on_the_same_alert_record_one_change(engine: Engine) -> None:
    """Eight consoles acknowledge the same new alerts at once: each alert is acknowledged exactly once."""
    alerts = [add(engine) for _ in range(5)]
    outcomes: list[str] = []
    lock = threading.Lock()

    def officer(number: int, barrier: threading.Barrier, alert: int) -> None:
        barrier.wait()
        try:
            console.triage(engine, alert, "acknowledged", officer=(ADA, BEN)[number % 2], expected="new")
            result = "ok"
        except console.TriageConflict:
            result = "conflict"
        with lock:
            outcomes.append(result)

    for alert in alerts:
        barrier = threading.Barrier(8)
        threads = [threading.Thread(target=officer, args=(n, barrier, alert)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert outcomes.count("ok") == len(alerts) and outcomes.count("conflict") == 7 * len(alerts)
    for alert in alerts:
        assert [s.state for s in console.alert_detail(engine, alert).history] == ["acknowledged"]


# ---------------------------------------------------------------------------------------- report


def test_report_counts_actual_alerts_of_the_period_only(engine: Engine, clock: FixedClock) -> None:
    today = NOW - dt.timedelta(hours=1)
    three_days_ago = NOW - dt.timedelta(days=3)
    a = add(engine, today)
    add(engine, today)
    b = add(engine, three_days_ago, poe="XL-AIR-01")
    add(engine, today, protocol="CHOLERA", severity="Moderate", urgency="Expected", disposition="refer")
    add(engine, NOW - dt.timedelta(days=10))
    add(engine, today, status="Exercise")
    add(engine, today, status="Exercise")
    add(engine, today, status="Test")
    console.triage(engine, a, "acknowledged", officer=ADA)
    console.triage(engine, b, "closed", officer=ADA, outcome="confirmed_case")

    day = console.report(engine, 1, clock=clock)
    assert day.start == dt.datetime(2026, 11, 29, tzinfo=dt.UTC) and day.end == NOW
    assert day.total == 3
    assert day.by_protocol_poe() == {("EVD", "XL-LND-01"): 2, ("CHOLERA", "XL-LND-01"): 1}
    assert day.by_state() == {"new": 2, "acknowledged": 1, "investigating": 0, "closed": 0}
    assert dict(day.other_statuses) == {"Exercise": 2, "Test": 1}

    week = console.report(engine, 7, clock=clock)
    assert week.start == dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    assert week.total == 4
    assert week.by_protocol_poe()[("EVD", "XL-AIR-01")] == 1
    assert week.closed_by_outcome() == {"confirmed_case": 1}
    assert console.report(engine, 28, clock=clock).total == 5

    data = week.as_json()
    assert data["total"] == 4 and data["status"] == "Actual"
    assert data["not_counted"] == {"exercise": 2, "test": 1}
    assert {"protocol": "CHOLERA", "point_of_entry": "XL-LND-01", "alerts": 1} in data[
        "by_protocol_and_point_of_entry"]


def test_report_csv_is_one_row_per_protocol_poe_state_and_outcome(engine: Engine, clock: FixedClock) -> None:
    a = add(engine)
    add(engine)
    console.triage(engine, a, "closed", officer=ADA, outcome="duplicate")
    rows = list(csv.DictReader(io.StringIO(console.report(engine, 7, clock=clock).csv_text())))
    assert tuple(rows[0]) == console.CSV_HEADER
    assert [(r["protocol"], r["point_of_entry"], r["triage_state"], r["outcome"], r["alerts"]) for r in rows] == [
        ("EVD", "XL-LND-01", "new", "", "1"), ("EVD", "XL-LND-01", "closed", "duplicate", "1")]
    assert rows[0]["from"] == "2026-11-23T00:00:00+00:00"


@pytest.mark.parametrize("days", [0, -1, console.REPORT_DAYS_MAX + 1])
def test_report_period_is_bounded(days: int) -> None:
    with pytest.raises(InputError, match="days"):
        console.report_period(days, FixedClock(NOW))


def test_hub_report_command_prints_json_and_writes_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    engine = enrolled(hub_engine(url))
    now = dt.datetime.now(dt.UTC)
    add(engine, now, sent=now)
    add(engine, now, sent=now, poe="XL-AIR-01")
    add(engine, now, sent=now, status="Exercise")
    engine.dispose()
    target = tmp_path / "week.csv"
    assert cli_main(["hub", "report", "--db", url, "--days", "7", "--csv", str(target)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["total"] == 2 and printed["not_counted"]["exercise"] == 1
    assert printed["by_triage_state"]["new"] == 2
    assert len(list(csv.DictReader(target.open(encoding="utf-8")))) == 2


def test_hub_report_command_refuses_a_bad_period_without_creating_a_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "hub.sqlite"
    assert cli_main(["hub", "report", "--db", f"sqlite:///{database}", "--days", "0"]) == 2
    assert "days: a report covers 1 to 366 days" in capsys.readouterr().err
    assert not database.exists()
