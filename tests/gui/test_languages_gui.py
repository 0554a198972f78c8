"""Thai and Amharic travellers through a whole primary screening in the real window: the traveller's
pages in their language, in a font that has every glyph (Qt shapes with HarfBuzz), to the decision and
its slip (no printer: on screen, and saved as a PDF); each page, the slip on screen and the PDF are
rendered to PNG and checked for missing-glyph boxes."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from kiosk_gui_helpers import Taps, find, missing_glyphs, sign_in
from PIL import Image
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from reportlab.pdfbase import pdfmetrics

from kiosk import languages
from kiosk.referral.directory import load_directory
from kiosk.referral.printing import PrintConfig
from kiosk.services import SlipSetup, provision_kiosk_key

pytestmark = pytest.mark.gui

ALL = ("en", "fr", "pt", "ar", "am", "th", "my", "sw")
FAMILY = {"th": "Noto Sans Thai", "am": "Noto Sans Ethiopic"}
SCRIPT = {"th": lambda text: any("\u0e00" <= ch <= "\u0e7f" for ch in text),
          "am": lambda text: any("\u1200" <= ch <= "\u139f" for ch in text)}
EXPECTED = {
    "th": ("อาการ", "มีไข้ หรือรู้สึกตัวร้อน", "การเดินทาง", "ใช่"),
    "am": ("ምልክቶች", "ትኩሳት ወይም የሙቀት ስሜት", "ጉዞ", "አዎ"),
}


@pytest.fixture
def window_all_languages(make_window, services, tmp_path):
    """Every shipped language; no printer: a referral's slip is saved as a PDF and shown on screen."""
    services.languages = ALL
    key = provision_kiosk_key(tmp_path / "referral", services.context.kiosk_id)
    services.slips = SlipSetup(load_directory(), key, PrintConfig(queue="", fallback_dir=tmp_path / "fallback"),
                               "a6", "en")
    return make_window(services)


def shown_on_png(widget, path) -> list[str]:
    """Render ``widget`` to the PNG ``path`` (looked at when a test fails) and list what it draws with a
    missing-glyph box; the PNG must not be blank."""
    assert widget.grab().save(str(path))
    with Image.open(path) as image:
        assert image.convert("L").getextrema()[0] < 80, f"{path} is blank"
    return missing_glyphs(widget)


def pdf_missing_glyphs(pdf_path, tmp_path, services, referral_id: str) -> list[str]:
    """The saved slip rasterised to PNG (pdftoppm: it shows print, its fonts all embedded), and the texts
    of that slip (laid out again from the stored referral, as the printer did) that reportlab draws with
    a box: a character its font has no glyph for, or a .notdef glyph after HarfBuzz shaping."""
    assert shutil.which("pdftoppm") and shutil.which("pdffonts"), "poppler-utils is required"
    subprocess.run(["pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-png", str(pdf_path), str(tmp_path / "slip")],
                   check=True, timeout=60)
    (png,) = sorted(tmp_path.glob("slip*.png"))
    with Image.open(png) as image:
        assert image.convert("L").getextrema()[0] < 50
    fonts = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True).stdout
    embedded = [line.split()[0] for line in fonts.splitlines()[2:] if line.split()[-5] == "yes"]
    assert any("NotoSans" in name for name in embedded), fonts  # the script's font, embedded
    assert all(line.split()[-5] == "yes" or line.startswith("Helvetica ") for line in fonts.splitlines()[2:]), \
        fonts  # every font embedded but reportlab's unused base-14 default
    from kiosk.records import parse_record
    from kiosk.referral import slip
    from kiosk.referral.records import slip_source
    from ui.printing import _referral_info

    source = slip_source(services.store, referral_id)
    layout = slip._layout(parse_record(source.record), source.evaluation, _referral_info(source, services.slips),
                          services.slips.directory, "POE1:TEST", services.slips.format)
    boxes = []
    for paragraph in _paragraphs(layout.story):
        for frag in paragraph.frags:
            text = getattr(frag, "text", "")
            if not text:
                continue
            face = pdfmetrics.getFont(frag.fontName).face
            if any(ord(ch) not in face.charToGlyph for ch in text if ch != "\n") or \
                    (text.strip() and 0 in _shaped(face, text)):
                boxes.append(f"{frag.fontName}: {text!r}")
    return boxes


def _paragraphs(item):
    from reportlab.platypus import Paragraph

    if isinstance(item, Paragraph):
        yield item
    elif isinstance(item, list | tuple):
        for sub in item:
            yield from _paragraphs(sub)
    else:
        for attribute in ("_cellvalues", "_content", "_flowables"):
            yield from _paragraphs(getattr(item, attribute, ()))


def _shaped(face, text: str) -> list[int]:
    import uharfbuzz

    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(face._ttf_data)))
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {})
    return [info.codepoint for info in buffer.glyph_infos]


def test_the_language_buttons_name_each_language_in_itself(qtbot, window_all_languages):
    window = window_all_languages
    sign_in(qtbot, window, "H1")
    Taps(qtbot, window).quick_check("36.6", "feels_unwell")
    assert find(window, "lang_th").text() == "ไทย" and find(window, "lang_am").text() == "አማርኛ"
    assert find(window, "lang_my").text() == "မြန်မာ" and find(window, "lang_sw").text() == "Kiswahili"


@pytest.mark.parametrize("lang", ["th", "am"])
def test_a_traveller_in_a_complex_script_through_a_whole_screening(qtbot, window_all_languages, services, lang,
                                                                  tmp_path):
    window = window_all_languages
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    taps.quick_check("38.6", "feels_unwell", "listed_country")
    taps.tap(f"lang_{lang}")
    title, fever, travel, yes = EXPECTED[lang]
    assert window.screening.step_title.text() == title
    chip = find(window, "chip_fever")
    assert chip.text() == fever
    assert find(window, "yes").text() == yes
    # the font Qt falls back to for this script is one the kiosk registered, and it has every glyph
    assert FAMILY[lang] in QApplication.font().families() and FAMILY[lang] in QFontDatabase.families()
    metrics = QFontMetrics(QFont(FAMILY[lang]))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in fever if not ch.isspace())
    pages = tmp_path / "pages"
    pages.mkdir()
    assert shown_on_png(window, pages / "symptoms.png") == []
    probe = QLabel("ไข้\ue000")  # the check finds a box where a font has no glyph (a private-use character)
    probe.show()
    assert missing_glyphs(probe) == [f"QLabel: {'ไข้' + chr(0xE000)!r}"]
    probe.close()
    taps.symptoms("fever", "headache")
    assert window.screening.step_title.text() == travel
    find(window, "country_search").setText("Guinea")
    taps.tap("country_result_0")
    taps.tap("date_-week")
    taps.tap("country_add")
    assert shown_on_png(window, pages / "travel.png") == []
    taps.tap(window.screening.next)
    taps.tap("chip_body_fluid_contact")
    assert shown_on_png(window, pages / "exposures.png") == []
    taps.tap(window.screening.next)
    taps.land_crossing_to_decision()
    assert window.decision.banner.text.text() == "Recommended: Isolate"  # the officer's language
    taps.tap(window.decision.confirm)
    assert window.stack.currentWidget() is window.home
    assert languages.get(lang).needs_review
    # the slip: not printed (no printer), so on screen in the traveller's language with the officer's
    qtbot.waitUntil(lambda: window.slip_dialog is not None and window.slip_dialog.isVisible(), timeout=30_000)
    dialog = window.slip_dialog
    assert dialog.content.languages == (lang, "en")
    assert find(dialog, "slip_instructions").text() == dialog.content.instructions[0]
    assert SCRIPT[lang](find(dialog, "slip_decision_text").text())
    assert shown_on_png(dialog, pages / "slip-on-screen.png") == []
    qtbot.waitUntil(lambda: window.printer.pending == 0, timeout=30_000)
    (pdf,) = (tmp_path / "fallback").glob("slip-*.pdf")
    assert pdf_missing_glyphs(pdf, tmp_path, services, dialog.referral_id) == []
    Taps(qtbot, window).tap(dialog.close_button)
