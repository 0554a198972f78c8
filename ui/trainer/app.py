"""``poe-kiosk exercise console``: the QApplication and the trainer console window on a kiosk's database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.auth import OfficerInfo
from kiosk.store import open_store
from ui.app import (
    StopOnSignal,
    create_application,
    exit_now,
    install_translators,
    use_qt_default_message_handler,
)

if TYPE_CHECKING:
    from kiosk.training.console import ExerciseConsole


def open_console(db_url: str, *, trainer: str = "trainer", kiosk_id: str | None = None) -> ExerciseConsole:
    """The :class:`~kiosk.training.console.ExerciseConsole` of the kiosk whose database is ``db_url``."""
    from kiosk.services import core_services
    from kiosk.training.console import ExerciseConsole, kiosk_context

    store = open_store(db_url)
    services = core_services(store, kiosk_context(store, kiosk_id))
    return ExerciseConsole(services, OfficerInfo(trainer, trainer, "trainer"))


def run_console(db_url: str, *, scenario: str | None = None, report_dir: Path, trainer: str = "trainer",
                kiosk_id: str | None = None, language: str = "en") -> int:
    stop = StopOnSignal()
    use_qt_default_message_handler()
    app = create_application()
    stop.attach(app)
    install_translators(app, language, "trainer")
    from ui.trainer.window import TrainerConsoleWindow

    window = TrainerConsoleWindow(open_console(db_url, trainer=trainer, kiosk_id=kiosk_id),
                                  report_dir, scenario)
    app.aboutToQuit.connect(window.shutdown)
    window.resize(1280, 800)
    window.show()
    exit_now(app.exec())
    return 0  # not reached
