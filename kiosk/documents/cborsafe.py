"""Bounded CBOR decoding: the shape is walked without recursion before cbor2 builds any object.

A QR code is small, but its CBOR may claim a 2**60-element array, nest 100 000 levels deep or carry
trailing garbage. :func:`loads` refuses each of those with a :class:`CborError` before decoding.
"""

from __future__ import annotations

from typing import Any

import cbor2

MAX_DEPTH = 16
MAX_ITEMS = 20_000
MAX_BYTES = 256 * 1024


class CborError(ValueError):
    """Malformed or oversized CBOR (message suitable for the user)."""


def loads(data: bytes, *, max_depth: int = MAX_DEPTH, max_items: int = MAX_ITEMS) -> Any:
    """Decode one CBOR item after :func:`check_shape`; unknown tags come back as ``cbor2.CBORTag``."""
    check_shape(data, max_depth=max_depth, max_items=max_items)
    try:
        return cbor2.loads(data)
    except (cbor2.CBORDecodeError, ValueError, TypeError, OverflowError, RecursionError) as error:
        raise CborError(f"CBOR cannot be decoded ({type(error).__name__})") from None


def check_shape(data: bytes, *, max_depth: int = MAX_DEPTH, max_items: int = MAX_ITEMS) -> None:
    """Walk one CBOR item iteratively; raise CborError on truncation, excess depth, size or trailing bytes."""
    if not isinstance(data, bytes | bytearray):
        raise CborError("CBOR data must be bytes")
    if len(data) > MAX_BYTES:
        raise CborError(f"CBOR data is {len(data)} bytes; at most {MAX_BYTES} are accepted")
    if not data:
        raise CborError("CBOR data is empty")
    walker = _Walker(bytes(data), max_depth, max_items)
    walker.run()
    if walker.pos != len(data):
        raise CborError(f"{len(data) - walker.pos} unexpected bytes after the CBOR item")


class _Walker:
    def __init__(self, data: bytes, max_depth: int, max_items: int) -> None:
        self.data = data
        self.pos = 0
        self.max_depth = max_depth
        self.max_items = max_items
        self.stack: list[int] = []  # items still expected per open container; -1 = indefinite

    def run(self) -> None:
        items = 0
        while True:
            items += 1
            if items > self.max_items:
                raise CborError(f"CBOR has more than {self.max_items} items")
            if self._item():
                return

    def _byte(self) -> int:
        if self.pos >= len(self.data):
            raise CborError("CBOR data is truncated")
        value = self.data[self.pos]
        self.pos += 1
        return value

    def _argument(self, info: int) -> int | None:
        if info < 24:
            return info
        if info == 31:
            return None
        sizes = {24: 1, 25: 2, 26: 4, 27: 8}
        if info not in sizes:
            raise CborError(f"CBOR uses reserved additional information {info}")
        width = sizes[info]
        if self.pos + width > len(self.data):
            raise CborError("CBOR data is truncated")
        value = int.from_bytes(self.data[self.pos : self.pos + width], "big")
        self.pos += width
        return value

    def _item(self) -> bool:
        """Consume one header; return True once the top-level item is complete."""
        initial = self._byte()
        if initial == 0xFF:
            if not self.stack or self.stack[-1] != -1:
                raise CborError("CBOR 'break' outside an indefinite-length item")
            self.stack.pop()
            return self._completed()
        major, info = initial >> 5, initial & 0x1F
        argument = self._argument(info)
        if argument is None and major in (0, 1, 6):
            raise CborError("CBOR indefinite length on a type that has none")
        if major in (2, 3):
            if argument is None:
                return self._open(-1)
            if argument > len(self.data) - self.pos:
                raise CborError("CBOR string runs past the end of the data")
            self.pos += argument
            return self._completed()
        if major in (4, 5):
            if argument is None:
                return self._open(-1)
            count = argument * (2 if major == 5 else 1)
            if count > len(self.data) - self.pos:
                raise CborError("CBOR container claims more items than the data holds")
            return self._open(count) if count else self._completed()
        if major == 6:
            return self._open(1)
        if major == 7 and info == 31:
            raise CborError("CBOR 'break' outside an indefinite-length item")
        return self._completed()

    def _open(self, count: int) -> bool:
        self.stack.append(count)
        if len(self.stack) > self.max_depth:
            raise CborError(f"CBOR is nested more than {self.max_depth} levels deep")
        return False

    def _completed(self) -> bool:
        while self.stack:
            if self.stack[-1] == -1:
                return False
            self.stack[-1] -= 1
            if self.stack[-1] > 0:
                return False
            self.stack.pop()
        return True
