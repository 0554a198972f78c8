"""One way the daily-reporting and follow-up tests open the hub console (shown, 1280×800, database open), so
that a change of how the console is opened (a signed-in user instead of a name) is one change here."""

from __future__ import annotations

from typing import Any

ACTOR = "ada"
"""Who the console records as the actor of a check: the signed-in user's id."""


def open_console(qtbot: Any, qapp: Any, url: str, clock: Any, *, refresh_ms: int = 100) -> Any:
    from kiosk.hub.accounts import HubUser
    from ui import theme
    from ui.hub.window import HubConsoleWindow

    theme.apply(qapp)
    user = HubUser(ACTOR, "Ada Okoro", "surveillance_officer")
    window = HubConsoleWindow(url, user, clock=clock, refresh_ms=refresh_ms)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.engine is not None, timeout=5000)
    return window
