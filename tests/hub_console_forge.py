"""One way the daily-reporting and follow-up tests open the hub console (shown, 1280×800, database open), so
that a change of how the console is opened (a signed-in user instead of a name) is one change here."""

from __future__ import annotations

from typing import Any

ACTOR = "Ada Okoro"
"""Who the console records as the actor of a check."""


def open_console(qtbot: Any, qapp: Any, url: str, clock: Any, *, refresh_ms: int = 100) -> Any:
    from ui import theme
    from ui.hub.window import HubConsoleWindow

    theme.apply(qapp)
    window = HubConsoleWindow(url, ACTOR, clock=clock, refresh_ms=refresh_ms)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.engine is not None, timeout=5000)
    return window
