"""``poe-kiosk hub console``: the QApplication, the window at its sign-in, a fresh window after each
sign-out, a clean stop on SIGTERM, crash handling like the kiosk's (``ui.crash``: crash log and
``faulthandler.log`` in :func:`crash_dir`, the calm error in the window) and garbage collection on the GUI
thread (``ui.gui_gc``)."""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.config import default_data_dir
from kiosk.hub.attention import DEFAULT_RULES, AttentionRules
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


def run_console(db_url: str, user_id: str | None = None, language: str = "en",
                attention: AttentionRules = DEFAULT_RULES) -> int:
    """Open the console on ``db_url`` (``--db env:NAME`` / ``@FILE`` already read by ``kiosk.cli``) in
    ``language`` at its sign-in (``user_id`` filled in when given), escalating by ``attention``."""
    stop = StopOnSignal()
    crash = handle_crashes(crash_dir(), stop)
    use_qt_default_message_handler()
    app = create_application()
    stop.attach(app)
    collect_on_gui_thread(app)
    install_translators(app, language, "hub")
    windows = []

    def open_window() -> None:
        """A new window at its sign-in: nothing of the previous user's session is carried over."""
        from ui.hub.window import HubConsoleWindow

        window = HubConsoleWindow(db_url, attention=attention)
        if user_id:
            window.signin.user_id.setText(user_id)
            window.signin.password.setFocus()
        window.signed_out.connect(open_window)
        app.aboutToQuit.connect(window.shutdown)
        crash.window = window
        window.resize(1280, 800)
        window.show()
        windows[:] = [window]  # the closed one is released

    open_window()
    exit_now(app.exec())
    return 0  # not reached
