"""``poe-kiosk evaluate`` end to end (subprocess) and ``poe-kiosk validate`` (in process)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from kiosk.cli import main
from kiosk.core_commands import KINDS, Kind, register_kind, validate_file

EXAMPLE = {
    "arrival_date": "2026-11-29", "age_years": 34, "temperature_c": 38.4, "fever_reported": False,
    "symptoms": ["vomiting"], "symptom_onset": "2026-11-27",
    "itinerary": [{"country": "GN", "left": "2026-11-20"}],
    "exposures": ["direct_care_without_ppe"],
    "vaccinations": [{"vaccine": "yellow_fever", "date": "2015-03-02"}],
}


def poe(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], input=stdin, capture_output=True, timeout=60)


def test_evaluate_issue_example_from_stdin():
    run = poe("evaluate", stdin=json.dumps(EXAMPLE).encode())
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["disposition"] == "isolate"
    assert out["alert"] == {"urgency": "Immediate", "severity": "Severe"}
    evd = out["flags"][0]
    assert (evd["protocol"], evd["status"], evd["follow_up_until"]) == ("EVD", "suspected", "2026-12-11")
    assert evd["reasons"] == ["38.4 °C ≥ 38.0 °C", "vomiting", "left Guinea (GN) 9 days before arrival ≤ 21 days",
                              "direct care of a patient without protective equipment (high-risk exposure)"]
    assert [f["protocol"] for f in out["flags"]] == ["EVD"]  # no "Marburg in Guinea"
    assert out["situation_version"] == "2026-11-29.1" and "EVD=" in out["protocols_version"]


def test_evaluate_exposure_only_traveller_from_an_ebola_area_is_no_marburg_contact(monkeypatch, capsys):
    record = {"arrival_date": "2026-11-29", "itinerary": [{"country": "GN", "left": "2026-11-25"}],
              "exposures": ["household_contact_case"]}
    code, out, _ = in_process(monkeypatch, capsys, "evaluate", stdin=json.dumps(record).encode())
    flags = json.loads(out)["flags"]
    assert code == 0
    assert [(f["protocol"], f["status"]) for f in flags] == [("EVD", "contact")]
    assert flags[0]["reasons"] == ["left Guinea (GN) 4 days before arrival ≤ 21 days",
                                   "lived in the same household as a case (high-risk exposure)"]


def test_evaluate_file_with_situation_and_as_of(monkeypatch, capsys, tmp_path):
    record = tmp_path / "record.json"
    record.write_text(json.dumps({"arrival_date": "2026-11-29", "age_years": 30,
                                  "itinerary": [{"country": "NG", "left": "2026-11-27"}],
                                  "vaccinations": [{"vaccine": "yellow_fever", "date": "2026-11-25"}]}))
    situation = tmp_path / "situation.yaml"
    situation.write_text('version: "local.7"\nissued: 2026-11-01\nevents: []\n'
                         "certificates:\n  yellow_fever: {required_from: [NG], min_age_years: 1}\n")
    first = json.loads(poe("evaluate", str(record), "--situation", str(situation)).stdout)
    assert first["disposition"] == "vaccinate" and first["situation_version"] == "local.7"
    code, out, _ = in_process(monkeypatch, capsys, "evaluate", str(record), "--situation", str(situation),
                              "--as-of", "2026-12-05")
    later = json.loads(out)
    assert code == 0
    assert later["disposition"] == "clear" and later["flags"] == [] and later["alert"] is None


BAD_INPUTS = [
    (b'{"arrival_date": "2026-11-29", "symptoms": ["sneezing"]}', "symptoms[0]", "valid codes: abdominal_pain"),
    (b'{"arrival_date": "2026-11-29", "exposures": ["hug"]}', "exposures[0]", "valid codes:"),
    (b'{"arrival_date": "2026-11-29", "temperature_c": 45.1}', "temperature_c", "outside 30"),
    (b'{"arrival_date": "2026-11-29", "temperature_c": 29.9}', "temperature_c", "outside 30"),
    (b'{"arrival_date": "29/11/2026"}', "arrival_date", "YYYY-MM-DD"),
    (b'{"arrival_date": "2026-11-29", "itinerary": [{"country": "GN", "left": "2026-11-30"}]}',
     "itinerary[0].left", "after arrival_date"),
    (b'{"arrival_date": "2026-11-29", "itinerary": [{"country": "XX", "left": "2026-11-20"}]}',
     "itinerary[0].country", "ISO 3166-1"),
    (b'{"arrival_date": "2026-11-29",', "record", "not valid JSON"),
    (b"[1, 2]", "record", "JSON object"),
    (b"", "record", "not valid JSON"),
    (b"\xff\xfe\x00garbage", "record", "not valid JSON"),
    (b"[" * 100_000, "record", "not valid JSON"),
    (b'{"arrival_date": "2026-11-29", "note": "' + b"x" * 1_000_001 + b'"}', "record", "larger than 1 MB"),
]


def in_process(monkeypatch, capsys, *args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    """Run poe-kiosk in this process (the subprocess start-up costs seconds), with ``stdin`` as bytes."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_refused(code: int, out: str, err: str, field: str, hint: str) -> None:
    assert code == 2, err
    assert out == ""
    assert "Traceback" not in err
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith(f"poe-kiosk evaluate: {field}: ") and hint in err


@pytest.mark.parametrize(("stdin", "field", "hint"), BAD_INPUTS, ids=[f"{i}-{b[2]}" for i, b in enumerate(BAD_INPUTS)])
def test_evaluate_bad_input_exits_2_with_one_line_naming_the_field(monkeypatch, capsys, stdin, field, hint):
    assert_refused(*in_process(monkeypatch, capsys, "evaluate", "-", stdin=stdin), field, hint)


@pytest.mark.parametrize(("stdin", "field", "hint"), [BAD_INPUTS[0], BAD_INPUTS[7]], ids=["unknown-code", "malformed"])
def test_evaluate_bad_input_in_a_real_process(stdin, field, hint):
    run = poe("evaluate", stdin=stdin)
    assert_refused(run.returncode, run.stdout.decode(), run.stderr.decode(), field, hint)


@pytest.mark.parametrize(("args", "field"), [
    (["--as-of", "tomorrow"], "--as-of"),
    (["/nonexistent/record.json"], "FILE"),
])
def test_evaluate_bad_arguments(monkeypatch, capsys, args, field):
    code, out, err = in_process(monkeypatch, capsys, "evaluate", *args, stdin=b'{"arrival_date": "2026-11-29"}')
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"{field}: " in err


def test_evaluate_bad_situation_file_names_its_line(monkeypatch, capsys, tmp_path):
    situation = tmp_path / "s.yaml"
    situation.write_text('version: "1"\nissued: 2026-11-01\nevents:\n  - {protocol: EVD, areas: [QQ], since: 2026-01-01}\n')
    code, _, err = in_process(monkeypatch, capsys, "evaluate", "--situation", str(situation),
                              stdin=b'{"arrival_date": "2026-11-29"}')
    assert code == 2 and f"{situation}:4: events/0/areas/0" in err


def test_evaluate_refuses_a_situation_naming_an_unknown_protocol(monkeypatch, capsys, tmp_path):
    situation = tmp_path / "s.yaml"
    situation.write_text('version: "1"\nissued: 2026-11-01\nevents:\n  - {protocol: EBOLA, areas: [GN], since: 2026-01-01}\n')
    code, _, err = in_process(monkeypatch, capsys, "evaluate", "--situation", str(situation),
                              stdin=b'{"arrival_date": "2026-11-29"}')
    assert code == 2 and f"{situation}:4: events/0/protocol: unknown protocol 'EBOLA'" in err


# ---------------------------------------------------------------------------------------------- validate


def test_validate_all_shipped_files(capsys):
    assert main(["validate"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].endswith("valid")
    assert int(out[0].split()[0]) >= 10  # 9 protocols and the demo situation at least


def test_validate_reports_file_line_message_and_exits_1(tmp_path, capsys):
    good = tmp_path / "good.yaml"
    good.write_text('version: "1"\nissued: 2026-11-01\nevents: []\n')
    bad = tmp_path / "bad.yaml"
    bad.write_text('version: "1"\nissued: 2026-11-01\nevents:\n  - protocol: EVD\n    areas: [GN]\n'
                   "    since: 2026-01-01\n    ended: 2025-01-01\n")
    assert main(["validate", str(good), str(bad)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == f"{bad}:7: events/0/ended: 2025-01-01 is before since 2026-01-01"
    assert lines[-1] == "1 problem in 1 of 2 files"


def test_validate_refuses_situation_events_naming_unknown_protocols(tmp_path, capsys):
    situation = tmp_path / "situation.yaml"
    situation.write_text('version: "1"\nissued: 2026-11-01\nevents:\n'
                         "  - {protocol: EVD, areas: [GN], since: 2026-01-01}\n"
                         "  - {protocol: ZIKA, areas: [BR], since: 2026-01-01}\n")
    assert main(["validate", str(situation)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith(f"{situation}:5: events/1/protocol: unknown protocol 'ZIKA'; known: CHOLERA, EVD, ")
    assert lines[-1].startswith("1 problem in 1 of 1 file")


def test_validate_detects_protocols_and_checks_their_meaning(tmp_path, capsys):
    protocol = tmp_path / "X.yaml"
    protocol.write_text(
        'code: XX\nversion: "1"\nname: {en: X, fr: X, pt: X, ar: X}\nsources: [{title: t, url: "https://x.org"}]\n'
        'fever_threshold_c: 38\nihr: {notifiable: "no"}\nrules:\n'
        "  - {status: suspected, when: {symptoms_any: [itching]}, disposition: refer, actions: [refer]}\n")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{protocol}:8: rules/0/when/symptoms_any/0: unknown symptom 'itching'" in out


def test_validate_unknown_kind_and_undetectable_file(tmp_path, capsys):
    odd = tmp_path / "odd.yaml"
    odd.write_text("hello: world\n")
    assert main(["validate", str(odd)]) == 1
    assert f"{odd}:1: cannot tell what kind of data file this is" in capsys.readouterr().out
    assert main(["validate", "--kind", "nope", str(odd)]) == 2
    assert "--kind: unknown kind 'nope'" in capsys.readouterr().err


def test_validate_with_forced_kind(tmp_path, capsys):
    odd = tmp_path / "odd.yaml"
    odd.write_text("hello: world\n")
    assert main(["validate", "--kind", "situation", str(odd)]) == 1
    assert f"{odd}:1: (top level): 'version' is a required property" in capsys.readouterr().out


def test_other_areas_register_a_kind_with_one_line(tmp_path):
    schema_package = "protocols"  # any package shipping a schema works; reuse the situation schema
    register_kind(Kind("drill", f"{schema_package}/situation.schema.json", "kiosk.no_such_module:load",
                       lambda data: isinstance(data, dict) and "drill" in data))
    try:
        drill = tmp_path / "drill.yaml"
        drill.write_text("drill: yes\n")
        problems = validate_file(drill)
        assert problems and problems[0].startswith(f"{drill}:1: (top level): Additional properties")
    finally:
        del KINDS["drill"]


def test_sop_kind_is_registered():
    assert KINDS["sop"].schema == "sops/sop.schema.json" and KINDS["sop"].loader == "kiosk.sop:load_sop"
