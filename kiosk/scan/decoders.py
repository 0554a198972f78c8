"""Barcode decoders behind one protocol.

* :class:`ZbarDecoder` (pyzbar): QR and 1-D codes; fast, but no PDF417.
* :class:`ZxingDecoder` (zxing-cpp): PDF417 (paper boarding passes, ID cards), Aztec, Data Matrix, QR.
* :class:`CompositeDecoder`: zbar first; zxing-cpp only when zbar found nothing, so a QR frame costs
  about one zbar pass.

Frames are 8-bit greyscale with an explicit row stride (``bytes_per_line``): QImage rows are 4-byte
aligned, and handing pyzbar the logical width instead of the stride decodes nothing (TECH-NOTES §11).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kiosk.errors import KioskError

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 25_000_000
MAX_PIXELS = 40_000_000
MAX_SIDE = 12_000


@dataclass(frozen=True)
class GrayFrame:
    """An 8-bit greyscale image; row ``y`` starts at ``y * bytes_per_line``."""

    data: bytes
    width: int
    height: int
    bytes_per_line: int

    def __post_init__(self) -> None:
        if self.width <= 0 or self.height <= 0:
            raise ValueError(f"frame size {self.width}×{self.height} is empty")
        if self.bytes_per_line < self.width:
            raise ValueError(f"bytes_per_line {self.bytes_per_line} is smaller than the width {self.width}")
        if len(self.data) < self.bytes_per_line * (self.height - 1) + self.width:
            raise ValueError("frame buffer is shorter than bytes_per_line × height")


@dataclass(frozen=True)
class Symbol:
    """One decoded barcode: its text and symbology (``QRCODE``, ``PDF417``, ``AZTEC`` …)."""

    text: str
    symbology: str


class Decoder(Protocol):
    name: str

    def decode(self, frame: GrayFrame) -> list[Symbol]: ...


def _text(raw: bytes | str) -> str:
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


class ZbarDecoder:
    """pyzbar: QR and 1-D symbologies (zbar's PDF417 support is incomplete; not requested)."""

    name = "zbar"

    def __init__(self) -> None:
        from pyzbar import pyzbar  # raises ImportError if libzbar0 is missing

        self._pyzbar = pyzbar
        wanted = ("QRCODE", "CODE128", "CODE39", "CODE93", "EAN13", "EAN8", "I25", "DATABAR", "CODABAR")
        self._symbols = [s for s in pyzbar.ZBarSymbol if s.name in wanted]

    def decode(self, frame: GrayFrame) -> list[Symbol]:
        # zbar takes (pixels, width, height); passing the stride as the width keeps rows aligned.
        data = frame.data[: frame.bytes_per_line * frame.height]
        if len(data) < frame.bytes_per_line * frame.height:
            data = data.ljust(frame.bytes_per_line * frame.height, b"\xff")
        found = self._pyzbar.decode((data, frame.bytes_per_line, frame.height), symbols=self._symbols)
        return [Symbol(_text(item.data), item.type) for item in found]


class ZxingDecoder:
    """zxing-cpp: PDF417, Aztec, Data Matrix and QR (also the fallback when zbar finds nothing)."""

    name = "zxing"

    def __init__(self, formats: str = "PDF417,Aztec,DataMatrix,QRCode") -> None:
        import zxingcpp

        self._zxing = zxingcpp
        self._formats = formats  # a string: zxing objects kept past shutdown make nanobind report leaks

    def decode(self, frame: GrayFrame) -> list[Symbol]:
        zx = self._zxing
        view = memoryview(frame.data[: frame.bytes_per_line * frame.height])
        if len(view) < frame.bytes_per_line * frame.height:
            view = memoryview(bytes(view).ljust(frame.bytes_per_line * frame.height, b"\xff"))
        image = zx.ImageView(
            view.cast("B", (frame.height, frame.bytes_per_line)), frame.width, frame.height,
            zx.ImageFormat.Lum, frame.bytes_per_line, 1,
        )
        found = zx.read_barcodes(image, formats=zx.barcode_formats_from_str(self._formats))
        return [Symbol(item.text, _zxing_name(item.format)) for item in found if item.valid]


def _zxing_name(fmt: object) -> str:
    name = str(getattr(fmt, "name", fmt)).upper()
    return {"QRCODE": "QRCODE", "DATAMATRIX": "DATAMATRIX", "AZTEC": "AZTEC", "PDF417": "PDF417"}.get(name, name)


class CompositeDecoder:
    """zbar for QR/1-D; zxing-cpp for PDF417/Aztec/Data Matrix and as QR fallback."""

    name = "composite"

    def __init__(self, decoders: list[Decoder] | None = None) -> None:
        self.decoders = decoders if decoders is not None else _available_decoders()
        if not self.decoders:
            raise KioskError("no barcode decoder is available (install libzbar0 or zxing-cpp)")

    def decode(self, frame: GrayFrame) -> list[Symbol]:
        for decoder in self.decoders:
            symbols = decoder.decode(frame)
            if symbols:
                return _unique(symbols)
        return []


def _unique(symbols: list[Symbol]) -> list[Symbol]:
    seen: set[str] = set()
    out = []
    for symbol in symbols:
        if symbol.text not in seen:
            seen.add(symbol.text)
            out.append(symbol)
    return out


def _available_decoders() -> list[Decoder]:
    decoders: list[Decoder] = []
    for factory in (ZbarDecoder, ZxingDecoder):
        try:
            decoders.append(factory())
        except (ImportError, OSError) as error:
            log.warning("barcode decoder %s unavailable: %s", factory.__name__, error)
    return decoders


_default: CompositeDecoder | None = None


def default_decoder() -> CompositeDecoder:
    global _default
    if _default is None:
        _default = CompositeDecoder()
    return _default


def decode_image(gray_bytes: bytes, width: int, height: int, bytes_per_line: int,
                 decoder: Decoder | None = None) -> list[Symbol]:
    """Decode every barcode in an 8-bit greyscale buffer whose rows are ``bytes_per_line`` apart."""
    frame = GrayFrame(bytes(gray_bytes), width, height, bytes_per_line)
    return (decoder or default_decoder()).decode(frame)


def decode_file(path: Path | str, decoder: Decoder | None = None) -> list[Symbol]:
    """Decode an image file; refuses huge or unreadable files with a KioskError (one clear line)."""
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise KioskError(f"cannot read image {path}: {error.strerror}") from None
    if size > MAX_FILE_BYTES:
        raise KioskError(f"image {path} is {size // 1_000_000} MB; at most {MAX_FILE_BYTES // 1_000_000} MB")
    try:
        with Image.open(path) as image:
            width, height = image.size
            if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
                raise KioskError(f"image {path} is {width}×{height} pixels; too large to decode")
            gray = image.convert("L")
    except KioskError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError) as error:
        raise KioskError(f"cannot read image {path}: {type(error).__name__}: {error}".rstrip(": ")) from None
    return decode_image(gray.tobytes(), gray.width, gray.height, gray.width, decoder)
