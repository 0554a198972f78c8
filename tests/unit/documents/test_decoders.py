"""The kiosk's decoder reads at least what bare zxing-cpp reads on the same image: every public test image
in tests/data, the SMART Health Card SVG QR codes rasterised, and generated CJK and binary QR codes (which
zbar-first decoding misread and zxing-cpp's default text mode escaped)."""

from __future__ import annotations

from pathlib import Path

import pytest
import qrcode
import zxingcpp
from PIL import Image
from test_shc_vectors import rasterise_qr_svg

from kiosk.scan import decode_file, decode_image
from kiosk.scan.decoders import CompositeDecoder, ZbarDecoder, default_decoder

DATA = Path(__file__).resolve().parents[2] / "data"
IMAGES = sorted(p for p in DATA.rglob("*.png") if "fuzz" not in p.parts)
SVGS = sorted((DATA / "shc/spec_examples").glob("*.svg"))


def bare_zxing(image: Image.Image) -> list[tuple[str, bytes]]:
    """What zxing-cpp reads with nothing around it (its text in Plain mode, and the raw bytes)."""
    found = zxingcpp.read_barcodes(image.convert("L"), text_mode=zxingcpp.TextMode.Plain)
    return sorted((b.text, bytes(b.bytes)) for b in found if b.valid)


def ours(image: Image.Image) -> list[tuple[str, bytes]]:
    grey = image.convert("L")
    return sorted((s.text, s.data) for s in decode_image(grey.tobytes(), grey.width, grey.height, grey.width))


def test_the_public_images_are_all_here():
    assert len(IMAGES) >= 12 and len(SVGS) >= 6


@pytest.mark.parametrize("path", IMAGES, ids=lambda p: str(p.relative_to(DATA)))
def test_every_public_image_reads_at_least_what_bare_zxing_reads(path):
    bare = bare_zxing(Image.open(path))
    assert bare, "the public image holds a readable code"
    assert set(bare) <= {(s.text, s.data) for s in decode_file(path)}


@pytest.mark.parametrize("path", SVGS, ids=lambda p: p.name)
def test_every_smart_health_card_svg_reads_at_least_what_bare_zxing_reads(path):
    image = rasterise_qr_svg(path.read_text("utf-8"))
    bare = bare_zxing(image)
    assert bare and set(bare) <= set(ours(image))


def qr(payload: str | bytes, **options) -> Image.Image:
    code = qrcode.QRCode(box_size=4, border=4, **options)
    code.add_data(payload)
    code.make(fit=True)
    return code.make_image().get_image().convert("L")


CJK = ["日本", "漢字テスト", "健康証明書", "中文测试", "대한민국", "ไทย", "مرحبا"]


@pytest.mark.parametrize("text", CJK)
def test_cjk_qr_codes_read_as_written(text):
    """UTF-8 in byte mode without ECI: zbar guessed Shift_JIS for short texts ("日本" came back "譌･譛ｬ")."""
    image = qr(text)
    assert ours(image) == bare_zxing(image) == [(text, text.encode("utf-8"))]


def test_shift_jis_qr_keeps_its_bytes():
    payload = "テスト".encode("shift_jis")
    image = qr(payload)
    [(text, data)] = ours(image)
    assert data == payload and text == "テスト"


@pytest.mark.parametrize("payload", [bytes(range(256)), b"\x00\x00\xff\xfe", b"HC1:\x1d\x04\x00end"],
                         ids=["all_bytes", "nul_ff", "controls_in_text"])
def test_binary_payloads_are_kept_as_bytes(payload):
    image = qr(payload)
    [symbol] = decode_image(image.tobytes(), image.width, image.height, image.width)
    assert symbol.data == payload
    assert "<NUL>" not in symbol.text and "<GS>" not in symbol.text  # zxing-cpp's HRI escapes are not used
    assert (symbol.text, symbol.data) in bare_zxing(image)


def test_control_characters_stay_in_the_text():
    image = qr("A\x1dB\x04C")
    assert [s.text for s in decode_image(image.tobytes(), image.width, image.height, image.width)] == ["A\x1dB\x04C"]


def test_zxing_alone_by_default_and_zbar_only_as_a_fallback():
    assert [d.name for d in default_decoder().decoders] == ["zxing"]
    fallback = CompositeDecoder([ZbarDecoder()])
    image = qr("HC1:FALLBACK")
    assert [s.text for s in decode_image(image.tobytes(), image.width, image.height, image.width, fallback)] == \
        ["HC1:FALLBACK"]
