"""Exercise and test slips: the mode in the signed QR, the band on every side, the scanner, FHIR, the CLI.

A real ("actual") slip must stay exactly as it was before modes existed; any other slip must never pass
for a real referral, on paper or through its QR.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import base45
import cbor2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fhir.resources.R4B.bundle import Bundle
from hypothesis import given, settings
from hypothesis import strategies as st
from referral_helpers import (
    EVALUATION,
    make_record,
    margin_is_blank,
    pdf_text,
    qr_texts,
    rasterise,
    record,
    referral,
)

from kiosk import languages
from kiosk.cli import main
from kiosk.documents.referral import parse_referral
from kiosk.errors import KioskError
from kiosk.referral import commands, i18n
from kiosk.referral.fhir import referral_bundle
from kiosk.referral.qr import (
    MAX_FIELD_CHARS,
    MODES,
    PREFIX,
    SlipClaims,
    encode_claims,
    public_key_b64,
    sign_slip,
    verify_slip_text,
)
from kiosk.referral.slip import make_slip, render_slip

CLAIMS = SlipClaims("K1", "DEMO-KESSA-261129-7F3K", "DEMO-KESSA", dt.datetime(2026, 11, 29, 14, 5, tzinfo=dt.UTC),
                    "refer", "MPOX", dt.date(2026, 12, 20))
EXERCISE = dataclasses.replace(CLAIMS, mode="exercise", exercise_id="EX-7Q2K9D")
EXERCISE_ID = "EX-7Q2K9D"
# CLAIMS encoded and signed (with the key bytes 0..31) by kiosk/referral/qr.py before slips had a mode
ACTUAL_CBOR = ("a701624b31027644454d4f2d4b455353412d3236313132392d3746334b036a44454d4f2d4b45535341041a6b0c310c0565"
               "726566657206644d504f5807195147")
ACTUAL_QR = ("POE1:35L8JC 86 .EBY8J0A9N91OAZA8TF6%96WF6AW5G*8XL9OJDBY8J0A9N91OA*98DF3GO1HN15$C% C5$CG 0$Y9H1AH+0HCA0"
             "373ST1DBSZP0KN7KPW7G.K9XPRD8SBV9*BIVS0AYE146QM3+029IAK9EVW3D.IPNE+EW92A89T$O81K04/4EJOVIH ECELJ")
FIXED_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
BANDS = {"exercise": "band_exercise", "test": "band_test"}


def _keys(key: Ed25519PrivateKey) -> dict[str, str]:
    return {"K1": public_key_b64(key)}


def _signed(body: dict, key: Ed25519PrivateKey) -> str:
    """A slip text for any CBOR map, correctly signed: only the claim checks can refuse it."""
    raw = cbor2.dumps(body, canonical=True)
    return PREFIX + base45.b45encode(raw + key.sign(PREFIX.encode("ascii") + raw)).decode("ascii")


def _body(claims: SlipClaims) -> dict:
    return cbor2.loads(encode_claims(claims))


# ------------------------------------------------------------------------------------------- QR


def test_actual_claims_encode_exactly_as_before_modes():
    assert encode_claims(CLAIMS).hex() == ACTUAL_CBOR
    assert set(_body(CLAIMS)) == set(range(1, 8))  # no key 8 or 9
    assert sign_slip(CLAIMS, FIXED_KEY) == ACTUAL_QR
    result = verify_slip_text(ACTUAL_QR, _keys(FIXED_KEY))
    assert result["valid"] and (result["mode"], result["exercise_id"], result["warning"]) == ("actual", None, None)


@pytest.mark.parametrize("claims, mode, exercise_id, warning", [
    (EXERCISE, "exercise", EXERCISE_ID, f"EXERCISE — not a real referral (exercise {EXERCISE_ID})"),
    (dataclasses.replace(CLAIMS, mode="exercise"), "exercise", None, "EXERCISE — not a real referral"),
    (dataclasses.replace(CLAIMS, mode="test"), "test", None, "TEST — not a real referral"),
])
def test_exercise_and_test_claims_verify_with_a_warning(claims, mode, exercise_id, warning, kiosk_key):
    body = _body(claims)
    assert body[8] == mode and body.get(9) == exercise_id
    result = verify_slip_text(sign_slip(claims, kiosk_key), _keys(kiosk_key))
    assert result["valid"], result["errors"]
    assert (result["mode"], result["exercise_id"], result["warning"]) == (mode, exercise_id, warning)
    assert result["referral_id"] == CLAIMS.referral_id


@pytest.mark.parametrize("change", [
    lambda body: {k: v for k, v in body.items() if k not in (8, 9)},  # stripped: would pass for real
    lambda body: {**body, 9: "EX-OTHER"},
    lambda body: {k: v for k, v in body.items() if k != 9} | {8: "test"},
])
def test_the_mode_is_covered_by_the_signature(change, kiosk_key):
    text = sign_slip(EXERCISE, kiosk_key)
    signature = base45.b45decode(text[len(PREFIX):])[-64:]
    forged_body = cbor2.dumps(change(_body(EXERCISE)), canonical=True)
    forged = PREFIX + base45.b45encode(forged_body + signature).decode("ascii")
    result = verify_slip_text(forged, _keys(kiosk_key))
    assert result["valid"] is False and "signature does not match" in result["errors"][0]


@pytest.mark.parametrize("extra, message", [
    ({8: "actual"}, "the mode field is 'actual'"),
    ({8: "drill"}, "the mode field is 'drill'"),
    ({8: "EXERCISE"}, "the mode field is 'EXERCISE'"),
    ({8: 1}, "the mode field is int"),
    ({8: None}, "the mode field is NoneType"),
    ({8: b"exercise"}, "the mode field is bytes"),
    ({9: "EX-1"}, "exercise id but is not an exercise slip"),
    ({8: "test", 9: "EX-1"}, "exercise id but is not an exercise slip"),
    ({8: "exercise", 9: ""}, "exercise id is empty, too long or not text"),
    ({8: "exercise", 9: "X" * (MAX_FIELD_CHARS + 1)}, "exercise id is empty, too long or not text"),
    ({8: "exercise", 9: 7}, "exercise id is empty, too long or not text"),
    ({10: "x"}, "unknown fields (10)"),
    ({"mode": "exercise"}, "unknown fields ('mode')"),
])
def test_bad_mode_claims_are_refused_even_when_signed(extra, message, kiosk_key):
    result = verify_slip_text(_signed({**_body(CLAIMS), **extra}, kiosk_key), _keys(kiosk_key))
    assert result["valid"] is False and message in result["errors"][0], result["errors"]
    assert result["referral_id"] is None and result["mode"] is None  # nothing of a refused payload is shown


@pytest.mark.parametrize("mode, exercise_id, message", [
    ("drill", "", "unknown mode 'drill'"), ("", "", "unknown mode ''"),
    ("actual", "EX-1", "belongs to exercise slips"), ("test", "EX-1", "belongs to exercise slips"),
    ("exercise", "X" * (MAX_FIELD_CHARS + 1), "longer than 40"),
])
def test_signing_refuses_bad_modes(mode, exercise_id, message, kiosk_key):
    with pytest.raises(KioskError, match=message):
        sign_slip(dataclasses.replace(CLAIMS, mode=mode, exercise_id=exercise_id), kiosk_key)


@settings(max_examples=150, deadline=None)
@given(mode=st.sampled_from(MODES), exercise_id=st.text(min_size=1, max_size=MAX_FIELD_CHARS))
def test_every_mode_round_trips(mode, exercise_id):
    claims = dataclasses.replace(CLAIMS, mode=mode, exercise_id=exercise_id if mode == "exercise" else "")
    result = verify_slip_text(sign_slip(claims, FIXED_KEY), _keys(FIXED_KEY))
    assert result["valid"] and result["mode"] == mode
    assert result["exercise_id"] == (exercise_id if mode == "exercise" else None)
    assert (result["warning"] is None) == (mode == "actual")


_CBOR_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.binary(max_size=12),
                         st.text(max_size=50), st.sampled_from(["exercise", "test", "actual", ""]),
                         st.lists(st.text(max_size=5), max_size=3))


@settings(max_examples=300, deadline=None)
@given(mode=st.one_of(st.just(...), _CBOR_VALUES), exercise_id=st.one_of(st.just(...), _CBOR_VALUES))
def test_any_signed_mode_value_is_checked(mode, exercise_id):
    """Keys 8 and 9 with any CBOR value (``...``: absent), correctly signed: the slip verifies only for
    the two known modes, an exercise id only on an exercise, and whatever verifies says what it is."""
    extra = {key: value for key, value in ((8, mode), (9, exercise_id)) if value is not ...}
    result = verify_slip_text(_signed({**_body(CLAIMS), **extra}, FIXED_KEY), _keys(FIXED_KEY))
    good_mode = mode is ... or mode in ("exercise", "test")
    good_id = exercise_id is ... or (mode == "exercise" and isinstance(exercise_id, str)
                                     and 0 < len(exercise_id) <= MAX_FIELD_CHARS)
    assert result["valid"] is (good_mode and good_id)
    if result["valid"]:
        assert result["mode"] == ("actual" if mode is ... else mode)
        assert (result["warning"] is None) == (mode is ...)
    else:
        assert result["errors"] and result["mode"] is None


# ------------------------------------------------------------------------------------------- paper


def _band_texts(mode: str, exercise_id: str, langs: tuple[str, ...]) -> list[str]:
    texts = [i18n.label(BANDS[mode], lang) for lang in langs]
    if exercise_id:
        texts.append(exercise_id)
    return texts


@pytest.mark.parametrize("fmt", ["a6", "80mm"])
@pytest.mark.parametrize("mode, exercise_id", [("exercise", EXERCISE_ID), ("test", "")])
def test_exercise_slip_has_the_band_on_every_side_and_says_so_in_its_qr(fmt, mode, exercise_id, kiosk_key, trusted,
                                                                         directory, tmp_path):
    info = referral("fr", mode=mode, exercise_id=exercise_id)
    result = make_slip(record("pt"), EVALUATION, info, directory, kiosk_key, fmt=fmt)
    assert result.overflow == []
    assert result.pages == (2 if fmt == "a6" else 1)
    for page in range(1, result.pages + 1):
        text = pdf_text(result.pdf, tmp_path, page)
        for expected in _band_texts(mode, exercise_id, ("fr", "pt")):
            assert expected in text, (page, expected)
        assert margin_is_blank(rasterise(result.pdf, tmp_path, page), int(3 / 25.4 * 200))
    if fmt == "80mm":  # a long roll: the band closes it too
        assert pdf_text(result.pdf, tmp_path, 1).count(i18n.label(BANDS[mode], "pt")) == 2
    (text,) = qr_texts(rasterise(result.pdf, tmp_path))
    verified = verify_slip_text(text, trusted)
    assert verified["valid"], verified["errors"]
    assert verified["mode"] == mode and verified["warning"].startswith(f"{mode.upper()} — not a real referral")
    assert verified["exercise_id"] == (exercise_id or None)


@pytest.mark.parametrize("fmt", ["a6", "80mm"])
def test_actual_slip_has_no_band(fmt, kiosk_key, directory, tmp_path):
    result = make_slip(record("pt"), EVALUATION, referral("fr"), directory, kiosk_key, fmt=fmt)
    text = " ".join(pdf_text(result.pdf, tmp_path, page) for page in range(1, result.pages + 1))
    assert "Referral slip" not in text and "Fiche de référence" in text  # the extraction works
    for band in BANDS.values():
        for lang in ("fr", "pt"):
            assert i18n.label(band, lang) not in text
    assert "EXERC" not in text


@pytest.mark.parametrize("fmt", ["a6", "80mm"])
@pytest.mark.parametrize("site, traveller", [("ar", "en"), ("fr", "ar"), ("ar", "ar")])
def test_arabic_band_fits_and_reads(fmt, site, traveller, kiosk_key, directory, tmp_path):
    info = referral(site, mode="exercise", exercise_id="EX-2026-KESSA-03")
    result = make_slip(record(traveller), EVALUATION, info, directory, kiosk_key, fmt=fmt)
    assert result.overflow == []
    langs = tuple(dict.fromkeys((site, traveller)))
    for page in range(1, result.pages + 1):
        text = pdf_text(result.pdf, tmp_path, page)
        for expected in _band_texts("exercise", info.exercise_id, langs):
            assert expected in text, (page, expected)


@pytest.mark.parametrize("site", ["fr", "ar"])
def test_longest_exercise_id_is_printed_whole_and_scans(site, kiosk_key, trusted, directory, tmp_path):
    exercise_id = "EX-" + "W" * (MAX_FIELD_CHARS - 3)
    info = referral(site, mode="exercise", exercise_id=exercise_id)
    result = make_slip(record("en"), EVALUATION, info, directory, kiosk_key, fmt="80mm")
    assert result.overflow == []  # wider than the band: split over two lines, never clipped
    assert exercise_id in pdf_text(result.pdf, tmp_path, 1).replace(" ", "")
    (text,) = qr_texts(rasterise(result.pdf, tmp_path))
    assert verify_slip_text(text, trusted)["exercise_id"] == exercise_id


@pytest.mark.parametrize("mode, exercise_id, message", [
    ("drill", "", "unknown mode"), ("test", "EX-1", "belongs to exercise slips"),
])
def test_slip_refuses_bad_modes(mode, exercise_id, message, kiosk_key, directory):
    info = referral(mode=mode, exercise_id=exercise_id)
    with pytest.raises(KioskError, match=message):
        make_slip(record("en"), EVALUATION, info, directory, kiosk_key)
    with pytest.raises(KioskError, match=message):
        render_slip(record("en"), EVALUATION, info, directory, qr_text="POE1:", fmt="80mm")


def test_band_is_translated():
    for key in (*BANDS.values(), "exercise"):
        texts = [i18n.label(key, lang) for lang in languages.codes()]
        assert len(set(texts)) == len(texts), key  # not left in English


# ------------------------------------------------------------------------------------------- scanner, FHIR


def test_scanner_never_reports_an_exercise_slip_as_a_valid_referral(kiosk_key, trusted):
    result = parse_referral(sign_slip(dataclasses.replace(EXERCISE, kiosk_id="TEST-KIOSK-1"), kiosk_key), trusted)
    assert result.valid is False
    assert result.checks == {"signature": True, "real_referral": False}
    assert result.errors == [f"EXERCISE — not a real referral (exercise {EXERCISE_ID})"]
    assert (result.fields["mode"], result.fields["exercise_id"]) == ("exercise", EXERCISE_ID)


def test_scanner_accepts_a_real_slip(kiosk_key, trusted):
    result = parse_referral(sign_slip(dataclasses.replace(CLAIMS, kiosk_id="TEST-KIOSK-1"), kiosk_key), trusted)
    assert result.valid and result.checks == {"signature": True, "real_referral": True} and not result.errors
    assert result.fields["mode"] == "actual" and result.fields["warning"] is None


def test_scanner_reports_a_forged_exercise_slip_on_both_counts(kiosk_key):
    result = parse_referral(sign_slip(EXERCISE, kiosk_key), {})
    assert result.checks == {"signature": False, "real_referral": False} and len(result.errors) == 2


def test_fhir_bundle_of_an_exercise_is_tagged_and_valid(directory):
    info = referral(mode="exercise", exercise_id=EXERCISE_ID)
    bundle = referral_bundle(record("fr"), EVALUATION, info, directory, b"%PDF-1.4 slip")
    parsed = Bundle.model_validate(bundle)
    for resource in (parsed, *(entry.resource for entry in parsed.entry)):
        codes = {(tag.system, tag.code) for tag in resource.meta.tag}
        assert codes == {("http://terminology.hl7.org/CodeSystem/v3-ActReason", "HTEST"),
                         ("urn:poe-kiosk:mode", "exercise")}, resource.get_resource_type()
    request = next(e.resource for e in parsed.entry if e.resource.get_resource_type() == "ServiceRequest")
    assert request.note[0].text == f"EXERCISE — not a real referral (exercise {EXERCISE_ID})"


def test_fhir_bundle_of_a_real_referral_has_no_tags(directory):
    bundle = referral_bundle(record("fr"), EVALUATION, referral(), directory, b"%PDF")
    assert "meta" not in bundle and all("meta" not in entry["resource"] for entry in bundle["entry"])


# ------------------------------------------------------------------------------------------- CLI


def _slip_args(tmp_path, *extra: str) -> list[str]:
    record_file = tmp_path / "record.json"
    record_file.write_text(json.dumps(make_record("pt")), encoding="utf-8")
    evaluation = tmp_path / "evaluation.json"
    evaluation.write_text(json.dumps(EVALUATION), encoding="utf-8")
    return ["slip", "--record", str(record_file), "--out", str(tmp_path / "slip.pdf"), "--format", "80mm",
            "--now", "2026-11-29T14:05:00Z", "--evaluation", str(evaluation), "--data-dir", str(tmp_path / "data"),
            *extra]


def test_cli_exercise_slip_and_verify(tmp_path, capsys):
    assert main(_slip_args(tmp_path, "--mode", "exercise", "--exercise-id", EXERCISE_ID,
                           "--fhir", str(tmp_path / "b.json"))) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["mode"], out["exercise_id"], out["overflow"]) == ("exercise", EXERCISE_ID, [])
    assert i18n.label("band_exercise", "fr") in pdf_text((tmp_path / "slip.pdf").read_bytes(), tmp_path, 1)
    bundle = Bundle.model_validate(json.loads((tmp_path / "b.json").read_text(encoding="utf-8")))
    assert {tag.code for tag in bundle.meta.tag} == {"HTEST", "exercise"}

    assert main(["verify-slip", out["qr"], "--data-dir", str(tmp_path / "data")]) == commands.NOT_REAL == 3
    verified = json.loads(capsys.readouterr().out)
    assert verified["valid"] is True and verified["mode"] == "exercise" and verified["exercise_id"] == EXERCISE_ID
    assert verified["warning"] == f"EXERCISE — not a real referral (exercise {EXERCISE_ID})"


def test_cli_real_slip_verifies_with_status_0(tmp_path, capsys):
    assert main(_slip_args(tmp_path)) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["mode"], out["exercise_id"]) == ("actual", None)
    assert main(["verify-slip", out["qr"], "--data-dir", str(tmp_path / "data")]) == 0
    assert json.loads(capsys.readouterr().out)["warning"] is None


def test_cli_refuses_bad_modes(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(_slip_args(tmp_path, "--mode", "drill"))
    assert exit_info.value.code == 2 and "invalid choice: 'drill'" in capsys.readouterr().err
    assert main(_slip_args(tmp_path, "--mode", "test", "--exercise-id", "EX-1")) == 2
    assert "belongs to exercise slips" in capsys.readouterr().err
    assert not (tmp_path / "slip.pdf").exists()


def test_cli_modes_are_the_qr_modes():
    assert commands.MODES == MODES


# ------------------------------------------------------------------------------------------- kiosk plumbing


def _stored_referral(store, mode: str, exercise_id: str | None) -> str:
    from kiosk.store import models as m

    now = dt.datetime(2026, 11, 29, 14, 5, tzinfo=dt.UTC)
    with store.transaction() as session:
        session.add(m.Site(id="DEMO-KESSA", name="Kessa", kind="ground", country="XK", created_at=now))
        session.flush()
        session.add(m.Encounter(
            id="e1", site_id="DEMO-KESSA", kiosk_id="TEST-KIOSK-1", stage="primary", sop_id="t", sop_version="1",
            status="completed", language="pt", record=make_record("pt"), evaluation=EVALUATION,
            disposition="isolate", mode=mode, exercise_id=exercise_id, started_at=now, updated_at=now,
            completed_at=now))
        session.flush()
        session.add(m.Referral(id="DEMO-KESSA-261129-7F3K", encounter_id="e1", disposition="isolate", created_at=now))
    return "DEMO-KESSA-261129-7F3K"


@pytest.mark.parametrize("mode, stored_id, exercise_id", [
    ("exercise", EXERCISE_ID, EXERCISE_ID), ("test", "EX-STRAY", ""), ("actual", None, ""),
])
def test_kiosk_slip_takes_the_encounter_mode(mode, stored_id, exercise_id, store, kiosk_key, trusted, directory,
                                              tmp_path):
    """The window's slip (ui.printing.render_pdf from the stored referral) is printed in its encounter's mode."""
    pytest.importorskip("PySide6.QtCore")
    from kiosk.referral.records import slip_source
    from kiosk.services import SlipSetup
    from ui.printing import render_pdf

    source = slip_source(store, _stored_referral(store, mode, stored_id))
    assert (source.mode, source.exercise_id) == (mode, exercise_id)
    pdf, overflow = render_pdf(source, SlipSetup(directory, kiosk_key, None, format="80mm", site_language="fr"))
    assert overflow == []
    text = pdf_text(pdf, tmp_path, 1)
    printed = [band for band in BANDS if i18n.label(BANDS[band], "pt") in text]
    assert printed == ([] if mode == "actual" else [mode])
    (qr,) = qr_texts(rasterise(pdf, tmp_path))
    verified = verify_slip_text(qr, trusted)
    assert verified["valid"] and (verified["mode"], verified["exercise_id"]) == (mode, exercise_id or None)
