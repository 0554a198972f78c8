"""Slips in Thai, Amharic and Burmese: every character printed in a font that has its glyph, complex
scripts shaped by HarfBuzz (no missing-glyph boxes), and the PDF rasterises."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

import pytest
import uharfbuzz
from referral_helpers import EVALUATION, rasterise, record, referral
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from kiosk import languages
from kiosk.referral import slip as slip_module
from kiosk.referral.slip import render_slip

SCRIPTS = {"th": re.compile("[\u0e00-\u0e7f]"), "am": re.compile("[\u1200-\u139f]"),
           "my": re.compile("[\u1000-\u109f]")}


def paragraphs(flowable: Any) -> Iterator[Paragraph]:
    if isinstance(flowable, Paragraph):
        yield flowable
    elif isinstance(flowable, (list, tuple)):
        for item in flowable:
            yield from paragraphs(item)
    else:
        for attribute in ("_cellvalues", "_content", "_flowables"):
            yield from paragraphs(getattr(flowable, attribute, ()))


def glyph_ids(font_name: str, text: str) -> list[int]:
    face = pdfmetrics.getFont(font_name).face
    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(face._ttf_data)))
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {})
    return [info.codepoint for info in buffer.glyph_infos]


def traveller_record(lang: str):
    base = record("en")
    return dataclasses.replace(base, traveller=dataclasses.replace(base.traveller, language=lang, nationality="TH"))


@pytest.mark.parametrize("fmt", ["a6", "80mm"])
@pytest.mark.parametrize("lang", ["th", "am", "my"])
def test_a_slip_in_a_complex_script_has_every_glyph_and_is_shaped(lang, fmt, directory, tmp_path):
    layout = slip_module._layout(traveller_record(lang), EVALUATION, referral("fr"), directory, "POE1:TEST", fmt)
    found = [p for p in paragraphs(layout.story) if SCRIPTS[lang].search(p.text)]
    assert len(found) > 20  # the traveller's language is on every label and on the message
    shaping = languages.get(lang).shaping
    for paragraph in found:
        for frag in paragraph.frags:
            text = getattr(frag, "text", "")
            if not text:
                continue
            cmap = pdfmetrics.getFont(frag.fontName).face.charToGlyph
            missing = [ch for ch in text if ord(ch) not in cmap and ch not in "\n"]
            assert not missing, (frag.fontName, text, missing)
            if SCRIPTS[lang].search(text):
                assert frag.fontName.startswith("Kiosk") and frag.fontName not in ("KioskSans", "KioskSans-Bold")
                assert 0 not in glyph_ids(frag.fontName, text), (frag.fontName, text)  # no .notdef after shaping
        assert bool(paragraph.style.shaping) == shaping, paragraph.text
    result = render_slip(traveller_record(lang), EVALUATION, referral("fr"), directory, qr_text="POE1:TEST", fmt=fmt)
    assert result.overflow == []
    image = rasterise(result.pdf, tmp_path).convert("L")
    assert image.getextrema()[0] < 50  # something was printed


def test_a_thai_site_prints_thai_country_names(directory):
    layout = slip_module._layout(traveller_record("th"), EVALUATION, referral("th"), directory, "POE1:TEST", "a6")
    texts = " ".join(p.text for p in paragraphs(layout.story))
    assert "กินี" in texts and "ไทย" in texts  # Guinea on the itinerary, Thailand as nationality


def test_shaping_changes_thai_and_myanmar_but_leaves_latin_alone(directory):
    layout = slip_module._layout(traveller_record("my"), EVALUATION, referral("fr"), directory, "POE1:TEST", "a6")
    shaped = [p for p in paragraphs(layout.story) if p.style.shaping]
    assert shaped and all(SCRIPTS["my"].search(p.text) or SCRIPTS["th"].search(p.text) for p in shaped)
