"""Every touch target is at least 48 px each way, on every screen: a walk over the real window's widgets.

Every page of both SOPs is shown with all its questions (whatever the answers), with the widgets that only
appear later (a country added, a scan read) shown too, at 1280×800.
"""

from __future__ import annotations

import datetime as dt

import pytest
from kiosk_gui_helpers import Taps, find, officer_screens, screening_pages, sign_in
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QWidget

pytestmark = pytest.mark.gui
FLOOR = 48


def undersized(root: QWidget) -> list[str]:
    """Visible buttons, fields and list rows under ``root`` smaller than :data:`FLOOR`, or bare text."""
    found = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLineEdit):
        if widget.isVisible() and (widget.width() < FLOOR or widget.height() < FLOOR):
            found.append(f"{widget.objectName() or type(widget).__name__} {widget.width()}×{widget.height()}")
        if widget.isVisible() and widget.property("kind") == "quiet":
            found.append(f"{widget.objectName()}: bare text, no button")
    for view in root.findChildren(QListWidget):
        if not view.isVisible():
            continue
        for row in range(view.count()):
            height = view.visualItemRect(view.item(row)).height()
            if not view.item(row).isHidden() and height < FLOOR:
                found.append(f"{view.objectName()} row {row}: {height} px")
    return found


def test_sign_in_first_run_home_history_officers_error(qtbot, window):
    problems = {name: undersized(screen) for name, screen in officer_screens(qtbot, window)}
    assert len(problems) == 6, problems.keys()
    assert problems == {key: [] for key in problems}


def test_every_page_of_both_sops_and_the_decision(qtbot, window, services, clock):
    problems, country_pages = {}, 0
    for name, screen in screening_pages(qtbot, window, services, clock):
        problems[name] = undersized(screen)
        removes = [w.text() for w in screen.findChildren(QAbstractButton, "stay_remove_0") if w.isVisible()]
        if removes:
            assert removes == ["Remove"]
            country_pages += 1
    assert len(problems) >= 11 and country_pages, problems.keys()
    assert problems == {key: [] for key in problems}


def test_no_recommendation_before_any_answer(qtbot, window):
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    taps.tap(window.home.start)
    banner = window.screening.flags.banner
    assert window.controller.current.run.raw_answers == {}
    assert "Recommended" not in banner.text.text() and banner.property("severity") == "none"
    taps.tap("prefix_36")
    taps.tap("key_6")
    qtbot.waitUntil(lambda: banner.text.text() == "Recommended so far: Clear")


@pytest.mark.parametrize(("keys", "message"), [
    (("unit_°F", "key_9"), "9 °F is not a body temperature (30 to 45 °C)."),
    (("key_9",), "9 °C is not a body temperature (30 to 45 °C)."),
])
def test_a_refused_reading_says_what_is_wrong(qtbot, window, keys, message):
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    taps.tap(window.home.start)
    for key in keys:
        taps.tap(key)
    taps.tap("chip_feels_unwell")
    taps.tap(window.screening.next)
    error = find(window, "error_temperature")
    assert error.text() == message


def test_an_empty_reading_still_asks_for_an_answer(qtbot, window):
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    taps.tap(window.home.start)
    taps.tap("chip_feels_unwell")
    taps.tap(window.screening.next)
    assert find(window, "error_temperature").text() == "Please answer this question."


def test_a_future_date_and_an_impossible_age_say_what_is_wrong(qtbot, window, clock):
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    taps.quick_check("38.6", "feels_unwell", "listed_country")
    taps.tap("chip_fever")
    tomorrow = clock.today() + dt.timedelta(days=1)
    for digit in tomorrow.strftime("%d%m%Y"):
        taps.tap(find(find(window, "field_symptom_onset"), f"date_key_{digit}"))
    assert find(window, "error_symptom_onset").text() == f"{tomorrow.isoformat()} is in the future."
    taps.tap(find(find(window, "field_symptom_onset"), "date_today"))
    taps.tap("no")
    taps.tap(window.screening.next)
    age = find(window, "field_age_years")
    for key in "200":
        taps.tap(age.editor.pad.keys[key])
    find(window, "country_search").setText("Guinea")
    taps.tap("country_result_0")
    taps.tap("country_add")
    taps.tap(window.screening.next)
    assert find(window, "error_age_years").text() == "200 years is not an age (0 to 130 years)."
