"""``poe-kiosk screening run``: the window's flows headless (fast lane, Ebola to isolation, yellow fever
to vaccinate, an override), several travellers in a row, and refusals that store nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.cli import main
from kiosk.store import Store
from kiosk.store import models as m

AT = "2026-11-29T10:00:00Z"
LAND = {"conveyance": {"type": "land"}}
FAST_LANE = {"record": {"temperature_c": 36.6, **LAND}}
EBOLA = {"record": {"temperature_c": 38.6, "symptoms": ["fever", "headache"], "symptom_onset": "2026-11-22",
                    "itinerary": [{"country": "GN", "left": "2026-11-22"}], "exposures": ["body_fluid_contact"],
                    **LAND}, "language": "ar"}
YELLOW_FEVER = {"record": {"temperature_c": 36.6, "age_years": 30,
                           "itinerary": [{"country": "NG", "left": "2026-11-22"}], **LAND}}
OVERRIDE = {**YELLOW_FEVER, "decision": {"disposition": "refer",
                                         "override_reason": "Traveller reports a fainting episode on the bus"}}


def screen(tmp_path: Path, capsys, travellers, *options: str) -> tuple[int, object, str]:
    source = tmp_path / "travellers.json"
    source.write_text(json.dumps(travellers))
    status = main(["screening", "run", str(source), "--db", f"sqlite:///{tmp_path / 'kiosk.sqlite'}",
                   "--at", AT, *options])
    out, err = capsys.readouterr()
    return status, json.loads(out) if out.strip() else None, err


def encounters(tmp_path: Path) -> int:
    store = Store(f"sqlite:///{tmp_path / 'kiosk.sqlite'}")
    try:
        with store.reading() as session:
            return session.scalar(select(func.count()).select_from(m.Encounter))
    finally:
        store.close()


def test_fast_lane(tmp_path, capsys):
    status, out, _ = screen(tmp_path, capsys, FAST_LANE, "--complete")
    assert status == 0
    assert out["pages"] == ["quick_check"]
    assert (out["disposition"], out["recommended"], out["leading"], out["flags"]) == ("clear", "clear", None, [])
    assert (out["referral"], out["alerts"], out["slip"], out["warnings"]) == (None, [], None, [])
    assert out["encounter"]["leading_protocol"] is None


def test_ebola_to_isolation(tmp_path, capsys):
    status, out, _ = screen(tmp_path, capsys, EBOLA, "--complete")
    assert status == 0
    assert out["pages"] == ["quick_check", "symptoms", "travel", "exposures", "documents"]
    assert (out["disposition"], out["recommended"]) == ("isolate", "isolate")
    assert out["leading"] == {"protocol": "EVD", "status": "suspected"}
    assert out["flags"][0]["actions"] == ["isolate", "notify"]
    assert out["encounter"]["leading_protocol"] == out["referral"]["protocol"] == out["slip"]["protocol"] == "EVD"
    assert out["slip"]["qr_claims"]["protocol"] == "EVD"
    notice, update = out["alerts"]  # the early notice, then the decision as its Update
    assert [(a["msg_type"], a["certainty"], a["protocol"], a["status"]) for a in out["alerts"]] == \
        [("Alert", "Possible", "EVD", "Actual"), ("Update", "Possible", "EVD", "Actual")]
    assert notice["references"] == [] and [ref.split(",")[1] for ref in update["references"]] == [notice["identifier"]]


def test_yellow_fever_to_vaccinate(tmp_path, capsys):
    status, out, _ = screen(tmp_path, capsys, YELLOW_FEVER, "--complete")
    assert status == 0
    assert (out["disposition"], out["leading"]["protocol"], out["referral"]) == ("vaccinate", "YF", None)
    assert out["pages"] == ["quick_check", "travel", "exposures", "documents"]


def test_override_is_recorded_and_audited(tmp_path, capsys):
    status, out, _ = screen(tmp_path, capsys, OVERRIDE, "--complete")
    assert status == 0
    assert (out["disposition"], out["recommended"], out["referral"]["protocol"]) == ("refer", "vaccinate", "YF")
    store = Store(f"sqlite:///{tmp_path / 'kiosk.sqlite'}")
    with store.reading() as session:
        [event] = session.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "decision.override")).all()
    store.close()
    assert event.detail["reason"] == "Traveller reports a fainting episode on the bus"


MRZ = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
YELLOW_FEVER_ERIKSSON = {"record": {**YELLOW_FEVER["record"], "age_years": 52}, "scans": [MRZ]}
"""Born 1974-08-12 (the MRZ): 52 at arrival, as the age must say (a contradiction is refused)."""


def test_scans_are_merged_by_the_window_rules(tmp_path, capsys):
    status, out, _ = screen(tmp_path, capsys, [YELLOW_FEVER_ERIKSSON, {**FAST_LANE, "scans": [MRZ]}],
                            "--complete")
    assert status == 0
    assert out[0]["documents"] == [{"kind": "mrz", "verified": False, "usable": True, "applied": True,
                                    "used_by_protocols": False}]
    assert out[1]["documents"][0]["applied"] is False  # the fast lane never reaches the documents page
    store = Store(f"sqlite:///{tmp_path / 'kiosk.sqlite'}")
    with store.reading() as session:
        encounter = session.get(m.Encounter, out[0]["encounter"]["id"])
        surname = encounter.record["traveller"]["surname"]
    store.close()
    assert surname == "ERIKSSON"


def test_an_array_is_several_travellers_in_a_row(tmp_path, capsys):
    status, out, _ = screen(tmp_path, capsys, [EBOLA, FAST_LANE, YELLOW_FEVER], "--complete")
    assert status == 0
    assert [o["disposition"] for o in out] == ["isolate", "clear", "vaccinate"]
    assert out[1]["flags"] == [] and out[1]["documents"] == []  # nothing carried from the traveller before
    assert encounters(tmp_path) == 3


def test_without_complete_the_decision_is_not_recorded(tmp_path, capsys):
    status, out, _ = screen(tmp_path, capsys, EBOLA)
    assert status == 0
    assert out["recommended"] == "isolate" and "encounter" not in out and "referral" not in out
    assert out["warnings"] == []
    # the draft is saved as the window saves it, so the early notice has gone, and only it
    assert [(a["msg_type"], a["certainty"]) for a in out["alerts"]] == [("Alert", "Possible")]


def test_the_same_passport_again_warns_with_the_earlier_decision(tmp_path, capsys):
    first, again = {**EBOLA, "scans": [MRZ]}, YELLOW_FEVER_ERIKSSON
    status, out, _ = screen(tmp_path, capsys, [first, again, YELLOW_FEVER], "--complete")
    assert status == 0
    assert out[0]["documents"][0]["applied"] and out[1]["documents"][0]["applied"]
    assert [o["warnings"] for o in out] == [[], ["screened 0 min ago at this kiosk: isolate"], []]
    status, out, _ = screen(tmp_path, capsys, again, "--complete", "--at", "2026-11-29T10:09:00Z")
    assert out["warnings"] == ["screened 9 min ago at this kiosk: vaccinate",
                               "screened 9 min ago at this kiosk: isolate"]


@pytest.mark.parametrize(("traveller", "named"), [
    ({"record": {"temperature_c": 36.6, "symptoms": ["sneezing_fits"], **LAND}}, "[1].record.symptoms[0]"),
    ({**YELLOW_FEVER, "decision": {"disposition": "refer"}}, "[1].decision.override_reason"),
    ({**YELLOW_FEVER, "decision": {"disposition": "quarantine", "override_reason": "long enough"}},
     "[1].decision.disposition"),
    ({**FAST_LANE, "answers": {"temperature": 61}}, "[1].answers.temperature"),
    ({**FAST_LANE, "answers": {"no_such_question": 1}}, "[1].answers.no_such_question"),
    ({**FAST_LANE, "language": "xx"}, "[1].language"),
    ({**FAST_LANE, "colour": "blue"}, "[1].colour"),
    ({"record": {"temperature_c": 38.6, "symptoms": ["headache"], "symptom_onset": "2026-12-01", **LAND}},
     "[1].record.symptom_onset"),  # after the arrival: an invalid value, unlike one not given
    ({**FAST_LANE, "record": {"temperature_c": 61}}, "[1].record.temperature_c"),
    ({**YELLOW_FEVER, "scans": [MRZ]},  # age 30, but the passport says born 1974
     "[1].record.age_years, record.traveller.birth_date"),
])
def test_refusals_name_the_field_and_store_nothing(tmp_path, capsys, traveller, named):
    status, out, err = screen(tmp_path, capsys, [FAST_LANE, traveller], "--complete")
    assert (status, out) == (2, None)
    assert err.count("\n") == 1 and err.startswith(f"poe-kiosk screening: {named}: "), err
    assert encounters(tmp_path) == 0


ISSUE_EXAMPLE = {"record": {"arrival_date": "2026-12-07", "temperature_c": 38.5, "symptoms": ["headache"],
                            "itinerary": [{"country": "GN", "left": "2026-11-27"}]},
                 "answers": {}, "language": "ar", "role": "health_officer", "decision": {"disposition": "isolate"}}
ISSUE_SCANS = ["P<UTOERIKSSON<<ANNA<MARIA<<<…", "M1DESMARAIS/LUC …"]
ISSUE_AT = "2026-12-07T10:00:00Z"
NOT_GIVEN = [{"page": "symptoms", "field": "symptom_onset"}, {"page": "documents", "field": "conveyance_type"}]


@pytest.mark.parametrize("scans", [None, ISSUE_SCANS], ids=["without_scans", "with_scans"])
def test_the_issue_example_walks_past_the_questions_it_does_not_answer(tmp_path, capsys, scans):
    traveller = {**ISSUE_EXAMPLE, **({"scans": scans} if scans else {})}
    status, out, err = screen(tmp_path, capsys, traveller, "--at", ISSUE_AT)
    assert (status, err) == (0, "")
    assert out["pages"] == ["quick_check", "symptoms", "travel", "exposures", "documents"]
    assert out["unanswered"] == NOT_GIVEN
    assert (out["disposition"], out["recommended"]) == ("isolate", "isolate")
    assert out["leading"] == {"protocol": "EVD", "status": "suspected"}
    assert [(f["protocol"], f["status"], f["actions"]) for f in out["flags"]] == \
        [("EVD", "suspected", ["isolate", "notify"])]
    assert "encounter" not in out
    assert [(a["msg_type"], a["certainty"]) for a in out["alerts"]] == [("Alert", "Possible")]


def test_the_issue_example_completes_with_the_early_notice_and_its_update(tmp_path, capsys):
    status, out, err = screen(tmp_path, capsys, {**ISSUE_EXAMPLE, "scans": ISSUE_SCANS}, "--complete",
                              "--at", ISSUE_AT)
    assert (status, err) == (0, "")
    assert out["unanswered"] == NOT_GIVEN
    assert out["disposition"] == "isolate"
    assert out["encounter"]["leading_protocol"] == out["referral"]["protocol"] == out["slip"]["protocol"] == "EVD"
    notice, update = out["alerts"]
    assert [(a["msg_type"], a["certainty"], a["protocol"]) for a in out["alerts"]] == \
        [("Alert", "Possible", "EVD"), ("Update", "Possible", "EVD")]
    assert [ref.split(",")[1] for ref in update["references"]] == [notice["identifier"]]
    store = Store(f"sqlite:///{tmp_path / 'kiosk.sqlite'}")
    with store.reading() as session:
        encounter = session.get(m.Encounter, out["encounter"]["id"])
        record, disposition = encounter.record, encounter.disposition
    store.close()
    assert disposition == "isolate"
    assert record["symptoms"] == ["headache"] and not record.get("symptom_onset")  # stored without the answer


def test_an_answered_run_lists_nothing_unanswered(tmp_path, capsys):
    status, out, _ = screen(tmp_path, capsys, EBOLA, "--complete")
    assert (status, out["unanswered"]) == (0, [])
