"""Every parser entry refuses bad input with a typed result, never another exception, within bounds.

Entries: ``kiosk.scan.dispatch.parse_texts`` / ``classify_and_parse``, each parser (MRZ, BCBP, HCERT,
SMART Health Card), ``poe-kiosk decode`` (text and image) and ``decode_file``. Inputs: the seeded corpus
in ``tests/data/fuzz`` (one reproducer per past finding plus seeded mutations of every public vector;
see its README) and Hypothesis strategies that build *signed* documents around arbitrary JSON and CBOR,
so the fuzzing reaches the code after the signature check too. Each input must finish within
``CPU_SECONDS`` of CPU time and ``PEAK_MIB`` of Python memory: bounds that catch a hang or a blow-up, not
a speed measurement. ``soak`` tests run the same properties far longer (CI, or ``POE_SOAK=1``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import cbor2
import pytest
from document_forge import Signer, icvp_payload, shc_payload
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cli import main
from kiosk.documents import bcbp, hcert, mrz, shc
from kiosk.documents.prefill import merge
from kiosk.documents.result import DocumentResult
from kiosk.documents.trust import TrustStore, signer_from_base64
from kiosk.documents.usage import DocumentUse, assess, usable_prefill
from kiosk.errors import KioskError
from kiosk.scan import classify_and_parse, decode_file, parse_texts

FUZZ = Path(__file__).resolve().parents[2] / "data/fuzz"
CORPUS = [json.loads(line) for line in (FUZZ / "corpus.jsonl").read_text("utf-8").splitlines()]
AT = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
CPU_SECONDS = 10.0
PEAK_MIB = 64
QUICK = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SOAK = settings(max_examples=6000, deadline=None, suppress_health_check=list(HealthCheck))
SOAK_SIGNED = settings(SOAK, max_examples=1200)  # each example signs and parses several documents

ISS = "https://issuer.example.org"
SIGNER = Signer.make("XA", "Fuzz signer")
TRUST = TrustStore(signers=[signer_from_base64(SIGNER.der_b64, country="XA")],
                   jwks=[{**SIGNER.jwk, "_iss": ISS}])


@contextlib.contextmanager
def bounded(what: str) -> Iterator[None]:
    """Fail when the block takes more than CPU_SECONDS of CPU time or PEAK_MIB of Python memory."""
    tracemalloc.start()
    started = time.process_time()
    try:
        yield
    finally:
        spent = time.process_time() - started
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    assert spent < CPU_SECONDS, f"{what}: {spent:.1f} s of CPU: not bounded"
    assert peak < PEAK_MIB, f"{what}: {peak:.0f} MiB at peak: not bounded"


def well_formed(results: list[DocumentResult]) -> None:
    """A typed result a screen can show: strict JSON, a usage verdict, a pre-fill that merges."""
    assert results and all(isinstance(r, DocumentResult) for r in results)
    for result in results:
        json.dumps(result.to_json(), allow_nan=False)
        if not result.valid:
            assert result.errors or not all(result.checks.values())
        use = assess(result)
        assert isinstance(use, DocumentUse)
        if not use.usable:
            assert usable_prefill(result, use).empty
        merge({"arrival_date": "2026-03-01"}, usable_prefill(result, use))


def every_entry(text: str, trust: TrustStore | None = None) -> None:
    with bounded(repr(text[:60])):
        well_formed(parse_texts([text], AT, trust))
        well_formed(classify_and_parse(text, AT, trust))
        for parse in (mrz.parse_mrz, bcbp.parse_bcbp):
            well_formed([parse(text, AT)])
        for parse in (hcert.parse_hcert, shc.parse_shc):
            well_formed([parse(text, AT, trust)])


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["decode", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_cli_refuses_cleanly(code: int, out: str, err: str) -> None:
    assert "internal error" not in err
    if code == 0:
        json.loads(out)  # strict JSON on stdout
    else:
        assert code == 2 and out == "" and err.count("\n") == 1  # one line for the person at the terminal


# ---------------------------------------------------------------------------------------------- corpus


@pytest.mark.parametrize("entry", CORPUS, ids=[e["name"] for e in CORPUS])
def test_corpus_entry_through_every_parser(entry):
    every_entry(entry["text"], None)
    every_entry(entry["text"], TRUST)


def test_corpus_through_the_decode_cli(capsys, monkeypatch):
    """Every reproducer and every fifth mutation (the whole corpus already went through parse_texts,
    which the command wraps), as --text and on standard input."""
    crafted = [e for e in CORPUS if "/" not in e["name"]]
    sample = [e for e in CORPUS if "/" in e["name"]][::5]
    for entry in crafted + sample:
        with bounded(entry["name"]):
            assert_cli_refuses_cleanly(*run_cli(capsys, f"--text={entry['text']}"))
            monkeypatch.setattr("sys.stdin", io.StringIO(entry["text"]))
            assert_cli_refuses_cleanly(*run_cli(capsys, "-"))


@pytest.mark.parametrize("image", sorted((FUZZ / "images").iterdir()), ids=lambda p: p.name)
def test_corpus_images_are_refused_with_one_line(image, capsys):
    with bounded(image.name):
        with pytest.raises(KioskError) as refused:
            symbols = decode_file(image)
            if not symbols:
                raise KioskError("no barcode")
        assert "\n" not in str(refused.value)
        code, out, err = run_cli(capsys, "--image", str(image))
    assert code == 2 and out == "" and "internal error" not in err


def test_the_corpus_keeps_a_reproducer_for_every_past_finding():
    names = {entry["name"] for entry in CORPUS}
    for finding in ("shc_bundle_entry_is_a_number", "shc_given_names_not_strings", "shc_vaccine_code_is_a_string",
                    "shc_coding_is_a_number", "shc_header_nested_100000", "hcert_set_value", "icvp_dose_in_year_9999",
                    "mrz_superscript_in_number", "bcbp_superscript_leg_count"):
        assert finding in names
    assert sum(1 for e in CORPUS if e["name"].startswith("dcc/")) >= 50


# ---------------------------------------------------------------------------------------------- strategies

JSON_KEYS = st.sampled_from(["resourceType", "entry", "resource", "name", "given", "family", "birthDate", "status",
                             "vaccineCode", "coding", "code", "system", "occurrenceDateTime", "lotNumber", "vc",
                             "credentialSubject", "fhirBundle", "iss", "nbf", "exp", "rid", "type", "Patient",
                             "Immunization", "Bundle"]) | st.text(max_size=6)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(JSON_KEYS, inner, max_size=5), max_leaves=25)
CBOR_KEYS = st.sampled_from(["n", "dob", "v", "vp", "tg", "dt", "bo", "nam", "ver", "fn", "gn", "t", "r", 1, 4, 6,
                             -260]) | st.text(max_size=4) | st.integers(-10, 10)
CBOR_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**80), 2**80) | st.floats() | st.text(max_size=12) | st.binary(max_size=12)
    | st.sampled_from([cbor2.undefined, cbor2.CBORSimpleValue(99), "9999-12-31", "0000-01-01", "2020-02-30"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(CBOR_KEYS, inner, max_size=5)
    | st.builds(lambda v: cbor2.CBORTag(258, [v]), st.integers() | st.text(max_size=4))
    | st.builds(lambda v: cbor2.CBORTag(99, v), inner), max_leaves=25)


def signed_card(payload: Any) -> str:
    return SIGNER.shc(payload if isinstance(payload, dict) else {"iss": ISS, "nbf": 1, "vc": payload})


def signed_hcert(claims_payload: Any, key: int = 1) -> str:
    return SIGNER.hcert(claims_payload, AT - dt.timedelta(days=1), AT + dt.timedelta(days=1), hcert_key=key)


def structured_shc(value: Any) -> list[str]:
    """Signed cards with ``value`` at each place the parser looks into."""
    bundle = {"resourceType": "Bundle", "entry": value}
    immunization = {"resourceType": "Immunization", **(value if isinstance(value, dict) else {"status": value})}
    patient = {"resourceType": "Patient", **(value if isinstance(value, dict) else {"name": value})}
    return [
        signed_card(value),
        signed_card({"iss": ISS, "nbf": 1, "vc": {"rid": value, "credentialSubject": {"fhirBundle": bundle}}}),
        signed_card({"iss": ISS, "nbf": value, "exp": value,
                     "vc": {"credentialSubject": {"fhirBundle": {"resourceType": "Bundle", "entry": [
                         {"resource": immunization}, {"resource": patient}]}}}}),
        signed_card(shc_payload(ISS, [("207", "2021-01-01", "completed")], nbf=1, rid=str(value)[:24])),
    ]


def structured_hcert(value: Any) -> list[str]:
    """Signed HCERTs with ``value`` as the DCC payload, inside an ICVP dose, and as the whole ICVP."""
    texts = []
    for payload, key in ((value, 1), ({"n": "X", "v": value}, 2), ({**icvp_payload("2020-01-01"), "v": [value]}, 2),
                         ({"ver": "1.3.0", "nam": {"fn": value}, "dob": value, "v": [value]}, 1)):
        with contextlib.suppress(TypeError, ValueError, cbor2.CBOREncodeError):  # cbor2 cannot write some values
            texts.append(signed_hcert(payload, key))
    return texts


def check_property_text(text: str) -> None:
    every_entry(text, TRUST)


@QUICK
@given(st.text(max_size=300))
def test_any_text(text):
    check_property_text(text)


@QUICK
@given(st.lists(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<²٣", min_size=25, max_size=46),
                min_size=2, max_size=3))
def test_mrz_shaped_lines(lines):
    check_property_text("\n".join(lines))


@QUICK
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x7F) | st.sampled_from("²١é"), max_size=200))
def test_boarding_pass_shaped_text(tail):
    check_property_text("M1" + tail)


@QUICK
@given(JSON_VALUES)
def test_signed_smart_health_cards_around_any_json(value):
    for text in structured_shc(value):
        every_entry(text, TRUST)


@QUICK
@given(CBOR_VALUES)
def test_signed_hcerts_around_any_cbor(value):
    for text in structured_hcert(value):
        every_entry(text, TRUST)


@settings(QUICK, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.text(max_size=120))
def test_decode_cli_text(capsys, text):  # capsys is read out after every call, so sharing it is safe
    with bounded(repr(text[:40])):
        assert_cli_refuses_cleanly(*run_cli(capsys, f"--text={text}"))


# ---------------------------------------------------------------------------------------------- soak


def soak(test: Callable[..., None], profile: settings = SOAK) -> Callable[..., None]:
    return pytest.mark.timeout(900)(pytest.mark.soak(profile(test)))


def soak_signed(test: Callable[..., None]) -> Callable[..., None]:
    return soak(test, SOAK_SIGNED)


@soak
@given(st.text(max_size=2000))
def test_soak_any_text(text):
    check_property_text(text)


@soak_signed
@given(JSON_VALUES)
def test_soak_signed_smart_health_cards(value):
    for text in structured_shc(value):
        every_entry(text, TRUST)


@soak_signed
@given(CBOR_VALUES)
def test_soak_signed_hcerts(value):
    for text in structured_hcert(value):
        every_entry(text, TRUST)


@soak
@given(st.sampled_from(CORPUS), st.data())
def test_soak_corpus_mutations(entry, data):
    text = entry["text"]
    i = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(i, min(len(text), i + 64)))
    check_property_text(text[:i] + data.draw(st.text(max_size=8)) + text[j:])
