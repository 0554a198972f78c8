"""The fast lane: an asymptomatic traveller with nothing flagged is cleared in at most 5 taps from home."""

from __future__ import annotations

import pytest
from kiosk_gui_helpers import Taps, settle, sign_in
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
    assert window.screening.next.text().startswith("Clear traveller")
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


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_quick_check_fits_the_screen_without_a_swipe(qtbot, qapp, make_window, services, language):
    """At 1280×800 every answer of the quick check, "none of these" included, is on screen at once."""
    from ui.app import install_translators

    translators = install_translators(qapp, language)
    try:
        window = make_window(services, language)
        sign_in(qtbot, window, "S1")
        Taps(qtbot, window).tap(window.home.start)
        # a traveller who reads the officer's language: the red-flag question is then in one language (another
        # language adds the officer's gloss under each answer, and the page scrolls: test_bilingual.py)
        Taps(qtbot, window).tap(f"lang_{language}")
        settle(qtbot, window)
        assert window.size().toTuple() == (1280, 800)
        assert window.screening.scroll.verticalScrollBar().maximum() == 0, "the quick check needs a swipe"
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)
