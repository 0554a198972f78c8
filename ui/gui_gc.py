"""Python's cyclic garbage collector run from a GUI-thread timer instead of automatically.

Left automatic, a collection runs in whichever thread happens to allocate when a threshold is crossed —
often a worker of ``ui.tasks`` — and a cycle holding Qt wrappers (a closed window's widgets, a dead
panel's signals) is then destroyed on that worker: Qt objects deleted off their thread crashed a test run
once. Both apps (the kiosk window and the hub console) therefore switch automatic collection off while
they run and collect from a timer on the GUI thread (:func:`collect_on_gui_thread`), where destroying Qt
objects is safe; the previous setting comes back when the application quits.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QApplication

COLLECT_MS = 1000
"""A young-generation collection every second (cheap: only what was allocated since)."""
MIDDLE_EVERY = 10
FULL_EVERY = 60
"""Every 10th tick the middle generation too, every 60th a full collection (about once a minute)."""


class GuiThreadCollector(QObject):
    """Runs ``gc.collect`` on the thread it lives on (the GUI thread) while automatic collection is off."""

    collected = Signal(int, int)
    """(generation, unreachable objects found) after each collection."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = COLLECT_MS) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect)
        self.ticks = 0
        self._was_enabled: bool | None = None

    @property
    def running(self) -> bool:
        return self._was_enabled is not None

    def start(self) -> None:
        """Automatic collection off, the timer on (idempotent)."""
        if self.running:
            return
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer.start()

    def stop(self) -> None:
        """The timer off and automatic collection as it was before :meth:`start` (idempotent)."""
        if not self.running:
            return
        self.timer.stop()
        if self._was_enabled:
            gc.enable()
        self._was_enabled = None

    def collect(self) -> int:
        self.ticks += 1
        generation = 2 if self.ticks % FULL_EVERY == 0 else 1 if self.ticks % MIDDLE_EVERY == 0 else 0
        found = gc.collect(generation)
        self.collected.emit(generation, found)
        return found


def collect_on_gui_thread(app: QApplication, *start_on: SignalInstance) -> GuiThreadCollector:
    """Collect from a GUI-thread timer until ``app`` quits (then automatic collection is as it was): from
    now, or from the first of the ``start_on`` signals (the kiosk's ``ready``: not while the core loads)."""
    collector = GuiThreadCollector(app)
    for signal in start_on:
        signal.connect(collector.start)
    if not start_on:
        collector.start()
    app.aboutToQuit.connect(collector.stop)
    return collector
