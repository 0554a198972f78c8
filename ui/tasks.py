"""THE background-operation helper: every database call of the window goes through :class:`Tasks`.

One worker thread runs the operations in order (SQLite wants one writer; ordering also means a
"save answer" can never overtake the "complete" that follows it). The result, or the exception, comes
back on the GUI thread by a queued signal and is handed to ``on_success`` / ``on_failure``
(the shape of Anki's ``qt/aqt/taskman.py`` and ``operations``).

Operations must not touch widgets: they receive nothing from Qt and return plain values.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


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
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        """Operations submitted and not yet delivered (tests wait for 0)."""
        return self._pending

    def run(self, op: Callable[[], T], on_success: Callable[[T], None] | None = None,
            on_failure: Failure | None = None) -> Future[T] | None:
        """Queue ``op``; returns its future (None once shut down: the op is dropped, and logged)."""
        if self._closed:
            log.warning("task %s dropped: the window is shutting down", getattr(op, "__name__", op))
            return None
        self._pending += 1
        future = self._executor.submit(op)
        future.add_done_callback(lambda done: self._finished.emit(done, on_success, on_failure))
        return future

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

    def shutdown(self) -> None:
        """Finish the queued operations (saves must land) and stop the worker."""
        self._closed = True
        self._executor.shutdown(wait=True)
