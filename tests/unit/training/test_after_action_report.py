"""The after-action report: JSON and an A4 PDF that says what the score says (objectives met or not, the
inject answered wrongly and why, strengths, the improvement plan, observer notes on the timeline)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.datafiles import data_files
from kiosk.training.report import read_notes

NOTES = ("+02:10 strength: officer put on PPE before approaching the passenger\n"
         "# a comment\n"
         "[+04:30] improve: the rehydration salts were not at the desk\n"
         "the driver was asked for the passenger list\n")


@pytest.fixture
def wrong_cholera(tmp_path, capsys):
    source = next(p for p in data_files("scenarios") if p.stem == "cholera-bus").read_text(encoding="utf-8")
    scenario = tmp_path / "cholera-wrong.yaml"
    scenario.write_text(source.replace("      disposition: isolate\n", "      disposition: refer\n", 1), encoding="utf-8")
    assert main(["exercise", "run", str(scenario), "--auto", "--db", f"sqlite:///{tmp_path / 'k.sqlite'}"]) == 1
    score = tmp_path / "score.json"
    score.write_text(capsys.readouterr().out, encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    assert main(["exercise", "report", str(score), "--notes", str(notes), "--out", str(tmp_path / "aar")]) == 0
    written = json.loads(capsys.readouterr().out)
    return json.loads(Path(written["json"]).read_text(encoding="utf-8")), written["pdf"]


def test_the_report_json_says_which_objective_failed_and_plans_the_fix(wrong_cholera):
    report, _ = wrong_cholera
    assert report["passed"] is False
    assert [o["met"] for o in report["objectives"] if o["id"] == "dispositions"] == [False]
    assert "inject 1 (cholera-case): disposition isolate, expected refer" in report["areas_for_improvement"]
    assert "the rehydration salts were not at the desk" in report["areas_for_improvement"]
    assert "officer put on PPE before approaching the passenger" in report["strengths"]
    assert any(s.startswith("Objective met: The hub is alerted within 15 minutes") for s in report["strengths"])
    plan = {row["issue"]: row for row in report["improvement_plan"]}
    assert "CHOLERA decision rules" in plan["inject 1 (cholera-case): disposition isolate, expected refer"]["corrective_action"]
    assert plan["the rehydration salts were not at the desk"]["responsible"] == "Exercise director"
    observed = [a for a in report["timeline"] if a["kind"] == "observer"]
    assert [a["at_s"] for a in observed] == [130, 270]  # the untimed note is in the notes, not the timeline
    assert [a["at_s"] for a in report["timeline"]] == sorted(a["at_s"] for a in report["timeline"])


def test_the_pdf_shows_the_same_and_every_page_says_exercise(wrong_cholera, tmp_path):
    _, pdf = wrong_cholera
    assert shutil.which("pdftotext") and shutil.which("pdftoppm"), "poppler-utils is required"
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    pages = text.split("\f")
    assert all("EXERCISE — NOT REAL" in page for page in pages if page.strip())
    flat = " ".join(text.split())
    for expected in ("Result: NOT PASSED — 50.0 %", "disposition isolate, expected refer", "Improvement plan",
                     "Strengths", "Areas for improvement", "the rehydration salts were not at the desk",
                     "observer: officer put on PPE", "Officers", "auto-officer-1 2 1 50 %"):
        assert expected in flat, expected
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", pdf, str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 10_000


def test_observer_notes_are_read_with_their_time_and_kind(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    assert read_notes(path) == [
        {"at_s": 130, "kind": "strength", "text": "officer put on PPE before approaching the passenger"},
        {"at_s": 270, "kind": "improve", "text": "the rehydration salts were not at the desk"},
        {"at_s": None, "kind": "observation", "text": "the driver was asked for the passenger list"},
    ]


def test_run_with_report_writes_both_files(tmp_path, capsys):
    assert main(["exercise", "run", "measles-flight", "--auto", "--db", f"sqlite:///{tmp_path / 'k.sqlite'}",
                 "--report", str(tmp_path / "out")]) == 0
    score = json.loads(capsys.readouterr().out)
    assert set(score["report"]) == {"json", "pdf"}
    assert Path(score["report"]["pdf"]).read_bytes()[:5] == b"%PDF-"


def test_a_file_that_is_not_a_score_is_refused(tmp_path, capsys):
    path = tmp_path / "x.json"
    path.write_text('{"a": 1}', encoding="utf-8")
    assert main(["exercise", "report", str(path), "--out", str(tmp_path)]) == 2
    assert "is not an exercise score" in capsys.readouterr().err
