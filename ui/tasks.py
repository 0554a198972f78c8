"""THE background-operation helper: every database call of the window goes through :class:`Tasks`.

One worker thread runs the operations in order (SQLite wants one writer; ordering also means a
"save answer" can never overtake the "complete" that follows it). The result, or the exception, comes
back on the GUI thread by a queued signal and is handed to ``on_success`` / ``on_failure``
(the shape of Anki's ``qt/aqt/taskman.py`` and ``operations``).

Operations must not touch widgets: they receive nothing from Qt and return plain values.

``run(..., after_paint=True)`` holds the operation for :data:`AFTER_PAINT_MS` first (keeping the order of
everything submitted after it): the saves and evaluations that follow every tap then run while the GUI
thread is idle, not while it lays out and paints the answer. Otherwise the worker's pure-Python work
(SQLAlchemy, the protocol engine) competes with the GUI thread for the GIL and, on a two-core terminal,
for the CPU, and the paint after a tap took twice as long (``bench/bench_startup.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]
AFTER_PAINT_MS = 30
"""How long ``after_paint`` operations wait: longer than the layout and paint that follow a tap."""


class Tasks(QObject):
    """Run ``op`` on the worker; call back on the GUI thread.

    ``failed`` is emitted for an exception when no ``on_failure`` was given (the window shows a calm
    message); ``idle`` is emitted whenever the last pending operation has been delivered.
    """

    failed = Signal(object)
    idle = Signal()
    _finished = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-db")
        self._pending = 0
        self._closed = False
        self._held: list[tuple[Callable[[], Any], Success | None, Failure | None, Future[Any]]] = []
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setTimerType(Qt.TimerType.PreciseTimer)
        self._release.setInterval(AFTER_PAINT_MS)
        self._release.timeout.connect(self._submit_held)
        self._finished.connect(self._deliver)

    @property
    def closed(self) -> bool:
        """Shut down: operations are dropped."""
        return self._closed

    @property
    def pending(self) -> int:
        """Operations submitted and not yet delivered (tests wait for 0)."""
        return self._pending

    def run(self, op: Callable[[], T], on_success: Callable[[T], None] | None = None,
            on_failure: Failure | None = None, *, after_paint: bool = False) -> Future[T] | None:
        """Queue ``op``; returns its future (None once shut down: the op is dropped, and logged).

        ``after_paint``: start it only after :data:`AFTER_PAINT_MS` (see the module docstring). Operations
        always run in the order they were queued, held or not."""
        if self._closed:
            log.warning("task %s dropped: the window is shutting down", getattr(op, "__name__", op))
            return None
        self._pending += 1
        if after_paint or self._held:
            future: Future[T] = Future()
            self._held.append((op, on_success, on_failure, future))
            if after_paint or not self._release.isActive():
                self._release.start()  # restarted by each tap: the work waits until the taps pause
            return future
        return self._submit(op, on_success, on_failure)

    def _submit(self, op: Callable[[], T], on_success: Success | None, on_failure: Failure | None,
                chained: Future[T] | None = None) -> Future[T]:
        future = self._executor.submit(op)
        if chained is not None:
            future.add_done_callback(lambda done: _copy_outcome(done, chained))
        future.add_done_callback(lambda done: self._finished.emit(done, on_success, on_failure))
        return future

    @Slot()
    def _submit_held(self) -> None:
        held, self._held = self._held, []
        for op, on_success, on_failure, future in held:
            self._submit(op, on_success, on_failure, future)

    @Slot(object, object, object)
    def _deliver(self, future: Future[Any], on_success: Success | None, on_failure: Failure | None) -> None:
        self._pending -= 1
        try:
            error = future.exception()
            if error is None:
                if on_success is not None:
                    on_success(future.result())
            elif on_failure is not None:
                on_failure(error)
            else:
                log.error("background operation failed", exc_info=error)
                self.failed.emit(error)
        finally:
            if self._pending == 0:
                self.idle.emit()

    def shutdown(self, wait: bool = True) -> None:
        """Finish the queued operations (saves must land) and stop the worker; ``wait=False`` returns at
        once (the operation running goes on; the next ones still run unless the process exits)."""
        self._closed = True
        self._release.stop()
        self._submit_held()  # held saves still land
        self._executor.shutdown(wait=wait)


def _copy_outcome(done: Future[Any], target: Future[Any]) -> None:
    """Hand the worker's outcome to the future :meth:`Tasks.run` returned for a held operation."""
    if target.set_running_or_notify_cancel():
        error = done.exception()
        if error is None:
            target.set_result(done.result())
        else:
            target.set_exception(error)
