"""The kiosk window and the trainer console on one kiosk database: the window notices an exercise started
or ended from the console, switches only between travellers (the officer is told why it waits), and
screens the exercise travellers with the scenario's situation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_gui_helpers import Taps, settle, sign_in
from sqlalchemy import select

from kiosk.auth import OfficerInfo
from kiosk.clock import FixedClock
from kiosk.screening import KioskContext
from kiosk.services import core_services
from kiosk.store import Store
from kiosk.store import models as m
from kiosk.training.console import ExerciseConsole

pytestmark = pytest.mark.gui
TRAINER = OfficerInfo("T1", "Tariq Trainer", "trainer")


@pytest.fixture
def console(db_file: Path, clock: FixedClock, context: KioskContext) -> Iterator[ExerciseConsole]:
    """The trainer console's core on the kiosk's database file (its own connection, as another process)."""
    store = Store(f"sqlite:///{db_file}")
    yield ExerciseConsole(core_services(store, context, clock), TRAINER)
    store.close()


def febrile_traveller_from_uganda(taps: Taps, window) -> None:
    """Fever and vomiting, left Uganda a week ago, no exposure: Ebola only where Uganda is affected."""
    taps.quick_check("38.6", "feels_unwell", "listed_country")
    taps.symptoms("fever", "vomiting")
    taps.travelled_from("Uganda")
    taps.tap("chip_none")  # no exposure
    taps.tap(window.screening.next)
    taps.land_crossing_to_decision()


def test_the_window_follows_the_console_between_travellers(qtbot, window, services, console, tmp_path) -> None:
    window.exercise_watcher.timer.setInterval(50)
    sign_in(qtbot, window, "H1")
    banner = window.mode_banner
    assert not banner.isVisible()
    console.start("ebola-land-crossing")
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5000)
    exercise = console.state().exercise
    assert banner.text().startswith(f"EXERCISE “{exercise.name}” ({exercise.id})")
    assert window.home.notice.text() == f"Exercise “{exercise.name}” started."

    taps = Taps(qtbot, window)
    febrile_traveller_from_uganda(taps, window)
    assert window.decision.confirm.text() == "Confirm: Isolate"  # Ebola in Uganda: the scenario's situation
    console.end(tmp_path / "reports")  # the trainer ends it while this traveller is being decided
    qtbot.waitUntil(lambda: window.exercise_watcher.waiting is not None, timeout=5000)
    assert "This traveller stays an exercise traveller." in banner.text()
    assert services.screening.context.exercise_id == exercise.id  # not switched under the officer's feet
    taps.tap(window.decision.confirm)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    assert window.home.notice.text() == "The exercise has ended: screenings are real again."
    with services.store.reading() as session:
        encounter = session.scalars(select(m.Encounter)).one()
    assert (encounter.mode, encounter.exercise_id, encounter.disposition) == ("exercise", exercise.id, "isolate")

    febrile_traveller_from_uganda(taps, window)  # a real traveller: the real situation (no Ebola in Uganda)
    assert window.decision.confirm.text() != "Confirm: Isolate"
    settle(qtbot, window)


def test_an_exercise_started_mid_traveller_waits_for_the_next_one(qtbot, window, services, console) -> None:
    window.exercise_watcher.timer.setInterval(50)
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    taps.quick_check("36.6")
    console.start("cholera-bus")
    qtbot.waitUntil(lambda: window.exercise_watcher.waiting is not None, timeout=5000)
    banner = window.mode_banner
    assert banner.isVisible() and "it begins with the next traveller. This traveller is screened as before." in \
        banner.text()
    assert services.screening.context.mode == "actual"
    window.controller.end()  # the officer leaves the screening (kept as a real draft)
    window.controller.left.emit()
    qtbot.waitUntil(lambda: window.exercise_watcher.waiting is None and services.screening.context.mode == "exercise",
                    timeout=5000)
    assert banner.text().startswith("EXERCISE “")
    settle(qtbot, window)
    assert not window.home.resume_card.isVisible()  # the real draft waits for the end of the exercise
