"""``poe-kiosk hub console``: the QApplication, the officer's name, the window, a clean stop on SIGTERM."""

from __future__ import annotations

import logging

from kiosk.errors import InputError
from kiosk.hub.console import officer_name
from ui.app import (
    StopOnSignal,
    create_application,
    exit_now,
    install_translators,
    use_qt_default_message_handler,
)

log = logging.getLogger(__name__)


def run_console(db_url: str, officer: str | None = None, language: str = "en") -> int:
    """Open the console on ``db_url`` in ``language``; the officer's name is asked when not given. 1 if the
    officer cancels."""
    if officer is not None:
        officer = officer_name(officer)  # a bad --officer ends the command with its message (exit 2)
    stop = StopOnSignal()
    use_qt_default_message_handler()
    app = create_application()
    stop.attach(app)
    install_translators(app, language, "hub")
    officer = officer or _ask_officer()
    if officer is None:
        return 1
    from ui.hub.window import HubConsoleWindow

    window = HubConsoleWindow(db_url, officer)
    app.aboutToQuit.connect(window.shutdown)
    window.resize(1280, 800)
    window.show()
    exit_now(app.exec())
    return 0  # not reached


def _ask_officer() -> str | None:
    """Ask until a valid name is given (the refusal says why) or the officer cancels."""
    from ui.hub import dialogs

    while True:
        answer = dialogs.ask_officer(None)
        if answer is None:
            return None
        try:
            return officer_name(answer)
        except InputError as error:
            dialogs.inform(None, str(error))
