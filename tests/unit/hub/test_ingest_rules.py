"""What ingest stores and what it quarantines, without a broker (``kiosk.hub.ingest.alert_row`` and the
console's ``store_alert``, which applies the same checks): exercise decided by every marker, identifiers
unique per mode, Updates and Cancels in their alert's thread and never counted as new, declared encodings,
the CAP 1.2 schema, ``flagged-at``, implausible ``sent``, the size limit, enrolment; the upgrade of a hub
database made before all this; the hub's enrolment, quarantine and stats commands."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.orm import Session

from kiosk.alerts.cap import (
    AlertContent,
    CapError,
    Reference,
    build_alert,
    cap_time,
    parse_cap,
    read_hub_alert,
)
from kiosk.alerts.outbox import alert_topic
from kiosk.cli import main as cli_main
from kiosk.hub import console
from kiosk.hub.commands import _watch
from kiosk.hub.ingest import (
    MAX_ALERT_BYTES,
    SENT_FUTURE,
    SENT_PAST,
    RejectedMessage,
    alert_row,
    decide_status,
    hub_stats,
    quarantine_row,
    quarantine_statement,
)
from kiosk.hub.models import HubAlert, HubQuarantine, HubTriage, HubWorker, hub_engine
from kiosk.hub.registry import enrol_kiosk

NOW = dt.datetime(2026, 11, 29, 9, 30, tzinfo=dt.UTC)
KIOSK, POE = "XL-LND-01-K1", "XL-LND-01"
TOPIC = alert_topic("XL", POE, KIOSK, "actual")
CAP_DATA = Path(__file__).parents[2] / "data" / "cap"
OLD_SCHEMA = Path(__file__).parents[2] / "data" / "hub" / "hub-schema-before-quarantine.sql"


def payload(*, identifier: str = "XL-LND-01-A1", status: str = "Actual", note: str = "", sent: dt.datetime = NOW,
            msg_type: str = "Alert", references: tuple[Reference, ...] = (), sender: str = KIOSK,
            event: str = "Suspected EVD – traveller", **parameters: str) -> bytes:
    return build_alert(AlertContent(
        identifier=identifier, sender=sender, sent=sent, status=status, note=note, event=event, urgency="Immediate",
        severity="Severe", certainty="Possible", area_desc=f"{POE}, XL", msg_type=msg_type, references=references,
        parameters={"protocol": "EVD", "risk": "high", "disposition": "isolate", "point-of-entry": POE, **parameters}))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}" if request.param == "sqlite" else request.getfixturevalue(
        "postgres_url")
    engine = hub_engine(url)
    enrol_kiosk(engine, KIOSK, "XL", POE)
    yield engine
    engine.dispose()


# ---------------------------------------------------------------------------------------- exercise markers


@pytest.mark.parametrize(("cap_status", "note", "user", "mode", "expected", "markers"), [
    ("Actual", "", {}, "actual", "Actual", []),
    ("Actual", "EXERCISE EX-1", {}, "actual", "Exercise", ["note"]),
    ("Actual", "Regional drill, no traveller", {}, "actual", "Exercise", ["note"]),
    ("Actual", "", {"exercise-id": "EX-1"}, "actual", "Exercise", ["user-property"]),
    ("Actual", "", {"status": "Exercise"}, "actual", "Exercise", ["user-property"]),
    ("Actual", "", {}, "exercise", "Exercise", ["topic"]),
    ("Exercise", "", {}, "actual", "Exercise", ["status"]),
    ("Actual", "", {"status": "Test"}, "exercise", "Test", ["user-property", "topic"]),
    ("Test", "", {}, "actual", "Test", ["status"]),
    ("Actual", "Test message", {}, "actual", "Test", ["note"]),
])
def test_any_exercise_or_test_marker_makes_it_not_actual(cap_status, note, user, mode, expected, markers) -> None:
    assert decide_status(cap_status, note, user, mode) == (expected, markers)


@pytest.mark.parametrize("status", ["System", "Draft"])
def test_system_and_draft_are_not_kiosk_alerts(status: str) -> None:
    with pytest.raises(RejectedMessage) as refused:
        decide_status(status, "", {}, "actual")
    assert refused.value.reason == "status"


def test_an_exercise_never_absorbs_a_later_actual_alert_with_the_same_identifier(engine: Engine) -> None:
    drill = console.store_alert(engine, TOPIC, payload(note="EXERCISE EX-2026-11"), NOW)
    actual = console.store_alert(engine, TOPIC, payload(), NOW)
    again = console.store_alert(engine, TOPIC, payload(), NOW)  # the kiosk's re-send: stored once
    assert drill != actual == again
    with Session(engine) as session:
        rows = session.execute(select(HubAlert.status, HubAlert.cap_status, HubAlert.markers, HubAlert.exercise_id)
                               .order_by(HubAlert.id)).all()
    assert [tuple(r) for r in rows] == [("Exercise", "Actual", "note", "EX-2026-11"), ("Actual", "Actual", None, None)]
    assert hub_stats(engine)["actual"] == 1 and hub_stats(engine)["exercise"] == 1


# ---------------------------------------------------------------------------------------- threads


def test_updates_and_cancels_join_their_alerts_thread_and_are_never_new(engine: Engine) -> None:
    alert = console.store_alert(engine, TOPIC, payload(), NOW)
    first = Reference(KIOSK, "XL-LND-01-A1", cap_time(NOW))
    later = NOW + dt.timedelta(minutes=5)
    update = console.store_alert(engine, TOPIC, payload(identifier="XL-LND-01-U1", msg_type="Update", sent=later,
                                                        references=(first,), note="Temperature re-taken"), later)
    assert console.alert_ids_after(engine, "actual", alert) == []
    [listed] = console.list_alerts(engine)
    assert (listed.id, listed.follow_ups, listed.cancelled) == (alert, 1, False)
    cancel_at = later + dt.timedelta(minutes=5)
    console.store_alert(engine, TOPIC, payload(identifier="XL-LND-01-C1", msg_type="Cancel", sent=cancel_at,
                                               references=(first,)), cancel_at)
    [listed] = console.list_alerts(engine)
    assert (listed.follow_ups, listed.cancelled) == (2, True)
    detail = console.alert_detail(engine, update)
    assert [(e.msg_type, e.note) for e in detail.thread] == [("Alert", ""), ("Update", "Temperature re-taken"),
                                                             ("Cancel", "")]
    stats = hub_stats(engine)
    assert (stats["actual"], stats["updates"], stats["cancels"], stats["total"]) == (1, 1, 1, 3)
    assert console.report(engine, 1, clock=_clock(cancel_at)).total == 1


def test_an_update_whose_alert_is_not_at_the_hub_is_listed_on_its_own(engine: Engine) -> None:
    missing = Reference(KIOSK, "XL-LND-01-GONE", cap_time(NOW))
    update = console.store_alert(engine, TOPIC, payload(identifier="XL-LND-01-U2", msg_type="Update",
                                                        references=(missing,)), NOW)
    assert [(a.id, a.msg_type) for a in console.list_alerts(engine)] == [(update, "Update")]
    assert hub_stats(engine)["actual"] == 0


def _clock(now: dt.datetime):
    from kiosk.clock import FixedClock

    return FixedClock(now)


# ---------------------------------------------------------------------------------------- encodings, schema


@pytest.mark.parametrize("encoding", ["UTF-16", "ISO-8859-1", "UTF-8"])
def test_the_declared_encoding_is_honoured(engine: Engine, encoding: str) -> None:
    utf8 = payload(event="Fièvre hémorragique – voyageur").decode("utf-8")
    data = utf8.replace("encoding='UTF-8'", f"encoding='{encoding}'").replace("–", "-").encode(encoding)
    alert = console.store_alert(engine, TOPIC, data, NOW)
    detail = console.alert_detail(engine, alert)
    assert detail.summary.event == "Fièvre hémorragique - voyageur"
    assert detail.parse_error == "" and detail.info is not None and detail.info.event == detail.summary.event


def test_a_document_not_in_the_encoding_it_declares_is_refused() -> None:
    data = payload().replace(b"encoding='UTF-8'", b"encoding='UTF-16'")
    with pytest.raises(RejectedMessage) as refused:
        alert_row(TOPIC, data, NOW)
    assert refused.value.reason == "invalid-cap"


def test_the_cap_schema_is_enforced_not_only_read_leniently() -> None:
    data = payload().replace(b"</restriction>", b"</restriction><code>x</code>")
    read_hub_alert(data)  # <code> after <restriction> is where the schema puts it
    out_of_order = payload().replace(b"<msgType>Alert</msgType><scope>Restricted</scope>",
                                     b"<scope>Restricted</scope><msgType>Alert</msgType>")
    with pytest.raises(CapError, match="schema"):
        read_hub_alert(out_of_order)
    unknown = payload().replace(b"</restriction>", b"</restriction><priority>1</priority>")
    with pytest.raises(RejectedMessage, match="schema") as refused:
        alert_row(TOPIC, unknown, NOW)
    assert refused.value.reason == "invalid-cap"


def test_the_oasis_examples_are_valid_and_the_xxe_sample_is_refused() -> None:
    for example in sorted((CAP_DATA / "alerts" / "oasis_spec_examples").glob("*.xml")):
        fields, _text = read_hub_alert(example.read_bytes())
        assert fields.identifier
    with pytest.raises(CapError):
        read_hub_alert((CAP_DATA / "alerts" / "invalid" / "google-cap-library_xee.cap").read_bytes())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000) | st.builds(
    lambda note, tail: payload(note=note.strip()).replace(b"</alert>", tail + b"</alert>"),
    st.text(st.characters(min_codepoint=32, max_codepoint=0x2FFF, blacklist_categories=("Cs",)), max_size=60),
    st.binary(max_size=200)))
def test_any_bytes_are_an_alert_row_or_a_reasoned_refusal(data: bytes) -> None:
    try:
        row, _fields = alert_row(TOPIC, data, NOW)
    except RejectedMessage as refused:
        assert refused.reason in ("invalid-cap", "oversized", "spoofed-topic", "implausible-sent", "status")
        assert str(refused)
    else:
        assert row["status"] in ("Actual", "Exercise", "Test") and row["payload"]


# ---------------------------------------------------------------------------------------- flagged, sent, size


def test_flagged_at_sent_and_received_are_all_kept(engine: Engine) -> None:
    flagged = console.store_alert(engine, TOPIC, payload(identifier="XL-LND-01-F1", **{"flagged-at":
                                                         "2026-11-29T09:28:41Z"}), NOW)
    silent = console.store_alert(engine, TOPIC, payload(identifier="XL-LND-01-F2"), NOW)
    garbled = console.store_alert(engine, TOPIC, payload(identifier="XL-LND-01-F3", **{"flagged-at": "soon"}), NOW)
    summaries = {a.id: a for a in console.list_alerts(engine)}
    assert summaries[flagged].flagged_at == dt.datetime(2026, 11, 29, 9, 28, 41, tzinfo=dt.UTC)
    assert summaries[silent].flagged_at is None and summaries[garbled].flagged_at is None
    assert summaries[flagged].sent == NOW and summaries[flagged].received_at == NOW


@pytest.mark.parametrize(("sent", "plausible"), [
    (NOW - SENT_PAST + dt.timedelta(minutes=1), True), (NOW - SENT_PAST - dt.timedelta(minutes=1), False),
    (NOW + SENT_FUTURE - dt.timedelta(minutes=1), True), (NOW + SENT_FUTURE + dt.timedelta(minutes=1), False),
    (dt.datetime(1999, 1, 1, tzinfo=dt.UTC), False), (dt.datetime(2099, 1, 1, tzinfo=dt.UTC), False),
])
def test_a_sent_time_far_in_the_past_or_future_is_implausible(sent: dt.datetime, plausible: bool) -> None:
    if plausible:
        assert alert_row(TOPIC, payload(sent=sent), NOW)[0]["sent"] == sent.replace(microsecond=0)
        return
    with pytest.raises(RejectedMessage, match="implausible") as refused:
        alert_row(TOPIC, payload(sent=sent), NOW)
    assert refused.value.reason == "implausible-sent" and refused.value.identifier == "XL-LND-01-A1"


def test_an_alert_over_the_size_limit_is_quarantined_before_it_is_parsed() -> None:
    big = payload(padding="x" * MAX_ALERT_BYTES)
    with pytest.raises(RejectedMessage) as refused:
        alert_row(TOPIC, big, NOW)
    assert refused.value.reason == "oversized"
    row = quarantine_row(TOPIC, big, refused.value, NOW)
    assert row["size"] == len(big) and row["kiosk_id"] == KIOSK
    assert 4000 < len(row["payload"].encode("utf-8")) <= 4096 and big.decode().startswith(row["payload"])


@pytest.mark.parametrize(("topic", "data", "reason"), [
    (TOPIC, payload(sender="XL-LND-01-K2"), "spoofed-topic"),
    (TOPIC, payload(**{"point-of-entry": "XL-AIR-01"}), "spoofed-topic"),
    (alert_topic("XL", "XL-AIR-01", KIOSK, "actual"), payload(**{"point-of-entry": "XL-AIR-01"}), "spoofed-topic"),
    (alert_topic("XL", POE, "XL-LND-01-K7", "actual"), payload(sender="XL-LND-01-K7"), "unknown-kiosk"),
    (TOPIC, b"<alert/>", "invalid-cap"),
])
def test_what_the_hub_refuses_names_its_reason(engine: Engine, topic: str, data: bytes, reason: str) -> None:
    with pytest.raises(RejectedMessage) as refused:
        console.store_alert(engine, topic, data, NOW)
    assert refused.value.reason == reason
    assert console.list_alerts(engine) == []


def test_a_kiosks_resends_are_quarantined_once(engine: Engine) -> None:
    error = RejectedMessage("kiosk is not enrolled", "unknown-kiosk")
    row = quarantine_row(TOPIC, payload(), error, NOW)
    with engine.begin() as connection:
        statement = quarantine_statement(engine.dialect.name)
        connection.execute(statement, [row])
        connection.execute(statement, [{**row, "received_at": NOW + dt.timedelta(minutes=1)}])
    assert hub_stats(engine)["quarantine_by_reason"] == {"unknown-kiosk": 1}


# ---------------------------------------------------------------------------------------- upgrade


def _old_sqlite_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(OLD_SCHEMA.read_text())
    connection.execute(
        "INSERT INTO hub_alerts (id, sender, identifier, sent, status, msg_type, country, poe, kiosk_id, topic, event,"
        " urgency, severity, certainty, protocol, risk, disposition, payload, received_at) VALUES (1, ?, 'OLD-1',"
        " '2026-11-29 09:00:00.000000', 'Exercise', 'Alert', 'XL', ?, ?, ?, 'e', 'Immediate', 'Severe', 'Possible',"
        " 'EVD', 'high', 'isolate', ?, '2026-11-29 09:00:01.000000')",
        (KIOSK, POE, KIOSK, TOPIC, payload(identifier="OLD-1", status="Exercise").decode()))
    connection.execute("INSERT INTO hub_triage (alert_id, state, outcome, note, officer, at) VALUES "
                       "(1, 'acknowledged', '', '', 'Ada', '2026-11-29 09:05:00.000000')")
    connection.execute("INSERT INTO hub_rejected (topic, error, size, received_at) VALUES "
                       "(?, 'not CAP', 8, '2026-11-29 09:01:00.000000')", (TOPIC,))
    connection.commit()
    connection.close()


def test_a_hub_database_made_before_quarantine_is_upgraded_in_place(tmp_path: Path) -> None:
    database = tmp_path / "old-hub.sqlite"
    _old_sqlite_database(database)
    engine = hub_engine(f"sqlite:///{database}")
    enrol_kiosk(engine, KIOSK, "XL", POE)
    actual = console.store_alert(engine, TOPIC, payload(identifier="OLD-1"), NOW)  # same id, other mode
    assert actual != 1
    with Session(engine) as session:
        old = session.get(HubAlert, 1)
        assert old is not None and (old.status, old.cap_status, old.identifier) == ("Exercise", "Exercise", "OLD-1")
        assert session.scalars(select(HubTriage.alert_id)).all() == [1]
        [rejected] = session.scalars(select(HubQuarantine)).all()
        assert (rejected.reason, rejected.detail, rejected.topic) == ("invalid-cap", "not CAP", TOPIC)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "hub_rejected" not in tables and "hub_alerts_new" not in tables
    engine.dispose()
    hub_engine(f"sqlite:///{database}").dispose()  # idempotent


_FIRST_MIGRATION_TABLES = {name for name, _columns, _indexes in importlib.import_module(
    "kiosk.hub.migrations.versions.0001_hub_schema")._tables()}


@pytest.mark.postgres
def test_a_postgresql_hub_database_made_before_quarantine_is_upgraded_in_place(postgres_url: str) -> None:
    engine = hub_engine(postgres_url)
    with engine.begin() as connection:  # back to the earlier schema, made before migrations
        for table in set(inspect(connection).get_table_names()) - _FIRST_MIGRATION_TABLES:
            connection.execute(text(f"DROP TABLE {table} CASCADE"))  # the later migrations' tables
        connection.execute(text("ALTER TABLE hub_alerts DROP CONSTRAINT uq_hub_alerts_status_sender_identifier"))
        connection.execute(text("ALTER TABLE hub_alerts ADD CONSTRAINT uq_hub_alerts_sender_identifier "
                                "UNIQUE (sender, identifier)"))
        for column in ("cap_status", "markers", "flagged_at", "ref_sender", "ref_identifier"):
            connection.execute(text(f"ALTER TABLE hub_alerts DROP COLUMN {column}"))
        connection.execute(text("CREATE TABLE hub_rejected (id SERIAL PRIMARY KEY, topic VARCHAR(300) NOT NULL, "
                                "error TEXT NOT NULL, size INTEGER NOT NULL, received_at TIMESTAMPTZ NOT NULL)"))
        connection.execute(text("INSERT INTO hub_rejected (topic, error, size, received_at) VALUES "
                                "('t', 'not CAP', 3, now())"))
    engine.dispose()
    engine = hub_engine(postgres_url)
    enrol_kiosk(engine, KIOSK, "XL", POE)
    console.store_alert(engine, TOPIC, payload(status="Exercise"), NOW)
    console.store_alert(engine, TOPIC, payload(), NOW)
    assert hub_stats(engine)["total"] == 2 and hub_stats(engine)["quarantine_by_reason"] == {"invalid-cap": 1}
    engine.dispose()


# ---------------------------------------------------------------------------------------- commands


def test_enrol_list_and_remove_kiosks_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    key = tmp_path / "k1.pub"
    key.write_text("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n")
    assert cli_main(["hub", "enrol", KIOSK, "--country", "XL", "--poe", POE, "--public-key", str(key),
                     "--db", url]) == 0
    assert json.loads(capsys.readouterr().out) == {"enrolled": KIOSK, "country": "XL", "poe": POE,
                                                   "public_key": True}
    assert cli_main(["hub", "enrolled", "--db", url]) == 0
    assert [(k["kiosk_id"], k["poe"]) for k in json.loads(capsys.readouterr().out)] == [(KIOSK, POE)]
    assert cli_main(["hub", "enrol", "bad id", "--country", "XL", "--poe", POE, "--db", url]) == 2
    assert "kiosk: 'bad id' is not a kiosk id" in capsys.readouterr().err
    assert cli_main(["hub", "enrol", KIOSK, "--country", "xl1", "--poe", POE, "--db", url]) == 2
    assert cli_main(["hub", "unenrol", KIOSK, "--db", url]) == 0
    assert cli_main(["hub", "unenrol", KIOSK, "--db", url]) == 2
    assert "is not enrolled" in capsys.readouterr().err


def test_hub_stats_shows_the_workers_health_and_fails_when_one_is_unhealthy(
        engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    url = engine.url.render_as_string(hide_password=False)
    console.store_alert(engine, TOPIC, payload(), NOW)
    with engine.begin() as connection:
        connection.execute(quarantine_statement(engine.dialect.name), [quarantine_row(
            TOPIC, b"x", RejectedMessage("kiosk is not enrolled", "unknown-kiosk"), NOW)])
    now = dt.datetime.now(dt.UTC)
    with Session(engine) as session, session.begin():
        session.add(HubWorker(client_id="hub-a-0", host="h", pid=1, connected=True, database_ok=True, backlog=0,
                              stored=1, quarantined=1, last_commit_at=now, last_error="", updated_at=now))
    assert cli_main(["hub", "stats", "--db", url]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["quarantined"] == 1 and stats["enrolled_kiosks"] == 1 and stats["actual"] == 1
    assert [(w["client_id"], w["connected"], w["database_ok"], w["stale"]) for w in stats["workers"]] == [
        ("hub-a-0", True, True, False)]
    with Session(engine) as session, session.begin():
        session.get(HubWorker, "hub-a-0").connected = False
    assert cli_main(["hub", "stats", "--db", url]) == 1  # a disconnected worker
    capsys.readouterr()
    assert cli_main(["hub", "quarantine", "--db", url, "--reason", "unknown-kiosk"]) == 0
    assert [(q["reason"], q["kiosk_id"]) for q in json.loads(capsys.readouterr().out)] == [("unknown-kiosk", KIOSK)]


class _StuckService:
    def __init__(self, after: int) -> None:
        self.calls = 0
        self.after = after

    def stuck(self, limit: float) -> list[str]:
        self.calls += 1
        return ["hub-0"] if self.calls > self.after else []


def test_the_ingest_command_gives_up_on_a_stuck_worker() -> None:
    service = _StuckService(after=2)
    assert _watch(service, threading.Event(), 0.04) == ["hub-0"]
    stopping = threading.Event()
    stopping.set()
    assert _watch(_StuckService(after=0), stopping, 0.04) == []


def test_parse_cap_reads_what_the_hub_stored_from_any_encoding(engine: Engine) -> None:
    data = payload(event="Café").decode().replace("encoding='UTF-8'", "encoding='ISO-8859-1'").encode("latin-1")
    alert = console.store_alert(engine, TOPIC, data, NOW)
    with Session(engine) as session:
        stored = session.get(HubAlert, alert).payload
    assert parse_cap(stored.encode("utf-8")).infos[0].event == "Café"
