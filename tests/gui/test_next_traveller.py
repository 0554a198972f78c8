"""Nothing of one traveller reaches the next: after an Arabic traveller with a dated answer and an
override, the next (English) traveller sees exactly what a freshly started kiosk shows, page by page."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from kiosk_gui_helpers import Taps, find, make_services, sign_in
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QScrollBar, QWidget
from sqlalchemy import select

from kiosk.store import models as m

pytestmark = pytest.mark.gui


def screen(window) -> list[tuple]:
    """What the officer sees on the screen in front: every visible widget's kind, name, text, state and
    layout direction (order-free: pages are built in another order by a kiosk that has been running;
    scroll bars left out: they follow the geometry, which settles a moment later)."""
    root = window.stack.currentWidget()
    shown = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, QScrollBar) or \
                widget.objectName().startswith("qt_scrollarea_"):
            continue
        text = ""
        if isinstance(widget, QAbstractButton | QLabel | QLineEdit):
            text = widget.text()
        checked = widget.isChecked() if isinstance(widget, QAbstractButton) and widget.isCheckable() else None
        shown.append((type(widget).__name__, widget.objectName(), text, checked, widget.isEnabled(),
                      widget.layoutDirection().name))
    return sorted(shown, key=repr)


def arabic_traveller_overridden(taps: Taps, window) -> None:
    """Suspected Ebola, screened in Arabic, a week-old departure date, and an override to "clear"."""
    taps.tap(window.home.start)
    taps.tap(window.screening.language_buttons["ar"])
    taps.tap("prefix_38")
    taps.tap("key_6")
    taps.tap("chip_feels_unwell")
    taps.tap("chip_listed_country")
    taps.tap(window.screening.next)
    assert window.screening.form.layoutDirection().name == "RightToLeft"  # the traveller's page, in Arabic
    taps.symptoms("fever", "headache")
    find(window, "country_search").setText("Guinea")
    taps.tap("country_result_0")
    taps.tap("date_key_8")
    taps.tap("date_days_ago")
    taps.tap("country_add")
    taps.tap(window.screening.next)
    taps.tap("chip_body_fluid_contact")
    taps.tap(window.screening.next)
    taps.land_crossing_to_decision()
    assert window.decision.banner.text.text() == "Recommended: Isolate"
    taps.tap("choose_clear")
    window.decision.reason.setText("Known nosebleed, assessed by the doctor on duty")
    taps.tap(window.decision.override)


def english_traveller(taps: Taps, window, seen: list) -> None:
    """Yellow fever: the quick check, travel from Nigeria, the decision; ``seen`` gets each screen."""
    taps.tap(window.home.start)
    seen.append(screen(window))
    taps.tap("prefix_36")
    taps.tap("key_6")
    taps.tap("chip_listed_country")
    taps.tap(window.screening.next)
    seen.append(screen(window))
    find(window, "country_search").setText("Nigeria")
    taps.tap("country_result_0")
    taps.tap("country_add")
    seen.append(screen(window))
    taps.tap(window.screening.next)
    taps.tap("chip_none")
    taps.tap(window.screening.next)
    seen.append(screen(window))
    taps.land_crossing_to_decision()
    seen.append(screen(window))


def test_the_next_traveller_sees_what_a_fresh_kiosk_shows(qtbot, make_window, services, officers_db, tmp_path,
                                                          clock, shipped_rules, context, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr("ui.dialogs.confirm", lambda parent, title, text, yes, no: asked.append(text) or True)
    used = make_window(services)
    sign_in(qtbot, used, "H1")
    taps = Taps(qtbot, used)
    arabic_traveller_overridden(taps, used)
    assert used.stack.currentWidget() is used.home
    assert asked and "Ebola" in asked[-1] and "Isolate" in asked[-1]

    fresh_file = tmp_path / "fresh" / "kiosk.sqlite"
    fresh_file.parent.mkdir()
    shutil.copy(officers_db, fresh_file)
    fresh_services = make_services(fresh_file, clock, shipped_rules, context)
    try:
        fresh = make_window(fresh_services)
        sign_in(qtbot, fresh, "H1")
        after, first = [], []
        english_traveller(taps, used, after)
        english_traveller(Taps(qtbot, fresh), fresh, first)
        assert len(after) == len(first) == 5
        for page, (seen_after, seen_first) in enumerate(zip(after, first, strict=True)):
            assert seen_after == seen_first, (page, Counter(seen_after) - Counter(seen_first), Counter(seen_first) - Counter(seen_after))
        assert not any(widget.isChecked() for widget in used.decision.choices.values())
        assert used.decision.reason.text() == ""
    finally:
        fresh_services.close()


def test_a_less_protective_choice_is_confirmed_naming_what_it_sets_aside(qtbot, window, services, monkeypatch):
    asked: list[tuple[str, str]] = []
    answers = iter([False, True])
    monkeypatch.setattr("ui.dialogs.confirm",
                        lambda parent, title, text, yes, no: asked.append((title, text)) or next(answers))
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    taps.quick_check("38.6", "feels_unwell", "listed_country")
    taps.symptoms("fever", "headache")
    taps.travelled_from("Guinea")
    taps.tap("chip_body_fluid_contact")
    taps.tap(window.screening.next)
    taps.land_crossing_to_decision()
    assert not any(widget.isChecked() for widget in window.decision.choices.values())  # nothing pre-selected
    taps.tap("choose_monitor")
    window.decision.reason.setText("Isolation room full, escorted to the hospital")
    taps.tap(window.decision.override)
    assert asked[0][0] == "Set aside the recommendation?"
    assert "Monitor sets aside: Ebola virus disease: Isolate." in asked[0][1]
    assert window.stack.currentWidget() is window.decision  # "Go back": nothing recorded
    assert window.decision.message.text() == "Not recorded: the recommendation stands until you confirm."
    taps.tap(window.decision.override)
    assert window.stack.currentWidget() is window.home
    with services.store.reading() as session:
        events = {e.action: e for e in session.scalars(select(m.AuditEvent))}
        encounter = session.scalars(select(m.Encounter)).one()
    assert (encounter.disposition, encounter.recommended_disposition) == ("monitor", "isolate")
    confirmed = events["decision.set_aside_confirmed"].detail
    assert confirmed["set_aside"] == [{"protocol": "EVD", "disposition": "isolate"}]
    assert confirmed["reason"] == "Isolation room full, escorted to the hospital"
    assert events["decision.override"].detail["reason"] == confirmed["reason"]
