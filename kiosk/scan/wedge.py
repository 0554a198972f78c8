"""Keyboard-wedge scanner lines → document texts (Qt-free).

MRZ readers type each MRZ line followed by Enter; barcode scanners type one line per symbol.
:class:`LineCollector` joins consecutive MRZ lines (2 × 36/44 or 3 × 30) and passes other lines
through unchanged.
"""

from __future__ import annotations

import re

_MRZ_LINE = re.compile(r"[A-Z0-9<]{30}|[A-Z0-9<]{36}|[A-Z0-9<]{44}")


class LineCollector:
    def __init__(self) -> None:
        self._pending: list[str] = []

    def feed(self, line: str) -> str | None:
        """Return a complete text (MRZ block or other line), or None while an MRZ is incomplete."""
        line = line.rstrip("\r\n")
        candidate = line.strip().upper()
        if not _MRZ_LINE.fullmatch(candidate):
            self._pending.clear()
            return line
        if self._pending and len(self._pending[0]) != len(candidate):
            self._pending.clear()
        self._pending.append(candidate)
        needed = 3 if len(candidate) == 30 else 2
        if len(self._pending) < needed:
            return None
        text = "\n".join(self._pending)
        self._pending.clear()
        return text

    def reset(self) -> None:
        self._pending.clear()
