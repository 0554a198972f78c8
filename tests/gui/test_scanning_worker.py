"""The real FrameDecoder worker fed camera-like frames; frames dropped while busy; wedge scanner lines."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import json
import threading
from pathlib import Path

import pytest
import qrcode
import zxingcpp
from kiosk_gui_helpers import type_line
from PIL import Image, ImageFilter
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.documents.prefill import merge, prefill
from kiosk.records import parse_record
from kiosk.scan import Symbol
from kiosk.scan.dispatch import parse_texts
from ui.scanning import CameraSource, FrameDecoder, ScannerInput, gray_frame

pytestmark = pytest.mark.gui
DATA = Path(__file__).resolve().parents[1] / "data"
AT = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
BCBP = json.loads((DATA / "bcbp/public_cases.json").read_text("utf-8"))["cases"][1]["input"]
HC1 = json.loads((DATA / "dcc/AT/2DCode/raw/1.json").read_text("utf-8-sig"))["PREFIX"]


def camera_frame(symbol: Image.Image, size: tuple[int, int] = (641, 481)) -> QImage:
    """A grey, slightly blurred RGB32 'camera' frame with the symbol off-centre (odd width: padded rows)."""
    frame = Image.new("RGB", size, (150, 150, 140))
    symbol = symbol.convert("RGB")
    frame.paste(symbol, (40, 30))
    frame = frame.filter(ImageFilter.GaussianBlur(0.6))
    data = frame.tobytes("raw", "BGRX")
    image = QImage(data, size[0], size[1], size[0] * 4, QImage.Format.Format_RGB32)
    return image.copy()  # own the pixels


def qr_symbol(text: str) -> Image.Image:
    return qrcode.make(text, box_size=3, border=4).get_image()


def pdf417_symbol(text: str) -> Image.Image:
    bitmap = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.PDF417).to_image(scale=2)
    height, width = bitmap.shape[:2]
    return Image.frombytes("L", (width, height), bytes(memoryview(bitmap)))


@pytest.fixture
def frame_decoder(qtbot):
    decoder = FrameDecoder(parser=lambda texts: parse_texts(texts, AT), max_fps=0)
    yield decoder
    decoder.stop()


def test_gray_frame_keeps_the_padded_stride():
    frame = gray_frame(camera_frame(qr_symbol("x")))
    assert (frame.width, frame.bytes_per_line) == (641, 644)


def test_qr_frame_is_decoded_on_the_worker_and_fills_vaccinations(qtbot, frame_decoder):
    with qtbot.waitSignal(frame_decoder.decoded, timeout=10_000) as blocker:
        assert frame_decoder.submit(camera_frame(qr_symbol(HC1), (1280, 720)))
    [result] = blocker.args[0]
    assert result.kind == "dcc" and result.fields["certificate_type"] == "vaccination"
    record = parse_record(merge({"arrival_date": "2021-06-01"}, prefill(result)))
    assert [v.vaccine for v in record.vaccinations] == ["covid19"]


def test_pdf417_boarding_pass_frame_fills_the_conveyance(qtbot, frame_decoder):
    with qtbot.waitSignal(frame_decoder.decoded, timeout=10_000) as blocker:
        frame_decoder.submit(camera_frame(pdf417_symbol(BCBP)))
    [result] = blocker.args[0]
    assert result.kind == "bcbp" and result.valid
    fill = prefill(result)
    record = parse_record(merge({}, fill))
    assert record.conveyance.flight_number == "LH3664" and record.conveyance.destination == "GVA"
    assert fill.provenance.summary == "filled from boarding pass, all checks passed"


class _BlockingDecoder:
    """Holds the worker busy until released, so 'busy' is a fact, not a timing."""

    name = "blocking"

    def __init__(self) -> None:
        self.release = threading.Event()
        self.calls = 0

    def decode(self, frame):
        self.calls += 1
        assert self.release.wait(10)
        return [Symbol("hello", "QRCODE")]


def test_frames_are_dropped_not_queued_while_busy(qtbot):
    blocking = _BlockingDecoder()
    decoder = FrameDecoder(decoder=blocking, parser=lambda texts: parse_texts(texts, AT), max_fps=0)
    try:
        frame = camera_frame(qr_symbol("x"), (64, 48))
        assert decoder.submit(frame) is True
        for _ in range(5):
            assert decoder.submit(frame) is False
        assert (decoder.accepted, decoder.dropped, decoder.busy) == (1, 5, True)
        with qtbot.waitSignal(decoder.decoded, timeout=10_000) as blocker:
            blocking.release.set()
        assert blocker.args[0][0].kind == "unknown"
        assert blocking.calls == 1  # the dropped frames never reached the worker
        assert decoder.busy is False and decoder.submit(frame) is True
        qtbot.waitUntil(lambda: not decoder.busy, timeout=10_000)
        assert blocking.calls == 2
    finally:
        blocking.release.set()
        decoder.stop()


def test_frame_rate_cap_drops_frames_that_come_too_soon(qtbot):
    now = [100.0]
    blocking = _BlockingDecoder()
    blocking.release.set()
    decoder = FrameDecoder(decoder=blocking, parser=lambda texts: [], max_fps=8, clock=lambda: now[0])
    try:
        frame = camera_frame(qr_symbol("x"), (64, 48))
        assert decoder.submit(frame)
        qtbot.waitUntil(lambda: not decoder.busy, timeout=10_000)
        now[0] += 0.05
        assert decoder.submit(frame) is False  # 50 ms later: above 8 fps
        now[0] += 0.1
        assert decoder.submit(frame) is True
        qtbot.waitUntil(lambda: not decoder.busy, timeout=10_000)
    finally:
        decoder.stop()


@pytest.mark.qt_log_ignore("pipewire")
def test_camera_source_reports_no_camera(qtbot, frame_decoder, monkeypatch):
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "videoInputs", staticmethod(lambda: []))
    source = CameraSource(frame_decoder)
    with qtbot.waitSignal(source.status) as blocker:
        assert source.start() is False
    assert blocker.args == ["no camera attached"] and source.message == "no camera attached"


def test_wedge_scanner_line_is_caught_inside_the_widget(qtbot):
    root = QWidget()
    layout = QVBoxLayout(root)
    field, outside = QLineEdit(), QLineEdit()
    layout.addWidget(field)
    qtbot.addWidget(root)
    qtbot.addWidget(outside)
    ticks = iter(i * 0.01 for i in range(10_000))
    scanner = ScannerInput(root, clock=lambda: next(ticks))
    root.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    lines, texts = [], []
    scanner.line.connect(lines.append)
    scanner.text.connect(texts.append)
    mrz = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
    for line in mrz:
        type_line(field, line)
    assert lines == mrz
    assert texts == ["\n".join(mrz)]
    assert field.text() == ""  # the scanned characters did not stay in the field
    outside.show()
    outside.setFocus()
    qtbot.waitUntil(outside.hasFocus)
    type_line(outside, "M1OUTSIDE")
    assert len(lines) == 2 and outside.text() == "M1OUTSIDE"


def test_slow_typing_is_not_a_scanner(qtbot):
    root = QLineEdit()
    qtbot.addWidget(root)
    ticks = iter(i * 0.5 for i in range(10_000))  # half a second between keys: a person
    scanner = ScannerInput(root, clock=lambda: next(ticks))
    root.show()
    root.setFocus()
    qtbot.waitUntil(root.hasFocus)
    lines = []
    scanner.line.connect(lines.append)
    type_line(root, "ABCDEFG")
    assert lines == [] and root.text() == "ABCDEFG"
