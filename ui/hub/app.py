"""``poe-kiosk hub console``: the QApplication, the window at its sign-in, a fresh window after each
sign-out, a clean stop on SIGTERM."""

from __future__ import annotations

import logging

from ui.app import (
    StopOnSignal,
    create_application,
    exit_now,
    install_translators,
    use_qt_default_message_handler,
)

log = logging.getLogger(__name__)


def run_console(db_url: str, user_id: str | None = None, language: str = "en") -> int:
    """Open the console on ``db_url`` (``--db env:NAME`` / ``@FILE`` already read by ``kiosk.cli``) in
    ``language`` at its sign-in (``user_id`` filled in when given)."""
    stop = StopOnSignal()
    use_qt_default_message_handler()
    app = create_application()
    stop.attach(app)
    install_translators(app, language, "hub")
    windows = []

    def open_window() -> None:
        """A new window at its sign-in: nothing of the previous user's session is carried over."""
        from ui.hub.window import HubConsoleWindow

        window = HubConsoleWindow(db_url)
        if user_id:
            window.signin.user_id.setText(user_id)
            window.signin.password.setFocus()
        window.signed_out.connect(open_window)
        app.aboutToQuit.connect(window.shutdown)
        window.resize(1280, 800)
        window.show()
        windows[:] = [window]  # the closed one is released

    open_window()
    exit_now(app.exec())
    return 0  # not reached
