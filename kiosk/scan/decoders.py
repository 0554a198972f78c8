"""Barcode decoders behind one protocol.

* :class:`ZxingDecoder` (zxing-cpp): every symbology zxing-cpp reads (QR, PDF417 for paper boarding
  passes and ID cards, Aztec, Data Matrix, the 1-D codes). Text in zxing-cpp's ``Plain`` mode (its
  default ``HRI`` mode writes control bytes as ``<GS>``, ``<NUL>``), the payload's bytes kept as they
  are in :attr:`Symbol.data`.
* :class:`ZbarDecoder` (pyzbar): QR and 1-D codes, no PDF417. zbar guesses a character set and
  re-encodes what it reads (short UTF-8 CJK texts come back as Shift_JIS mojibake), and on the
  project's images and generated 1-D codes it read nothing zxing-cpp missed, so it is only the
  fallback when zxing-cpp is not installed (and the benchmark's baseline).
* :class:`CompositeDecoder`: the first decoder of its list that finds anything.

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
    """One decoded barcode: its text, symbology (``QRCODE``, ``PDF417``, ``AZTEC`` …) and the payload's
    bytes as the symbol holds them (``data``; binary payloads are kept exactly, whatever ``text`` is)."""

    text: str
    symbology: str
    data: bytes = b""


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
        return [Symbol(_text(item.data), item.type, bytes(item.data)) for item in found]


class ZxingDecoder:
    """zxing-cpp: every symbology it reads (``formats`` narrows them, e.g. ``"QRCode,PDF417"``)."""

    name = "zxing"

    def __init__(self, formats: str = "") -> None:
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
        if self._formats:
            found = zx.read_barcodes(image, formats=zx.barcode_formats_from_str(self._formats), text_mode=zx.TextMode.Plain)
        else:
            found = zx.read_barcodes(image, text_mode=zx.TextMode.Plain)
        return [Symbol(item.text, _zxing_name(item.format), bytes(item.bytes)) for item in found if item.valid]


def _zxing_name(fmt: object) -> str:
    name = str(getattr(fmt, "name", fmt)).upper()
    return {"QRCODE": "QRCODE", "DATAMATRIX": "DATAMATRIX", "AZTEC": "AZTEC", "PDF417": "PDF417"}.get(name, name)


class CompositeDecoder:
    """The first of ``decoders`` that finds anything (by default zxing-cpp alone, or pyzbar without it)."""

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
    seen: set[tuple[str, bytes]] = set()
    out = []
    for symbol in symbols:
        if (symbol.text, symbol.data) not in seen:
            seen.add((symbol.text, symbol.data))
            out.append(symbol)
    return out


def _available_decoders() -> list[Decoder]:
    """zxing-cpp alone; pyzbar only when zxing-cpp cannot be loaded."""
    for factory in (ZxingDecoder, ZbarDecoder):
        try:
            return [factory()]
        except (ImportError, OSError) as error:
            log.warning("barcode decoder %s unavailable: %s", factory.__name__, error)
    return []


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
