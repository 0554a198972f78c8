"""Typesetting helpers: fragments built without the markup parser, no-break spaces, Arabic line order."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from kiosk.referral.text import (
    BOLD,
    _Para,
    bidi_lines,
    markup,
    para,
    paragraph_overflows,
    style,
    typeset,
    wrap_lines,
)

WORDS = st.sampled_from([
    "Marou", "(demo)", "+000", "20", "555", "0400", "é", "chlore", "0,5", "%", ":", "&", "<b>", "a\u00a0b",
    "فندق", "النهر،", "الغرفة", "12", "—", "→", "·", "x" * 40,
])
TEXTS = st.lists(st.tuples(WORDS, st.sampled_from([" ", "  ", "\n", "\u00a0", "\t"])), max_size=25).map(
    lambda pairs: "".join(word + sep for word, sep in pairs))


def _words(text: str) -> list[str]:
    return re.split(r"[ \t\n]+", text.strip(" \t\n"))


def _lines(paragraph: Paragraph) -> list[str]:
    out = []
    for line in paragraph.blPara.lines:
        words = line[1] if isinstance(line, tuple) else [w.text if hasattr(w, "text") else w for w in line.words]
        out.append(" ".join(str(w) for w in words))
    return out


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, bold=st.booleans(), width=st.sampled_from([90.0, 140.0, 200.0]))
@example(text="النهر، النهر،\tالغرفة الغرفة الغرفة ", bold=True, width=140.0)  # a tab inside an Arabic run
def test_fragments_match_the_markup_parser(text, bold, width):
    """para() skips reportlab's parser; the paragraph must wrap and read exactly as the parsed markup.

    Widths start at 90 pt: the narrowest column of any slip is wider (an 80 mm roll prints ~190 pt). In
    narrower columns reportlab splits a no-break Latin+Arabic run character by character differently
    from our fragments; no slip column is that narrow.
    """
    st_ = style("t", 8.0, bold=bold)
    lines = text.split("\n")
    ours = _Para.of_lines(lines, st_)
    parsed = Paragraph("<br/>".join(markup(line, bold) for line in lines), st_)
    assert ours.wrap(width, 1000) == parsed.wrap(width, 1000)
    assert _words(ours.getPlainText()) == _words(parsed.getPlainText())
    assert [re.sub(r"\s", "", line) for line in _lines(ours)] == [re.sub(r"\s", "", line) for line in _lines(parsed)]
    assert len(ours.blPara.lines) == len(parsed.blPara.lines)
    if not any(c in text for c in "&<>"):  # the parser cuts fragments at entities: long-word splits differ
        assert paragraph_overflows(ours) == paragraph_overflows(parsed)


def test_french_punctuation_never_starts_a_line():
    assert typeset("EPI complet : gants ; masque ! « oui » 0,5 %") == (
        "EPI complet\u00a0: gants\u00a0; masque\u00a0! «\u00a0oui\u00a0» 0,5\u00a0%")
    assert typeset("risk: high") == "risk: high"  # nothing to do without a space before
    st_ = style("t", 8.0)
    text = "Le personnel porte un EPI complet : gants, blouse"
    for width in range(60, 240, 3):
        paragraph = para(text, st_, width)
        paragraph.wrap(width, 1000)
        assert not any(line.lstrip().startswith(":") for line in _lines(paragraph)), width


def test_wrap_lines_keeps_no_break_spaces():
    lines = wrap_lines("appelez le +000\u00a020\u00a0555\u00a00400 maintenant", 60, 8.0)
    assert "+000\u00a020\u00a0555\u00a00400" in lines


def test_arabic_lines_read_top_to_bottom_with_latin_inside():
    text = "تم إحالتك إلى \u200eMarou Regional Treatment Centre for viral fevers (demo)\u200e لإجراء تقييم طبي"
    lines = bidi_lines(text, 120.0, 8.0, rtl=True)
    assert len(lines) > 1
    # the Latin name is cut by a line break; each piece stays in reading order on its own line
    latin = [" ".join(w for w in line.split() if w.isascii()) for line in lines]
    joined = " ".join(piece for piece in latin if piece)
    assert "Marou Regional Treatment Centre for viral fevers (demo)" in joined
    assert all("\u200e" not in line for line in lines)


def test_bold_arabic_uses_the_bold_arabic_font():
    paragraph = para("Nom · الاسم", style("t", 8.0, bold=True), 100)
    fonts = {frag.fontName for frag in paragraph.frags}
    assert BOLD in fonts and "KioskArabic-Bold" in fonts


def test_reason_codes_are_written_out():
    from kiosk.referral import i18n

    text = "38.4 °C ≥ 38.0 °C; exposure: direct_care_without_ppe (high risk); onset of unexplained_bleeding"
    fr = i18n.humanise_codes(text, "fr")
    assert "direct_care_without_ppe" not in fr and "unexplained_bleeding" not in fr
    assert i18n.exposure_name("direct_care_without_ppe", "fr") in fr
    assert i18n.humanise_codes("left_GN unknown_code", "fr") == "left_GN unknown_code"  # not a code: kept


def test_french_colon_and_degrees():
    from kiosk.referral import i18n

    assert i18n.colon("fr") == "\u00a0: " and i18n.colon("pt") == ": " and i18n.colon("fr-CA") == "\u00a0: "
    assert typeset("38.4 °C") == "38.4\u00a0°C"
