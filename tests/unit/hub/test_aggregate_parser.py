"""The hub's parser of daily aggregates: every valid message round-trips, anything else is refused with a
reason (never another exception), and storage keeps the highest revision of a kiosk's day."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.aggregates import AGE_BANDS, MEASURES, SCHEMA
from kiosk.hub.aggregates import (
    AggregateError,
    HubDailyAggregate,
    parse_aggregate,
    parse_report,
    store_aggregates,
)
from kiosk.hub.models import hub_engine

RECEIVED = dt.datetime(2026, 12, 8, 1, 0, tzinfo=dt.UTC)


@st.composite
def measures(draw: st.DrawFn, screened: int | None = None) -> dict[str, int]:
    total = draw(st.integers(0, 500)) if screened is None else screened
    flagged = draw(st.integers(0, total))
    referred = draw(st.integers(0, total))
    isolated = draw(st.integers(0, total - referred))
    return {"screened": total, "flagged": flagged, "referred": referred, "isolated": isolated}


def split(totals: dict[str, int], keys: list[str]) -> dict[str, dict[str, int]]:
    """The totals spread over ``keys`` (everything on the first key, none on the others)."""
    return {key: (dict(totals) if i == 0 else dict.fromkeys(MEASURES, 0)) for i, key in enumerate(keys)}


@st.composite
def messages(draw: st.DrawFn) -> dict:
    totals = draw(measures())
    day = draw(st.dates(dt.date(2020, 1, 1), RECEIVED.date()))
    return {
        "schema": SCHEMA, "id": f"AGG-K1-{day:%Y%m%d}-1", "kiosk_id": "K1", "poe": "XL-LND-01", "country": "XL",
        "day": day.isoformat(), "revision": draw(st.integers(1, 1000)), "sent": "2026-12-08T00:10:00Z",
        "counts": {"totals": totals,
                   "by_protocol": split(totals, draw(st.lists(st.sampled_from(["none", "EVD", "MPX"]), min_size=1,
                                                              max_size=3, unique=True))),
                   "by_sex": split(totals, ["female", "male", "unknown"]),
                   "by_age_band": split(totals, list(AGE_BANDS)),
                   "by_nationality": split(totals, draw(st.lists(st.from_regex(r"[A-Z]{3}", fullmatch=True),
                                                                 min_size=1, max_size=5, unique=True)))},
        "exercise": draw(measures()),
    }


@given(messages())
def test_every_valid_message_is_taken_as_it_was_sent(message: dict) -> None:
    parsed = parse_aggregate(json.dumps(message).encode(), received_at=RECEIVED)
    assert parsed.counts == message["counts"] and parsed.exercise == message["exercise"]
    assert (parsed.kiosk_id, parsed.day.isoformat(), parsed.revision) == ("K1", message["day"], message["revision"])


@settings(max_examples=300)
@given(messages(), st.data())
def test_a_damaged_message_is_refused_with_a_reason(message: dict, data: st.DataObject) -> None:
    path = data.draw(st.sampled_from([("schema",), ("day",), ("revision",), ("sent",), ("country",), ("id",),
                                      ("counts", "totals", "screened"), ("counts", "by_sex", "female", "flagged"),
                                      ("exercise", "isolated"), ("counts", "by_age_band")]))
    value = data.draw(st.one_of(st.none(), st.booleans(), st.integers(-5, 10**7), st.text(max_size=12),
                                st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3),
                                                                                     st.integers(), max_size=2)))
    target = message
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    try:
        parsed = parse_aggregate(json.dumps(message).encode(), received_at=RECEIVED)
    except AggregateError as error:
        assert str(error)
        return
    # the change happened to leave a valid message (another count that still adds up, any two capital
    # letters as the country: the topic check at ingest refuses a wrong one): then it is taken as given
    taken = {"schema": SCHEMA, "id": parsed.identifier, "kiosk_id": parsed.kiosk_id, "poe": parsed.poe,
             "country": parsed.country, "day": parsed.day.isoformat(), "revision": parsed.revision,
             "sent": parsed.sent_text, "counts": parsed.counts, "exercise": parsed.exercise}
    assert taken == message


@given(st.binary(max_size=300))
def test_any_bytes_are_taken_or_refused_with_a_reason(payload: bytes) -> None:
    with pytest.raises(AggregateError):
        parse_aggregate(payload, received_at=RECEIVED)


@pytest.mark.parametrize(("change", "reason"), [
    (lambda m: m.update(schema="poe-daily-aggregate/2"), "schema"),
    (lambda m: m["counts"]["by_sex"]["female"].update(screened=m["counts"]["totals"]["screened"] + 1),
     "by_sex adds up to"),
    (lambda m: m.update(day="2027-01-01"), "after the day it was sent"),
    (lambda m: m.update(sent="2026-12-09T00:00:00Z"), "in the future"),
    (lambda m: m["counts"]["totals"].update(flagged=10**9), "whole number"),
    (lambda m: m.update(name="Jane Doe"), "unexpected field 'name'"),
])
def test_refusals_name_what_is_wrong(change, reason: str) -> None:
    message = {"schema": SCHEMA, "id": "AGG-K1-20261207-1", "kiosk_id": "K1", "poe": "XL-LND-01", "country": "XL",
               "day": "2026-12-07", "revision": 1, "sent": "2026-12-08T00:10:00Z",
               "counts": {"totals": {"screened": 3, "flagged": 1, "referred": 1, "isolated": 0},
                          **{name: {"unknown": {"screened": 3, "flagged": 1, "referred": 1, "isolated": 0}}
                             for name in ("by_protocol", "by_sex", "by_age_band", "by_nationality")}},
               "exercise": {"screened": 0, "flagged": 0, "referred": 0, "isolated": 0}}
    message["counts"]["by_sex"] = {"female": {"screened": 2, "flagged": 1, "referred": 1, "isolated": 0},
                                   "male": {"screened": 1, "flagged": 0, "referred": 0, "isolated": 0}}
    parse_aggregate(json.dumps(message).encode(), received_at=RECEIVED)
    change(message)
    with pytest.raises(AggregateError, match=reason):
        parse_aggregate(json.dumps(message).encode(), received_at=RECEIVED)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hub_url(request, tmp_path: Path) -> str:
    """The hub database on SQLite, and on PostgreSQL when it answers (a loud skip otherwise)."""
    if request.param == "postgres":
        return request.getfixturevalue("postgres_url")
    return f"sqlite:///{tmp_path / 'hub.sqlite'}"


def test_storage_keeps_the_highest_revision_of_a_kiosks_day(hub_url: str) -> None:
    engine = hub_engine(hub_url)

    def row(revision: int, screened: int) -> dict:
        totals = {"screened": screened, "flagged": 0, "referred": 0, "isolated": 0}
        message = {"schema": SCHEMA, "id": f"AGG-K1-20261207-{revision}", "kiosk_id": "K1", "poe": "XL-LND-01",
                   "country": "XL", "day": "2026-12-07", "revision": revision, "sent": "2026-12-08T00:10:00Z",
                   "counts": {"totals": totals, **{n: {"unknown": totals} for n in
                                                   ("by_protocol", "by_sex", "by_age_band", "by_nationality")}},
                   "exercise": dict.fromkeys(MEASURES, 0)}
        return parse_report(json.dumps(message).encode(), RECEIVED).row

    for revisions in ([(1, 10)], [(1, 10), (1, 10)], [(2, 12)], [(1, 10)]):  # a copy, a correction, a late old one
        with engine.begin() as connection:
            store_aggregates(connection, [row(*r) for r in revisions])
    with Session(engine) as session:
        stored = session.execute(select(HubDailyAggregate.revision, HubDailyAggregate.screened)).all()
    assert stored == [(2, 12)]
    engine.dispose()


def test_the_missing_command_lists_silent_points_of_entry_and_exits_1(tmp_path: Path, capsys) -> None:
    from kiosk.cli import main
    from kiosk.hub.registry import enrol_kiosk

    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    engine = hub_engine(url)
    for kiosk, poe in (("K1", "XL-LND-01"), ("K2", "XL-AIR-01")):
        enrol_kiosk(engine, kiosk, "XL", poe)
    totals = {"screened": 4, "flagged": 0, "referred": 0, "isolated": 0}
    message = {"schema": SCHEMA, "id": "AGG-K1-20261207-1", "kiosk_id": "K1", "poe": "XL-LND-01", "country": "XL",
               "day": "2026-12-07", "revision": 1, "sent": "2026-12-08T00:10:00Z",
               "counts": {"totals": totals, **{n: {"unknown": totals} for n in
                                               ("by_protocol", "by_sex", "by_age_band", "by_nationality")}},
               "exercise": dict.fromkeys(MEASURES, 0)}
    with engine.begin() as connection:
        store_aggregates(connection, [parse_report(json.dumps(message).encode(), RECEIVED).row])
    engine.dispose()
    assert main(["hub", "aggregates", "missing", "--day", "2026-12-07", "--db", url]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["day"] == "2026-12-07" and [(m["poe"], m["state"]) for m in out["missing"]] == [("XL-AIR-01", "missing")]
    assert main(["hub", "aggregates", "missing", "--day", "07/12/2026", "--db", url]) == 2
    assert "is not a date YYYY-MM-DD" in capsys.readouterr().err
