"""Dispatcher, `poe-kiosk decode`, pre-fill into a record that parse_record accepts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import qrcode
import zxingcpp
from PIL import Image

from kiosk.cli import main
from kiosk.documents.prefill import merge, prefill
from kiosk.records import parse_record
from kiosk.scan import classify, classify_and_parse, decode_file

DATA = Path(__file__).resolve().parents[2] / "data"
AT = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
BCBP_CASES = json.loads((DATA / "bcbp/public_cases.json").read_text("utf-8"))["cases"]
BCBP = BCBP_CASES[1]["input"]


def test_classify():
    assert classify(TD3) == "mrz"
    assert classify(BCBP) == "bcbp"
    assert classify("HC1:NCFOXN") == "dcc"
    assert classify("shc:/5676") == "shc"
    assert classify("POE1:ABC") == "referral"
    assert classify("hello") == "unknown"
    assert classify("x" * 10_000_000) == "unknown"


def test_unknown_and_huge_text_are_clear_errors():
    [result] = classify_and_parse("hello world", AT)
    assert result.kind == "unknown" and not result.valid and "not a recognised document" in result.errors[0]
    [huge] = classify_and_parse("HC1:" + "A" * 10_000_000, AT)
    assert not huge.valid and huge.errors


def test_referral_slip_without_verifier_or_with_it():
    [result] = classify_and_parse("POE1:NOT-A-SLIP", AT)
    assert result.kind == "referral" and not result.valid and result.errors


def _run(capsys, *argv):
    code = main(["decode", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_text_mrz(capsys):
    code, out, err = _run(capsys, "--text", TD3, "--at", "2026-03-01T00:00:00Z")
    assert code == 0, err
    [item] = json.loads(out)
    assert set(item) == {"kind", "valid", "use", "fields", "checks", "errors"}
    assert item["kind"] == "mrz" and item["valid"] is True
    assert item["use"] == {"state": "verified", "usable": True, "verified": False, "reason": "checks_passed",
                           "failed": []}
    for name in ("document_type", "issuing_state", "surname", "given_names", "document_number", "nationality",
                 "birth_date", "sex", "expiry_date", "optional_data"):
        assert name in item["fields"]
    assert item["fields"]["birth_date"] == "1974-08-12"


def test_cli_stdin_bcbp(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(BCBP + "\n"))
    code, out, _ = _run(capsys, "-", "--at", "2026-03-01")
    [item] = json.loads(out)
    assert code == 0 and item["kind"] == "bcbp" and len(item["fields"]["legs"]) == 2
    leg = item["fields"]["legs"][1]
    assert {k: leg[k] for k in ("from", "to", "carrier", "flight_number", "seat")} == {
        "from": "FRA", "to": "GVA", "carrier": "LH", "flight_number": "3664", "seat": "012C"}


def test_cli_dcc_image_with_trust_file(capsys, tmp_path):
    vector = json.loads((DATA / "dcc/DE/2DCode/raw/1.json").read_text("utf-8-sig"))
    trust = tmp_path / "trust.json"
    trust.write_text(json.dumps([{"certificate": vector["TESTCTX"]["CERTIFICATE"], "country": "DE"}]))
    code, out, err = _run(capsys, "--image", str(DATA / "dcc/DE/2DCode/png/1.png"), "--trust", str(trust),
                          "--at", vector["TESTCTX"]["VALIDATIONCLOCK"])
    [item] = json.loads(out)
    assert code == 0, err
    assert item["kind"] == "dcc" and item["valid"] is True and item["checks"]["signature"] is True


def test_cli_shc_with_a_bare_jwks_is_not_verified(capsys):
    """A JWKS without iss pins no issuer, so it verifies no card (import it with its iss instead)."""
    text = (DATA / "shc/spec_examples/example-00-f-qr-code-numeric-value-0.txt").read_text()
    code, out, _ = _run(capsys, "--text", text, "--trust", str(DATA / "shc/spec_examples/issuer/.well-known/jwks.json"),
                        "--at", "2024-01-01T00:00:00Z")
    [item] = json.loads(out)
    assert code == 0 and item["kind"] == "shc" and item["valid"] is False
    assert item["use"]["state"] == "not_verified" and item["use"]["reason"] == "issuer_unpinned"


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--text", "   "], "empty text"),
        (["--image", "/nonexistent.png"], "cannot read image"),
        (["--text", "x", "--at", "yesterday"], "not an ISO 8601 instant"),
        (["--text", "x", "--trust", "/nonexistent.json"], "no such file"),
    ],
)
def test_cli_unusable_input_exits_2_with_one_line(capsys, argv, needle):
    code, out, err = _run(capsys, *argv)
    assert code == 2 and out == ""
    assert needle in err and err.count("\n") == 1


def test_cli_image_without_symbol_and_garbage_image(capsys, tmp_path):
    blank = tmp_path / "blank.png"
    Image.new("L", (200, 200), 255).save(blank)
    code, _, err = _run(capsys, "--image", str(blank))
    assert code == 2 and "no barcode found" in err
    garbage = tmp_path / "garbage.png"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    code, _, err = _run(capsys, "--image", str(garbage))
    assert code == 2 and "cannot read image" in err


def test_huge_image_is_refused_before_decoding(tmp_path):
    from kiosk.errors import KioskError

    path = tmp_path / "huge.png"
    Image.new("1", (13_000, 10)).save(path)
    with pytest.raises(KioskError, match="too large"):
        decode_file(path)


def test_pdf417_boarding_pass_decodes_through_zxing(tmp_path):
    barcode = zxingcpp.create_barcode(BCBP, zxingcpp.BarcodeFormat.PDF417)
    image = Image.frombytes("L", *_image_args(barcode.to_image(scale=3)))
    path = tmp_path / "pass.png"
    image.save(path)
    symbols = decode_file(path)
    assert [s.symbology for s in symbols] == ["PDF417"] and symbols[0].text == BCBP


def _image_args(bitmap) -> tuple[tuple[int, int], bytes]:
    height, width = bitmap.shape[:2]
    return (width, height), bytes(memoryview(bitmap))


def test_qr_with_odd_width_respects_the_stride():
    from kiosk.scan import decode_image

    image = qrcode.make("HC1:STRIDE", border=4, box_size=3).get_image().convert("L").crop((0, 0, 111, 111))
    width, height = image.size
    stride = (width + 3) // 4 * 4
    raw = image.tobytes()
    padded = b"".join(raw[y * width : (y + 1) * width] + b"\x00" * (stride - width) for y in range(height))
    assert [s.text for s in decode_image(padded, width, height, stride)] == ["HC1:STRIDE"]


# ---------------------------------------------------------------------------------------------- prefill


def test_prefill_mrz_boarding_pass_and_certificate_make_a_valid_record():
    mrz = classify_and_parse(TD3, AT)[0]
    boarding = classify_and_parse(BCBP, AT)[0]
    vector = json.loads((DATA / "dcc/AT/2DCode/raw/1.json").read_text("utf-8-sig"))
    from kiosk.documents.hcert import parse_hcert
    from kiosk.documents.trust import TrustStore, signer_from_base64

    certificate = parse_hcert(vector["PREFIX"], dt.datetime(2021, 5, 6, 18, tzinfo=dt.UTC),
                              TrustStore(signers=[signer_from_base64(vector["TESTCTX"]["CERTIFICATE"])]))
    record: dict = {}
    fills = [prefill(r) for r in (boarding, mrz, certificate)]
    for fill in fills:
        record = merge(record, fill)
    parsed = parse_record(record)
    assert parsed.traveller.surname == "ERIKSSON" and parsed.traveller.sex == "female"
    assert parsed.traveller.birth_date == dt.date(1974, 8, 12)
    assert parsed.conveyance.flight_number == "LH3664" and parsed.conveyance.seat == "12C"
    assert (parsed.conveyance.origin, parsed.conveyance.destination) == ("YUL", "GVA")
    assert parsed.arrival_date == dt.date(2025, 8, 15)
    # Montréal → Frankfurt → Geneva: Canada left on day 226, Germany (transit) on day 227; Switzerland is arrival
    assert [(s.country, s.left) for s in parsed.itinerary] == [("CA", dt.date(2025, 8, 14)),
                                                               ("DE", dt.date(2025, 8, 15))]
    assert [v.vaccine for v in parsed.vaccinations] == ["covid19"]
    assert fills[1].provenance.summary == "filled from passport MRZ, all check digits valid"
    assert "traveller.surname" in fills[1].provenance.fields


def one_leg_pass(origin: str, destination: str) -> str:
    """The Resolution 792 single-leg example (YUL → FRA, day 326) flying another route."""
    text = BCBP_CASES[0]["input"]
    assert "YULFRA" in text
    return text.replace("YULFRA", origin + destination, 1)


def test_boarding_pass_adds_the_country_left_and_keeps_what_the_officer_listed():
    fill = prefill(classify_and_parse(one_leg_pass("CKY", "BRU"), AT)[0])  # Conakry → Brussels
    assert fill.data["itinerary"] == [{"country": "GN", "left": "2025-11-22"}]
    record = merge({"arrival_date": "2025-11-22"}, fill)
    assert [(s.country, s.left) for s in parse_record(record).itinerary] == [("GN", dt.date(2025, 11, 22))]
    typed = {"arrival_date": "2025-11-22", "itinerary": [{"country": "GN", "left": "2025-11-20"}]}
    assert merge(typed, fill)["itinerary"] == [{"country": "GN", "left": "2025-11-20"}]  # the officer's date stays


def test_boarding_pass_itinerary_refusals_are_noted():
    unknown = prefill(classify_and_parse(one_leg_pass("QQQ", "BRU"), AT)[0])
    assert "itinerary" not in unknown.data
    assert "leg 1: the country of airport QQQ is not known; not added" in unknown.notes
    domestic = prefill(classify_and_parse(one_leg_pass("LGG", "BRU"), AT)[0])  # Liège → Brussels
    assert "itinerary" not in domestic.data and not domestic.notes  # arriving home is not a stay
    onward = prefill(classify_and_parse(one_leg_pass("CKY", "BRU"), AT)[0])
    merged = merge({"arrival_date": "2025-11-20"}, onward)  # the pass is for a later flight
    assert "itinerary" not in merged
    assert "GN left on 2025-11-22, after arrival; not added" in onward.notes


def test_prefill_reports_failed_checks_and_keeps_officer_entries():
    bad = classify_and_parse(TD3.replace("<<<<<10", "<<<<<20"), AT)[0]
    fill = prefill(bad)
    assert "CHECK FAILED" in fill.provenance.summary and "composite check digit" in fill.provenance.summary
    merged = merge({"arrival_date": "2026-03-01", "traveller": {"surname": "TYPED"}}, fill)
    assert merged["traveller"]["surname"] == "TYPED"
    assert parse_record(merged).traveller.document_number == "L898902C3"


def test_prefill_icvp_yellow_fever_dose():
    from kiosk.documents import icvp
    from kiosk.documents.result import DocumentResult

    result = DocumentResult(kind="icvp")
    icvp.describe({"n": "Test Person", "dob": "1990-01-01", "v": {"vp": "YellowFeverProductd2c75a15ed309658b3968519ddb31690", "tg": "1D47", "dt": "2026-02-25"}},
                  result, AT)
    assert result.fields["vaccinations"][0]["valid_from"] == "2026-03-07"
    assert result.checks["yellow_fever_in_effect"] is False
    fill = prefill(result.settle())
    assert fill.data == {"vaccinations": [{"vaccine": "yellow_fever", "date": "2026-02-25", "evidence": "digital"}]}
    assert parse_record(merge({"arrival_date": "2026-03-01"}, fill)).vaccinations[0].vaccine == "yellow_fever"
