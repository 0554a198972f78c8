"""SMART Health Cards spec examples (tests/data/shc): numeric → JWS → inflate → ES256 → FHIR bundle,
issuer binding, immunization status and revocation (the spec's CRL and its revoked example 03)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from document_forge import Signer, shc_payload
from PIL import Image, ImageDraw

from kiosk.documents import shc
from kiosk.documents.trust import TrustStore, load_trust
from kiosk.documents.usage import assess, usable_prefill
from kiosk.scan import decode_image, parse_texts

EXAMPLES = Path(__file__).resolve().parents[2] / "data/shc/spec_examples"
JWKS = EXAMPLES / "issuer/.well-known/jwks.json"
CRL = EXAMPLES / "issuer/.well-known/crl/3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s.json"
ISS = "https://spec.smarthealth.cards/examples/issuer"
AT = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)  # after every nbf (2023-06-22), before example 03's exp


def _read(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def issuer_trust(tmp_path: Path, *, iss: str = ISS, crls: list | None = None) -> TrustStore:
    """The spec issuer's JWKS pinned to ``iss`` with its CRLs, as a combined trust file."""
    entry = {"iss": iss, "keys": json.loads(JWKS.read_text("utf-8"))["keys"]}
    entry["crls"] = [json.loads(CRL.read_text("utf-8"))] if crls is None else crls
    path = tmp_path / "shc-issuer.json"
    path.write_text(json.dumps({"shc": [entry]}))
    return load_trust([path])


@pytest.fixture
def trust(tmp_path):
    return issuer_trust(tmp_path)


@pytest.mark.parametrize("n", ["00", "01"])
def test_example_decodes_verifies_and_matches_the_published_files(n, trust):
    numeric = _read(f"example-{n}-f-qr-code-numeric-value-0.txt")
    assert shc.numeric_to_jws(numeric) == _read(f"example-{n}-d-jws.txt").strip()
    _header, _signing_input, compressed, _signature = shc.split_jws(shc.numeric_to_jws(numeric))
    assert json.loads(shc.inflate(compressed)) == json.loads(_read(f"example-{n}-c-jws-payload-minified.json"))
    result = shc.parse_shc(numeric, AT, trust)
    assert result.valid, result.errors
    assert result.checks["signature"] is True
    assert result.fields["fhir_bundle"] == json.loads(_read(f"example-{n}-a-fhirBundle.json"))
    assert result.fields["issuer"] == "https://spec.smarthealth.cards/examples/issuer"


def test_example_01_is_signed_by_the_second_key(trust):
    header = shc.split_jws(_read("example-01-d-jws.txt").strip())[0]
    assert header["kid"].startswith("EBKOr72")
    assert shc.parse_shc(_read("example-01-f-qr-code-numeric-value-0.txt"), AT, trust).valid


def test_example_03_expires(trust):
    numeric = _read("example-03-f-qr-code-numeric-value-0.txt")
    late = shc.parse_shc(numeric, dt.datetime(2024, 6, 22, tzinfo=dt.UTC), trust)
    assert late.checks["not_expired"] is False and not late.valid


def test_example_03_is_revoked_by_the_issuers_crl(trust):
    """rid vwAjHdarZuc is listed as vwAjHdarZuc.1687450765: cards issued before that instant are revoked."""
    result = shc.parse_shc(_read("example-03-f-qr-code-numeric-value-0.txt"), AT, trust)
    assert result.checks["signature"] is True and result.checks["not_revoked"] is False
    assert "revoked" in " ".join(result.errors) and not result.valid
    use = assess(result)
    assert (use.state, use.usable) == ("refused", False) and usable_prefill(result).empty
    example_00 = shc.parse_shc(_read("example-00-f-qr-code-numeric-value-0.txt"), AT, trust)
    assert example_00.checks["not_revoked"] is True and example_00.valid  # rid MKyCxh7p6uQ is not listed


def test_a_key_with_crl_version_needs_its_revocation_list(tmp_path):
    """The spec key has crlVersion 1: without its CRL (or with an older one) revocation cannot be checked."""
    numeric = _read("example-00-f-qr-code-numeric-value-0.txt")
    for crls in ([], [{**json.loads(CRL.read_text("utf-8")), "ctr": 0}]):
        result = shc.parse_shc(numeric, AT, issuer_trust(tmp_path, crls=crls))
        assert result.checks["not_revoked"] is False and "refresh the trust list" in " ".join(result.errors)
        assert not assess(result).usable


def test_timestamped_rid_spares_cards_issued_after_it(tmp_path):
    signer = Signer.make()
    iss = "https://issuer.example.org"
    crl = {"kid": signer.jwk["kid"], "method": "rid", "ctr": 3, "rids": ["OLDCARD.1700000000", "ALWAYS"]}
    path = tmp_path / "issuer.json"
    path.write_text(json.dumps({"shc": [{"iss": iss, "keys": [{**signer.jwk, "crlVersion": 3}], "crls": [crl]}]}))
    trust = load_trust([path])
    dose = [("207", "2021-01-01", "completed")]
    at = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)  # after both cards' nbf
    before = shc.parse_shc(signer.shc(shc_payload(iss, dose, nbf=1_690_000_000, rid="OLDCARD")), at, trust)
    after = shc.parse_shc(signer.shc(shc_payload(iss, dose, nbf=1_710_000_000, rid="OLDCARD")), at, trust)
    bare = shc.parse_shc(signer.shc(shc_payload(iss, dose, nbf=1_710_000_000, rid="ALWAYS")), at, trust)
    assert before.checks["not_revoked"] is False and after.checks["not_revoked"] is True and after.valid
    assert bare.checks["not_revoked"] is False


def test_a_trusted_key_claiming_another_issuer_is_refused(tmp_path):
    trust = issuer_trust(tmp_path, iss="https://other-issuer.example.org")
    result = shc.parse_shc(_read("example-00-f-qr-code-numeric-value-0.txt"), AT, trust)
    assert result.checks["signature"] is False and result.trust == "issuer_mismatch"
    assert "belongs to 'https://other-issuer.example.org'" in " ".join(result.errors)
    assert (assess(result).state, assess(result).usable) == ("refused", False)


def test_a_jwks_without_iss_verifies_nothing():
    """A bare JWKS does not say whose keys these are: the safe reading is that it pins no issuer."""
    result = shc.parse_shc(_read("example-00-f-qr-code-numeric-value-0.txt"), AT, load_trust([JWKS]))
    assert result.checks["signature"] is False and result.trust == "issuer_unpinned"
    use = assess(result)
    assert (use.state, use.reason, use.usable) == ("not_verified", "issuer_unpinned", False)


def test_card_made_with_an_untrusted_key_for_a_trusted_issuer_is_not_verified(trust):
    card = Signer.make().shc(shc_payload(ISS, [("207", "2021-01-01", "completed")], nbf=1_690_000_000))
    result = shc.parse_shc(card, AT, trust)
    assert result.trust == "unknown_signer" and not assess(result).usable


@pytest.mark.parametrize("status", ["not-done", "entered-in-error"])
def test_doses_not_given_are_never_counted(tmp_path, status):
    signer = Signer.make()
    iss = "https://issuer.example.org"
    path = tmp_path / "issuer.json"
    path.write_text(json.dumps({"shc": [{"iss": iss, "keys": [signer.jwk]}]}))
    trust = load_trust([path])
    at = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    not_given = [("207", "2021-01-01", status), ("207", "2021-02-01", status), ("207", "2021-09-01", status)]
    result = shc.parse_shc(signer.shc(shc_payload(iss, not_given, nbf=1_690_000_000)), at, trust)
    assert result.checks["signature"] is True and result.checks["doses_completed"] is False
    assert result.fields["vaccinations"] == [] and len(result.fields["not_counted"]) == 3
    assert not result.valid and not assess(result).usable and usable_prefill(result).empty
    mixed = [*not_given[:2], ("207", "2021-09-01", "completed")]
    partly = shc.parse_shc(signer.shc(shc_payload(iss, mixed, nbf=1_690_000_000)), at, trust)
    assert partly.valid and [d["date"] for d in partly.fields["vaccinations"]] == ["2021-09-01"]
    assert usable_prefill(partly).data["vaccinations"] == [{"vaccine": "covid19", "date": "2021-09-01", "evidence": "digital"}]


def test_chunked_example_02_is_reassembled_or_refused(trust):
    chunks = [_read(f"example-02-f-qr-code-numeric-value-{i}.txt") for i in range(3)]
    lone = shc.parse_shc(chunks[0], AT, trust)
    assert not lone.valid and "chunk 1 of 3" in lone.errors[0]
    results = parse_texts(list(reversed(chunks)), AT, trust)
    assert len(results) == 1 and results[0].valid
    assert results[0].fields["fhir_bundle"] == json.loads(_read("example-02-a-fhirBundle.json"))
    partial = parse_texts(chunks[:2], AT, trust)
    assert len(partial) == 2 and not any(r.valid for r in partial)


def test_tampered_payload_fails_the_signature(trust):
    jws = _read("example-00-d-jws.txt").strip()
    head, payload, signature = jws.split(".")
    tampered = f"{head}.{payload[:-2]}{'A' if payload[-2] != 'A' else 'B'}{payload[-1]}.{signature}"
    result = shc.parse_shc(tampered, AT, trust)
    assert not result.valid


def test_without_keys_the_signature_is_not_verified():
    result = shc.parse_shc(_read("example-00-f-qr-code-numeric-value-0.txt"), AT, None)
    assert result.checks["signature"] is False and any("not verified" in e for e in result.errors)


def rasterise_qr_svg(svg: str, scale: int = 4) -> Image.Image:
    """The spec's SVG QR codes are one path of horizontal strokes (``M x y.5 h n m dx dy h n``)."""
    size = int(re.search(r'viewBox="0 0 (\d+) (\d+)"', svg).group(1))
    image = Image.new("L", (size * scale, size * scale), 255)
    draw = ImageDraw.Draw(image)
    path = re.search(r'<path stroke="#000000" d="([^"]+)"', svg).group(1)
    x = y = 0.0
    for command, args in re.findall(r"([MmHh])([^MmHh]*)", path):
        numbers = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", args)]
        if command == "M":
            x, y = numbers
        elif command == "m":
            x, y = x + numbers[0], y + numbers[1]
        else:
            end = x + numbers[0] if command == "h" else numbers[0]
            row = int(y)
            draw.rectangle([x * scale, row * scale, end * scale - 1, (row + 1) * scale - 1], fill=0)
            x = end
    return image


@pytest.mark.parametrize("n", ["00", "03"])
def test_svg_qr_rasterised_decodes_to_the_numeric_text(n):
    image = rasterise_qr_svg(_read(f"example-{n}-g-qr-code-0.svg"))
    symbols = decode_image(image.tobytes(), image.width, image.height, image.width)
    assert [s.text for s in symbols] == [_read(f"example-{n}-f-qr-code-numeric-value-0.txt").strip()]
