"""Typesetting helpers shared by the slip and the pathway chart: fonts, Arabic shaping, paragraphs.

reportlab cannot shape Arabic or reorder right-to-left text by itself (TECH-NOTES §10), so Arabic runs
are shaped with arabic-reshaper and reordered with python-bidi *after* line breaking: we break the
logical text into lines that fit the frame ourselves, then reorder each line, so that the first line of
an Arabic paragraph is the top line. Latin runs are set in DejaVu Sans and Arabic runs in Noto Sans
Arabic (which has no Latin glyphs), each wrapped in a ``<font>`` tag.
"""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from kiosk.fonts import font_path

REGULAR = "KioskSans"
BOLD = "KioskSans-Bold"
ARABIC = "KioskArabic"
ARABIC_BOLD = "KioskArabic-Bold"

_ARABIC_CHARS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
_ARABIC_RUN = re.compile(f"([{_ARABIC_CHARS}]+(?:[ \u00a0]+[{_ARABIC_CHARS}]+)*)")
_HAS_ARABIC = re.compile(f"[{_ARABIC_CHARS}]")
# A left-to-right stretch inside right-to-left text: from a Latin letter, digit, + or ( to the last one.
_LTR_RUN = re.compile(f"[A-Za-z0-9+(\u00c0-\u024f][^{_ARABIC_CHARS}]*[A-Za-z0-9)%\u00c0-\u024f]")


@cache
def register_fonts() -> None:
    """Register the shipped fonts with reportlab once per process."""
    for name, role in ((REGULAR, "regular"), (BOLD, "bold"), (ARABIC, "arabic"), (ARABIC_BOLD, "arabic_bold")):
        pdfmetrics.registerFont(TTFont(name, str(font_path(role))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


def has_arabic(text: str) -> bool:
    return bool(_HAS_ARABIC.search(text))


def _runs(text: str) -> list[tuple[str, bool]]:
    """Split ``text`` into (run, is_arabic) pieces."""
    return [(piece, index % 2 == 1) for index, piece in enumerate(_ARABIC_RUN.split(text)) if piece]


def _fonts(bold: bool) -> tuple[str, str]:
    return (BOLD, ARABIC_BOLD) if bold else (REGULAR, ARABIC)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Printed width in points of ``text`` (already shaped) in the shipped fonts."""
    register_fonts()
    latin, arabic = _fonts(bold)
    return sum(pdfmetrics.stringWidth(run, arabic if is_ar else latin, size) for run, is_ar in _runs(text))


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for display-ordered ``text``: escaped, Arabic runs in the Arabic font."""
    _, arabic = _fonts(bold)
    return "".join(
        f'<font name="{arabic}">{escape(run)}</font>' if is_ar else escape(run) for run, is_ar in _runs(text)
    )


_RESHAPER = arabic_reshaper.ArabicReshaper()
_BIDI_CONTROLS = str.maketrans("", "", "\u200e\u200f\u2066\u2067\u2068\u2069")


@cache
def shape(text: str) -> str:
    """Arabic letters in their contextual forms (logical order kept). Letters never join across a
    space, so shaping a paragraph once and splitting it into words later gives the same forms."""
    return _RESHAPER.reshape(text) if has_arabic(text) else text


def wrap_lines(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy line breaking of logical ``text`` (already shaped) at spaces so each line fits ``width``."""
    space = text_width(" ", size, bold)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in paragraph.split():
            word_width = text_width(word, size, bold)
            if current and used + space + word_width > width:
                lines.append(" ".join(current))
                current, used = [word], word_width
            else:
                used += (space if current else 0.0) + word_width
                current.append(word)
        lines.append(" ".join(current))
    return lines


@cache
def bidi_markup(text: str, width: float, size: float, *, rtl: bool, bold: bool = False) -> str:
    """Markup for text containing Arabic: shaped, broken into lines, then each line reordered.

    Bidi control marks in ``text`` (LRM around a Latin name inside Arabic, say) steer the reordering
    and are dropped before printing.
    """
    direction = "R" if rtl else "L"
    if rtl:
        text = _LTR_RUN.sub(lambda m: isolate_ltr(m.group(0)), text)
    lines = wrap_lines(shape(text), width, size, bold)
    return "<br/>".join(
        markup(get_display(line, base_dir=direction).translate(_BIDI_CONTROLS), bold) for line in lines
    )


def isolate_ltr(value: str) -> str:
    """Mark a left-to-right value (a name, a phone number) for insertion into right-to-left text."""
    return f"\u200e{value}\u200e"


def style(name: str, size: float, *, bold: bool = False, rtl: bool = False, leading: float = 1.22,
          **extra: object) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(
        name, fontName=BOLD if bold else REGULAR, fontSize=size, leading=round(size * leading, 2),
        alignment=TA_RIGHT if rtl else TA_LEFT, splitLongWords=1, **extra,
    )


def para(text: str, st: ParagraphStyle, width: float, *, rtl: bool = False) -> Paragraph:
    """A Paragraph for plain ``text`` (not markup) in ``width`` points; handles Arabic and RTL."""
    bold = st.fontName == BOLD
    if rtl and not has_arabic(text):  # a Latin value on a right-to-left slip: left-to-right, set right
        return _Para(escape(text).replace("\n", "<br/>"), st)
    if rtl or has_arabic(text):
        inner = width - st.leftIndent - st.rightIndent - st.firstLineIndent
        body = bidi_markup(text, inner, st.fontSize, rtl=rtl, bold=bold)
    else:
        body = escape(text).replace("\n", "<br/>")
    return _Para(body, st)


class _Para(Paragraph):
    """A Paragraph that remembers its last wrap: the slip measures its story, then platypus wraps the
    same flowables again while drawing; line breaking is the costliest step, so do it once."""

    _wrapped_for: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for is not None and self._wrapped_for[0] == availWidth and hasattr(self, "blPara"):
            return self._wrapped_for[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped_for = (availWidth, size)
        return size


def paragraph_overflows(paragraph: Paragraph) -> bool:
    """True when a wrapped Paragraph has a line wider than the width it was wrapped to."""
    lines = getattr(getattr(paragraph, "blPara", None), "lines", None) or []
    for line in lines:
        extra = line[0] if isinstance(line, tuple) else getattr(line, "extraSpace", 0)
        if extra < -0.5:
            return True
    return False
