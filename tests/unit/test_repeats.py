"""Repeat encounters: the same document at this kiosk within the window shows the earlier decision,
found through a keyed hash of the document number (the number itself is never stored for it)."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from kiosk.errors import KioskError
from kiosk.repeats import KEY_FILE, RepeatCheck, document_key, load_or_make_key, normalise_number
from kiosk.screening import Decision, KioskContext, ScreeningService
from kiosk.store import models as m

EVD_SUSPECT = {
    "arrival_date": "2026-11-29", "temperature_c": 38.4, "symptoms": ["vomiting"],
    "itinerary": [{"country": "GN", "left": "2026-11-20"}], "exposures": ["direct_care_without_ppe"],
    "traveller": {"surname": "ERIKSSON", "nationality": "SE", "document_number": "L898902C3"},
}
CLEAR_SAME = {"arrival_date": "2026-11-29", "temperature_c": 36.6,
              "traveller": {"nationality": "SE", "document_number": "l898 902c3"}}
CLEAR_OTHER = {"arrival_date": "2026-11-29", "temperature_c": 36.6,
               "traveller": {"nationality": "SE", "document_number": "X1234567"}}
SECRET = bytes(range(32))


@pytest.fixture
def repeats() -> RepeatCheck:
    return RepeatCheck(SECRET)


def _screen(service: ScreeningService, repeats: RepeatCheck, record: dict) -> str:
    draft = service.start(officer_id=None, sop_id="primary", sop_version="1")
    repeats.remember(service, draft, record)
    service.complete(draft, record, Decision("1001"))
    return draft


def test_the_same_passport_nine_minutes_later_shows_the_isolation(service, clock, repeats):
    first = _screen(service, repeats, EVD_SUSPECT)
    clock.advance(minutes=9)
    second = service.start(officer_id=None, sop_id="primary", sop_version="1")
    repeats.remember(service, second, CLEAR_SAME)
    (repeat,) = repeats.earlier(service, second, CLEAR_SAME)
    assert (repeat.encounter_id, repeat.disposition, repeat.protocol) == (first, "isolate", "EVD")
    assert repeat.completed_at == dt.datetime(2026, 11, 29, 9, 30, tzinfo=dt.UTC)
    assert repeat.text(clock.now()) == "screened 9 min ago at this kiosk: isolate"
    assert repeats.earlier(service, second, CLEAR_OTHER) == []


def test_only_the_keyed_hash_is_stored(service, repeats):
    draft = _screen(service, repeats, EVD_SUSPECT)
    with service.store.reading() as session:
        key = session.scalar(select(m.Encounter.document_key).where(m.Encounter.id == draft))
    assert key == document_key(SECRET, "L898902C3") and "L898902C3" not in key and len(key) == 64
    assert RepeatCheck(bytes(32)).key_for(EVD_SUSPECT) != key  # another kiosk's key: no match


def test_the_window_is_the_protocols_follow_up(service, clock, repeats):
    _screen(service, repeats, EVD_SUSPECT)  # Ebola: followed up until 11 Dec
    clock.set(dt.datetime(2026, 12, 11, 20, 0, tzinfo=dt.UTC))
    draft = service.start(officer_id=None, sop_id="primary", sop_version="1")
    assert len(repeats.earlier(service, draft, CLEAR_SAME)) == 1
    clock.set(dt.datetime(2026, 12, 12, 8, 0, tzinfo=dt.UTC))
    assert repeats.earlier(service, draft, CLEAR_SAME) == []


def test_an_unflagged_screening_counts_for_a_day(service, clock, repeats):
    _screen(service, repeats, CLEAR_SAME)
    clock.advance(hours=23)
    draft = service.start(officer_id=None, sop_id="primary", sop_version="1")
    (repeat,) = repeats.earlier(service, draft, CLEAR_SAME)
    assert repeat.text(clock.now()) == "screened 23 h ago at this kiosk: clear"
    clock.advance(hours=2)
    assert repeats.earlier(service, draft, CLEAR_SAME) == []


def test_exercise_screenings_do_not_warn_real_ones(store, clock, shipped_rules, context, repeats):
    exercise = ScreeningService(store, clock, shipped_rules,
                                KioskContext(context.site, context.kiosk_id, "exercise", "EX-1"))
    exercise.ensure_site()
    _screen(exercise, repeats, EVD_SUSPECT)
    actual = ScreeningService(store, clock, shipped_rules, context)
    draft = actual.start(officer_id=None, sop_id="primary", sop_version="1")
    assert repeats.earlier(actual, draft, CLEAR_SAME) == []
    assert len(repeats.earlier(exercise, draft, CLEAR_SAME)) == 1


def test_a_secondary_screening_does_not_warn_about_its_own_primary(service, repeats):
    with service.store.transaction() as session:
        session.add(m.Officer(id="1001", name="H", role="health_officer", pin_hash="x", created_at=service.clock.now()))
    primary = service.start(officer_id=None, sop_id="primary", sop_version="1")
    repeats.remember(service, primary, EVD_SUSPECT)
    service.refer_to_secondary(primary, EVD_SUSPECT, None)
    secondary = service.start(officer_id=None, sop_id="secondary", sop_version="1", stage="secondary",
                              parent_id=primary)
    repeats.remember(service, secondary, EVD_SUSPECT)
    assert repeats.earlier(service, secondary, EVD_SUSPECT) == []


def test_no_document_no_warning(service, repeats):
    draft = service.start(officer_id=None, sop_id="primary", sop_version="1")
    record = {"arrival_date": "2026-11-29", "temperature_c": 36.6}
    repeats.remember(service, draft, record)
    assert repeats.key_for(record) is None and repeats.earlier(service, draft, record) == []


def test_the_key_is_made_once_with_mode_0600(tmp_path):
    old = os.umask(0)
    try:
        key = load_or_make_key(tmp_path)
    finally:
        os.umask(old)
    assert len(key) == 32 and stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode) == 0o600
    assert load_or_make_key(tmp_path) == key
    (tmp_path / KEY_FILE).write_bytes(b"short")
    with pytest.raises(KioskError, match="32 bytes"):
        load_or_make_key(tmp_path)


@given(st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", min_size=1, max_size=12),
       st.lists(st.sampled_from([" ", "<", "-", "."]), max_size=3))
def test_the_hash_ignores_case_and_separators(number, separators):
    typed = "".join(separators) + number.lower() + "".join(separators)
    assert normalise_number(typed) == number
    assert document_key(SECRET, typed) == document_key(SECRET, number)


def test_live_checks_send_the_notice_and_find_the_earlier_screening(service, clock, repeats):
    from kiosk.live_checks import LiveChecks

    checks = LiveChecks(service, repeats)
    first = service.start(officer_id=None, sop_id="primary", sop_version="1")
    assert checks.after_evaluation(first, EVD_SUSPECT, service.evaluate(EVD_SUSPECT)) == []
    service.complete(first, EVD_SUSPECT, Decision("1001"))
    with service.store.reading() as session:
        assert len(session.scalars(select(m.OutboxMessage)).all()) == 2  # the notice and its Update
        assert session.get(m.EarlyNotice, first).closed_msg_type == "Update"
    clock.advance(minutes=3)
    second = service.start(officer_id=None, sop_id="primary", sop_version="1")
    (repeat,) = checks.after_evaluation(second, CLEAR_SAME, service.evaluate(CLEAR_SAME))
    assert repeat.encounter_id == first and checks.earlier(second, CLEAR_SAME) == [repeat]


def test_a_failing_repeat_check_does_not_stop_the_screening(service, repeats, monkeypatch, caplog):
    from kiosk.live_checks import LiveChecks

    def broken(*args, **kwargs):
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(repeats, "remember", broken)
    checks = LiveChecks(service, repeats)
    draft = service.start(officer_id=None, sop_id="primary", sop_version="1")
    assert checks.after_evaluation(draft, EVD_SUSPECT, service.evaluate(EVD_SUSPECT)) == []
    with service.store.reading() as session:
        assert session.get(m.EarlyNotice, draft) is not None  # the notice went before the failure
    assert "could not record" in caplog.text and "L898902C3" not in caplog.text
