"""Fixtures for driving the real kiosk window offscreen: officers, services, the window, a tap counter."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kiosk_gui_helpers import PINS, make_services, settle
from PySide6.QtWidgets import QWidget

from kiosk.auth import AuthService
from kiosk.services import Services
from kiosk.store import Store


@pytest.fixture(scope="session")
def officers_db(tmp_path_factory, shipped_rules) -> Path:
    """A database with three officers, made once (PIN hashing is slow on purpose); copied per test."""
    from kiosk.clock import FixedClock
    from kiosk.screening import KioskContext, SiteInfo

    site = SiteInfo(id="XL-LND-01", name="Lakeside Land Crossing", kind="ground_crossing", country="XL")

    path = tmp_path_factory.mktemp("officers") / "kiosk.sqlite"
    store = Store(f"sqlite:///{path}")
    context = KioskContext(site=site, kiosk_id="XL-LND-01-K1")
    auth = AuthService(store, FixedClock(dt.datetime(2026, 11, 1, tzinfo=dt.UTC)), context)
    admin = auth.create_first_admin("A1", "Ada Admin", PINS["A1"])
    auth.create_officer(admin, "S1", "Sam Screener", "screener", PINS["S1"])
    auth.create_officer(admin, "H1", "Hana Health", "health_officer", PINS["H1"])
    store.close()
    return path


@pytest.fixture
def db_file(tmp_path, officers_db) -> Path:
    import shutil

    target = tmp_path / "kiosk.sqlite"
    shutil.copy(officers_db, target)
    return target


@pytest.fixture
def services(db_file, clock, shipped_rules, context) -> Iterator[Services]:
    services = make_services(db_file, clock, shipped_rules, context)
    yield services
    services.close()


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """Collect each test's garbage here, on the GUI thread. Left to the collector's thresholds, a cycle
    holding a dead window's Qt wrappers may be collected by whichever thread allocates next — a worker
    of the next test — and Qt objects destroyed off their thread crash the process (seen once in a full
    run: a segfault while the hub console's worker opened its database)."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def no_camera(monkeypatch):
    """The test machine has no camera: the screens take the real "no camera attached" path (loading
    the multimedia backend itself logs warnings about system libraries this machine lacks)."""
    monkeypatch.setattr("ui.scanning.video_inputs", lambda: [])


@pytest.fixture(autouse=True)
def no_speech_engine(monkeypatch):
    """Windows do not look for the system's speech engine (a child process each): the kiosk takes its
    "no speech engine" path; tests of speech give a fake voice (tests/gui/test_spoken_questions.py)."""
    monkeypatch.setattr("ui.speech.EngineProbe.start", lambda probe: probe.found.emit("no speech engine (GUI tests)"))


@pytest.fixture
def make_window(qtbot, qapp) -> Iterator[Callable[[Services], QWidget]]:
    from ui import theme
    from ui.window import KioskWindow

    theme.apply(qapp)
    windows = []

    def build(services: Services, officer_language: str = "en") -> KioskWindow:
        window = KioskWindow(services, officer_language)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        windows.append(window)
        settle(qtbot, window)
        return window

    yield build
    for window in windows:
        if getattr(window, "controller", None) is not None:
            window.controller.stop_scanning()
        window.tasks.shutdown()
        QApplicationCleanup.remove(window)


class QApplicationCleanup:
    @staticmethod
    def remove(window) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.instance().removeEventFilter(window)
        window.idle.stop()
        window.connection_timer.stop()
        if getattr(window, "exercise_watcher", None) is not None:
            window.exercise_watcher.stop()


@pytest.fixture
def window(make_window, services):
    return make_window(services)


