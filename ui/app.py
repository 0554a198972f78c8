"""Bootstrap of the kiosk window: QApplication, logging, crash handling, SIGTERM, translations.

* Qt's own messages go to Python logging (``qInstallMessageHandler``), under ``qt.<category>``.
* An unhandled exception is logged, written to a crash log in ``<data dir>/crash/`` and shown as a
  calm error screen; the data is already saved (every answer is). ``faulthandler`` writes a native
  traceback to the same folder if the interpreter itself dies.
* SIGTERM/SIGINT (systemd stopping the kiosk) wake the Qt loop through ``signal.set_wakeup_fd`` and a
  ``QSocketNotifier``, then the window shuts down cleanly (queued saves finish, sign-out audited, the
  alert publisher says ``offline`` to the broker and stops, the database closes).
* The alert publisher (``[broker]`` of the config) starts with the core, behind the sign-in screen;
  without a broker URL nothing is sent and the home screen says "no hub configured".
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import gc
import logging
import os
import signal
import socket
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QSocketNotifier,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from kiosk.config import Config, ensure_config
from kiosk.errors import KioskError
from kiosk.private_files import write_private

log = logging.getLogger("ui.app")
I18N_DIR = Path(__file__).parent / "i18n"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context: Any, message: str) -> None:
    category = getattr(context, "category", None) or "default"
    logging.getLogger(f"qt.{category}").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def install_translators(app: QApplication, language: str, catalogue: str = "kiosk") -> list[QTranslator]:
    """The officer's language for a window's own texts (``ui/i18n/<catalogue>_<lang>.qm``: ``kiosk`` for the
    kiosk, ``hub`` for the hub console) and Qt's."""
    translators = []
    if language == "en":
        return translators
    ours = QTranslator(app)
    if ours.load(f"{catalogue}_{language}", str(I18N_DIR)):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("no %s translation for %s in %s", catalogue, language, I18N_DIR)
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        translators.append(qt_base)
    return translators


def keyboard_attached() -> bool:
    """True when Linux reports a device with keyboard keys (EV=120013); otherwise assume a touchscreen."""
    try:
        text = Path("/proc/bus/input/devices").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return True
    return any("EV=120013" in block for block in text.split("\n\n"))


class CrashHandler:
    """sys.excepthook: log, write a crash file, show the calm error screen, keep running."""

    def __init__(self, crash_dir: Path) -> None:
        self.crash_dir = crash_dir
        self.window: Any = None
        from kiosk.private_files import make_private, private_dir

        private_dir(crash_dir)  # a traceback may quote what was on the screen
        self._fault_file = (crash_dir / "faulthandler.log").open("a", encoding="utf-8")
        make_private(crash_dir / "faulthandler.log")
        faulthandler.enable(self._fault_file)

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


class SignalWatcher:
    """Turns SIGTERM/SIGINT into a clean Qt shutdown while the event loop runs."""

    def __init__(self, app: QApplication, on_signal: Any) -> None:
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno())
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, app)
        self._notifier.activated.connect(self._drain)
        self._on_signal = on_signal
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self._handle)

    def _handle(self, number: int, _frame: Any) -> None:
        log.info("signal %s: shutting down", signal.Signals(number).name)
        self._on_signal()

    def _drain(self) -> None:
        try:
            while self._read.recv(64):
                pass
        except BlockingIOError:
            pass


SWITCH_INTERVAL_S = 0.001
"""How long a thread holding the GIL may keep it while another waits (Python's default: 5 ms). PySide
releases the GIL around Qt calls, so a GUI thread re-acquires it many times per event; with the worker
busy in Python each re-acquisition could wait the whole interval (bench/bench_startup.py)."""


def create_application(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("poe-kiosk")
    from ui import theme

    theme.apply(app)
    return app


def build_window(config: Config, app: QApplication) -> Any:
    """The window, on screen at once; the core is loaded on the worker behind the sign-in screen."""
    from ui.window import KioskWindow

    def services() -> Any:
        try:
            from ui.services import build_services

            built = build_services(config)
            built.start_delivery()  # connects in the background and keeps retrying; never blocks start-up
            _import_screens()
        except BaseException:
            gc.enable()
            raise
        return built

    install_translators(app, config.kiosk.officer_language, "kiosk")
    # No cyclic collection while the core loads: a full pass over the SQLAlchemy/jsonschema/YAML objects
    # being built holds the GIL for 100+ ms, and the sign-in screen (the officer typing) waits for it.
    gc.disable()
    window = KioskWindow(services, config.kiosk.officer_language)
    # Everything loaded so far lives as long as the process: keep it out of the collector for good.
    window.ready.connect(_settle_gc)
    return window


def _settle_gc() -> None:
    gc.freeze()
    gc.enable()


def _import_screens() -> None:
    """Runs on the worker while the core loads: the screens' modules, so that making the screens on the
    GUI thread does not import them there (PySide's import hook reads each module's source: ~100 ms)."""
    import ui.controllers.history
    import ui.controllers.screening
    import ui.delivery
    import ui.printing
    import ui.views.screening  # noqa: F401


def run_kiosk(config_path: Path | None = None, data_dir: Path | None = None, windowed: bool = False) -> int:
    config, created = ensure_config(config_path, data_dir)
    if created:
        log.warning("wrote the demo configuration %s", config.path)
    logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))
    if not keyboard_attached() and "QT_IM_MODULE" not in os.environ:
        os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    crash = CrashHandler(config.crash_dir)
    crash.install()
    qInstallMessageHandler(qt_message_handler)
    app = create_application()
    window = build_window(config, app)
    crash.window = window
    SignalWatcher(app, app.quit)
    app.aboutToQuit.connect(window.shutdown)
    if windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.showFullScreen()
    return app.exec()
