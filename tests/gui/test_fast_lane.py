"""The fast lane: an asymptomatic traveller with nothing flagged is cleared in at most 5 taps from home."""

from __future__ import annotations

import pytest
from kiosk_gui_helpers import Taps, find, settle, sign_in
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kiosk.store import models as m

pytestmark = pytest.mark.gui


def test_fast_lane_clear_in_five_taps(qtbot, window, services):
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    taps.tap(window.home.start)
    assert window.stack.currentWidget() is window.screening
    taps.tap("prefix_36")
    taps.tap("key_6")
    taps.tap("chip_none")
    # the live evaluation runs on the worker: the button says what it will do once it has answered
    qtbot.waitUntil(lambda: window.screening.next.text().startswith("Clear traveller"), timeout=5000)
    assert window.screening.flags.banner.text.text() == "Recommended so far: Clear"
    taps.tap(window.screening.next)
    assert taps.count <= 5
    assert window.stack.currentWidget() is window.home
    assert window.home.count_values["screened"].text() == "1"
    with services.store.reading() as session:
        encounter = session.scalars(select(m.Encounter)).one()
    assert encounter.status == "completed" and encounter.disposition == "clear"
    assert encounter.record["temperature_c"] == 36.6
    assert encounter.decided_by == "S1"


def _inside(widget, frame) -> bool:
    """Whether ``widget`` is shown whole inside ``frame`` (both mapped to the window)."""
    window = widget.window()
    rect = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
    area = frame.rect().translated(frame.mapTo(window, frame.rect().topLeft()))
    return widget.isVisible() and area.contains(rect)


@pytest.mark.parametrize(("officer", "traveller"), [("en", "en"), ("fr", "fr"), ("en", "ar"), ("en", "th"),
                                                    ("en", "am"), ("en", "fr"), ("fr", "en")])
def test_the_quick_check_fits_the_screen_without_a_swipe(qtbot, qapp, make_window, services, officer, traveller):
    """At 1280×800 every answer of the quick check is on screen at once — "None of these", the answer
    tapped for most travellers, and Next included — also when the traveller's language is not the
    officer's (the red-flag question and its answers then show both languages)."""
    from ui.app import install_translators

    services.languages = ("en", "fr", "pt", "ar", "am", "th")
    translators = install_translators(qapp, officer)
    try:
        window = make_window(services, officer)
        sign_in(qtbot, window, "S1")
        taps = Taps(qtbot, window)
        taps.tap(window.home.start)
        taps.tap(f"lang_{traveller}")
        settle(qtbot, window)
        assert window.size().toTuple() == (1280, 800)
        none = find(window, "chip_none")
        assert bool(none.gloss()) == (traveller != officer)  # two languages on the chips when they differ
        scroll = window.screening.scroll
        assert scroll.verticalScrollBar().maximum() == 0, "the quick check needs a swipe"
        assert _inside(none, scroll.viewport()), "None of these is below the fold"
        assert _inside(window.screening.next, window), "Next is off the screen"
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)


@pytest.mark.parametrize(("officer", "traveller"), [("fr", "en"), ("en", "am"), ("en", "ar")])
def test_the_quick_check_still_fits_with_a_fahrenheit_reading(qtbot, qapp, make_window, services, officer,
                                                              traveller):
    """A reading in °F adds its conversion line under the display ("100 °F = 37.78 °C"): still no swipe."""
    from ui.app import install_translators

    services.languages = ("en", "fr", "pt", "ar", "am", "th")
    translators = install_translators(qapp, officer)
    try:
        window = make_window(services, officer)
        sign_in(qtbot, window, "S1")
        taps = Taps(qtbot, window)
        taps.tap(window.home.start)
        taps.tap(f"lang_{traveller}")
        for name in ("unit_°F", "key_1", "key_0", "key_0"):
            taps.tap(name)
        assert find(window, "number_note").text() == "100 °F = 37.78 °C"
        scroll = window.screening.scroll
        assert scroll.verticalScrollBar().maximum() == 0, "the quick check needs a swipe"
        assert _inside(find(window, "chip_none"), scroll.viewport())
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)


@pytest.mark.parametrize("officer", ["en", "fr", "pt", "ar"])
def test_the_screening_top_bar_shows_every_language_unclipped(qtbot, qapp, make_window, services, officer):
    """Every shipped traveller language enabled, 1280 px wide: each language button, Read aloud and Cancel
    are at least as wide as their words (the bar gave way by squeezing them: "rançai", "ead alou")."""
    from kiosk import languages
    from ui.app import install_translators

    services.languages = tuple(languages.codes())
    translators = install_translators(qapp, officer)
    try:
        window = make_window(services, officer)
        sign_in(qtbot, window, "S1")
        Taps(qtbot, window).tap(window.home.start)
        view = window.screening
        buttons = [*view.language_buttons.values(), view.speak, view.cancel]
        assert len(buttons) >= 10
        for widget in buttons:
            assert widget.width() >= widget.sizeHint().width(), f"{widget.objectName()} is clipped"
            assert _inside(widget, window)
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)
