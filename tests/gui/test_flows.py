"""Whole screening flows driven through the real widgets (offscreen): every tap is a mouse click."""

from __future__ import annotations

import pytest
from kiosk_gui_helpers import PINS, Taps, find, make_services, settle, sign_in
from PySide6.QtCore import Qt
from sqlalchemy import select

from kiosk.auth import REFUSED
from kiosk.store import models as m

pytestmark = pytest.mark.gui


def encounter_row(services) -> m.Encounter:
    with services.store.reading() as session:
        return session.scalars(select(m.Encounter)).one()


def audit(services, action: str) -> list[m.AuditEvent]:
    with services.store.reading() as session:
        return list(session.scalars(select(m.AuditEvent).where(m.AuditEvent.action == action)))


def add_country(taps: Taps, window, search: str, days_ago: int) -> None:
    """The best match for ``search`` (tapped), left ``days_ago`` days ago (digits, then "… days ago")."""
    field = find(window, "country_search")
    field.setText(search)
    taps.tap("country_result_0")
    for digit in str(days_ago):
        taps.tap(f"date_key_{digit}")
    taps.tap("date_days_ago")
    taps.tap("country_add")


def to_symptoms(taps: Taps, window, tenth: str = "6") -> None:
    taps.quick_check(f"38.{tenth}", "feels_unwell", "listed_country")
    assert window.screening.step_title.text() == "Symptoms"


def test_evd_suspected_traveller_to_isolation(qtbot, window, services):
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    to_symptoms(taps, window)
    taps.symptoms("fever", "headache")
    assert window.screening.step_title.text() == "Travel"
    add_country(taps, window, "Guinea", 7)
    assert window.controller.current.run.raw_answers["itinerary"][0]["country"] == "GN"
    # live flags already show Ebola before the decision
    assert window.screening.flags.flag_count >= 1
    assert "Isolate" in window.screening.flags.banner.text.text()
    taps.tap(window.screening.next)
    taps.tap("chip_body_fluid_contact")
    taps.tap(window.screening.next)
    taps.land_crossing_to_decision()
    assert window.decision.banner.text.text() == "Recommended: Isolate"
    assert window.decision.confirm.text() == "Confirm: Isolate"
    taps.tap(window.decision.confirm)
    assert window.stack.currentWidget() is window.home
    row = encounter_row(services)
    assert (row.status, row.disposition, row.decided_by) == ("completed", "isolate", "H1")
    assert row.evaluation["flags"][0]["protocol"] == "EVD"
    with services.store.reading() as session:
        assert session.scalars(select(m.Referral)).one().disposition == "isolate"
        outbox = session.scalars(select(m.OutboxMessage).order_by(m.OutboxMessage.created_at, m.OutboxMessage.id)).all()
    assert [row.status for row in outbox] == ["queued", "queued"]  # the early notice and its Update
    assert b"<msgType>Update</msgType>" in outbox[1].payload
    assert window.home.count_values["isolated"].text() == "1"
    assert "2 queued" in window.home.bar.connection.text() and "offline" in window.home.bar.connection.text()


def to_yellow_fever_decision(qtbot, window) -> Taps:
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    taps.quick_check("36.6", "listed_country")
    assert window.screening.step_title.text() == "Travel"
    add_country(taps, window, "Nigeria", 7)
    age = find(window, "field_age_years")
    for key in ("3", "0"):
        qtbot.mouseClick(age.editor.pad.keys[key], Qt.MouseButton.LeftButton)
        settle(qtbot, window)
    taps.tap(window.screening.next)
    taps.tap("chip_none")
    taps.tap(window.screening.next)
    taps.land_crossing_to_decision()
    return taps


def test_yellow_fever_certificate_problem_to_vaccinate(qtbot, window, services):
    taps = to_yellow_fever_decision(qtbot, window)
    assert window.decision.banner.text.text() == "Recommended: Vaccinate"
    taps.tap(window.decision.confirm)
    row = encounter_row(services)
    assert (row.status, row.disposition) == ("completed", "vaccinate")
    assert row.record["age_years"] == 30 and row.record["itinerary"][0]["country"] == "NG"


def test_override_needs_a_reason_and_is_audited(qtbot, window, services):
    taps = to_yellow_fever_decision(qtbot, window)
    taps.tap("choose_refer")
    taps.tap(window.decision.override)
    assert window.decision.message.text() == "A reason is required to change the recommendation."
    assert encounter_row(services).status == "draft"
    assert window.stack.currentWidget() is window.decision
    window.decision.reason.setText("Traveller reports a fainting episode on the bus")
    taps.tap(window.decision.override)
    row = encounter_row(services)
    assert (row.status, row.disposition, row.recommended_disposition) == ("completed", "refer", "vaccinate")
    assert row.override_reason == "Traveller reports a fainting episode on the bus"
    [event] = audit(services, "decision.override")
    assert event.actor == "H1" and event.detail["chosen"] == "refer"


def test_screener_cannot_decide_and_sends_to_secondary(qtbot, window, services):
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    taps.quick_check("36.6", "listed_country")
    add_country(taps, window, "NG", 7)
    taps.tap(window.screening.next)
    taps.tap("chip_none")
    taps.tap(window.screening.next)
    taps.land_crossing_to_decision()
    assert not window.decision.confirm.isVisible()
    assert not window.decision.override_box.isVisible()
    taps.tap(window.decision.to_secondary)
    assert encounter_row(services).status == "awaiting_secondary"
    assert window.home.queue.count() == 1


def test_resume_after_a_crash_restores_every_answer(qtbot, make_window, services, db_file, clock, shipped_rules,
                                                    context):
    first = make_window(services)
    sign_in(qtbot, first, "S1")
    taps = Taps(qtbot, first)
    to_symptoms(taps, first)
    taps.tap("chip_vomiting")
    taps.tap("date_today")
    taps.tap("lang_fr")
    saved = first.controller.current.run.raw_answers
    assert saved["symptoms"] == ["vomiting"] and saved["temperature"] == 38.6
    # the crash: the window and its services are dropped without closing anything
    first.hide()

    second_services = make_services(db_file, clock, shipped_rules, context)
    try:
        second = make_window(second_services)
        sign_in(qtbot, second, "S1")
        assert second.home.resume_card.isVisible()
        assert "4 answer" in second.home.resume_text.text()
        Taps(qtbot, second).tap(second.home.resume)
        current = second.controller.current
        assert current.run.raw_answers == saved
        assert current.run.current_step.id == "symptoms"
        assert current.language == "fr"
        assert second.screening.step_title.text() == "Symptômes"
        assert find(second, "chip_vomiting").isChecked()
        assert find(second, "date_display").text() == clock.today().isoformat()
    finally:
        second_services.close()


def test_pin_lockout_after_five_wrong_pins(qtbot, window, services):
    taps = Taps(qtbot, window)
    view = window.signin
    view.officer_id.setText("S1")
    qtbot.mouseClick(view.pin, Qt.MouseButton.LeftButton)  # the officer taps the PIN field
    assert view.pin.hasFocus()
    for _attempt in range(5):
        for digit in "0000":
            taps.tap(view.pad.keys[digit])
        taps.tap(view.sign_in)
        assert window.stack.currentWidget() is window.signin
        assert view.message.text() == REFUSED  # the same words before and after the lock
        assert "attempt" not in view.message.text()
    for digit in PINS["S1"]:
        taps.tap(view.pad.keys[digit])
    taps.tap(view.sign_in)
    assert window.stack.currentWidget() is window.signin
    assert view.message.text() == REFUSED
    assert len(audit(services, "auth.locked")) == 1
    assert len(audit(services, "auth.failed")) == 6


def test_arabic_lays_out_right_to_left(qtbot, window, services):
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    to_symptoms(taps, window)
    taps.tap("lang_ar")
    form = window.screening.form
    assert form.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.screening.step_title.text() == "الأعراض"
    question = find(window, "question_symptoms")
    assert question.text() == "أي من هذه الأعراض أصابك خلال الأيام الـ21 الماضية؟"
    assert question.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert find(window, "chip_fever").text() == "حمى أو الشعور بالحمى"
    # the officer's own chrome stays in the officer's language and direction
    assert window.screening.next.text() == "Next"
    assert window.screening.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert encounter_row(services).language == "ar"
    taps.tap("lang_en")
    assert form.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_idle_sign_out(qtbot, window, services):
    sign_in(qtbot, window, "S1")
    window.idle.setInterval(50)
    window.idle.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.signin, timeout=3000)
    settle(qtbot, window)
    assert audit(services, "auth.signed_out")[0].detail == {"reason": "idle"}


def test_first_run_creates_the_administrator(qtbot, make_window, tmp_path, clock, shipped_rules, context):
    fresh = make_services(tmp_path / "fresh.sqlite", clock, shipped_rules, context)
    try:
        window = make_window(fresh)
        assert window.signin.pages.currentIndex() == 1
        view = window.signin
        view.admin_id.setText("A9")
        view.admin_name.setText("Ama Admin")
        view.admin_pin.setText("4321")
        view.admin_pin_again.setText("4321")
        Taps(qtbot, window).tap(view.create_admin)
        assert window.stack.currentWidget() is window.home
        assert window.officer.role == "admin"
        assert not window.home.start.isEnabled()  # administrators manage, they do not screen
    finally:
        fresh.close()


def test_back_buttons_of_the_error_and_history_screens_return_home(qtbot, window):
    """Qt passes ``clicked(bool)`` on to a slot that takes an argument: these once fed False to show_home."""
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    window.show_error("the database is busy")
    assert find(window, "error_detail").text() == "the database is busy"
    taps.tap("error_home")
    settle(qtbot, window)
    assert window.stack.currentWidget() is window.home and not window.home.notice.isVisible()
    taps.tap("open_history")
    settle(qtbot, window)
    taps.tap("history_back")
    settle(qtbot, window)
    assert window.stack.currentWidget() is window.home
