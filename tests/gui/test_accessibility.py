"""Every control on every kiosk screen (and the trainer console) has an accessible name a screen reader
can say, in the screen's language, containing the words shown on it; an answer's description names the
question it answers. The same walk over the real window as the touch-target test (``kiosk_gui_helpers``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_gui_helpers import Taps, officer_screens, screening_pages, settle, shown, sign_in
from PySide6.QtWidgets import QWidget

from kiosk.auth import OfficerInfo
from ui.accessibility import SEPARATOR, unnamed
from ui.views.screening import FieldBox
from ui.views.widgets import AnswerButton, WrapButton

pytestmark = pytest.mark.gui


def test_every_control_of_the_officer_screens_is_named(qtbot, window):
    problems = {name: unnamed(screen) for name, screen in officer_screens(qtbot, window)}
    assert len(problems) == 6, problems.keys()
    assert problems == {key: [] for key in problems}
    assert window.signin.pad.keys["back"].accessibleName() == "Delete the last digit"  # ⌫ is not a word
    assert window.signin.pin.accessibleName() == "PIN"


def test_every_control_of_every_screening_page_and_the_decision_is_named(qtbot, window, services, clock):
    problems, answers = {}, 0
    for name, screen in screening_pages(qtbot, window, services, clock):
        problems[name] = unnamed(screen) + undescribed(screen)
        answers += sum(1 for box in screen.findChildren(FieldBox) if box.isVisible()
                       for _ in box.findChildren(AnswerButton) + box.findChildren(WrapButton))
    assert len(problems) >= 11 and answers > 50, (problems.keys(), answers)
    assert problems == {key: [] for key in problems}


def test_the_decision_of_a_real_screening_is_named(qtbot, window):
    sign_in(qtbot, window, "H1")
    Taps(qtbot, window).quick_check("38.6", "feels_unwell", "listed_country")
    window.controller._open_decision()  # what Next does on the last page, filled from the evaluation
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.decision)
    settle(qtbot, window)
    assert unnamed(window.decision) == []
    assert window.decision.confirm.accessibleName() == window.decision.confirm.text() != ""


def undescribed(screen: QWidget) -> list[str]:
    """Visible answers (chips, yes/no) whose description does not say "answer — question"."""
    found = []
    for box in screen.findChildren(FieldBox):
        if not box.isVisible():
            continue
        question = " ".join(box.question.text().split())
        for answer in box.findChildren(AnswerButton) + box.findChildren(WrapButton):
            expected = f"{answer.accessibleName()}{SEPARATOR}{question}"
            if answer.isVisible() and answer.accessibleDescription() != expected:
                found.append(f"{box.field_id}/{answer.objectName()}: {answer.accessibleDescription()!r}")
    return found


def test_a_chip_says_which_question_it_answers_in_the_travellers_language(qtbot, window):
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    taps.quick_check("38.6", "feels_unwell", "listed_country")
    box = next(b for b in window.screening.findChildren(FieldBox) if b.isVisible()
               and b.findChildren(AnswerButton, "yes"))
    yes = box.findChildren(AnswerButton, "yes")[0]
    assert yes.accessibleName() == "Yes"
    assert yes.accessibleDescription() == f"Yes — {box.question.text()}"
    taps.tap("lang_fr")
    assert yes.accessibleName() == "Oui"
    assert yes.accessibleDescription() == f"Oui — {box.question.text()}"


def test_the_names_follow_the_officers_language(qtbot, make_window, services):
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translators

    translators = install_translators(QApplication.instance(), "fr", "kiosk")
    try:
        window = make_window(services, "fr")
        problems = {name: unnamed(screen) for name, screen in officer_screens(qtbot, window)}
        assert problems == {key: [] for key in problems}
        assert window.signin.pad.keys["back"].accessibleName() == "Effacer le dernier chiffre"
        assert window.home.start.accessibleName() == window.home.start.text() == "Commencer un dépistage"
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)


def test_the_exercise_banner_screen_and_the_slip_on_screen_are_named(qtbot, window, services):
    from ui.views.slip import SlipDialog

    trainer = OfficerInfo("T1", "Tariq Trainer", "trainer")
    services.auth.create_officer(services.auth.sign_in("A1", "9999"), "T1", trainer.name, "trainer", "8080")
    sign_in(qtbot, window, "T1")
    taps = Taps(qtbot, window)
    services.exercises.start(trainer, "Night drill")
    window._show_mode(services.exercises.active())
    window.show_home()
    settle(qtbot, window)
    assert window.mode_banner.isVisible()
    assert unnamed(shown(qtbot, window, window.home)) == []
    slip = SlipDialog("R-TEST-1", "POE1:demo", window)
    qtbot.addWidget(slip)
    slip.show()
    assert unnamed(slip) == []
    taps.tap(slip.close_button)


def test_the_trainer_console_is_named(qtbot, qapp, db_file: Path, clock, context, tmp_path: Path):
    from kiosk.services import core_services
    from kiosk.store import Store
    from kiosk.training.console import ExerciseConsole
    from ui import theme
    from ui.trainer.window import TrainerConsoleWindow

    theme.apply(qapp)
    store = Store(f"sqlite:///{db_file}")
    console = ExerciseConsole(core_services(store, context, clock), OfficerInfo("T1", "Tariq Trainer", "trainer"))
    window = TrainerConsoleWindow(console, tmp_path / "reports", "yellow-fever-airport", refresh_ms=100)
    qtbot.addWidget(window)
    window.show()
    try:
        assert unnamed(window) == []
        window.pause_button.setText("Resume")
        assert window.pause_button.accessibleName() == "Resume"
    finally:
        window.shutdown()
        store.close()
