"""Random valid records never crash the evaluator and always get a known disposition."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st
from protocol_cases import SITUATION

from kiosk.protocols import DISPOSITIONS, Situation, disposition_rank, evaluate, load_catalog
from kiosk.records import EXPOSURES, SYMPTOMS, parse_record

CATALOG = load_catalog()
SITUATIONS = (Situation.from_data(SITUATION, "test"), Situation.from_data(
    {"version": "empty", "issued": "2026-01-01", "events": []}, "empty"))
ARRIVAL = dt.date(2026, 11, 29)
COUNTRIES = ["GN", "RW", "HT", "CN", "NG", "BR", "AF", "PK", "FR", "US"]

dates_before = st.one_of(st.integers(0, 30), st.integers(0, 4000)).map(  # recent stays often
    lambda n: (ARRIVAL - dt.timedelta(days=n)).isoformat())
records = st.fixed_dictionaries(
    {"arrival_date": st.just(ARRIVAL.isoformat())},
    optional={
        "age_years": st.floats(0, 130, allow_nan=False),
        "temperature_c": st.floats(30, 45, allow_nan=False),
        "fever_reported": st.booleans(),
        "symptoms": st.lists(st.sampled_from(SYMPTOMS), max_size=6, unique=True),
        "exposures": st.lists(st.sampled_from(EXPOSURES), max_size=4, unique=True),
        "itinerary": st.lists(st.fixed_dictionaries({"country": st.sampled_from(COUNTRIES), "left": dates_before}),
                              max_size=4),
        "vaccinations": st.lists(st.fixed_dictionaries(
            {"vaccine": st.sampled_from(["yellow_fever", "polio"]), "date": dates_before}), max_size=3),
    },
)


@settings(max_examples=300, deadline=None)
@given(records, st.sampled_from(SITUATIONS), st.integers(0, 30))
def test_random_records_always_get_a_disposition(data, situation, later):
    result = evaluate(parse_record(data), CATALOG, situation, ARRIVAL + dt.timedelta(days=later))
    assert result.disposition in DISPOSITIONS
    assert all(f.disposition in DISPOSITIONS and f.reasons for f in result.flags)
    ranks = [disposition_rank(f.disposition) for f in result.flags]
    assert ranks == sorted(ranks, reverse=True)
    assert result.disposition == (result.flags[0].disposition if result.flags else "clear")
    assert (result.alert is None) == all(f.alert is None for f in result.flags)
    json.dumps(result.to_json(full=True))
    if parse_record(data).has_fever:
        assert result.disposition in ("refer", "isolate")


@settings(max_examples=200, deadline=None)
@given(records, st.sampled_from(SITUATIONS))
def test_reasons_are_plain_language_in_every_language(data, situation):
    result = evaluate(parse_record(data), CATALOG, situation)
    for flag in result.flags:
        for language in ("en", "fr", "pt", "ar"):
            for text in flag.reasons_in(language):
                assert text and "_" not in text and "{" not in text, (flag.protocol, text)
        # no explanation of a `not` branch, nor another protocol's attribution, in a flag
        assert not {"no_travel", "exposure_elsewhere"} & {r.key for r in flag.reason_items}


@settings(max_examples=200, deadline=None)
@given(records, st.sampled_from(SITUATIONS))
def test_a_filovirus_linked_by_travel_excludes_one_linked_by_exposure_only(data, situation):
    result = evaluate(parse_record(data), CATALOG, situation)
    flags = [f for f in result.flags if f.protocol in ("EVD", "MVD")]
    by_travel = {f.protocol for f in flags if any(r.key == "travel" for r in f.reason_items)}
    if by_travel:
        assert {f.protocol for f in flags} == by_travel
