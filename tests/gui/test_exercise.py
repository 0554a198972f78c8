"""A trainer runs an exercise on the kiosk: the banner says so on every screen, the screenings and their
alerts are the exercise's, real work waits untouched, and ending it brings real screening back."""

from __future__ import annotations

import pytest
from kiosk_gui_helpers import PINS, Taps, settle, sign_in
from sqlalchemy import select

from kiosk.auth import OfficerInfo
from kiosk.store import models as m

pytestmark = pytest.mark.gui


@pytest.fixture
def trainer(services) -> OfficerInfo:
    admin = OfficerInfo("A1", "Ada Admin", "admin")
    return services.auth.create_officer(admin, "T1", "Tariq Trainer", "trainer", PINS["T1"])


def isolate_an_evd_traveller(taps: Taps, window) -> None:
    taps.quick_check("38.6", "feels_unwell", "listed_country")
    taps.symptoms("fever", "headache")
    taps.travelled_from("Guinea")
    taps.tap("chip_body_fluid_contact")
    taps.tap(window.screening.next)
    taps.land_crossing_to_decision()


def test_a_trainer_runs_an_exercise_that_never_reaches_real_surveillance(qtbot, window, services, trainer,
                                                                           monkeypatch):
    monkeypatch.setattr("ui.dialogs.ask_text", lambda parent, title, text: "Ebola drill, hall B")
    monkeypatch.setattr("ui.dialogs.confirm", lambda parent, title, *rest: True)
    sign_in(qtbot, window, "T1")
    taps = Taps(qtbot, window)
    assert not window.mode_banner.isVisible()
    assert window.home.exercise.text() == "Start an exercise"
    taps.tap(window.home.exercise)
    banner = window.mode_banner
    assert banner.isVisible() and banner.text().startswith("EXERCISE “Ebola drill, hall B” (EX-")
    assert window.home.notice.text() == "Exercise “Ebola drill, hall B” started."
    assert window.home.exercise.text() == "End the exercise"
    taps.tap(window.home.bar.sign_out)
    assert window.stack.currentWidget() is window.signin and banner.isVisible()  # seen before signing in

    sign_in(qtbot, window, "H1")  # a trainee health officer screens a role-play traveller
    isolate_an_evd_traveller(taps, window)
    assert banner.isVisible()  # on the decision screen too
    taps.tap(window.decision.confirm)
    assert window.home.count_values["isolated"].text() == "1"
    with services.store.reading() as session:
        encounter = session.scalars(select(m.Encounter)).one()
        outbox = session.scalars(select(m.OutboxMessage)).all()
    assert (encounter.mode, encounter.exercise_id) == ("exercise", services.screening.context.exercise_id)
    assert len(outbox) == 2  # the early notice and its Update
    for row in outbox:
        assert row.topic.endswith("/alerts/exercise") and b"<status>Exercise</status>" in row.payload
    taps.tap("open_history")
    settle(qtbot, window)
    assert window.history.table.rowCount() == 1  # today's screenings are the exercise's
    taps.tap("history_back")

    taps.tap(window.home.bar.sign_out)
    sign_in(qtbot, window, "T1")
    taps.tap(window.home.exercise)
    assert not banner.isVisible()
    assert window.home.notice.text() == "The exercise has ended: screenings are real again."
    assert window.home.count_values["isolated"].text() == "0"  # the drill's traveller is not a real one
    taps.tap("open_history")
    settle(qtbot, window)
    assert window.history.table.rowCount() == 0
    assert services.screening.context.mode == "actual"


def test_officers_who_do_not_train_never_see_the_exercise_button(qtbot, window):
    sign_in(qtbot, window, "H1")
    assert not window.home.exercise.isVisible()


def test_a_kiosk_restarted_during_an_exercise_says_so_before_anyone_signs_in(qtbot, make_window, services,
                                                                              trainer):
    exercise = services.exercises.start(trainer, "Night drill")
    services.exercises.restore()  # what a fresh start of the kiosk does first
    window = make_window(services)
    settle(qtbot, window)
    assert window.stack.currentWidget() is window.signin
    assert window.mode_banner.isVisible() and exercise.id in window.mode_banner.text()


def test_a_refused_start_says_why_and_changes_nothing(qtbot, window, services, trainer, monkeypatch):
    """Another screen of this kiosk started an exercise meanwhile: this one says so, stays as it was."""
    monkeypatch.setattr("ui.dialogs.ask_text", lambda parent, title, text: "Second drill")
    sign_in(qtbot, window, "T1")
    services.exercises.start(trainer, "First drill")  # behind this window's back
    services.exercises.restore()
    Taps(qtbot, window).tap(window.home.exercise)
    assert window.home.notice.text() == "an exercise is already running on this kiosk: end it first"
    assert services.exercises.active().name == "First drill"


def test_a_trainer_decides_exercise_travellers_but_not_real_ones(qtbot, window, services, trainer, monkeypatch):
    """In an exercise the trainer holds the health officer's decision (``kiosk.auth.may``): no health officer
    is needed to finish a role-play traveller. Once it has ended, the trainer is a screener again."""
    services.exercises.start(trainer, "Solo drill")
    sign_in(qtbot, window, "T1")
    taps = Taps(qtbot, window)
    assert window.home.take.isVisible()  # the secondary queue of the exercise is the trainer's too
    isolate_an_evd_traveller(taps, window)
    decision = window.decision
    assert decision.confirm.isVisible() and decision.confirm.text() == "Confirm: Isolate"
    assert decision.override_box.isVisible() and not decision.to_secondary.isVisible()
    taps.tap(decision.confirm)
    with services.store.reading() as session:
        encounter = session.scalars(select(m.Encounter)).one()
    assert (encounter.mode, encounter.disposition, encounter.status) == ("exercise", "isolate", "completed")

    services.exercises.end(trainer)
    taps.tap(window.home.bar.sign_out)
    sign_in(qtbot, window, "T1")
    assert not window.home.take.isVisible()
    isolate_an_evd_traveller(taps, window)
    assert not decision.confirm.isVisible() and not decision.override_box.isVisible()
    assert decision.to_secondary.isVisible()
    assert decision.role_note.text() == "A health officer decides on this traveller: send them to secondary screening."


def test_the_delivery_card_keeps_exercise_alerts_out_of_its_main_figure(qtbot, window, services, trainer):
    """No broker: the card counts the outbox, real alerts in the main figure, the exercise's apart and marked;
    the publisher's snapshot is split the same way (``DeliveryStatus.exercise``)."""
    import datetime as dt

    from kiosk.alerts.transport import DeliveryStatus, ModeCounts
    from kiosk.screening import Decision

    record = {"arrival_date": "2026-11-29", "temperature_c": 38.4, "symptoms": ["vomiting"],
              "itinerary": [{"country": "GN", "left": "2026-11-20"}], "exposures": ["direct_care_without_ppe"]}

    def alert() -> None:
        screening = services.screening
        screening.complete(screening.start(officer_id="H1", sop_id="primary", sop_version="1"), record,
                           Decision("H1"))

    alert()  # a real alert
    services.exercises.start(trainer, "Card drill")
    alert()
    alert()
    services.exercises.end(trainer)
    sign_in(qtbot, window, "H1")
    settle(qtbot, window)
    card = window.home.delivery
    assert card.counts.text() == "Waiting on this kiosk: 1 · at the broker: 0 · acknowledged: 0 · refused: 0"
    assert window.home.bar.connection.text() == "● offline — 1 queued"
    assert card.exercise_counts.isVisible()
    assert card.exercise_counts.text() == ("EXERCISE alerts, not real (not in the counts above): waiting 2 · at the "
                                           "broker 0 · acknowledged 0 · refused 0")

    snapshot = DeliveryStatus(True, 1, 0, 0, dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC), "v1", at_broker=2,
                              acked=10, exercise=ModeCounts(queued=1, at_broker=2, acked=7))
    window._delivery_changed(snapshot)
    assert card.counts.text() == "Waiting on this kiosk: 0 · at the broker: 0 · acknowledged: 3 · refused: 0"
    assert card.exercise_counts.text().endswith("waiting 1 · at the broker 2 · acknowledged 7 · refused 0")
    window._delivery_changed(DeliveryStatus(True, 0, 0, 0, None, "v1", acked=3))
    assert not card.exercise_counts.isVisible()
