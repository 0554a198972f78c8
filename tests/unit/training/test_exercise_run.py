"""``poe-kiosk exercise run SCENARIO --auto``: every shipped scenario passes its own run with a full score;
a scenario with a wrong expected outcome fails with a score naming the inject and why; everything the
run writes is exercise data (the kiosk's real situation and real counts are untouched)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from kiosk.cli import main
from kiosk.datafiles import data_files
from kiosk.store import Store
from kiosk.store import models as m

SHIPPED = sorted(path.stem for path in data_files("scenarios"))


def run(capsys, *args: str) -> tuple[int, dict]:
    status = main(["exercise", "run", *args])
    return status, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("scenario", SHIPPED)
def test_every_shipped_scenario_passes_its_own_auto_run_with_a_full_score(scenario, capsys, tmp_path):
    status, score = run(capsys, scenario, "--auto", "--db", f"sqlite:///{tmp_path / 'k.sqlite'}")
    assert score["reasons"] == []
    assert (status, score["passed"], score["score_percent"]) == (0, True, 100.0)
    assert all(objective["met"] for objective in score["objectives"])
    assert score["injects"] and all(i["passed"] for i in score["injects"] if not i["skipped"])


def test_everything_the_run_writes_is_exercise_data(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'k.sqlite'}"
    status, score = run(capsys, "hub-link-lost", "--auto", "--db", url)
    assert status == 0
    store = Store(url)
    try:
        with store.reading() as session:
            encounters = session.scalars(select(m.Encounter)).all()
            outbox = session.scalars(select(m.OutboxMessage)).all()
            exercises = session.scalars(select(m.Exercise)).all()
    finally:
        store.close()
    secondaries = [e for e in encounters if e.stage == "secondary"]
    assert len(encounters) == len(score["injects"]) + len(secondaries)
    assert len(secondaries) == 2  # the Marburg case and the traveller at risk after the bundle
    assert all(e.parent_id and e.status == "completed" for e in secondaries)
    assert {(e.mode, e.exercise_id) for e in encounters} == {("exercise", score["exercise_id"])}
    assert len(outbox) == 1
    assert outbox[0].mode == "exercise" and "/alerts/exercise" in outbox[0].topic
    assert b"<status>Exercise</status>" in outbox[0].payload
    assert f"<note>EXERCISE {score['exercise_id']}</note>".encode() in outbox[0].payload
    assert outbox[0].properties["user"]["exercise-id"] == score["exercise_id"]
    assert [(x.id, x.ended_at is not None) for x in exercises] == [(score["exercise_id"], True)]


def test_the_timeline_shows_the_outage_holding_the_alert_and_the_printer_failing(capsys, tmp_path):
    _, score = run(capsys, "hub-link-lost", "--auto", "--db", f"sqlite:///{tmp_path / 'k.sqlite'}")
    texts = [action["text"] for action in score["timeline"]]
    assert any("hub link down for 20 min" in text for text in texts)
    assert any("alert queued for the hub (CAP Exercise); hub link down, held in the outbox until +25 min" in t
               for t in texts)
    assert any("referral slip not printed (printer down)" in text for text in texts)
    assert "inject 1 (mvd-febrile): sent to secondary screening" in texts
    first = next(i for i in score["injects"] if i["id"] == "mvd-febrile")
    assert (first["time_to_alert_s"], first["alert_delivered_after_s"]) == (300.0, 1080.0)


def _scenario_with(tmp_path, name: str, old: str, new: str):
    path = next(p for p in data_files("scenarios") if p.stem == name)
    text = path.read_text(encoding="utf-8")
    assert old in text
    changed = tmp_path / f"{name}-changed.yaml"
    changed.write_text(text.replace(old, new, 1), encoding="utf-8")
    return str(changed)


def test_a_wrong_expected_outcome_fails_naming_the_inject_and_why(capsys, tmp_path):
    scenario = _scenario_with(tmp_path, "cholera-bus", "      disposition: isolate\n", "      disposition: refer\n")
    status, score = run(capsys, scenario, "--auto", "--db", f"sqlite:///{tmp_path / 'k.sqlite'}")
    assert status == 1 and score["passed"] is False
    assert "inject 1 (cholera-case): disposition isolate, expected refer" in score["reasons"]
    assert "objective dispositions not met: correct dispositions 50 %, needed ≥ 100 %" in score["reasons"]
    assert score["score_percent"] == 50.0
    cholera = score["injects"][0]
    assert (cholera["correct_disposition"], cholera["passed"]) == (False, False)


@pytest.mark.parametrize(("old", "new", "reason"), [
    ("expected: {disposition: clear, flags: [], alert: false, steps: [quick_check]}",
     "expected: {disposition: clear, flags: [], alert: false, steps: [quick_check, travel]}",
     "inject 1 (well-driver): SOP step travel skipped"),
    ("      flags: [{protocol: EVD, status: suspected}]\n", "      flags: [{protocol: EVD, status: contact}]\n",
     "inject 2 (evd-febrile): flag EVD/contact missed"),
    ("      flags: [{protocol: EVD, status: at_risk}]\n", "      flags: []\n",
     "inject 3 (well-trader): flag EVD/at_risk raised, not expected"),
    ("      alert: true\n", "      alert: false\n", "inject 2 (evd-febrile): alert sent, none expected"),
    ("      recorded: [traveller.document_number, conveyance.vehicle]\n", "      recorded: [conveyance.seat]\n",
     "inject 2 (evd-febrile): conveyance.seat not recorded"),
    ("    decide_after: 300\n", "    decide_after: 700\n",
     "objective decision-time not met: longest time to decision 760 s, needed ≤ 600 s"),  # inject 3 waited
])
def test_each_kind_of_shortfall_is_named(capsys, tmp_path, old, new, reason):
    scenario = _scenario_with(tmp_path, "ebola-land-crossing", old, new)
    status, score = run(capsys, scenario, "--auto", "--db", f"sqlite:///{tmp_path / 'k.sqlite'}")
    assert status == 1
    assert reason in score["reasons"]


def test_the_next_traveller_goes_to_the_officer_free_first_and_officers_are_scored_apart(capsys, tmp_path):
    _, score = run(capsys, "ebola-land-crossing", "--auto", "--officer", "A1", "--officer", "B2",
                   "--db", f"sqlite:///{tmp_path / 'k.sqlite'}")
    assert [i["officer"] for i in score["injects"]] == ["A1", "A1", "B2"]  # A1 is busy with the Ebola case
    assert score["injects"][2]["time_to_decision_s"] == 120.0  # no wait at B2's desk
    assert (score["officers"]["A1"]["injects"], score["officers"]["B2"]["injects"]) == (2, 1)
    assert score["officers"]["A1"]["time_to_alert_s"] == 300.0


def test_without_auto_the_run_is_refused_in_one_line(capsys):
    assert main(["exercise", "run", "cholera-bus"]) == 2
    assert "use --auto" in capsys.readouterr().err


def test_answers_are_derived_from_the_record_for_every_kind_of_binding(shipped_rules, clock):
    from kiosk.sop import load_sop
    from kiosk.training.answers import RulesReader, answer_for

    record = {"arrival_date": "2026-11-29", "temperature_c": 38.2, "symptoms": ["fever", "cough"],
              "exposures": ["funeral_body_contact"], "itinerary": [{"country": "GN", "left": "2026-11-27"}],
              "vaccinations": [{"vaccine": "yellow_fever", "date": "2015-03-12", "evidence": "paper"},
                               {"vaccine": "polio", "date": "2026-01-10", "evidence": "digital"}],
              "conveyance": {"type": "air", "seat": "14C"}}
    reader = RulesReader(shipped_rules, clock)

    def answers(sop_id, given=None):
        sop = load_sop(sop_id)
        out = {f.id: answer_for(f, step, record, reader, given) for step in sop.steps for f in step.fields}
        return {k: v for k, v in out.items() if v is not None}

    primary = answers("primary")
    assert (primary["temperature"], primary["symptoms"], primary["seat"]) == (38.2, ["fever", "cough"], "14C")
    assert set(primary["red_flags"]) >= {"feels_unwell", "listed_country", "contact_sick"}  # GN: demo EVD area
    assert (primary["yf_paper_certificate"], primary["yf_paper_date"]) == (True, "2015-03-12")  # read, not scanned
    assert [v["vaccine"] for v in primary["vaccination_certificate"]["vaccinations"]] == ["polio"]
    secondary = answers("secondary")
    assert (secondary["exp_funeral"], secondary["exp_lab"], secondary["fever_reported"]) == (True, False, True)
    assert (secondary["yf_certificate"], secondary["yf_date"], secondary["polio_certificate"]) == ("shown", "2015-03-12", "shown")
    assert "fever" not in secondary["symptoms"]  # asked apart in secondary
    assert answers("primary", {"officer_concern": True})["officer_concern"] is True


def _player(tmp_path, scenario_id: str):
    from kiosk.auth import OfficerInfo
    from kiosk.screening import SiteInfo
    from kiosk.training.play import ExercisePlayer
    from kiosk.training.scenario import load_scenario

    scenario = load_scenario(scenario_id)
    store = Store(f"sqlite:///{tmp_path / 'k.sqlite'}")
    site = SiteInfo("XL-EX-01", "Exercise site", scenario.site_kind or "airport", "XL")
    return ExercisePlayer(scenario, store, site=site, kiosk_id="XL-EX-01-K1",
                          trainer=OfficerInfo("trainer", "Exercise trainer", "trainer")), store


def test_auto_runs_scan_the_documents_through_the_windows_merge_rules(tmp_path):
    """The passport, boarding pass and certificates are parsed and verified by the kiosk's parsers and put
    through ``ScreeningSession.apply_document``: what they fill is what a scan at the window fills."""
    from kiosk.training.scoring import score

    player, store = _player(tmp_path, "yellow-fever-airport")
    try:
        played = player.play_auto()
    finally:
        store.close()
    assert score(played).passed
    assert player.scans["yf-valid"] == [("travel_document", "mrz", "applied"),
                                        ("vaccination_certificate", "icvp", "applied"),
                                        ("boarding_pass", "bcbp", "applied")]  # shown once the conveyance is air
    assert ("vaccination_certificate", "shc", "applied") in player.scans["yf-not-yet-valid"]
    valid = next(o for o in played.outcomes if o.inject.id == "yf-valid")
    assert valid.record["vaccinations"] == [{"vaccine": "yellow_fever", "date": "2019-05-02", "evidence": "digital"}]
    assert valid.record["traveller"]["document_number"] == "A07733218"  # from the MRZ
    assert valid.record["conveyance"]["seat"] == "21C"  # from the boarding pass


def test_a_certificate_the_kiosk_cannot_verify_fills_nothing_and_the_score_says_which_inject(tmp_path):
    """Without the scenario's signer on the trust list the certificates are "not verified" (the merge rules
    fill nothing from them), so the valid certificate is treated as not shown: the score names the inject."""
    from kiosk.documents.trust import TrustStore
    from kiosk.training.scoring import score

    player, store = _player(tmp_path, "yellow-fever-airport")
    player.trust = TrustStore()
    try:
        result = score(player.play_auto())
    finally:
        store.close()
    assert ("vaccination_certificate", "icvp", "not_usable") in player.scans["yf-valid"]
    assert not result.passed
    assert any(reason.startswith("inject 1 (yf-valid): disposition ") and reason.endswith(", expected clear")
               for reason in result.reasons), result.reasons
