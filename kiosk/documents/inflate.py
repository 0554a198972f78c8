"""Decompression with a hard cap on the output, shared by the HCERT (zlib) and SMART Health Card
(raw DEFLATE) pipelines: a decompression bomb stops at ``limit`` bytes instead of filling memory."""

from __future__ import annotations

import zlib
from typing import Literal

Problem = Literal["corrupt", "too_large", "truncated"]


class DecompressionRefused(ValueError):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(problem)


def bounded_decompress(data: bytes, limit: int, *, wbits: int) -> bytes:
    """Decompress ``data`` (``wbits`` as for :func:`zlib.decompressobj`) to at most ``limit`` bytes."""
    decompressor = zlib.decompressobj(wbits)
    try:
        out = decompressor.decompress(data, limit + 1)
    except zlib.error:
        raise DecompressionRefused("corrupt") from None
    if len(out) > limit or decompressor.unconsumed_tail:
        raise DecompressionRefused("too_large")
    if not decompressor.eof:
        raise DecompressionRefused("truncated")
    return out
