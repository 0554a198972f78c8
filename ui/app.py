"""Bootstrap of the kiosk window: QApplication, logging, crash handling, SIGTERM, translations, systemd.

* Qt's own messages are written to stderr by Qt's default handler, in the format of Python's log lines
  (``QT_MESSAGE_PATTERN``, category ``qt.<category>``). Not through a Python handler
  (``qInstallMessageHandler``): Qt calls it on its own threads too — the QML loader thread, loading the
  virtual keyboard — and a handler that needs the GIL froze the start for good whenever a worker held the
  GIL while waiting for the dynamic loader's lock that the QML thread held (``dlopen`` of ``_ssl``).
* The native modules the core loads are loaded on the main thread before any Qt thread runs
  (:func:`preload_native_modules`), so the core's worker never calls ``dlopen`` while QML loads.
* An unhandled exception is logged, written to a crash log in ``<data dir>/crash/`` and shown as a
  calm error screen; the data is already saved (every answer is). ``faulthandler`` writes a native
  traceback to the same folder if the interpreter itself dies (``ui.crash``, shared with the hub console).
* Python's cyclic garbage collector runs from a GUI-thread timer once the window is ready, not
  automatically on whichever thread allocates (``ui.gui_gc``, shared with the hub console).
* SIGTERM/SIGINT end the process within 2 s at any moment, start-up included (:class:`StopOnSignal`):
  a clean shutdown once the window exists (queued saves finish, sign-out audited, the alert publisher
  says ``offline`` to the broker and stops, the database closes), a hard exit if that does not finish.
* Under systemd the window reports ``READY=1`` and feeds the watchdog from its event loop
  (:class:`SystemdWatchdog`), so a frozen window is killed and started again.
* The alert publisher (``[broker]`` of the config) starts with the core, behind the sign-in screen;
  without a broker URL nothing is sent and the home screen says "no hub configured".
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import importlib
import logging
import os
import signal
import socket
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QMetaObject, QObject, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk import sd_notify
from kiosk.config import Config, ensure_config
from ui.crash import handle_crashes
from ui.gui_gc import collect_on_gui_thread

log = logging.getLogger("ui.app")
I18N_DIR = Path(__file__).parent / "i18n"

QT_MESSAGE_PATTERN = ("%{time yyyy-MM-dd hh:mm:ss,zzz} %{if-debug}DEBUG%{endif}%{if-info}INFO%{endif}"
                      "%{if-warning}WARNING%{endif}%{if-critical}ERROR%{endif}%{if-fatal}CRITICAL%{endif} "
                      "qt.%{category}: %{message}")
"""Qt's lines on stderr look like the Python log lines beside them (``logging.basicConfig`` in kiosk.cli)."""

NATIVE_MODULES = (
    "_ssl", "_hashlib", "_sqlite3", "_decimal", "_ctypes", "_uuid", "_elementtree", "pyexpat", "_pickle",
    "_multiprocessing", "_posixsubprocess", "_zoneinfo", "_csv", "_heapq", "_queue", "_blake2", "unicodedata",
    "fcntl", "termios", "_cffi_backend", "cryptography.hazmat.bindings._rust", "lxml.etree",
)
"""Extension modules the core imports while it loads, whose ``dlopen`` (with their libraries: libssl,
libcrypto, libsqlite3, libxml2) is loaded on the main thread first: ~45 ms, before any Qt thread runs."""


def use_qt_default_message_handler() -> None:
    """Qt's messages to stderr in our log format, by Qt itself (no Python on Qt's threads)."""
    os.environ.setdefault("QT_MESSAGE_PATTERN", QT_MESSAGE_PATTERN)


def preload_native_modules() -> None:
    """See :data:`NATIVE_MODULES`. A module that is missing is the core's business, not the start's."""
    for name in NATIVE_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            log.debug("native module %s not preloaded", name, exc_info=True)


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


STOP_WITHIN_S = 2.0
"""SIGTERM/SIGINT end the process within this time, whatever it is doing (systemd, an operator's Ctrl-C)."""
HARD_EXIT_AFTER_S = 1.6
"""If the clean stop has not ended the process by then, :class:`StopOnSignal` ends it hard."""


class StopOnSignal:
    """SIGTERM and SIGINT end the process within :data:`STOP_WITHIN_S`, at any moment, start-up included.

    Python runs a signal handler only when the main thread executes bytecode, which a GUI thread inside
    Qt (laying out, loading the virtual keyboard's QML) may not do for seconds. So the handler does
    nothing itself: Python's C-level handler writes the signal number to a socket
    (``signal.set_wakeup_fd``) and a thread of this class, blocked on the other end, then

    * arms the hard exit: ``faulthandler.dump_traceback_later(exit=True)`` runs on faulthandler's own C
      thread, without the GIL; if the clean stop has not ended the process after
      :data:`HARD_EXIT_AFTER_S`, it writes every thread's stack to ``crash/faulthandler.log`` and exits;
    * before the Qt application exists: exits at once (nothing to save yet, nobody is signed in);
    * afterwards: asks the GUI thread to quit with a queued call (delivered by Qt's event loop, whenever
      it runs, exec() not yet entered included); the window shuts down cleanly (``aboutToQuit``).
    """

    def __init__(self) -> None:
        self.fault_file: Any = sys.stderr
        """Where the hard exit writes the threads' stacks (the crash folder's, once it is known)."""
        self._app: QApplication | None = None
        self._read, self._write = socket.socketpair()
        self._write.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, _no_python_handler)
        threading.Thread(target=self._wait, name="stop-on-signal", daemon=True).start()

    def attach(self, app: QApplication) -> None:
        """From now on a signal quits ``app`` cleanly (the GUI thread must run its event loop soon)."""
        self._app = app

    def _wait(self) -> None:
        number = self._read.recv(1)[0]
        faulthandler.dump_traceback_later(HARD_EXIT_AFTER_S, exit=True, file=self.fault_file)
        if self._app is None:
            log.info("signal %s during start-up: exiting", _signal_name(number))
            exit_now(0)
        log.info("signal %s: shutting down", _signal_name(number))
        QMetaObject.invokeMethod(self._app, "quit", Qt.ConnectionType.QueuedConnection)


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return str(number)


def _no_python_handler(_number: int, _frame: Any) -> None:
    """Installed so that Python's C-level handler catches the signal; :class:`StopOnSignal` acts on it."""


def exit_now(status: int) -> None:
    """End the process without joining threads or running the interpreter's teardown: the data is on disk
    (every answer is saved as it is given) and a worker still loading the core must not hold up the exit.
    Child processes (the slip renderer) end with it."""
    import multiprocessing

    for child in multiprocessing.active_children():
        with contextlib.suppress(OSError, ValueError):
            child.kill()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(status)


class SystemdWatchdog(QObject):
    """``READY=1`` to systemd once the window has started (sign-in usable, or the "cannot start" screen),
    then ``WATCHDOG=1`` from a GUI-thread timer at half of ``$WATCHDOG_USEC``: a window whose event loop
    stops turning is killed by systemd (``WatchdogSec=``) and started again (``Restart=always``).
    ``STOPPING=1`` when the window shuts down. Nothing is sent outside systemd (``kiosk.sd_notify``)."""

    def __init__(self, parent: QObject | None = None, environ: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._environ = environ
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.feed)
        interval = sd_notify.watchdog_interval(environ)
        if interval is not None:
            self.timer.start(max(1, int(interval * 1000)))

    def ready(self) -> None:
        sd_notify.notify("READY=1", "STATUS=ready", environ=self._environ)

    def feed(self) -> None:
        sd_notify.notify("WATCHDOG=1", environ=self._environ)

    def stopping(self) -> None:
        self.timer.stop()
        sd_notify.notify("STOPPING=1", environ=self._environ)


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

    preload_native_modules()  # before the worker starts and before the window shows (the keyboard's QML)

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
    """Open the kiosk window; the process ends here (:func:`exit_now`) when the window quits."""
    stop = StopOnSignal()
    config, created = ensure_config(config_path, data_dir)
    if created:
        log.warning("wrote the demo configuration %s", config.path)
    logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))
    if not keyboard_attached() and "QT_IM_MODULE" not in os.environ:
        os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    crash = handle_crashes(config.crash_dir, stop)
    use_qt_default_message_handler()
    app = create_application()
    stop.attach(app)
    watchdog = SystemdWatchdog(app)
    window = build_window(config, app)
    crash.window = window
    collect_on_gui_thread(app, window.ready, window.start_refused)  # after the core loaded (build_window)
    window.ready.connect(watchdog.ready)
    window.start_refused.connect(watchdog.ready)
    app.aboutToQuit.connect(watchdog.stopping)
    app.aboutToQuit.connect(window.shutdown)
    if windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.showFullScreen()
    exit_now(app.exec())
    return 0  # not reached
