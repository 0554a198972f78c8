"""Typesetting helpers shared by the slip and the pathway chart: fonts, Arabic shaping, paragraphs.

Other scripts (Ethiopic, Thai, Myanmar, whatever a language file brings) are set in the fonts their
language file names: a run of characters that such a font covers (and DejaVu Sans is not meant for) is
set in it. Scripts whose language file says ``shaping: true`` (Thai, Myanmar) are shaped with HarfBuzz
(reportlab's ``shaping`` paragraph style, through uharfbuzz): each run in its own font, because
reportlab shapes a word with the font of its first fragment (:func:`_shape_by_font`).

reportlab cannot shape Arabic or reorder right-to-left text by itself (TECH-NOTES §10), so Arabic runs
are shaped with arabic-reshaper and reordered with python-bidi *after* line breaking: we break the
logical text into lines that fit the frame ourselves, then reorder each line, so that the first line of
an Arabic paragraph is the top line. Latin runs are set in DejaVu Sans and Arabic runs in Noto Sans
Arabic (which has no Latin glyphs).

Speed: a slip has about a hundred small paragraphs, and reportlab's markup parser (``html.parser``)
used to cost as much as breaking and drawing them. :func:`para` therefore builds the paragraph
fragments itself (one per font run, a line-break fragment between lines) from a template fragment
that reportlab's own parser made for the style; the result is the same as parsing the markup (a test
compares them). Styles are cached per size, and shaping results are cached (bounded) because labels
repeat on every slip.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, makeShapedFragWord
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paraparser import ParaFrag

from kiosk import languages
from kiosk.fonts import font_path

REGULAR = "KioskSans"
BOLD = "KioskSans-Bold"
ARABIC = "KioskArabic"
ARABIC_BOLD = "KioskArabic-Bold"

_ARABIC_CHARS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
# What reportlab treats as a breakable space (platypus.paragraph._wsc): NOT U+00A0, but U+202F is.
_BREAKABLE = "\t\n\x0b\x0c\r\x1c-\x1f \x85\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000"
# Any space between Arabic words stays in the Arabic run (a tab too: as the fragments, which see one space).
_ARABIC_RUN = re.compile(f"([{_ARABIC_CHARS}]+(?:[{_BREAKABLE}\u00a0]+[{_ARABIC_CHARS}]+)*)")
_HAS_ARABIC = re.compile(f"[{_ARABIC_CHARS}]")
# A left-to-right stretch inside right-to-left text: from a Latin letter, digit, + or ( to the last one.
_LTR_RUN = re.compile(f"[A-Za-z0-9+(\u00c0-\u024f][^{_ARABIC_CHARS}]*[A-Za-z0-9)%\u00c0-\u024f]")
_SPACES = re.compile(f"[{_BREAKABLE}]+")
# French (and harmless elsewhere): a space before : ; ! ? % » or after « never starts or ends a line.
_BEFORE_PUNCT = re.compile(r"[ \u202f\u00a0]+(?=[:;!?%»]|°C)")
_AFTER_GUILLEMET = re.compile(r"(?<=«)[ \u202f\u00a0]+")


@cache
def register_fonts() -> None:
    """Register the shipped fonts with reportlab once per process."""
    for name, role in ((REGULAR, "regular"), (BOLD, "bold"), (ARABIC, "arabic"), (ARABIC_BOLD, "arabic_bold")):
        pdfmetrics.registerFont(TTFont(name, str(font_path(role))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


# A character this low, or in the punctuation and symbol blocks, stays in the Latin font.
_COMMON = ((0x0000, 0x036F), (0x2000, 0x2BFF), (0xFE00, 0xFE0F))
LATIN = ""
"""The kind of a run set in DejaVu Sans (``_runs``); ``"arabic"`` and script codes are the others."""


class _Scripts:
    """The fonts of the languages' scripts (not Latin, not Arabic: those have their own path above),
    the pattern that finds their runs, and which need shaping; rebuilt when the registry changes."""

    def __init__(self) -> None:
        register_fonts()
        self.fonts: dict[str, tuple[str, str]] = {}
        self.shaped: set[str] = set()
        self.leading: list[tuple[re.Pattern[str], float]] = []
        classes = []
        for language in languages.registry().values():
            if language.script in ("Latn", "Arab") or not language.fonts or language.script in self.fonts:
                continue
            names = (f"Kiosk{language.script}", f"Kiosk{language.script}-Bold")
            for name, role in zip(names, ("regular", "bold"), strict=True):
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, str(language.fonts[role])))
            self.fonts[language.script] = names
            if language.shaping:
                self.shaped.update(names)
            chars = _char_class(pdfmetrics.getFont(names[0]).face.charToGlyph)
            classes.append((language.script, f"[{chars}]+(?:[{_BREAKABLE}\u00a0]+[{chars}]+)*"))
            if language.leading > 1:
                self.leading.append((re.compile(f"[{chars}]"), language.leading))
        self.pattern = re.compile("|".join(f"(?P<{script}>{pattern})" for script, pattern in classes)) if classes \
            else None
        self.any_shaped = re.compile("|".join(p for s, p in classes if self.fonts[s][0] in self.shaped)) \
            if self.shaped else None


def _char_class(cmap: dict[int, int]) -> str:
    """A regex character class (without brackets) of the code points a script font covers, less the common ones."""
    points = sorted(c for c in cmap if not any(low <= c <= high for low, high in _COMMON) and c != 0x00A0)
    ranges: list[tuple[int, int]] = []
    for point in points:
        if ranges and point == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], point)
        else:
            ranges.append((point, point))
    return "".join(f"\\U{low:08x}" if low == high else f"\\U{low:08x}-\\U{high:08x}" for low, high in ranges)


_scripts_built: tuple[int, _Scripts] | None = None


def _scripts() -> _Scripts:
    global _scripts_built
    generation = languages.generation()
    if _scripts_built is None or _scripts_built[0] != generation:
        _scripts_built = (generation, _Scripts())
    return _scripts_built[1]


def has_arabic(text: str) -> bool:
    return bool(_HAS_ARABIC.search(text))


def needs_shaping(text: str) -> bool:
    """Whether ``text`` has a run of a script that must be shaped (Thai, Myanmar...)."""
    pattern = _scripts().any_shaped
    return bool(pattern and pattern.search(text))


def leading_factor(text: str) -> float:
    """How much taller lines of ``text`` must be for its scripts (Myanmar stacks marks high and low)."""
    return max((factor for pattern, factor in _scripts().leading if pattern.search(text)), default=1.0)


def _runs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into (run, kind) pieces: kind ``"arabic"``, a script code, or :data:`LATIN`."""
    pieces = []
    for index, piece in enumerate(_ARABIC_RUN.split(text)):
        if not piece:
            continue
        if index % 2 == 1:
            pieces.append((piece, "arabic"))
        else:
            pieces += _script_runs(piece)
    return pieces


def _script_runs(text: str) -> list[tuple[str, str]]:
    pattern = _scripts().pattern
    if pattern is None:
        return [(text, LATIN)]
    pieces, start = [], 0
    for match in pattern.finditer(text):
        if match.start() > start:
            pieces.append((text[start:match.start()], LATIN))
        pieces.append((match.group(0), match.lastgroup or LATIN))
        start = match.end()
    if start < len(text):
        pieces.append((text[start:], LATIN))
    return pieces


def _font(kind: str, bold: bool) -> str:
    if kind == LATIN:
        return BOLD if bold else REGULAR
    if kind == "arabic":
        return ARABIC_BOLD if bold else ARABIC
    regular, bold_name = _scripts().fonts[kind]
    return bold_name if bold else regular


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Printed width in points of ``text`` (already shaped) in the shipped fonts."""
    register_fonts()
    return sum(pdfmetrics.stringWidth(run, _font(kind, bold), size) for run, kind in _runs(text))


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for display-ordered ``text``: escaped, each script's runs in its font."""
    return "".join(
        f'<font name="{_font(kind, bold)}">{escape(run)}</font>' if kind != LATIN else escape(run)
        for run, kind in _runs(text)
    )


_rl_shape = rl_paragraph.shapeFragWord


def _shape_by_font(word: list) -> list:  # type: ignore[type-arg]
    """reportlab's ``shapeFragWord``, one font at a time: only the runs of fonts that need shaping are
    shaped, each with its own font (reportlab would shape a mixed word, ``(ไทย)`` say, with the font of
    its first fragment and print missing glyphs)."""
    items = word[1:]
    shaped_fonts = _scripts().shaped
    if not any(getattr(frag, "fontName", "") in shaped_fonts for frag, _ in items):
        return word
    if len({frag.fontName for frag, _ in items}) == 1 or any(hasattr(frag, "cbDefn") for frag, _ in items):
        return _rl_shape(word)
    pieces, width = [], 0.0
    for frag, text in items:
        if frag.fontName in shaped_fonts:
            shaped = _rl_shape(word.__class__([pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize), (frag, text)]))
            pieces += shaped[1:]
            width += shaped[0]
        else:
            pieces.append((frag, text))
            width += pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)
    return makeShapedFragWord(word)([width, *pieces])


rl_paragraph.shapeFragWord = _shape_by_font


_RESHAPER = arabic_reshaper.ArabicReshaper()
_BIDI_CONTROLS = str.maketrans("", "", "\u200e\u200f\u2066\u2067\u2068\u2069")


def typeset(text: str) -> str:
    """Typographic no-break spaces: before ``: ; ! ? %`` and ``»``, after ``«`` (French puts a space
    there, and a line must never start with the colon), and before ``°C``. Other languages have no
    space before that punctuation, so the rule changes nothing for them."""
    if " " not in text and "\u202f" not in text and "«" not in text:
        return text
    return _AFTER_GUILLEMET.sub("\u00a0", _BEFORE_PUNCT.sub("\u00a0", text))


@lru_cache(maxsize=4096)
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
        for word in _SPACES.split(paragraph):  # not str.split(): it breaks at no-break spaces too
            if not word:
                continue
            word_width = text_width(word, size, bold)
            if current and used + space + word_width > width:
                lines.append(" ".join(current))
                current, used = [word], word_width
            else:
                used += (space if current else 0.0) + word_width
                current.append(word)
        lines.append(" ".join(current))
    return lines


@lru_cache(maxsize=4096)
def bidi_lines(text: str, width: float, size: float, *, rtl: bool, bold: bool = False) -> tuple[str, ...]:
    """Text containing Arabic, shaped, broken into lines of ``width``, each line in display order.

    Bidi control marks in ``text`` (LRM around a Latin name inside Arabic, say) steer the reordering
    and are dropped before printing.
    """
    direction = "R" if rtl else "L"
    lines = wrap_lines(shape(text), width, size, bold)
    if rtl:  # per line: a Latin stretch cut by a line break must not carry its end punctuation away
        lines = [_LTR_RUN.sub(lambda m: isolate_ltr(m.group(0)), line) for line in lines]
    return tuple(get_display(line, base_dir=direction).translate(_BIDI_CONTROLS) for line in lines)


def bidi_markup(text: str, width: float, size: float, *, rtl: bool, bold: bool = False) -> str:
    """:func:`bidi_lines` as Paragraph markup (Arabic runs in the Arabic font, ``<br/>`` between lines)."""
    return "<br/>".join(markup(line, bold) for line in bidi_lines(text, width, size, rtl=rtl, bold=bold))


def isolate_ltr(value: str) -> str:
    """Mark a left-to-right value (a name, a phone number) for insertion into right-to-left text."""
    return f"\u200e{value}\u200e"


def style(name: str, size: float, *, bold: bool = False, rtl: bool = False, leading: float = 1.22,
          **extra: object) -> ParagraphStyle:
    """A paragraph style in the shipped fonts; the same arguments give the same (shared) object.

    No space shrinkage: reportlab would otherwise let a line run up to 5 % of its spaces past the
    frame and squeeze the word spacing while drawing, which the overflow audit cannot tell from a
    line that really overflows (and right-aligned lines would start outside the frame)."""
    return _style(name, size, bold, rtl, leading, tuple(sorted(extra.items())))


@lru_cache(maxsize=512)
def _style(name: str, size: float, bold: bool, rtl: bool, leading: float,
           extra: tuple[tuple[str, object], ...]) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(
        name, fontName=BOLD if bold else REGULAR, fontSize=size, leading=round(size * leading, 2),
        alignment=TA_RIGHT if rtl else TA_LEFT, splitLongWords=1, spaceShrinkage=0, **dict(extra),
    )


def para(text: str, st: ParagraphStyle, width: float, *, rtl: bool = False) -> Paragraph:
    """A Paragraph for plain ``text`` (not markup) in ``width`` points; handles Arabic and RTL."""
    text = typeset(text)
    shaping, taller = needs_shaping(text), leading_factor(text)
    if (shaping and not st.shaping) or taller > 1:
        st = _variant(st, shaping, taller)
    if rtl or has_arabic(text):
        if not has_arabic(text):  # a Latin value on a right-to-left slip: left-to-right, set right
            return _Para.of_lines(text.split("\n"), st)
        inner = width - st.leftIndent - st.rightIndent - st.firstLineIndent
        made = _Para.of_lines(bidi_lines(text, inner, st.fontSize, rtl=rtl, bold=st.fontName == BOLD), st)
        made.logical = text  # the estimate re-breaks it in reading order, as bidi_lines did
        return made
    return _Para.of_lines(text.split("\n"), st)


@lru_cache(maxsize=512)
def _variant(st: ParagraphStyle, shaping: bool, taller: float) -> ParagraphStyle:
    """``st`` with HarfBuzz shaping (for paragraphs with Thai, Myanmar...) and lines ``taller``."""
    return ParagraphStyle(f"{st.name}-{int(shaping)}-{taller}", parent=st, shaping=int(shaping or st.shaping),
                          leading=round(st.leading * taller, 2))


@lru_cache(maxsize=512)
def _template(st: ParagraphStyle) -> ParaFrag:
    """The fragment reportlab's parser makes for plain text in ``st`` (all attributes but the text)."""
    return Paragraph("x", st).frags[0]


def _frags(lines: Sequence[str], st: ParagraphStyle) -> list[ParaFrag]:
    """The fragments reportlab would parse from ``lines`` as markup (escaped text, Arabic runs in
    ``<font name=Arabic>``, ``<br/>`` between lines), without running its markup parser."""
    base = _template(st)
    bold = st.fontName == BOLD
    frags: list[ParaFrag] = []
    for index, line in enumerate(lines):
        if index:
            frags.append(base.clone(text="", lineBreak=True, __tag__="br"))
        for run, kind in _runs(" ".join(word for word in _SPACES.split(line) if word)):
            frags.append(base.clone(text=run, fontName=_font(kind, bold), __tag__="font") if kind != LATIN
                         else base.clone(text=run))
    return frags



# --------------------------------------------------------------------------------------- estimate

_ESTIMATE_SCALE: ContextVar[float | None] = ContextVar("estimate_scale", default=None)


@contextmanager
def estimating(scale: float) -> Iterator[None]:
    """Inside this block kiosk paragraphs report the height they *would* have with every type size
    multiplied by ``scale``, from their cached word widths and a greedy line count (reportlab's rule:
    a word goes on the line when the line stays within the width), without breaking lines for real.
    Tables still add their paddings and rows themselves. The A6 slip uses it to pick a type size
    from one story instead of building and measuring a story per candidate size."""
    token = _ESTIMATE_SCALE.set(scale)
    try:
        yield
    finally:
        _ESTIMATE_SCALE.reset(token)


def estimate_scale() -> float | None:
    """The scale of the enclosing :func:`estimating` block, or None when measuring for real."""
    return _ESTIMATE_SCALE.get()


# One hard line of a paragraph as (word width, width of the space before it), at the paragraph's size.
_Words = list[list[tuple[float, float]]]


def _frag_words(frags: Sequence[ParaFrag]) -> _Words:
    lines: _Words = [[]]
    joined = False  # the next piece continues the last word (no space between the fragments)
    for frag in frags:
        if getattr(frag, "lineBreak", False):
            lines.append([])
            joined = False
            continue
        space = pdfmetrics.stringWidth(" ", frag.fontName, frag.fontSize)
        pieces = _SPACES.split(frag.text)
        for index, piece in enumerate(pieces):
            if index:
                joined = False
            if not piece:
                continue
            width = pdfmetrics.stringWidth(piece, frag.fontName, frag.fontSize)
            line = lines[-1]
            if joined and line:
                line[-1] = (line[-1][0] + width, line[-1][1])
            else:
                line.append((width, space))
            joined = True
        if frag.text and frag.text[-1] in " \t\n":
            joined = False
    return lines


def _logical_words(text: str, size: float, bold: bool) -> _Words:
    space = text_width(" ", size, bold)
    return [[(text_width(word, size, bold), space) for word in _SPACES.split(line) if word]
            for line in shape(text).split("\n")]


def _count_lines(words: _Words, width: float, scale: float) -> int:
    if not any(words):
        return 0
    count = 0
    for line in words:
        count += 1
        used = -1.0  # nothing on the current line yet
        for word, space in line:
            word *= scale
            gap = 0.0 if used < 0 else used + space * scale
            if gap + word <= width:
                used = gap + word
            elif word > width:  # split over lines, from the end of the current one (splitLongWords)
                extra = math.ceil((gap + word) / width) - 1
                count += extra
                used = gap + word - extra * width
            else:
                count += 1
                used = word
    return count


class _Para(Paragraph):
    """A Paragraph that remembers its last wrap: the slip measures its story, then platypus wraps the
    same flowables again while drawing; line breaking is the costliest step, so do it once. Inside
    :func:`estimating` it reports an estimated height instead (and forgets nothing)."""

    _wrapped_for: tuple[float, tuple[float, float]] | None = None
    logical: str | None = None  # the logical text of a pre-broken right-to-left paragraph
    _words: _Words | None = None

    def _estimate(self, width: float, scale: float) -> float:
        if self._words is None:
            st = self.style
            self._words = (_logical_words(self.logical, st.fontSize, st.fontName == BOLD) if self.logical is not None
                           else _frag_words(self.frags))
        return _count_lines(self._words, width, scale) * self.style.leading * scale

    @classmethod
    def of_lines(cls, lines: Sequence[str], st: ParagraphStyle) -> _Para:
        """A paragraph of plain-text ``lines`` (display order) with forced breaks between them."""
        frags = _frags(lines, st)
        return cls("\n".join(lines), st, frags=frags)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        scale = _ESTIMATE_SCALE.get()
        if scale is not None:
            return availWidth, self._estimate(availWidth, scale)
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
