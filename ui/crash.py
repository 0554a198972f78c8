"""Crash handling shared by the kiosk window and the hub console (``ui.app.run_kiosk``, ``ui.hub.app``).

An unhandled exception (PySide hands one raised in a slot to ``sys.excepthook``) is logged, written to a
private crash log ``crash-<UTC time>.log`` in the crash folder and told to the person at the screen by
the window's ``show_error(text)``; the window keeps running and the data is already saved (the kiosk
saves every answer, the hub writes each triage and assessment step as it is given). ``faulthandler``
writes a native traceback to ``faulthandler.log`` in the same folder if the interpreter itself dies,
and the hard exit of ``ui.app.StopOnSignal`` writes its threads' stacks there too.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from kiosk.errors import KioskError
from kiosk.private_files import write_private

log = logging.getLogger("ui.app")


class ShowsErrors(Protocol):
    def show_error(self, detail: str = "") -> None: ...


class CrashHandler:
    """sys.excepthook: log, write a crash file, show the calm error (``window.show_error``), keep running."""

    def __init__(self, crash_dir: Path) -> None:
        self.crash_dir = crash_dir
        self.window: ShowsErrors | None = None
        from kiosk.private_files import make_private, private_dir

        private_dir(crash_dir)  # a traceback may quote what was on the screen
        self.fault_file = (crash_dir / "faulthandler.log").open("a", encoding="utf-8")
        make_private(crash_dir / "faulthandler.log")
        faulthandler.enable(self.fault_file)

    def install(self) -> None:
        sys.excepthook = self.excepthook

    def excepthook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.critical("unhandled exception", exc_info=(kind, error, tb))
        path = self.crash_dir / f"crash-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S%fZ}.log"
        try:
            write_private(path, "".join(traceback.format_exception(kind, error, tb)))
        except OSError:
            log.exception("could not write the crash log %s", path)
        if self.window is not None:
            self.window.show_error(f"{kind.__name__}: {error}" if not isinstance(error, KioskError) else str(error))


def handle_crashes(crash_dir: Path, stop: Any) -> CrashHandler:
    """Install a :class:`CrashHandler` writing to ``crash_dir``; ``stop`` (``ui.app.StopOnSignal``) writes its
    hard exit's stacks to the same ``faulthandler.log``. Set ``.window`` once the window exists."""
    crash = CrashHandler(crash_dir)
    crash.install()
    stop.fault_file = crash.fault_file
    return crash
