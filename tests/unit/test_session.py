"""The core screening session: whatever one traveller's answers were, the next traveller's session
behaves exactly as on a kiosk that never saw anyone (property-based), and the session's own rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.auth import OfficerInfo
from kiosk.clock import FixedClock
from kiosk.errors import InputError
from kiosk.screening import KioskContext, Rules, SiteInfo
from kiosk.services import core_services
from kiosk.session import ScreeningSession
from kiosk.sop import shipped_sops
from kiosk.store import Store
from kiosk.store import models as m

AT = dt.datetime(2026, 11, 29, 10, tzinfo=dt.UTC)
SITE = SiteInfo("XL-LND-01", "Lakeside Land Crossing", "ground_crossing", "XL")
OFFICER = OfficerInfo("H1", "Hana Health", "health_officer")
PRIMARY = shipped_sops()["primary"]
RULES = Rules.shipped()
COUNTRIES = ["GN", "NG", "FR", "HT", "CN", "AF", "RW"]
SCRIPT = [  # the second traveller: a quick check, travel from Nigeria, nothing else
    ("temperature", 36.6), ("red_flags", ["listed_country"]), "next",
    ("itinerary", [{"country": "NG", "left": "2026-11-22"}]), ("age_years", 30), "next",
    ("exposures", []), "next", ("conveyance_type", "land"), ("officer_concern", False),
]


def fresh_services(folder: Path):
    """A kiosk that never screened anyone, with the health officer's row (no PIN: never signs in here)."""
    services = core_services(Store(f"sqlite:///{folder / 'kiosk.sqlite'}"), KioskContext(SITE, "XL-LND-01-K1"),
                             FixedClock(AT), Rules(RULES.catalog, RULES.situation))
    with services.store.transaction() as session:
        session.add(m.Officer(id=OFFICER.id, name=OFFICER.name, role=OFFICER.role, pin_hash="-", created_at=AT))
    return services


def value_for(field, data):
    """A random answer of the field's type (valid or not: the run refuses what is not)."""
    kind = field.type
    if kind == "yes_no":
        return data.draw(st.booleans())
    if kind == "number":
        return data.draw(st.one_of(st.floats(20, 50).map(lambda v: round(v, 1)), st.integers(0, 120)))
    if kind == "multi_choice":
        return data.draw(st.lists(st.sampled_from(field.choice_codes), max_size=4, unique=True))
    if kind == "single_choice":
        return data.draw(st.sampled_from(field.choice_codes))
    if kind == "date":
        return data.draw(st.dates(dt.date(2026, 10, 1), dt.date(2026, 12, 5))).isoformat()
    if kind == "country_list":
        stays = st.fixed_dictionaries({"country": st.sampled_from(COUNTRIES),
                                       "left": st.dates(dt.date(2026, 10, 1), dt.date(2026, 11, 29))
                                       .map(dt.date.isoformat)})
        return data.draw(st.lists(stays, max_size=3))
    return data.draw(st.one_of(st.none(), st.text(max_size=12)))


def play(session: ScreeningSession, script) -> None:
    for step in script:
        if step == "next":
            assert session.next() == [], session.run.step_errors()
        else:
            assert session.answer(*step) == [], step
    session.save()


def seen(session: ScreeningSession) -> dict:
    """Everything the window shows of a session."""
    evaluation = session.live.evaluation
    return {"path": session.run.path, "answers": session.run.raw_answers, "notes": session.run.notes,
            "record": session.record(), "language": session.language, "evaluation": evaluation.to_json(),
            "documents": (session.documents.filled, session.documents.seen, session.documents.results),
            "warnings": session.warnings, "alerts": session.alerts, "fast_clear": session.fast_clear,
            "stage": session.stage, "base": session.base, "arrival": session.arrival}


@pytest.fixture(scope="module")
def kiosks(tmp_path_factory):
    """A kiosk that keeps screening (every example's travellers) and what a fresh kiosk shows for SCRIPT."""
    used = fresh_services(tmp_path_factory.mktemp("used"))
    fresh = fresh_services(tmp_path_factory.mktemp("fresh"))
    control = ScreeningSession.open_primary(fresh.screening, PRIMARY, OFFICER, "en")
    play(control, SCRIPT)
    yield used, seen(control)
    used.close()
    fresh.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_next_traveller_sees_what_a_fresh_kiosk_shows(kiosks, data):
    used, control = kiosks
    first = ScreeningSession.open_primary(used.screening, PRIMARY, OFFICER, data.draw(
        st.sampled_from(["ar", "fr", "pt", "en"])))
    for _ in range(data.draw(st.integers(0, 30))):
        action = data.draw(st.sampled_from(["answer", "answer", "answer", "next", "back", "language"]))
        if first.step is None:
            break
        if action == "answer":
            fields = [f for f in first.run.visible_fields() if f.type != "document_scan"]
            if fields:
                field = data.draw(st.sampled_from(fields))
                first.answer(field.id, value_for(field, data))
        elif action == "next":
            first.next()
        elif action == "back":
            first.back()
        else:
            first.set_language(data.draw(st.sampled_from(["ar", "fr", "pt", "en"])))
        first.save()
    if first.run.is_finished and first.live.evaluation is not None and data.draw(st.booleans()):
        first.complete("clear", "a random override of the recommendation", confirmed=True)
    second = ScreeningSession.open_primary(used.screening, PRIMARY, OFFICER, "en")
    play(second, SCRIPT)
    assert seen(second) == control
    assert second.live.evaluation.disposition == "vaccinate"


@pytest.fixture
def services(tmp_path):
    services = fresh_services(tmp_path)
    yield services
    services.close()


def test_flag_hooks_fire_when_the_live_flags_change_and_reach_isolate(services):
    changes = []
    services.screening.session_setups.append(lambda session: session.on_flags_changed.append(
        lambda s, evaluation: changes.append(
            None if evaluation is None else (evaluation.disposition, s.reaches_isolate(evaluation)))))
    session = ScreeningSession.open_primary(services.screening, PRIMARY, OFFICER, "en")
    play(session, [("temperature", 38.6), ("red_flags", ["feels_unwell", "listed_country"]), "next",
                   ("symptoms", ["headache"]), ("symptom_onset", "2026-11-27"), ("fever_medicine", False), "next"])
    session.answer("itinerary", [{"country": "GN", "left": "2026-11-22"}])
    session.save()
    session.save()  # nothing changed: no call
    session.took(session.evaluate_job()())  # evaluating without saving: no call
    assert changes[-1] == ("isolate", True)
    assert changes.count(("isolate", True)) == 1


def test_completion_hooks_and_the_set_aside_rule(services):
    session = ScreeningSession.open_primary(services.screening, PRIMARY, OFFICER, "en")
    completed = []
    session.on_completed.append(lambda s, done: completed.append(done.disposition))
    play(session, [("temperature", 38.6), ("red_flags", ["feels_unwell", "listed_country"]), "next",
                   ("symptoms", ["headache"]), ("symptom_onset", "2026-11-27"), ("fever_medicine", False), "next",
                   ("itinerary", [{"country": "GN", "left": "2026-11-22"}]), "next", ("exposures", []), "next",
                   ("conveyance_type", "land"), ("officer_concern", False)])
    assert [(a.protocol, a.disposition) for a in session.set_aside("refer")] == [("EVD", "isolate")]
    assert session.set_aside("isolate") == []
    with pytest.raises(InputError, match="override_reason"):
        session.complete("refer", "")
    with pytest.raises(InputError, match="sets aside EVD: isolate"):
        session.complete("refer", "isolation room full")
    assert completed == []
    done = session.complete("refer", "isolation room full", confirmed=True)
    assert (done.disposition, done.leading_protocol, completed) == ("refer", "EVD", ["refer"])


def test_only_a_headless_run_walks_past_a_required_question(services):
    def session(headless: bool) -> ScreeningSession:
        return ScreeningSession(services.screening, PRIMARY, encounter_id="planned-x", stage="primary",
                                language="en", arrival=AT.date(), officer=OFFICER, headless=headless)

    window, headless = session(False), session(True)
    for walk in (window, headless):
        assert walk.answer("temperature", 38.5) == []
        assert walk.answer("red_flags", ["feels_unwell"]) == []
        assert walk.next() == []
        assert walk.answer("symptoms", ["headache"]) == []
        assert walk.answer("fever_medicine", False) == []
    assert [e.key for e in window.next()] == ["required"] and window.step.id == "symptoms"  # the window stops
    assert headless.next() == [] and headless.step.id != "symptoms"
    assert headless.run.unanswered() == [("symptoms", "symptom_onset")]
