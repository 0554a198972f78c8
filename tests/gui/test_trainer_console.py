"""The trainer console on a kiosk database: start a scenario, release injects, the kiosk decides one right
and one wrong (through the screening core), the progress and the score say which, end, the report exists."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.auth import OfficerInfo
from kiosk.clock import FixedClock
from kiosk.screening import KioskContext
from kiosk.services import Services, core_services
from kiosk.store import Store
from kiosk.training.console import ExerciseConsole, screen_inject
from ui.trainer.window import COLUMNS, TrainerConsoleWindow

SCREENER = OfficerInfo("S1", "Sam Screener", "screener")
RESULT = COLUMNS.index("Result")
STATUS = COLUMNS.index("Status")
STEP = COLUMNS.index("Step")


@pytest.fixture
def console_window(qtbot, qapp, db_file: Path, clock: FixedClock, context: KioskContext,
                   tmp_path: Path) -> Iterator[TrainerConsoleWindow]:
    from ui import theme

    theme.apply(qapp)
    store = Store(f"sqlite:///{db_file}")
    console = ExerciseConsole(core_services(store, context, clock), OfficerInfo("T1", "Tariq Trainer", "trainer"))
    window = TrainerConsoleWindow(console, tmp_path / "reports", "yellow-fever-airport", refresh_ms=100)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    window.shutdown()
    store.close()


def tick(window: TrainerConsoleWindow, officer_id: str) -> None:
    """Tick ``officer_id`` on the roster."""
    for index in range(window.roster.count()):
        item = window.roster.item(index)
        if item.data(Qt.ItemDataRole.UserRole) == officer_id:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{officer_id} is not on the roster")


def cell(window: TrainerConsoleWindow, row: int, column: int) -> str:
    item = window.table.item(row, column)
    return item.text() if item else ""


def test_an_exercise_run_from_the_console_scores_the_wrong_decision(
        qtbot, console_window: TrainerConsoleWindow, services: Services, clock: FixedClock) -> None:
    window = console_window
    qtbot.waitUntil(lambda: window.roster.count() == 3, timeout=5000)  # the kiosk's officers: A1, S1, H1
    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.message.text() == "Tick the officers taking part first.", timeout=5000)
    tick(window, "S1")
    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.snapshot.state is not None and window.table.rowCount() == 5, timeout=5000)
    assert "Yellow-fever certificate checks" in window.status.text()
    assert window.roster_label.text() == "Officers taking part: Sam Screener (S1)" and not window.roster.isVisible()
    assert services.exercises.restore() is not None  # the kiosk picks the exercise up from the database

    qtbot.mouseClick(window.release_next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(window, 0, STATUS) == "being screened", timeout=5000)
    window.table.selectRow(2)  # inject 3, no certificate at all
    qtbot.mouseClick(window.release_chosen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(window, 2, STATUS) == "being screened", timeout=5000)
    assert cell(window, 1, STATUS) == "not released"

    assert cell(window, 0, STEP) == "not started at the kiosk" and cell(window, 1, STEP) == "—"

    qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "paused: the clocks are stopped" in window.status.text(), timeout=5000)
    assert not window.release_next_button.isEnabled() and window.pause_button.text() == "Resume"
    clock.advance(seconds=600)  # ten minutes of pause: not exercise time
    window.refresh()
    qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=5000)
    assert cell(window, 0, COLUMNS.index("Since release")) == "00:00"
    qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "running" in window.status.text(), timeout=5000)

    scenario = window.snapshot.state.scenario
    clock.advance(seconds=75)
    screen_inject(services, scenario.inject("yf-valid"), SCREENER)
    clock.advance(seconds=45)  # decisions are matched to releases in the order they were made
    screen_inject(services, scenario.inject("yf-missing"), SCREENER, "clear", "the traveller says he is vaccinated")
    qtbot.waitUntil(lambda: cell(window, 2, RESULT) == "WRONG", timeout=5000)
    assert cell(window, 0, RESULT) == "correct"
    assert cell(window, 0, COLUMNS.index("Time to decision")) == "01:15"
    assert cell(window, 2, COLUMNS.index("Decision")) == "clear"

    window.note_kind.setCurrentIndex(window.note_kind.findData("improve"))
    qtbot.keyClicks(window.note_text, "Certificate not asked for at the desk")
    qtbot.mouseClick(window.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notes.count() == 1, timeout=5000)

    qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ended is not None and window.snapshot.state is None, timeout=10000)
    wrong = "inject 3 (yf-missing): disposition clear, expected vaccinate"
    assert wrong in window.result.text()
    assert "inject 1 (yf-valid)" not in window.result.text()
    report = json.loads(window.ended.report["json"].read_text(encoding="utf-8"))
    assert wrong in report["areas_for_improvement"]
    assert "Certificate not asked for at the desk" in report["areas_for_improvement"]
    assert window.ended.report["pdf"].stat().st_size > 1000
    assert services.exercises.active() is None and window.start_button.isEnabled()


def test_the_console_speaks_french(qtbot, qapp, db_file: Path, clock: FixedClock, context: KioskContext,
                                   tmp_path: Path) -> None:
    from ui.app import install_translators

    text = (Path(__file__).parents[2] / "ui" / "i18n" / "trainer_fr.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and "<name>TrainerConsole</name>" in text
    translators = install_translators(qapp, "fr", "trainer")
    store = Store(f"sqlite:///{db_file}")
    try:
        console = ExerciseConsole(core_services(store, context, clock), OfficerInfo("T1", "Tariq Trainer", "trainer"))
        window = TrainerConsoleWindow(console, tmp_path, "cholera-bus", refresh_ms=100)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.table.rowCount() == 0 and window.tasks.pending == 0, timeout=5000)
        assert window.start_button.text() == "Lancer l'exercice"
        assert window.status.text().startswith("Aucun exercice en cours")
        assert window.table.horizontalHeaderItem(COLUMNS.index("Time to decision")).text() == "Délai de décision"
        window.shutdown()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        store.close()


def test_past_exercises_are_listed_with_their_reports(qtbot, console_window: TrainerConsoleWindow, services: Services,
                                                      clock: FixedClock, tmp_path: Path) -> None:
    """Two ended exercises: one played from the console (its report opens as PDF and JSON), one from the
    kiosk's own button (no report, said so). Real screenings never appear here."""
    window = console_window
    trainer = OfficerInfo("T1", "Tariq Trainer", "trainer")
    services.exercises.start(trainer, "Desk drill")
    clock.advance(seconds=60)
    services.exercises.end(trainer)
    clock.advance(seconds=60)
    console = ExerciseConsole(services, trainer)
    console.start("cholera-bus", ["S1"])
    clock.advance(seconds=60)
    ended = console.end(tmp_path / "history-reports")
    opened: list[str] = []
    window.history.opener = lambda url: opened.append(url.toLocalFile()) or True
    window.refresh()
    qtbot.waitUntil(lambda: window.history.table.rowCount() == 2, timeout=5000)
    history = window.history
    assert history.table.item(0, 0).text().endswith(f"({ended.exercise.id})")  # newest first
    assert history.table.item(0, 1).text() == "cholera-bus" and history.table.item(0, 3).text() == "S1"
    assert history.table.item(0, 5).text() == ("passed" if ended.score["passed"] else "not passed")
    assert history.table.item(1, 1).text() == "no scenario"
    history.table.selectRow(0)
    qtbot.mouseClick(history.open_pdf, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(history.open_json, Qt.MouseButton.LeftButton)
    assert opened == [str(ended.report["pdf"]), str(ended.report["json"])]
    history.table.selectRow(1)
    assert not history.open_pdf.isEnabled() and "no scenario and no report" in history.message.text()
    history.table.selectRow(0)
    ended.report["pdf"].unlink()
    qtbot.mouseClick(history.open_pdf, Qt.MouseButton.LeftButton)
    assert "is no longer there" in history.message.text() and len(opened) == 2
