"""Crash handling and garbage collection of both apps (``ui.crash``, ``ui.gui_gc``).

* ``GuiThreadCollector`` switches automatic collection off, collects from its GUI-thread timer (a cycle
  is freed there, on the main thread) and restores the setting when stopped.
* The real apps, each in a process of its own (offscreen): the hub console (``ui.hub.app.run_console``)
  and the kiosk (``ui.app.run_kiosk``) run with automatic collection off and get it back when they quit;
  an exception raised in a slot of the hub console goes to the crash handler shared with the kiosk — a
  crash log in the crash folder, ``faulthandler.log`` beside it, the calm banner in the window, and the
  console keeps running.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import threading
import weakref
from pathlib import Path

import pytest

from ui.gui_gc import GuiThreadCollector, collect_on_gui_thread

pytestmark = pytest.mark.gui
REPO = Path(__file__).parents[2]


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_the_timer_collects_on_the_gui_thread_and_restores_the_collector(qtbot, qapp) -> None:
    assert gc.isenabled()
    collector = GuiThreadCollector(interval_ms=10)
    freed_on: list[str] = []
    try:
        collector.start()
        assert not gc.isenabled() and collector.running
        node = Node()
        weakref.finalize(node, lambda: freed_on.append(threading.current_thread().name))
        gone = weakref.ref(node)
        del node
        assert gone() is not None  # automatic collection is off: nothing frees it but the timer
        with qtbot.waitSignal(collector.collected, timeout=2000):
            pass
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
        assert freed_on == [threading.main_thread().name]
    finally:
        collector.stop()
    assert gc.isenabled() and not collector.running
    collector.stop()  # idempotent: still enabled
    assert gc.isenabled()


def test_a_collector_started_by_a_signal_waits_for_it(qtbot, qapp) -> None:
    from PySide6.QtCore import QObject, Signal

    class Window(QObject):
        ready = Signal()

    window = Window()
    collector = collect_on_gui_thread(qapp, window.ready)
    try:
        assert gc.isenabled() and not collector.running  # the kiosk's core is still loading
        window.ready.emit()
        assert not gc.isenabled() and collector.running
    finally:
        collector.stop()
        collector.setParent(None)
    assert gc.isenabled()


# ---------------------------------------------------------------------------------------- the real apps

HUB_SCRIPT = """
import gc, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.hub.app as hub_app
from kiosk.hub.models import hub_engine

url = sys.argv[1]
hub_engine(url).dispose()
create = hub_app.create_application

def boom():
    raise RuntimeError("boom in a slot")

def check():
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "HubConsoleWindow")
    print("banner", window.crash_notice.isVisible(), window.crash_notice.text.text(), flush=True)
    print("running", gc.isenabled(), flush=True)
    app.aboutToQuit.connect(lambda: print("quitting", gc.isenabled(), flush=True))
    app.quit()

def start(*args):
    app = create(*args)
    QTimer.singleShot(300, boom)
    QTimer.singleShot(600, check)
    return app

hub_app.create_application = start
print("before", gc.isenabled(), flush=True)
hub_app.run_console(url, "Ada Okoro")
"""

KIOSK_SCRIPT = """
import gc, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.app as kiosk_app
from ui.gui_gc import GuiThreadCollector

create = kiosk_app.create_application
seen = []

def check():
    app = QApplication.instance()
    collector = app.findChild(GuiThreadCollector)
    if (collector is None or not collector.running) and len(seen) < 1200:  # the window is ready once the core loaded
        seen.append(1)
        QTimer.singleShot(50, check)
        return
    print("running", gc.isenabled(), flush=True)
    app.aboutToQuit.connect(lambda: print("quitting", gc.isenabled(), flush=True))
    app.quit()

def start(*args):
    app = create(*args)
    QTimer.singleShot(50, check)
    return app

kiosk_app.create_application = start
print("before", gc.isenabled(), flush=True)
kiosk_app.run_kiosk(data_dir=Path(sys.argv[1]), windowed=True)
"""


def run_app(script: str, argument: str, tmp_path: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "xdg"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_IM_MODULE": "none", "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script), argument], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_the_hub_console_handles_a_crash_like_the_kiosk_and_collects_on_its_gui_thread(tmp_path: Path) -> None:
    out = run_app(HUB_SCRIPT, f"sqlite:///{tmp_path / 'hub.sqlite'}", tmp_path)
    lines = out.splitlines()
    assert "before True" in lines and "running False" in lines and "quitting True" in lines, out
    banner = next(line for line in lines if line.startswith("banner "))
    assert banner.startswith("banner True Something went wrong (RuntimeError: boom in a slot).")
    crash_dir = tmp_path / "xdg" / "poe-kiosk" / "hub-console" / "crash"
    logs = list(crash_dir.glob("crash-*.log"))
    assert len(logs) == 1 and "RuntimeError: boom in a slot" in logs[0].read_text(encoding="utf-8")
    assert (crash_dir / "faulthandler.log").exists()
    assert oct(crash_dir.stat().st_mode & 0o777) == "0o700"  # a traceback may quote what was on screen


def test_the_kiosk_collects_on_its_gui_thread_once_ready(tmp_path: Path) -> None:
    out = run_app(KIOSK_SCRIPT, str(tmp_path / "data"), tmp_path)
    lines = out.splitlines()
    assert "before True" in lines and "running False" in lines and "quitting True" in lines, out
