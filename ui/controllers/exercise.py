"""The kiosk window follows an exercise started or ended elsewhere (the trainer console, another screen).

The open exercise is a database row (:mod:`kiosk.exercises`): :class:`ExerciseWatcher` reads it again every
:data:`POLL_MS` and whenever a traveller is done, on the window's database worker. A change is put in force
only *between* travellers — no traveller on screen and no database operation queued — so one traveller is
screened in one mode from the first answer to the decision. Until then the banner tells the officer that
the change waits for the next traveller and that this traveller stays as they were (real or exercise).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kiosk.exercises import InForce

POLL_MS = 3000
"""How often the window reads the mode in force (one indexed query)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


class ExerciseWatcher(QObject):
    """Reads ``exercises.read()`` on a timer and applies a change between travellers (``window``: the
    :class:`ui.window.KioskWindow`, whose banner, home screen and controller it uses)."""

    def __init__(self, window: Any, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.exercises = window.services.exercises
        self.waiting: InForce | None = None
        """A change read from the database and not yet in force (a traveller is being screened)."""
        self._reading = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        window.controller.finished.connect(lambda _notice: self.check())
        window.controller.left.connect(self.check)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        """Read the mode in force on the worker (one read at a time)."""
        if self._reading or self.window.tasks.closed:
            return
        self._reading = True
        self.window.tasks.run(self.exercises.read, self._read, self._read_failed)

    def _read_failed(self, error: BaseException) -> None:
        self._reading = False  # the next tick tries again (e.g. the database was busy)

    def _read(self, state: InForce) -> None:
        self._reading = False
        if state.key == self.exercises.in_force.key:
            if self.waiting is not None:  # changed back before the traveller finished
                self.waiting = None
                self.window._show_mode(self.exercises.in_force.exercise)
            return
        if self._traveller_open():
            self.waiting = state
            self._say_waiting(state)
            return
        self.waiting = None
        self.exercises.apply(state)  # the worker is idle: every later operation sees the new mode
        self.window._show_mode(state.exercise)
        if self.window.stack.currentWidget() is self.window.home:
            self.window.show_home(self._notice(state))

    def _traveller_open(self) -> bool:
        """A traveller is on screen, or a database operation (e.g. opening the next one) is queued."""
        return self.window.controller.current is not None or self.window.tasks.pending > 0

    def _say_waiting(self, state: InForce) -> None:
        banner = self.window.mode_banner
        if state.exercise is not None:
            text = tr("Exercise “%1” started by the trainer: it begins with the next traveller. This traveller is "
                      "screened as before.").replace("%1", state.exercise.name)
        else:
            text = tr("The trainer ended the exercise: screening is real again from the next traveller. This "
                      "traveller stays an exercise traveller.")
        current = banner.text() if banner.isVisible() else ""
        banner.setText(f"{current} — {text}" if current else text)
        banner.setVisible(True)

    @staticmethod
    def _notice(state: InForce) -> str:
        if state.exercise is None:
            return tr("The exercise has ended: screenings are real again.")
        return tr("Exercise “%1” started.").replace("%1", state.exercise.name)
