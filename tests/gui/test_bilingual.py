"""Two languages at once: a traveller whose language is not the officer's sees every answer chip and
yes/no in their language, with the officer's gloss small beneath (so the officer can check what was
tapped); the traveller's page is mirrored for right-to-left; the date pad speaks the traveller's language."""

from __future__ import annotations

import pytest
from kiosk_gui_helpers import Taps, find, sign_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk import languages
from kiosk.sop import localise
from ui.views.widgets import Chips, YesNo

pytestmark = pytest.mark.gui

LANGUAGES = ("en", "fr", "pt", "ar", "th")


@pytest.fixture
def window(make_window, services):
    services.languages = LANGUAGES
    return make_window(services)


def to_symptoms(qtbot, window, traveller: str) -> Taps:
    """An English officer; the traveller's language chosen; the symptoms page (traveller-facing) on screen."""
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    taps.quick_check("38.6", "feels_unwell", "listed_country")
    taps.tap(f"lang_{traveller}")
    return taps


def editors(window) -> list[tuple[object, object]]:
    """(field, editor) of each chips and yes/no question on the page shown."""
    controller = window.controller
    step = controller.current.run.current_step
    found = [(f, controller.boxes[f.id].editor) for f in step.fields]
    return [(f, e) for f, e in found if isinstance(e, Chips | YesNo)]


@pytest.mark.parametrize(("traveller", "direction"), [("ar", Qt.LayoutDirection.RightToLeft),
                                                     ("th", Qt.LayoutDirection.LeftToRight)])
def test_each_answer_shows_the_travellers_text_and_the_officers_gloss(qtbot, window, traveller, direction):
    to_symptoms(qtbot, window, traveller)
    shown = editors(window)
    assert {type(e) for _, e in shown} == {Chips, YesNo}
    for field, editor in shown:
        assert editor.layoutDirection() == direction
        if isinstance(editor, YesNo):
            for button, word in ((editor.yes, "yes"), (editor.no, "no")):
                assert (button.text(), button.gloss()) == (languages.word(word, traveller), languages.word(word, "en"))
                assert button.layoutDirection() == direction
            continue
        for choice in field.choices:
            button = editor.buttons[choice.code]
            assert button.text() == choice.text(traveller) != choice.text("en")
            assert button.gloss() == choice.text("en")
            assert button.layoutDirection() == direction
            assert button.width() >= button.minimumWidth() and button.height() >= 48
        if editor.none_button is not None:
            assert editor.none_button.text() == localise(field.none_label, traveller)
            assert editor.none_button.gloss() == localise(field.none_label, "en")
    page = window.screening.form
    assert page.layoutDirection() == direction
    chips = find(window, "chip_fever").parentWidget()
    first, second = (chips.buttons[c.code] for c in next(f for f, e in shown if e is chips).choices[:2])
    if first.y() == second.y():  # mirrored: the first choice is on the right for right-to-left
        assert (first.x() > second.x()) == (direction == Qt.LayoutDirection.RightToLeft)
    # the date pad's words (the onset date, asked once a symptom is ticked) are the traveller's too
    Taps(qtbot, window).tap("chip_fever")
    assert find(window, "date_today").text() == languages.word("today", traveller)
    assert find(window, "date_-week").text() == languages.word("days_ago", traveller).replace("{days}", "7")


def test_the_gloss_is_drawn_in_the_officers_language_under_the_travellers_text(qtbot, window):
    to_symptoms(qtbot, window, "ar")
    button = find(window, "chip_fever")
    caption, gloss = button._labels if hasattr(button, "_labels") else (button.caption, button.gloss_label)
    assert caption.isVisible() and gloss.isVisible()
    assert gloss.text().strip("\u2068\u2069") == button.gloss() == "Fever or feeling feverish"
    assert gloss.geometry().top() >= caption.geometry().bottom()
    assert gloss.alignment() & Qt.AlignmentFlag.AlignRight  # under the Arabic text, on the right
    assert gloss.font().pixelSize() < caption.font().pixelSize() or gloss.fontInfo().pixelSize() < \
        caption.fontInfo().pixelSize()


def test_an_english_traveller_with_an_english_officer_has_no_gloss(qtbot, window):
    to_symptoms(qtbot, window, "en")
    shown = editors(window)
    assert shown
    for _, editor in shown:
        assert editor.layoutDirection() == Qt.LayoutDirection.LeftToRight
        buttons = [editor.yes, editor.no] if isinstance(editor, YesNo) else list(editor.buttons.values())
        for button in buttons:
            assert button.gloss() == ""
    assert find(window, "chip_fever").text() == "Fever or feeling feverish"
    assert not [w for w in window.screening.findChildren(QLabel, "answer_gloss") if w.isVisible()]


def test_switching_back_to_the_officers_language_removes_the_gloss(qtbot, window):
    taps = to_symptoms(qtbot, window, "ar")
    assert find(window, "yes").gloss() == "Yes"
    taps.tap("lang_en")
    assert (find(window, "yes").text(), find(window, "yes").gloss()) == ("Yes", "")
    assert window.screening.form.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_validation_messages_on_a_traveller_page_are_in_the_travellers_language(qtbot, window):
    taps = to_symptoms(qtbot, window, "ar")
    taps.tap(window.screening.next)  # nothing answered
    box = window.controller.boxes["symptoms"]
    assert box.error.isVisible()
    assert box.error.text() == f"{languages.word('required', 'ar')}\nPlease answer this question."
    taps.tap("lang_en")
    taps.tap(window.screening.next)
    assert box.error.text() == "Please answer this question."


def test_the_answer_check_words_follow_the_language_files(qtbot):
    from kiosk.sop import FieldError
    from ui.answers import error_text

    class Age:
        binds, unit = "age_years", "years"

    error = FieldError("age", "out_of_range", "200 is above 120", {"value": 200, "min": 0, "max": 120})
    assert error_text(Age(), {"value": 200, "unit": "years"}, error, None, "th") == "200 ไม่ใช่อายุ (0 ถึง 120 ปี)"
    assert error_text(Age(), {"value": 200, "unit": "years"}, error, None, "fr") == "200 n'est pas un âge (0 à 120 ans)."


@pytest.mark.parametrize(("traveller", "direction"), [("ar", Qt.LayoutDirection.RightToLeft),
                                                     ("th", Qt.LayoutDirection.LeftToRight)])
def test_the_quick_check_question_the_traveller_answers_is_in_two_languages(qtbot, window, traveller, direction):
    """The quick check is the officer's page, but its red-flag question is put to the traveller: that
    question and its chips in the traveller's language with the officer's gloss, mirrored for right-to-left;
    the officer's own texts (the page title, the temperature) stay the officer's."""
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    taps.tap(window.home.start)
    taps.tap(f"lang_{traveller}")
    step = window.controller.current.run.current_step
    assert step.id == "quick_check" and step.audience == "officer"
    field = step.field("red_flags")
    box = window.controller.boxes["red_flags"]
    chips = box.editor
    assert box.layoutDirection() == direction
    assert window.controller.boxes["temperature"].layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.screening.step_title.text() == step.text("en")
    for choice in field.choices:
        button = chips.buttons[choice.code]
        assert (button.text(), button.gloss()) == (choice.text(traveller), choice.text("en"))
        assert choice.text(traveller) != choice.text("en")
    assert (chips.none_button.text(), chips.none_button.gloss()) == (localise(field.none_label, traveller),
                                                                     localise(field.none_label, "en"))
    taps.tap(window.screening.next)  # nothing answered: the traveller's words first, the officer's beneath
    assert box.error.text() == f"{languages.word('required', traveller)}\nPlease answer this question."
    taps.tap("lang_en")
    assert (chips.buttons["feels_unwell"].gloss(), box.layoutDirection()) == ("", Qt.LayoutDirection.LeftToRight)


def _right(widget) -> int:
    return widget.mapTo(widget.window(), widget.rect().topRight()).x()


def _left(widget) -> int:
    return widget.mapTo(widget.window(), widget.rect().topLeft()).x()


def test_the_question_gloss_is_mirrored_with_its_question_on_an_arabic_page(qtbot, window):
    """Arabic traveller, English officer: the page reads right to left; each question's English gloss sits
    under it at the right edge, as one left-to-right run (its question mark at its end, not its start)."""
    to_symptoms(qtbot, window, "ar")
    step = window.controller.current.run.current_step
    for field in step.fields:
        box = window.controller.boxes[field.id]
        if not box.isVisible():
            continue
        question, gloss = box.question, box.question_gloss
        assert box.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert question.text() == field.text("ar") and question.isVisible()
        assert gloss.isVisible() and gloss.text() == f"\u2068{field.text('en')}\u2069"  # an isolate: reads LTR
        assert gloss.geometry().top() >= question.geometry().bottom()
        assert gloss.alignment() & Qt.AlignmentFlag.AlignRight and gloss.alignment() & Qt.AlignmentFlag.AlignAbsolute
        assert question.alignment() & Qt.AlignmentFlag.AlignRight or question.layoutDirection() == \
            Qt.LayoutDirection.RightToLeft
        assert abs(_right(gloss) - _right(question)) <= 2  # one edge: the right
        assert box.hint.text() == (localise(field.hint, "ar") if field.hint else "")  # the gloss is not a hint


def test_the_officers_question_on_the_quick_check_keeps_the_officers_edge_and_no_translation(qtbot, window):
    """The temperature is the officer's alone (the traveller never reads it): in the officer's language at
    the officer's edge, with no Arabic beneath (room for the red-flag question's two languages); that
    question, put to the traveller, is glossed, and its hint yields to the gloss."""
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    taps.tap(window.home.start)
    taps.tap("lang_ar")
    box = window.controller.boxes["temperature"]
    assert box.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert box.question.text() == "Temperature (non-contact thermometer)" and box.question.isVisible()
    assert not box.question_gloss.isVisible() and box.toolTip() == ""
    flags = window.controller.boxes["red_flags"]
    assert flags.question_gloss.isVisible() and flags.question_gloss.text() == \
        "\u2068In the last 21 days, does any of this apply?\u2069"
    assert flags.hint.text() and not flags.hint.isVisible()
    taps.tap("lang_en")  # one language: the hint is back
    assert flags.hint.isVisible() and not flags.question_gloss.isVisible()


def test_the_country_picker_speaks_the_travellers_language(qtbot, window):
    """The travel page is the traveller's: the picker's words and its date pad (the day they left) are in
    the traveller's language; back in English, English again."""
    taps = to_symptoms(qtbot, window, "th")
    taps.symptoms("fever")
    assert window.controller.current.run.current_step.id == "travel"
    picker = find(window, "country_search").parentWidget()
    while not hasattr(picker, "add_button"):
        picker = picker.parentWidget()
    assert picker.add_button.text() == languages.word("add_country", "th") != "Add country"
    assert picker.left_label.text() == languages.word("day_left", "th")
    assert picker.none_label.text() == languages.word("no_countries", "th")
    assert picker.search.placeholderText() == languages.word("search_country", "th")
    assert picker.search_hint.text() == languages.word("type_country", "th")
    assert picker.date.quick[0].text() == languages.word("today", "th")
    assert picker.date.clear_button.text() == languages.word("clear_date", "th")
    taps.tap("lang_en")
    assert (picker.add_button.text(), picker.date.quick[0].text()) == ("Add country", "Today")
