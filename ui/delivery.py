"""Bridge from the alert publisher's thread to the GUI thread.

``Publisher.add_listener`` callbacks run on the publisher's worker thread, where no widget may be
touched. :class:`DeliveryBridge` keeps the newest snapshot and posts one queued signal to the GUI
thread; snapshots that arrive while one is still undelivered only replace it (a 10,000-alert backlog
draining must not flood the event loop). Nothing here touches the database.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot


class DeliveryBridge(QObject):
    """``status_changed(DeliveryStatus)`` on the GUI thread for every (coalesced) publisher update."""

    status_changed = Signal(object)
    _posted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._latest: Any = None
        self._waiting = False
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def attach(self, publisher: Any) -> None:
        """Listen to ``publisher`` and deliver its current snapshot at once."""
        publisher.add_listener(self.post)
        self.post(publisher.status())

    def post(self, status: Any) -> None:
        """Any thread: remember ``status`` and make sure one delivery is queued."""
        with self._lock:
            self._latest = status
            if self._waiting:
                return
            self._waiting = True
        self._posted.emit()

    @Slot()
    def _deliver(self) -> None:
        with self._lock:
            status, self._latest, self._waiting = self._latest, None, False
        if status is not None:
            self.status_changed.emit(status)
