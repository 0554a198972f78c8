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


def test_a_short_exercise_through_the_kiosk_window_with_the_trainer_console_open(
        qtbot, window, services, db_file: Path, clock: FixedClock, context: KioskContext, tmp_path: Path,
        monkeypatch) -> None:
    """Issue 13's Done-when: the trainer console and the kiosk window on one database. The trainer starts the
    Ebola drill with Hana on the roster and releases two injects; Hana screens them at the kiosk, the first
    right (clear), the second wrong on purpose (refer instead of isolate). The score and the
    after-action report (JSON and PDF) name the wrong inject, and only it."""
    import json
    import shutil
    import subprocess

    from PySide6.QtCore import Qt

    from ui.trainer.window import COLUMNS, TrainerConsoleWindow

    monkeypatch.setattr("ui.dialogs.confirm", lambda parent, title, *rest: True)  # "set aside: EVD isolate"
    store = Store(f"sqlite:///{db_file}")
    trainer = TrainerConsoleWindow(ExerciseConsole(core_services(store, context, clock), TRAINER),
                                   tmp_path / "reports", "ebola-land-crossing", refresh_ms=100)
    qtbot.addWidget(trainer)
    trainer.show()
    try:
        window.exercise_watcher.timer.setInterval(50)
        sign_in(qtbot, window, "H1")
        qtbot.waitUntil(lambda: trainer.roster.count() == 3, timeout=5000)
        for index in range(trainer.roster.count()):
            item = trainer.roster.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == "H1":
                item.setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(trainer.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: trainer.snapshot.state is not None, timeout=5000)
        assert trainer.roster_label.text() == "Officers taking part: Hana Health (H1)"
        qtbot.waitUntil(lambda: window.mode_banner.isVisible(), timeout=5000)  # the kiosk follows the console
        assert window.home.notice.text().startswith("Exercise “Febrile traveller from an Ebola-affected area")

        def cell(row: int, column: str) -> str:
            item = trainer.table.item(row, COLUMNS.index(column))
            return item.text() if item else ""

        qtbot.mouseClick(trainer.release_next_button, Qt.MouseButton.LeftButton)  # inject 1: the well driver
        qtbot.waitUntil(lambda: cell(0, "Status") == "being screened", timeout=5000)
        taps = Taps(qtbot, window)
        taps.tap(window.home.start)
        taps.tap("prefix_36")
        taps.tap("key_7")
        qtbot.waitUntil(lambda: cell(0, "Step") == "primary · quick check", timeout=5000)  # live progress
        taps.tap("chip_none")
        qtbot.waitUntil(lambda: window.screening.next.text().startswith("Clear traveller"), timeout=5000)
        taps.tap(window.screening.next)  # the fast lane, as at a real counter
        assert window.stack.currentWidget() is window.home
        qtbot.waitUntil(lambda: cell(0, "Result") == "correct", timeout=5000)

        clock.advance(seconds=120)
        qtbot.mouseClick(trainer.release_next_button, Qt.MouseButton.LeftButton)  # inject 2: the Ebola case
        qtbot.waitUntil(lambda: cell(1, "Status") == "being screened", timeout=5000)
        taps.quick_check("38.6", "feels_unwell", "listed_country", "contact_sick")
        taps.symptoms("fever", "headache", "vomiting")
        taps.travelled_from("Uganda")
        taps.tap("chip_direct_care_without_ppe")
        taps.tap(window.screening.next)
        taps.land_crossing_to_decision()
        assert window.decision.confirm.text() == "Confirm: Isolate"
        clock.advance(seconds=200)
        taps.tap("choose_refer")  # wrong on purpose
        window.decision.reason.setText("Exercise: the officer thinks it is malaria")
        taps.tap(window.decision.override)
        assert window.stack.currentWidget() is window.home
        qtbot.waitUntil(lambda: cell(1, "Result") == "WRONG", timeout=5000)
        assert cell(1, "Decision") == "refer" and cell(1, "Time to decision") == "03:20"
        assert cell(2, "Status") == "not released"

        qtbot.mouseClick(trainer.end_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: trainer.ended is not None, timeout=10000)
        wrong = "inject 2 (evd-febrile): disposition refer, expected isolate"
        score = trainer.ended.score
        assert wrong in score["reasons"] and wrong in trainer.result.text()
        assert not any(reason.startswith("inject 1 ") for reason in score["reasons"])
        by_id = {inject["id"]: inject for inject in score["injects"]}
        assert by_id["well-driver"]["passed"] and by_id["well-driver"]["officer"] == "H1"
        assert not by_id["evd-febrile"]["passed"] and by_id["evd-febrile"]["officer"] == "H1"
        assert by_id["well-trader"]["skipped"] == "not released by the trainer"
        report = json.loads(trainer.ended.report["json"].read_text(encoding="utf-8"))
        assert wrong in report["areas_for_improvement"]
        assert shutil.which("pdftotext"), "poppler-utils is required"
        text = subprocess.run(["pdftotext", "-layout", str(trainer.ended.report["pdf"]), "-"], check=True,
                              capture_output=True, text=True).stdout
        assert "evd-febrile" in " ".join(text.split()) and "disposition refer, expected isolate" in " ".join(text.split())
        qtbot.waitUntil(lambda: not window.mode_banner.isVisible(), timeout=5000)  # real screening again
        qtbot.waitUntil(lambda: trainer.history.table.rowCount() == 1, timeout=5000)
    finally:
        trainer.shutdown()
        store.close()
