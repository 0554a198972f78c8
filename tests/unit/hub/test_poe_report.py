"""The hub's per-day report (``kiosk.hub.poe_report``) and its exports, on SQLite and PostgreSQL.

The figures are checked against a fixture of alerts (:data:`FIXTURE`) whose totals this file counts
itself with plain loops over the fixture, never with the code under test. The DHIS2 export is
validated with jsonschema against the schema derived from the DHIS2 documentation; the PDF is
rasterised with pdftoppm and its text read back with pdftotext.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine

from kiosk.alerts.cap import AlertContent, Reference, build_alert
from kiosk.alerts.outbox import alert_topic
from kiosk.cli import main as cli_main
from kiosk.clock import FixedClock
from kiosk.datafiles import schema
from kiosk.errors import DataFileError, InputError
from kiosk.hub import console
from kiosk.hub.accounts import HubAccounts, HubUser
from kiosk.hub.dhis2 import DATA_VALUE_SET_SCHEMA, Dhis2ExportError, data_value_sets, load_mapping
from kiosk.hub.models import hub_engine
from kiosk.hub.poe_report import (
    REPORT_DAYS_MAX,
    DailyDenominator,
    ReportPeriod,
    build_report,
    kiosk_aggregates,
    last_days,
    parse_day,
    period_between,
)
from kiosk.hub.poe_report_files import figures_csv, line_list_csv, render_pdf, report_json
from kiosk.hub.registry import enrol_kiosk

NOW = dt.datetime(2026, 11, 29, 9, 30, tzinfo=dt.UTC)
ADA = HubUser("ada", "Ada Okoro", "surveillance_officer")
TODAY = NOW.date()
POES = ("XL-AIR-01", "XL-SEA-02", "XL-LND-01")
EXAMPLE_MAPPING = Path(__file__).parents[3] / "kiosk" / "data" / "dhis2" / "mapping.example.yaml"

# (days before today, hour UTC, point of entry, protocol, urgency, triage steps); the last step decides
FIXTURE: tuple[tuple[int, int, str, str, str, tuple[tuple[str, str], ...]], ...] = (
    (0, 1, "XL-AIR-01", "EVD", "Immediate", ()),
    (0, 8, "XL-AIR-01", "MVD", "Immediate", (("acknowledged", ""),)),
    (0, 9, "XL-SEA-02", "CHOLERA", "Expected", ()),
    (1, 0, "XL-AIR-01", "EVD", "Immediate", (("acknowledged", ""), ("closed", "ruled_out"))),
    (1, 23, "XL-LND-01", "EVD", "Immediate", (("investigating", ""),)),
    (2, 12, "XL-SEA-02", "CHOLERA", "Expected", (("closed", "duplicate"),)),
    (2, 12, "XL-SEA-02", "CHOLERA", "Expected", (("closed", "confirmed_case"), ("investigating", ""))),
    (5, 6, "XL-AIR-01", "MEASLES", "Immediate", (("closed", "confirmed_case"),)),
    (13, 0, "XL-LND-01", "MPOX", "Expected", ()),
    (13, 23, "XL-AIR-01", "EVD", "Immediate", (("closed", "lost_to_follow_up"),)),
    (14, 23, "XL-AIR-01", "EVD", "Immediate", ()),   # the day before a 14-day report: outside it
    (29, 10, "XL-SEA-02", "MPOX", "Expected", ()),
    (89, 2, "XL-LND-01", "RESP", "Immediate", (("acknowledged", ""),)),
    (90, 2, "XL-LND-01", "RESP", "Immediate", ()),   # outside a 90-day report
)
NOT_COUNTED = (("Exercise", 0), ("Test", 1), ("Exercise", 13))
"""(status, days before today) of alerts that are never in the figures."""

_serial = iter(range(100_000))


def _content(poe: str, protocol: str, urgency: str, sent: dt.datetime, status: str = "Actual",
             msg_type: str = "Alert", references: tuple[Reference, ...] = ()) -> tuple[str, bytes, str]:
    number = next(_serial)
    kiosk = f"{poe}-K1"
    identifier = f"{poe}-01JREPORT{number:017d}"
    content = AlertContent(
        identifier=identifier, sender=kiosk, sent=sent, status=status,
        note="EXERCISE EX-1" if status == "Exercise" else "", event=f"Suspected {protocol} – traveller",
        urgency=urgency, severity="Severe", certainty="Possible", area_desc=f"{poe}, XL",
        event_codes={"poe-protocol": protocol},
        parameters={"protocol": protocol, "risk": "high", "disposition": "isolate", "recommended-disposition": "isolate",
                    "point-of-entry": poe, "traveller-reference": f"T{number:011d}", "encounter": f"ENC{number}",
                    "situation-version": "1", "protocols-version": "7",
                    "flagged-at": (sent - dt.timedelta(minutes=2)).isoformat()},
        geocodes={"poe-id": poe, "ISO3166-1": "XL"}, msg_type=msg_type, references=references)
    mode = {"Actual": "actual", "Exercise": "exercise", "Test": "test"}[status]
    return alert_topic("XL", poe, kiosk, mode), build_alert(content), identifier


def _received(days_before: int, hour: int) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_before), dt.time(hour, 5), dt.UTC)


def load_fixture(engine: Engine) -> None:
    HubAccounts(engine).add_user("test", ADA.id, ADA.name, ADA.role, "a long test password")
    for poe in POES:
        enrol_kiosk(engine, f"{poe}-K1", "XL", poe)
    for index, (days, hour, poe, protocol, urgency, steps) in enumerate(FIXTURE):
        at = _received(days, hour)
        topic, payload, identifier = _content(poe, protocol, urgency, at)
        alert_id = console.store_alert(engine, topic, payload, at)
        for state, outcome in steps:
            console.triage(engine, alert_id, state, officer=ADA, outcome=outcome, clock=FixedClock(NOW))
        if index == 0:  # an Update of the first alert: in its thread, never counted
            ref = Reference(f"{poe}-K1", identifier, at.isoformat())
            topic, payload, _ = _content(poe, protocol, urgency, at + dt.timedelta(minutes=30), msg_type="Update",
                                         references=(ref,))
            console.store_alert(engine, topic, payload, at + dt.timedelta(minutes=30))
    for status, days in NOT_COUNTED:
        at = _received(days, 4)
        topic, payload, _ = _content("XL-AIR-01", "EVD", "Immediate", at, status=status)
        console.store_alert(engine, topic, payload, at)


def expected(days: int) -> list[tuple[str, int, str, str, str, str]]:
    """(day, hour, poe, protocol, urgency, triage outcome) of the fixture's alerts in the last ``days`` days."""
    rows = []
    for back, hour, poe, protocol, urgency, steps in FIXTURE:
        if back < days:
            state, outcome = steps[-1] if steps else ("new", "")
            rows.append(((TODAY - dt.timedelta(days=back)).isoformat(), hour, poe, protocol, urgency,
                         outcome if state == "closed" else state))
    return rows


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path, fast_passwords: None) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}" if request.param == "sqlite" else request.getfixturevalue(
        "postgres_url")
    engine = hub_engine(url)
    load_fixture(engine)
    yield engine
    engine.dispose()


CLOCK = FixedClock(NOW)


@pytest.mark.parametrize("days", [14, 30, 90])
def test_figures_match_the_fixture_counted_by_hand(engine: Engine, days: int) -> None:
    report = build_report(engine, last_days(days, clock=CLOCK), clock=CLOCK)
    rows = expected(days)
    assert report.total == len(rows) == {14: 10, 30: 12, 90: 13}[days]
    for poe in POES:
        mine = [r for r in rows if r[2] == poe]
        assert report.alerts_by("protocol", poe) == dict(sorted(Counter(r[3] for r in mine).items()))
        assert report.alerts_by("urgency", poe) == dict(sorted(Counter(r[4] for r in mine).items()))
        assert report.alerts_by("triage_outcome", poe) == dict(sorted(Counter(r[5] for r in mine).items()))
        per_day = Counter(r[0] for r in mine)
        assert report.daily_alerts(poe) == [per_day.get(d.isoformat(), 0) for d in report.period.each_day()]
    assert len(report.daily_alerts()) == days
    assert report.not_counted == {"Exercise": 2, "Test": 1}


def test_triage_outcome_is_the_latest_step(engine: Engine) -> None:
    outcomes = build_report(engine, last_days(14, clock=CLOCK), clock=CLOCK).alerts_by("triage_outcome")
    # re-opened after a confirmed case: investigating, not confirmed; the Update is not an alert
    assert outcomes == {"acknowledged": 1, "confirmed_case": 1, "duplicate": 1, "investigating": 2,
                        "lost_to_follow_up": 1, "new": 3, "ruled_out": 1}


def test_an_alert_at_midnight_utc_belongs_to_its_day(engine: Engine) -> None:
    report = build_report(engine, ReportPeriod(TODAY - dt.timedelta(days=13), TODAY - dt.timedelta(days=13)),
                          clock=CLOCK)
    assert report.total == 2 and report.alerts_by("protocol") == {"EVD": 1, "MPOX": 1}


def test_line_list_is_newest_first_and_carries_nothing_personal(engine: Engine) -> None:
    report = build_report(engine, last_days(90, clock=CLOCK), line_list_limit=None, clock=CLOCK)
    assert len(report.line_list) == report.line_list_total == 13
    received = [e.received_at for e in report.line_list]
    assert received == sorted(received, reverse=True)
    first = report.line_list[0].as_json()
    assert set(first) == {"reference", "point_of_entry", "protocol", "flagged_at", "received_at", "urgency",
                          "state", "outcome"}
    assert first["point_of_entry"] == "XL-SEA-02" and first["state"] == "new"
    assert dt.datetime.fromisoformat(first["flagged_at"]) == _received(0, 9) - dt.timedelta(minutes=2)
    rows = list(csv.DictReader(io.StringIO(line_list_csv(report))))
    text = line_list_csv(report)
    assert len(rows) == 13 and not re.search(r"\bT\d{11}\b|ENC\d", text)  # no traveller reference, no encounter
    limited = build_report(engine, last_days(90, clock=CLOCK), line_list_limit=3, clock=CLOCK)
    assert [e.reference for e in limited.line_list] == [e.reference for e in report.line_list[:3]]


def test_figures_csv_and_json_add_up(engine: Engine) -> None:
    report = build_report(engine, last_days(30, clock=CLOCK), clock=CLOCK)
    rows = list(csv.DictReader(io.StringIO(figures_csv(report))))
    assert sum(int(r["alerts"]) for r in rows) == 12
    assert {r["day"] for r in rows} == {r[0] for r in expected(30)}
    data = report_json(report)
    assert data["total"] == 12 and data["screened"] is None
    assert sum(p["alerts"] for p in data["points_of_entry"]) == 12
    assert sum(d["alerts"] for d in data["daily"]) == 12
    assert data["not_counted"] == {"exercise": 2, "test": 1}


def test_denominators_plug_in_from_a_source(engine: Engine) -> None:
    def source(_engine: Engine, period: ReportPeriod) -> list[DailyDenominator]:
        return [DailyDenominator(day, "XL-AIR-01", screened=100) for day in period.each_day()]

    report = build_report(engine, last_days(14, clock=CLOCK), denominators=source, clock=CLOCK)
    assert report.screened() == report.screened("XL-AIR-01") == 1400 and report.screened("XL-SEA-02") is None
    assert report_json(report)["daily"][0]["screened"] == 100


# ---------------------------------------------------------------------------------------- DHIS2


def _dhis2_schema_validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema(DATA_VALUE_SET_SCHEMA))


def test_dhis2_export_validates_and_carries_the_fixture_counts(engine: Engine, tmp_path: Path) -> None:
    mapping_file = tmp_path / "mapping.yaml"
    mapping_file.write_text(EXAMPLE_MAPPING.read_text(encoding="utf-8").replace("XL-SEA-02: AurelSeaPt2",
                                                                                "XL-SEA-02: AurelSeaPt2\n  XL-LND-01: LandCrossng"),
                            encoding="utf-8")
    report = build_report(engine, last_days(14, clock=CLOCK), clock=CLOCK)
    document = data_value_sets(report, load_mapping(mapping_file), clock=CLOCK)
    validator = _dhis2_schema_validator()
    sets = document["dataValueSets"]
    assert len(sets) == 4 * 14  # every mapped point of entry (DEMO-KESSA too), every day, zeros included
    for one in sets:
        validator.validate(one)
        assert len(one["period"]) == 8 and dt.datetime.strptime(one["period"], "%Y%m%d")
    today = [s for s in sets if s["period"] == f"{TODAY:%Y%m%d}"]
    assert today and all("completeDate" not in s for s in today)  # the day is not over
    assert all(s["completeDate"] == TODAY.isoformat() for s in sets if s["period"] != f"{TODAY:%Y%m%d}")
    air_today = next(s for s in today if s["orgUnit"] == "CapAirport1")
    values = {(v["dataElement"], v.get("categoryOptionCombo")): v["value"] for v in air_today["dataValues"]}
    assert values[("PoEAlertsAl", None)] == "2"
    assert values[("PoEAlertsPr", "ProtoEVDcc1")] == "1" and values[("PoEAlertsPr", "ProtoMVDcc2")] == "1"
    assert values[("PoEAlertsUr", "UrgImmedia1")] == "2" and values[("PoEAlertsUr", "UrgExpecte2")] == "0"
    assert ("PoEScreened", None) not in values  # no denominators: unknown is not sent as zero
    by_unit = Counter()
    for one in sets:
        for value in one["dataValues"]:
            if value["dataElement"] == "PoEAlertsAl":
                by_unit[one["orgUnit"]] += int(value["value"])
    rows = expected(14)
    assert by_unit == {"CapAirport1": sum(r[2] == "XL-AIR-01" for r in rows),
                       "AurelSeaPt2": sum(r[2] == "XL-SEA-02" for r in rows),
                       "LandCrossng": sum(r[2] == "XL-LND-01" for r in rows), "KessaBridg3": 0}


def test_dhis2_export_refuses_what_the_mapping_does_not_place(engine: Engine) -> None:
    report = build_report(engine, last_days(14, clock=CLOCK), clock=CLOCK)
    with pytest.raises(Dhis2ExportError, match="XL-LND-01 have alerts but no orgUnit"):
        data_value_sets(report, load_mapping(EXAMPLE_MAPPING), clock=CLOCK)


def test_the_derived_schema_refuses_what_dhis2_would_not_take() -> None:
    validator = _dhis2_schema_validator()
    good = {"dataSet": "pBOMPrpg1QX", "completeDate": "2014-02-03", "period": "201401", "orgUnit": "DiszpKrYNg8",
            "dataValues": [{"dataElement": "f7n9E0hX8qk", "categoryOptionCombo": "pq2XI5kz2BY", "value": "1"}]}
    validator.validate(good)  # the documentation's own example shape
    bulk = {"dataValues": [{"dataElement": "f7n9E0hX8qk", "period": "20140101", "orgUnit": "DiszpKrYNg8", "value": 12}]}
    validator.validate(bulk)
    for bad in ({**good, "orgUnit": "1iszpKrYNg8"}, {**good, "period": "2014-01-01"},
                {**good, "dataValues": [{"dataElement": "f7n9E0hX8qk"}]}, {**good, "orgunit": "DiszpKrYNg8"},
                {"dataValues": [{"dataElement": "f7n9E0hX8qk", "value": "1"}]}, {**good, "completeDate": "20140203"}):
        assert not validator.is_valid(bad), bad


@pytest.mark.parametrize(("text", "message"), [
    ("format: poe-kiosk/dhis2-mapping/1\ndataSet: short\norgUnits: {A: DiszpKrYNg8}\n"
     "dataElements: {alerts: {dataElement: f7n9E0hX8qk}}\n", ":2: dataSet: 'short' is not a DHIS2 UID (11 letters or digits, the first a letter)"),
    ("format: poe-kiosk/dhis2-mapping/1\ndataSet: pBOMPrpg1QX\norgUnits: {A: DiszpKrYNg8}\n"
     "dataElements:\n  alerts: {dataElement: f7n9E0hX8qk}\n  screened: {dataElement: f7n9E0hX8qk}\n",
     "the same data element and category option combo as alerts"),
    ("format: poe-kiosk/dhis2-mapping/1\ndataSet: pBOMPrpg1QX\norgUnits: {}\ndataElements: {}\n", "orgUnits"),
])
def test_a_bad_mapping_is_refused_with_its_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "mapping.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match=re.escape(message)) as refused:
        load_mapping(path)
    assert str(path) in str(refused.value)


def test_the_shipped_example_mapping_is_valid() -> None:
    mapping = load_mapping(EXAMPLE_MAPPING)
    assert mapping.org_units["XL-AIR-01"] == "CapAirport1" and mapping.screened is not None


# ---------------------------------------------------------------------------------------- PDF


@pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
                    reason="poppler-utils (pdftoppm, pdftotext) not installed")
def test_pdf_renders_with_its_figures_and_line_list(engine: Engine, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_pdf(build_report(engine, last_days(90, clock=CLOCK), clock=CLOCK)))
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2 and all(page.stat().st_size > 5000 for page in pages)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "Point-of-entry surveillance report" in text and "13 alert(s)" in text
    assert "Alerts per day — XL-LND-01" in text and "not available" in text
    first = build_report(engine, last_days(90, clock=CLOCK), line_list_limit=1, clock=CLOCK).line_list[0]
    assert first.reference[:20] in text.replace("\n", "")


# ---------------------------------------------------------------------------------------- periods, CLI


@given(st.text(max_size=12))
def test_parse_day_takes_only_calendar_dates(text: str) -> None:
    try:
        day = parse_day(text, "--from")
    except InputError as refused:
        assert refused.field == "--from"
    else:
        assert day.isoformat() == text.strip()


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_period_between_refuses_reversed_future_and_long_ranges(first: dt.date, last: dt.date) -> None:
    try:
        period = period_between(first, last, clock=CLOCK)
    except InputError as refused:
        assert last < first or last > TODAY or (last - first).days >= REPORT_DAYS_MAX
        assert refused.field in ("--from", "--to")
    else:
        assert period.days == (last - first).days + 1 <= REPORT_DAYS_MAX and last <= TODAY


def test_cli_writes_every_format(engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("the command is tested on SQLite; the queries on both")
    url = str(engine.url)
    first = (dt.datetime.now(dt.UTC).date() - dt.timedelta(days=400)).isoformat()
    assert cli_main(["hub", "report", "--db", url, "--from", first, "--format", "json"]) == 2
    assert "a report covers at most 366 days" in capsys.readouterr().err
    first = (dt.datetime.now(dt.UTC).date() - dt.timedelta(days=365)).isoformat()
    for kind in ("csv", "json", "pdf"):
        out = tmp_path / f"report.{kind}"
        assert cli_main(["hub", "report", "--db", url, "--from", first, "--format", kind, "--out", str(out)]) == 0
        assert out.stat().st_size > 100
    assert json.loads((tmp_path / "report.json").read_text())["format"] == "poe-kiosk/hub-report/1"
    assert json.loads(capsys.readouterr().out.splitlines()[0])["written"].endswith("report.csv")
    assert cli_main(["hub", "report", "--db", url, "--from", first, "--format", "csv", "--line-list"]) == 0
    assert capsys.readouterr().out.startswith("reference,point_of_entry,protocol")


@pytest.mark.parametrize(("arguments", "message"), [
    (["--from", "2026-02-30"], "--from: 2026-02-30 is not a date of the calendar"),
    (["--from", "1/12/2026"], "--from: '1/12/2026' is not a date written YYYY-MM-DD"),
    (["--from", "2026-11-20", "--to", "2026-11-10"], "--to: 2026-11-10 is before the first day 2026-11-20"),
    (["--from", "2026-11-20", "--to", "2099-01-01"], "--to: 2099-01-01 is in the future"),
    (["--to", "2026-11-10"], "--to: needs --from"),
    (["--format", "dhis2"], "--mapping: --format dhis2 needs the mapping file"),
    (["--format", "csv", "--mapping", "m.yaml"], "--mapping: is used only with --format dhis2"),
    (["--format", "pdf"], "--out: --format pdf needs --out FILE"),
    (["--format", "json", "--line-list"], "--line-list: is a CSV layout"),
    (["--format", "dhis2", "--mapping", "missing.yaml"], "missing.yaml:1: no such file"),
])
def test_cli_refuses_bad_options_before_opening_the_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str) -> None:
    database = tmp_path / "hub.sqlite"
    assert cli_main(["hub", "report", "--db", f"sqlite:///{database}", *arguments]) == 2
    assert message in capsys.readouterr().err
    assert not database.exists()


def test_a_jurisdiction_sees_only_its_points_of_entry(engine: Engine) -> None:
    report = build_report(engine, last_days(90, clock=CLOCK), poes=frozenset({"XL-SEA-02"}), line_list_limit=None,
                          clock=CLOCK)
    rows = [r for r in expected(90) if r[2] == "XL-SEA-02"]
    assert report.total == len(rows) == 4 and report.poes() == ["XL-SEA-02"]
    assert {e.poe for e in report.line_list} == {"XL-SEA-02"}
    assert report.not_counted == {}  # the exercise and test alerts are at XL-AIR-01


def test_the_kiosks_daily_aggregates_are_the_denominators(engine: Engine) -> None:
    """Rows as ``kiosk.hub.aggregates`` stores them: summed per point of entry and day over its enrolled
    kiosks; a kiosk not enrolled there is not counted; the DHIS2 export sends them as ``screened``."""
    from sqlalchemy import insert

    from kiosk.hub.aggregates import HubDailyAggregate

    enrol_kiosk(engine, "XL-AIR-01-K2", "XL", "XL-AIR-01")
    yesterday = TODAY - dt.timedelta(days=1)
    rows = [("XL-AIR-01-K1", TODAY, "XL-AIR-01", 120), ("XL-AIR-01-K2", TODAY, "XL-AIR-01", 80),
            ("XL-AIR-01-K1", yesterday, "XL-AIR-01", 150), ("XL-SEA-02-K1", TODAY, "XL-SEA-02", 40),
            ("XL-SEA-02-K9", TODAY, "XL-SEA-02", 999)]  # K9 is not enrolled
    with engine.begin() as connection:
        connection.execute(insert(HubDailyAggregate), [
            {"kiosk_id": kiosk, "day": day, "country": "XL", "poe": poe, "revision": 1, "identifier": f"agg-{n}",
             "sent": NOW, "received_at": NOW, "screened": screened, "flagged": 2, "referred": 1, "isolated": 0,
             "exercise_screened": 0, "counts": {}, "exercise": {}, "payload": "{}"}
            for n, (kiosk, day, poe, screened) in enumerate(rows)])
    report = build_report(engine, last_days(14, clock=CLOCK), denominators=kiosk_aggregates, clock=CLOCK)
    assert report.screened("XL-AIR-01") == 350 and report.screened("XL-SEA-02") == 40
    assert report.screened("XL-LND-01") is None and report.screened() == 390
    today = report.denominator(TODAY, "XL-AIR-01")
    assert today is not None and (today.screened, today.flagged, today.referred) == (200, 4, 2)
    assert report.denominator(yesterday, "XL-SEA-02") is None
    mapping = load_mapping(EXAMPLE_MAPPING)
    document = data_value_sets(report, replace(mapping, skip_unmapped=True), clock=CLOCK)
    screened = {(s["period"], s["orgUnit"]): v["value"] for s in document["dataValueSets"] for v in s["dataValues"]
                if v["dataElement"] == "PoEScreened"}
    assert screened == {(f"{TODAY:%Y%m%d}", "CapAirport1"): "200", (f"{yesterday:%Y%m%d}", "CapAirport1"): "150",
                        (f"{TODAY:%Y%m%d}", "AurelSeaPt2"): "40"}
