"""Thai and Amharic travellers through a whole primary screening in the real window: the traveller's
pages in their language, in a font that has every glyph (Qt shapes with HarfBuzz), to the decision."""

from __future__ import annotations

import pytest
from kiosk_gui_helpers import Taps, find, sign_in
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from kiosk import languages

pytestmark = pytest.mark.gui

ALL = ("en", "fr", "pt", "ar", "am", "th", "my", "sw")
FAMILY = {"th": "Noto Sans Thai", "am": "Noto Sans Ethiopic"}
EXPECTED = {
    "th": ("อาการ", "มีไข้ หรือรู้สึกตัวร้อน", "การเดินทาง", "ใช่"),
    "am": ("ምልክቶች", "ትኩሳት ወይም የሙቀት ስሜት", "ጉዞ", "አዎ"),
}


@pytest.fixture
def window_all_languages(make_window, services):
    services.languages = ALL
    return make_window(services)


def test_the_language_buttons_name_each_language_in_itself(qtbot, window_all_languages):
    window = window_all_languages
    sign_in(qtbot, window, "H1")
    Taps(qtbot, window).quick_check("36.6", "feels_unwell")
    assert find(window, "lang_th").text() == "ไทย" and find(window, "lang_am").text() == "አማርኛ"
    assert find(window, "lang_my").text() == "မြန်မာ" and find(window, "lang_sw").text() == "Kiswahili"


@pytest.mark.parametrize("lang", ["th", "am"])
def test_a_traveller_in_a_complex_script_through_a_whole_screening(qtbot, window_all_languages, services, lang):
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
    taps.symptoms("fever", "headache")
    assert window.screening.step_title.text() == travel
    find(window, "country_search").setText("Guinea")
    taps.tap("country_result_0")
    taps.tap("date_-week")
    taps.tap("country_add")
    taps.tap(window.screening.next)
    taps.tap("chip_body_fluid_contact")
    taps.tap(window.screening.next)
    taps.land_crossing_to_decision()
    assert window.decision.banner.text.text() == "Recommended: Isolate"  # the officer's language
    taps.tap(window.decision.confirm)
    assert window.stack.currentWidget() is window.home
    assert languages.get(lang).needs_review
