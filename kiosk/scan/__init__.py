"""Barcode decoding (pyzbar, zxing-cpp) and the dispatcher from decoded text to parsed documents."""

from kiosk.scan.decoders import (
    CompositeDecoder,
    Decoder,
    GrayFrame,
    Symbol,
    ZbarDecoder,
    ZxingDecoder,
    decode_file,
    decode_image,
)
from kiosk.scan.dispatch import classify, classify_and_parse, parse_texts

__all__ = [
    "CompositeDecoder", "Decoder", "GrayFrame", "Symbol", "ZbarDecoder", "ZxingDecoder", "classify",
    "classify_and_parse", "decode_file", "decode_image", "parse_texts",
]
