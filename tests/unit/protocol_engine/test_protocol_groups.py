"""Protocol groups: an exposure shared by EVD and MVD is attributed to the one whose area the traveller left."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from protocol_cases import ARRIVAL, SITUATION, days_before

from kiosk.datafiles import data_files
from kiosk.errors import DataFileError
from kiosk.protocols import Evaluation, Situation, evaluate, load_catalog, load_protocol
from kiosk.records import parse_record

GN = {"country": "GN", "left": days_before(9)}          # EVD, ongoing
RW = {"country": "RW", "left": days_before(19)}         # MVD, ended 2026-10-01: affected until 2026-11-12
UNKNOWN = "exposure without travel to an affected area: which filovirus is unknown (EVD, MVD)"


def filovirus(result: Evaluation) -> dict[str, str]:
    return {f.protocol: f.status for f in result.flags if f.protocol in ("EVD", "MVD")}


def test_issue_example_flags_ebola_only(ev):
    result = ev(age_years=34, temperature_c=38.4, symptoms=["vomiting"], itinerary=[GN],
                exposures=["direct_care_without_ppe"])
    assert filovirus(result) == {"EVD": "suspected"}
    assert not any(UNKNOWN in f.reasons for f in result.flags)


@pytest.mark.parametrize(("exposure", "status"), [
    ("body_fluid_contact", "contact"), ("close_contact_case", "contact"), ("same_flight_symptomatic", "at_risk")])
def test_exposure_after_travel_to_an_ebola_area_is_not_a_marburg_contact(ev, exposure, status):
    result = ev(itinerary=[GN], exposures=[exposure])
    assert filovirus(result) == {"EVD": status}
    assert result.flag("EVD").reasons[0] == "left Guinea (GN) 9 days before arrival ≤ 21 days"


def test_exposure_after_travel_to_a_marburg_area_is_not_an_ebola_contact(ev):
    result = ev(itinerary=[RW], exposures=["funeral_body_contact"], symptoms=["headache"])
    assert filovirus(result) == {"MVD": "suspected"}
    assert result.alert.event.startswith("Suspected Marburg")


def test_travel_to_both_areas_flags_both_without_ambiguity(ev):
    result = ev(itinerary=[GN, RW], exposures=["lab_exposure"])
    assert filovirus(result) == {"EVD": "contact", "MVD": "contact"}
    assert all(UNKNOWN not in f.reasons for f in result.flags)


@pytest.mark.parametrize("fields", [
    {"exposures": ["household_contact_case"]},
    {"exposures": ["body_fluid_contact"], "temperature_c": 38.0},
    {"exposures": ["same_flight_symptomatic"], "itinerary": [{"country": "FR", "left": days_before(1)}]},
])
def test_exposure_without_travel_flags_every_filovirus_and_says_so(ev, fields):
    result = ev(**fields)
    assert set(filovirus(result)) == {"EVD", "MVD"}
    for code in ("EVD", "MVD"):
        assert result.flag(code).reasons[-1] == UNKNOWN


@pytest.mark.parametrize(("days", "flagged"), [(21, {"EVD"}), (22, {"EVD", "MVD"})])
def test_attribution_follows_the_look_back_boundary(ev, days, flagged):
    """Day 22 is outside EVD's look-back: no travel link, so the exposure is ambiguous again."""
    result = ev(itinerary=[{"country": "GN", "left": days_before(days)}], exposures=["close_contact_case"])
    assert set(filovirus(result)) == flagged
    assert (UNKNOWN in result.flag("EVD").reasons) is (days == 22)


def test_attribution_follows_the_area_window_after_the_last_case(ev):
    """RW stays affected by MVD until 42 days after its last case (2026-10-01)."""
    last_day = dt.date(2026, 10, 1) + dt.timedelta(days=42)
    inside = ev(arrival_date=(last_day + dt.timedelta(days=1)).isoformat(), exposures=["body_fluid_contact"],
                itinerary=[{"country": "RW", "left": last_day.isoformat()}])
    outside = ev(arrival_date=(last_day + dt.timedelta(days=2)).isoformat(), exposures=["body_fluid_contact"],
                 itinerary=[{"country": "RW", "left": (last_day + dt.timedelta(days=1)).isoformat()}])
    assert set(filovirus(inside)) == {"MVD"}
    assert set(filovirus(outside)) == {"EVD", "MVD"}


def test_no_explanation_of_a_not_branch_or_another_protocol_leaks_into_reasons(ev):
    result = ev(age_years=34, temperature_c=38.4, symptoms=["vomiting"], itinerary=[GN, RW],
                exposures=["direct_care_without_ppe"])
    for flag in result.flags:
        assert not any(r.startswith("no stay") or "attributed to" in r for r in flag.reasons), flag.reasons
    assert "Rwanda (RW)" not in " ".join(result.flag("EVD").reasons)
    assert "Guinea (GN)" not in " ".join(result.flag("MVD").reasons)


def test_contact_follow_up_counts_from_leaving_the_area(ev):
    flag = ev(itinerary=[GN], exposures=["close_contact_case"]).flag("EVD")
    assert flag.follow_up_until == ARRIVAL - dt.timedelta(days=9) + dt.timedelta(days=21)


def test_catalog_groups_are_data():
    catalog = load_catalog()
    assert catalog.protocol("EVD").group == catalog.protocol("MVD").group == "filovirus"
    assert [w.code for w in catalog.groups["filovirus"]] == ["EVD", "MVD"]
    assert catalog.protocol("CHOLERA").group is None


def shipped(name: str) -> Path:
    return next(p for p in data_files("protocols") if p.name == name)


def test_a_group_of_one_attributes_without_ambiguity_note():
    catalog = load_catalog([shipped("EVD.yaml")])
    record = parse_record({"arrival_date": ARRIVAL.isoformat(), "exposures": ["body_fluid_contact"]})
    flag = evaluate(record, catalog, Situation.from_data(SITUATION, "s")).flag("EVD")
    assert flag.status == "contact"
    assert flag.reasons == ("contact with the blood or body fluids of a sick person (high-risk exposure)",)


def test_without_group_the_exposure_link_is_no_longer_exclusive(tmp_path):
    """Removing `group` and using exposures_any gives back the old behaviour: a national choice, in data."""
    situation = Situation.from_data(SITUATION, "s")
    paths = []
    for name in ("EVD.yaml", "MVD.yaml"):
        text = shipped(name).read_text(encoding="utf-8").replace("exposures_attributed", "exposures_any")
        text = text.replace("group: filovirus", "")
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    record = parse_record({"arrival_date": ARRIVAL.isoformat(), "itinerary": [GN], "exposures": ["lab_exposure"]})
    assert set(filovirus(evaluate(record, load_catalog(paths), situation))) == {"EVD", "MVD"}


def test_exposures_attributed_needs_a_group(tmp_path):
    text = shipped("EVD.yaml").read_text(encoding="utf-8").replace("group: filovirus", "")
    path = tmp_path / "EVD.yaml"
    path.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith("  exposed:"))
    with pytest.raises(DataFileError) as caught:
        load_protocol(path)
    assert any(p.startswith(f"{path}:{line}: conditions/exposed/exposures_attributed: ") and "needs the protocol's 'group'"
               in p for p in caught.value.problems), caught.value.problems


def test_group_name_is_checked_by_the_schema(tmp_path):
    text = shipped("EVD.yaml").read_text(encoding="utf-8").replace("group: filovirus", "group: Filo Virus")
    path = tmp_path / "EVD.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match="group: 'Filo Virus' does not match"):
        load_protocol(path)
