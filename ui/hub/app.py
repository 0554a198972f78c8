"""``poe-kiosk hub console``: the QApplication, the officer's name, the window, a clean stop on SIGTERM,
crash handling like the kiosk's (``ui.crash``: crash log and ``faulthandler.log`` in :func:`crash_dir`, the
calm error in the window) and garbage collection on the GUI thread (``ui.gui_gc``)."""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.config import default_data_dir
from kiosk.errors import InputError
from kiosk.hub.console import officer_name
from ui.app import (
    StopOnSignal,
    create_application,
    exit_now,
    install_translators,
    use_qt_default_message_handler,
)
from ui.crash import handle_crashes
from ui.gui_gc import collect_on_gui_thread

log = logging.getLogger(__name__)


def crash_dir() -> Path:
    """Where the console writes its crash logs: ``<the platform's data directory>/hub-console/crash``."""
    return default_data_dir() / "hub-console" / "crash"


def run_console(db_url: str, officer: str | None = None, language: str = "en") -> int:
    """Open the console on ``db_url`` in ``language``; the officer's name is asked when not given. 1 if the
    officer cancels."""
    if officer is not None:
        officer = officer_name(officer)  # a bad --officer ends the command with its message (exit 2)
    stop = StopOnSignal()
    crash = handle_crashes(crash_dir(), stop)
    use_qt_default_message_handler()
    app = create_application()
    stop.attach(app)
    collect_on_gui_thread(app)
    install_translators(app, language, "hub")
    officer = officer or _ask_officer()
    if officer is None:
        return 1
    from ui.hub.window import HubConsoleWindow

    window = HubConsoleWindow(db_url, officer)
    crash.window = window
    app.aboutToQuit.connect(window.shutdown)
    window.resize(1280, 800)
    window.show()
    exit_now(app.exec())
    return 0  # not reached


def _ask_officer() -> str | None:
    """Ask until a valid name is given (the refusal says why) or the officer cancels."""
    from ui.hub import dialogs
    from ui.hub.refusals import refusal_text

    while True:
        answer = dialogs.ask_officer(None)
        if answer is None:
            return None
        try:
            return officer_name(answer)
        except InputError as error:
            dialogs.inform(None, refusal_text(error))
