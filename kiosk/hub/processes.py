"""Hub ingest in N worker processes: ``poe-kiosk hub ingest --workers N``.

One process cannot use more than one core for ingest: paho's receive loop, CAP parsing and the
database driver all hold the GIL. Each worker process here runs one :class:`IngestWorker` (its own
paho client in the same ``$share`` group, with the same client id ``<prefix>-<i>`` as the threaded
form, so durable sessions carry over, and its own database engine). Processes are started with
``spawn`` (no copied locks or sockets).

Shutdown: the parent turns SIGTERM/SIGINT into a ``stop`` message to every child over its pipe;
a child finishes the batch in hand (commit, then PUBACK and CAP Acks) and disconnects; messages it
has not committed are never acknowledged, so the broker keeps them for the next start. Children
ignore SIGINT (a Ctrl-C reaches the whole process group; the parent coordinates) and treat their
own SIGTERM like ``stop``; a child whose parent dies sees its pipe close and stops the same way.
A child that dies on its own is started again (same client id) after a short pause; so is one whose
worker is stuck (no progress for ``stuck_after`` seconds: a database call or the network that never
returns): it exits with status 3 by itself (``os._exit``: its stuck thread cannot be joined).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from kiosk.alerts.transport import BrokerSettings

log = logging.getLogger(__name__)

RESTART_PAUSE = 1.0
"""Seconds before a worker process that died on its own is started again."""


@dataclass
class _Child:
    index: int
    process: Any
    conn: Connection
    subscribed: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    done: bool = False


STUCK_EXIT = 3
"""Exit status of a worker process (and of ``hub ingest``) whose worker is stuck."""


def _child_main(conn: Connection, db_url: str, settings: BrokerSettings, client_id: str, group: str,
                hub_id: str, session_expiry: int, reconnect_delay: tuple[float, float], log_level: int,
                presence: bool, stuck_after: float = 120.0) -> None:
    """Entry point of one worker process (spawned: imports happen here). ``presence``: worker 0 also
    keeps the kiosks' status."""
    logging.basicConfig(level=log_level, format="%(asctime)s %(levelname)s %(processName)s %(name)s: %(message)s")
    stop = threading.Event()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    from kiosk.hub.ingest import INGEST_BUSY_TIMEOUT, IngestWorker
    from kiosk.hub.models import hub_engine

    engine = hub_engine(db_url, busy_timeout=INGEST_BUSY_TIMEOUT)
    worker = IngestWorker(engine, settings, client_id, group, hub_id=hub_id, session_expiry=session_expiry,
                          reconnect_delay=reconnect_delay, presence=presence)
    worker.start()
    announced = False
    try:
        while not stop.is_set():
            if not announced and worker.subscribed.is_set():
                conn.send(("subscribed",))
                announced = True
            if worker.stuck(stuck_after):
                log.error("hub ingest: worker %s made no progress for %.0f s; exiting to be started again",
                          client_id, stuck_after)
                logging.shutdown()
                os._exit(STUCK_EXIT)
            if conn.poll(0.1):
                try:
                    if conn.recv() == "stop":
                        break
                except EOFError:  # the parent is gone
                    break
    finally:
        worker.stop()
        engine.dispose()
        with contextlib.suppress(OSError):  # the parent may be gone
            conn.send(("done", worker.stored, worker.rejected, worker.duplicates))


class IngestProcesses:
    """``workers`` ingest processes sharing one subscription group; same arguments as ``HubIngest``."""

    def __init__(self, db_url: str, settings: BrokerSettings, *, workers: int, group: str = "ingest",
                 hub_id: str = "national-hub", client_prefix: str, session_expiry: int = 7 * 86400,
                 reconnect_delay: tuple[float, float] = (0.5, 30.0), stuck_after: float = 120.0) -> None:
        if workers < 1:
            raise ValueError("at least one worker")
        self.db_url = db_url
        self.settings = settings
        self.workers = workers
        self.group = group
        self.hub_id = hub_id
        self.client_prefix = client_prefix
        self.session_expiry = session_expiry
        self.reconnect_delay = reconnect_delay
        self.stuck_after = stuck_after
        self._context = multiprocessing.get_context("spawn")
        self._children: list[_Child] = []
        self._stopping = False

    def start(self) -> None:
        from kiosk.hub.models import hub_engine

        hub_engine(self.db_url).dispose()  # tables created once, here: concurrent CREATE TABLEs collide
        self._children = [self._spawn(i) for i in range(self.workers)]

    def _spawn(self, index: int) -> _Child:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(
            target=_child_main, name=f"ingest-{index}",
            args=(child_end, self.db_url, self.settings, f"{self.client_prefix}-{index}", self.group, self.hub_id,
                  self.session_expiry, self.reconnect_delay, logging.getLogger().getEffectiveLevel(), index == 0,
                  self.stuck_after))
        process.start()
        child_end.close()  # only the child holds it now: its end closes when the child exits
        return _Child(index, process, parent_end)

    def _read(self, child: _Child) -> None:
        """Take every message a child has sent (``subscribed``, ``done``)."""
        try:
            while child.conn.poll():
                message = child.conn.recv()
                if message[0] == "subscribed":
                    child.subscribed = True
                elif message[0] == "done":
                    child.done = True
                    child.counts = {"stored": message[1], "rejected": message[2], "duplicates": message[3]}
        except (EOFError, OSError):
            pass

    def wait_subscribed(self, timeout: float) -> bool:
        """True once every worker process has subscribed (False after ``timeout`` seconds)."""
        deadline = time.monotonic() + timeout
        while True:
            for child in self._children:
                self._read(child)
            if all(child.subscribed for child in self._children):
                return True
            if any(not child.process.is_alive() for child in self._children):
                return False  # ``serve`` starts it again
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            wait([c.conn for c in self._children if not c.subscribed], min(remaining, 0.5))

    def serve(self, stop: threading.Event, poll: float = 0.5) -> None:
        """Until ``stop`` is set: restart worker processes that die on their own."""
        while not stop.wait(poll):
            for i, child in enumerate(self._children):
                self._read(child)
                if child.process.is_alive() or self._stopping:
                    continue
                log.error("hub ingest: worker process %d exited with %s; starting it again",
                          child.index, child.process.exitcode)
                child.conn.close()
                if stop.wait(RESTART_PAUSE):
                    return
                self._children[i] = self._spawn(child.index)

    def stop(self, timeout: float = 15.0) -> dict[str, int]:
        """Ask every child to stop, wait for them (killing any still alive after ``timeout``) and
        return the summed ``stored`` (duplicates excluded), ``rejected`` (quarantined) and ``duplicates``
        (copies already stored) counts they reported."""
        self._stopping = True
        for child in self._children:
            with contextlib.suppress(OSError):  # already exited
                child.conn.send("stop")
        deadline = time.monotonic() + timeout
        for child in self._children:
            child.process.join(max(0.0, deadline - time.monotonic()))
            if child.process.is_alive():
                log.error("hub ingest: worker process %d did not stop in time; killing it", child.index)
                child.process.kill()
                child.process.join()
            self._read(child)
            child.conn.close()
        return {
            "stored": sum(c.counts.get("stored", 0) for c in self._children),
            "rejected": sum(c.counts.get("rejected", 0) for c in self._children),
            "duplicates": sum(c.counts.get("duplicates", 0) for c in self._children),
        }

    def pids(self) -> list[int]:
        return [c.process.pid for c in self._children]
