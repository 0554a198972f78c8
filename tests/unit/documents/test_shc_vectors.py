"""SMART Health Cards spec examples (tests/data/shc): numeric → JWS → inflate → ES256 → FHIR bundle."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from kiosk.documents import shc
from kiosk.documents.trust import load_trust
from kiosk.scan import decode_image, parse_texts

EXAMPLES = Path(__file__).resolve().parents[2] / "data/shc/spec_examples"
JWKS = EXAMPLES / "issuer/.well-known/jwks.json"
AT = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)  # after every nbf (2023-06-22), before example 03's exp


def _read(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def trust():
    return load_trust([JWKS])


@pytest.mark.parametrize("n", ["00", "01", "03"])
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
