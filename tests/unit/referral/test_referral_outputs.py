"""Directory loading, printing through a fake lp, the FHIR bundle, the pathway chart and the CLI."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.servicerequest import ServiceRequest
from referral_helpers import EVALUATION, make_record, record, referral

from kiosk.cli import main
from kiosk.errors import DataFileError
from kiosk.referral.chart import render_pathway_chart
from kiosk.referral.directory import demo_directory_path, load_directory
from kiosk.referral.fhir import referral_bundle
from kiosk.referral.printing import FAILED, PRINTED, SAVED, PrintConfig, print_pdf

FHIR_DATA = Path(__file__).parents[2] / "data" / "fhir" / "examples"


# ------------------------------------------------------------------------------------------ directory


def test_demo_directory_routes(directory):
    assert directory.route_for("EVD", "isolate").facility.id == "fac-etc"
    assert directory.route_for("CHOLERA", "refer").facility.id == "fac-ctc"
    assert directory.route_for("MEASLES", "isolate").isolation.id == "iso-poe"
    assert directory.route_for("XYZ", "advise").transport == "own"
    assert directory.ipc_for("MVD", "pt") == directory.ipc_for("EVD", "pt")
    assert directory.ipc_for("POLIO", "ar") == directory.ipc_for("", "ar")  # the default entry
    for protocols, texts in directory.infection_control:
        assert set(texts) == {"en", "fr", "pt", "ar"}, protocols


def test_directory_errors_name_the_line(tmp_path):
    text = demo_directory_path().read_text(encoding="utf-8").replace("facility: fac-ctc", "facility: fac-nowhere")
    broken = tmp_path / "broken.yaml"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        load_directory(broken)
    (problem,) = error.value.problems
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "fac-nowhere" in row)
    assert problem.startswith(f"{broken}:{line}:") and "unknown service 'fac-nowhere'" in problem


def test_directory_schema_errors(tmp_path):
    broken = tmp_path / "bad.yaml"
    broken.write_text(demo_directory_path().read_text(encoding="utf-8").replace("transport: own", "transport: taxi"))
    with pytest.raises(DataFileError, match="taxi"):
        load_directory(broken)


# ------------------------------------------------------------------------------------------ printing


def _fake_lp(folder: Path, body: str) -> Path:
    folder.mkdir(exist_ok=True)
    script = folder / "lp"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return folder


def test_print_sends_pdf_to_the_queue(tmp_path, monkeypatch):
    log = tmp_path / "args.txt"
    bin_dir = _fake_lp(tmp_path / "bin", f'echo "$@" > {log}\ncat > {tmp_path}/job.pdf\n'
                                         'echo "request id is slips-42 (1 file(s))"\n')
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    result = print_pdf(b"%PDF-1.4 test", "DEMO-1", PrintConfig(queue="slips", options=("media=Custom.80x120mm",),
                                                                 fallback_dir=tmp_path / "saved"))
    assert (result.status, result.job_id) == (PRINTED, "slips-42")
    assert log.read_text().split() == ["-d", "slips", "-t", "DEMO-1", "-o", "media=Custom.80x120mm", "-"]
    assert (tmp_path / "job.pdf").read_bytes() == b"%PDF-1.4 test"
    assert not (tmp_path / "saved").exists()


def test_print_failure_falls_back_to_saving(tmp_path, monkeypatch):
    bin_dir = _fake_lp(tmp_path / "bin", 'echo "lp: The printer or class does not exist." >&2\nexit 1\n')
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    result = print_pdf(b"%PDF", "DEMO/2", PrintConfig(queue="nope", fallback_dir=tmp_path / "saved"))
    assert result.status == SAVED
    assert result.path == tmp_path / "saved" / "DEMO_2.pdf" and result.path.read_bytes() == b"%PDF"
    assert "does not exist" in result.message and str(result.path) in result.message


def test_print_without_queue_or_folder(tmp_path):
    assert print_pdf(b"%PDF", "x", PrintConfig(fallback_dir=tmp_path)).status == SAVED
    assert print_pdf(b"%PDF", "x", PrintConfig()).status == FAILED


# ------------------------------------------------------------------------------------------ FHIR


@pytest.mark.parametrize("name", sorted(p.name for p in FHIR_DATA.glob("*.json")))
def test_hl7_examples_parse_with_the_same_validator(name):
    data = json.loads((FHIR_DATA / name).read_bytes())  # two files start with a BOM: bytes are fine
    resource = {"Bundle": Bundle, "Patient": Patient, "ServiceRequest": ServiceRequest}[data["resourceType"]]
    parsed = resource.model_validate(data)
    if name.startswith("R4_servicerequest"):
        assert (parsed.id, parsed.status, parsed.intent) == ("example", "completed", "order")
        assert parsed.code.coding[0].code == "303653007"
    elif "Patient" in name:
        assert (parsed.id, parsed.name[0].family, str(parsed.birthDate)) == ("f001", "van de Heuvel", "1944-11-17")
    else:
        assert (parsed.id, parsed.type, len(parsed.entry)) == ("bundle-transaction", "transaction", 10)


def test_referral_bundle_validates(directory):
    bundle = referral_bundle(record("fr"), EVALUATION, referral(), directory, b"%PDF-1.4 slip")
    parsed = Bundle.model_validate(bundle)
    by_type = {entry.resource.get_resource_type(): entry.resource for entry in parsed.entry}
    assert set(by_type) == {"Patient", "Encounter", "Observation", "RiskAssessment", "ServiceRequest",
                            "DocumentReference"}
    temperature = by_type["Observation"]
    assert temperature.code.coding[0].code == "8310-5" and temperature.code.coding[0].system == "http://loinc.org"
    assert (float(temperature.valueQuantity.value), temperature.valueQuantity.code) == (38.4, "Cel")
    assert by_type["ServiceRequest"].code.coding[0].code == "3457005"
    assert by_type["ServiceRequest"].intent == "order"
    assert by_type["RiskAssessment"].prediction[0].qualitativeRisk.coding[0].code == "high"
    attachment = by_type["DocumentReference"].content[0].attachment
    assert attachment.contentType == "application/pdf" and attachment.data == b"%PDF-1.4 slip"
    assert by_type["Patient"].identifier[0].value == "RL1234567890123"
    assert bundle == referral_bundle(record("fr"), EVALUATION, referral(), directory, b"%PDF-1.4 slip")


# ------------------------------------------------------------------------------------------ chart + CLI


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_pathway_chart(directory, tmp_path, lang):
    out = tmp_path / "chart.pdf"
    pdf = render_pathway_chart(directory, out, lang)
    assert out.read_bytes() == pdf and pdf.startswith(b"%PDF")


def test_cli_slip_verify_and_chart(tmp_path, capsys):
    record_file = tmp_path / "record.json"
    record_file.write_text(json.dumps(make_record("pt")), encoding="utf-8")
    evaluation = tmp_path / "evaluation.json"
    evaluation.write_text(json.dumps(EVALUATION), encoding="utf-8")
    data = ["--data-dir", str(tmp_path / "data")]
    args = ["slip", "--record", str(record_file), "--out", str(tmp_path / "slip.pdf"), "--format", "80mm",
            "--now", "2026-11-29T14:05:00Z", "--evaluation", str(evaluation), "--fhir", str(tmp_path / "b.json"), *data]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["pages"] == 1 and out["overflow"] == [] and (tmp_path / "slip.pdf").read_bytes().startswith(b"%PDF")
    Bundle.model_validate(json.loads((tmp_path / "b.json").read_text(encoding="utf-8")))
    assert stat.S_IMODE((tmp_path / "data" / "demo-kiosk-key.pem").stat().st_mode) == 0o600

    assert main(["verify-slip", out["qr"], *data]) == 0
    assert json.loads(capsys.readouterr().out)["referral_id"] == out["referral_id"]
    tampered = out["qr"][:-3] + ("A" if out["qr"][-3] != "A" else "B") + out["qr"][-2:]
    assert main(["verify-slip", tampered, *data]) in (1, 2)
    assert json.loads(capsys.readouterr().out)["valid"] is False
    assert main(["verify-slip", "hello", *data]) == 2
    assert "POE1:" in json.loads(capsys.readouterr().out)["errors"][0]

    assert main(["pathway-chart", "--out", str(tmp_path / "chart.pdf")]) == 0
    assert (tmp_path / "chart.pdf").read_bytes().startswith(b"%PDF")


def test_cli_slip_runs_the_evaluator(tmp_path, capsys):
    record_file = tmp_path / "record.json"
    record_file.write_text(json.dumps(make_record("en")), encoding="utf-8")
    assert main(["slip", "--record", str(record_file), "--out", str(tmp_path / "s.pdf"),
                 "--data-dir", str(tmp_path / "d"), "--now", "2026-11-29T14:05:00Z"]) == 0
    assert json.loads(capsys.readouterr().out)["disposition"] == "isolate"


def test_cli_bad_record_is_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"arrival_date": "2026-11-29", "temperature_c": 50}')
    assert main(["slip", "--record", str(bad), "--out", str(tmp_path / "x.pdf"), "--data-dir", str(tmp_path)]) == 2
    assert "temperature_c" in capsys.readouterr().err
