"""Dates on big keys in a few taps, country search that never chooses for the officer, labels not clipped."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kiosk_gui_helpers import Taps, find, sign_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.records import countries
from ui.views.countries import CountryPicker, rank
from ui.views.datepad import DatePad, acceptable, read_digits

pytestmark = pytest.mark.gui
TODAY = dt.date(2026, 11, 29)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY)


def officer_typing(day: dt.date, today: dt.date = TODAY) -> list[str]:
    """The keys an officer taps for ``day``: one digit where no longer number can start with it, a
    two-digit year when it names that year."""
    keys = list(str(day.day) if day.day >= 4 and day.day < 10 else f"{day.day:02d}")
    keys += list(str(day.month) if 2 <= day.month <= 9 else f"{day.month:02d}")
    two = f"{day.year % 100:02d}"
    keys += list(two if read_digits("0101" + two, today).date == dt.date(day.year, 1, 1) else str(day.year))
    return keys


@given(dates)
def test_day_month_year_typed_in_full_is_that_date(day):
    assert read_digits(day.strftime("%d%m%Y"), TODAY).date == day


@given(dates)
def test_the_shortest_typing_is_that_date_in_at_most_8_keys(day):
    keys = officer_typing(day)
    assert len(keys) <= 8
    assert read_digits("".join(keys), TODAY).date == day


@given(st.text(max_size=12))
def test_any_typing_is_read_without_error(text):
    typed = read_digits(text, TODAY)
    assert typed.date is None or dt.date(1900, 1, 1) <= typed.date <= dt.date(2099, 12, 31)
    assert isinstance(acceptable(text), bool)


def test_impossible_parts_are_refused_or_explained():
    assert not acceptable("35") and not acceptable("00") and not acceptable("1513")
    assert read_digits("3102", TODAY).date is None
    typed = read_digits("310226", TODAY)
    assert typed.date is None and typed.problem == "31/02/2026 is not a date"
    assert read_digits("1974", TODAY).date is None  # 19 / 07 / 4…: the year is not whole yet
    assert read_digits("120874", TODAY).date == dt.date(1974, 8, 12)
    assert read_digits("120819", TODAY).date == dt.date(2019, 8, 12)  # two digits: the latest such year
    typed = read_digits("420001", TODAY)  # found by hypothesis: year 0001
    assert typed.date is None and typed.problem == "04/02/0001 is not a date"


def tap_all(qtbot, pad: DatePad, names: list[str]) -> int:
    for name in names:
        qtbot.mouseClick(pad.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
    return len(names)


@pytest.fixture
def pad(qtbot):
    widget = DatePad(lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_birth_date_in_8_taps_on_the_keys(qtbot, pad):
    emitted = []
    pad.changed.connect(emitted.append)
    taps = tap_all(qtbot, pad, [f"date_key_{k}" for k in "12081974"])
    assert taps == 8 and emitted[-1] == "1974-08-12" and pad.value() == "1974-08-12"
    assert emitted[-2] is None  # 12 / 08 / 197: no date while the year is typed
    assert pad.display.text() == "1974-08-12"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dates)
def test_every_birth_date_in_at_most_8_taps(qtbot, pad, day):
    tap_all(qtbot, pad, ["date_clear"])
    taps = tap_all(qtbot, pad, [f"date_key_{k}" for k in officer_typing(day)])
    assert taps <= 8 and pad.value() == day.isoformat()


def test_departure_dates_in_at_most_3_taps(qtbot, pad):
    assert tap_all(qtbot, pad, ["date_today"]) == 1 and pad.value() == "2026-11-29"
    assert tap_all(qtbot, pad, ["date_-day"]) == 1 and pad.value() == "2026-11-28"
    assert tap_all(qtbot, pad, ["date_-week"]) == 1 and pad.value() == "2026-11-22"
    assert tap_all(qtbot, pad, ["date_key_1", "date_key_2", "date_days_ago"]) == 3 and pad.value() == "2026-11-17"
    assert tap_all(qtbot, pad, ["date_key_3", "date_days_ago"]) == 2 and pad.value() == "2026-11-26"


def test_year_keys_finish_a_day_and_month(qtbot, pad):
    assert tap_all(qtbot, pad, ["date_key_0", "date_key_3", "date_key_1", "date_key_1", "date_year_1"]) == 5
    assert pad.value() == "2025-11-03"
    tap_all(qtbot, pad, ["date_key_back"])  # the year typed is edited
    assert pad.value() is None and pad.display.text() == "03 / 11 / 202"


def test_clear_date_is_a_real_button(qtbot, pad):
    tap_all(qtbot, pad, ["date_today", "date_clear"])
    assert pad.value() is None and pad.display.text() == "—"
    clear = pad.findChild(QPushButton, "date_clear")
    assert clear.height() >= 48 and clear.width() >= 48 and clear.property("kind") != "quiet"


# ---------------------------------------------------------------------------------------------- countries


def test_country_search_ranks_exact_and_prefix_first():
    names = countries()
    assert rank(names, "Niger")[:2] == ["NE", "NG"]
    assert rank(names, "nig")[:2] == ["NE", "NG"]
    assert rank(names, "Guinea")[0] == "GN" and set(rank(names, "Guinea")[1:4]) == {"GW", "GQ", "PG"}
    assert rank(names, "NG")[0] == "NG"  # the code typed
    assert rank(names, "cote")[0] == "CI"  # accents folded
    assert rank(names, "") == [] and rank(names, "zzzz") == []


def test_typing_niger_chooses_nothing_until_a_result_is_tapped(qtbot):
    picker = CountryPicker(countries(), lambda: TODAY, {})
    qtbot.addWidget(picker)
    picker.show()
    picker.search.setText("Niger")
    first, second = picker.result_buttons[:2]
    assert (first.property("code"), second.property("code")) == ("NE", "NG")
    assert picker.chosen is None and not picker.add_button.isEnabled()
    assert not any(w.isChecked() for w in picker.result_buttons)
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    assert picker.chosen == "NG" and picker.add_button.isEnabled()
    with qtbot.waitSignal(picker.changed) as blocker:
        qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [[{"country": "NG", "left": "2026-11-29"}]]


def test_a_departure_date_in_3_taps_in_the_real_window(qtbot, window, clock):
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    taps.quick_check("38.6", "feels_unwell", "listed_country")
    taps.symptoms("fever")
    find(window, "country_search").setText("Guin")
    taps.tap("country_result_0")
    before = taps.count
    for name in ("date_key_1", "date_key_2", "date_days_ago"):
        taps.tap(name)
    assert taps.count - before == 3
    taps.tap("country_add")
    left = (clock.today() - dt.timedelta(days=12)).isoformat()
    assert window.controller.current.run.raw_answers["itinerary"] == [{"country": "GN", "left": left}]


# ---------------------------------------------------------------------------------------------- not clipped


def clipped(root: QWidget) -> list[str]:
    """Visible buttons and one-line labels under ``root`` whose text is wider than they are."""
    found = []
    for widget in root.findChildren(QPushButton):
        if widget.isVisible() and widget.text():
            needed = widget.fontMetrics().horizontalAdvance(widget.text()) + 2 * 4
            if needed > widget.width():
                found.append(f"{widget.objectName()} '{widget.text()}' {needed} > {widget.width()}")
    for widget in root.findChildren(QLabel):
        if widget.isVisible() and widget.text() and not widget.wordWrap() \
                and widget.sizeHint().width() > widget.width():
            found.append(f"{widget.objectName()} '{widget.text()}' {widget.sizeHint().width()} > {widget.width()}")
    return found


@pytest.mark.parametrize("language", ["en", "fr"])
def test_date_and_country_labels_are_not_clipped_at_1280x800(qtbot, make_window, services, language):
    from ui.app import install_translators

    translators = install_translators(qtbot_app(), language)
    try:
        window = make_window(services, language)
        assert (window.width(), window.height()) == (1280, 800)
        sign_in(qtbot, window, "S1")
        taps = Taps(qtbot, window)
        taps.quick_check("38.6", "feels_unwell", "listed_country")
        taps.tap(f"lang_{language}")  # the date pad speaks the traveller's language on traveller pages
        taps.tap("chip_fever")
        pad = find(window, "date_pad")
        assert find(pad, "date_-week").text() == {"en": "7 days ago", "fr": "Il y a 7 jours"}[language]
        assert clipped(pad) == []
        taps.symptoms()
        find(window, "country_search").setText("Guinea")
        picker = find(window, "field_itinerary")
        assert clipped(picker) == []
    finally:
        for translator in translators:
            qtbot_app().removeTranslator(translator)


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_a_baby_s_age_in_months(qtbot, window):
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    taps.quick_check("38.6", "feels_unwell", "listed_country")
    taps.symptoms("fever")
    age = find(window, "field_age_years")
    months = age.editor.unit_buttons["months"]
    assert months.text() == "months"
    taps.tap(months)
    taps.tap(age.editor.pad.keys["9"])
    assert window.controller.current.run.raw_answers["age_years"] == 0.75
    assert age.editor.display.text() == "9 months"
    assert window.controller.current.run.notes["age_years"] == "9 months = 0.75 years"


def test_a_date_that_does_not_exist_is_named(qtbot, pad):
    tap_all(qtbot, pad, [f"date_key_{k}" for k in "310226"])
    assert pad.value() is None and pad.display.text() == "31 / 02 / 26"
    assert pad.typed.text() == "31/02/2026 is not a date" and pad.typed.property("kind") == "error"
    tap_all(qtbot, pad, ["date_key_back", "date_key_back", "date_key_back", "date_key_3", "date_key_2", "date_key_6"])
    assert pad.value() == "2026-03-31" and pad.typed.property("kind") == "muted"
