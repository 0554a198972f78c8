"""The window's systemd notifications (``ui.app.SystemdWatchdog``) received by a fake ``$NOTIFY_SOCKET``:
READY=1 once the window has started, WATCHDOG=1 from the GUI thread's event loop at half of
``$WATCHDOG_USEC``, STOPPING=1 at shutdown. (tests/gui/test_launch.py checks the same from the real
kiosk process.)"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.app import SystemdWatchdog

pytestmark = pytest.mark.gui


@pytest.fixture
def systemd(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(str(tmp_path / "notify"))
        sock.setblocking(False)
        yield sock, str(tmp_path / "notify")


def _received(sock: socket.socket, into: list[bytes]) -> list[bytes]:
    try:
        while True:
            into.append(sock.recv(4096))
    except BlockingIOError:
        return into


def test_the_event_loop_feeds_the_watchdog_and_reports_ready_and_stopping(qtbot, qapp, systemd) -> None:
    sock, address = systemd
    watchdog = SystemdWatchdog(environ={"NOTIFY_SOCKET": address, "WATCHDOG_USEC": "100000"})
    assert watchdog.timer.isActive() and watchdog.timer.interval() == 50
    messages: list[bytes] = []
    qtbot.waitUntil(lambda: _received(sock, messages).count(b"WATCHDOG=1") >= 3, timeout=5000)
    watchdog.ready()
    qtbot.waitUntil(lambda: b"READY=1\nSTATUS=ready" in _received(sock, messages), timeout=5000)
    watchdog.stopping()
    qtbot.waitUntil(lambda: b"STOPPING=1" in _received(sock, messages), timeout=5000)
    assert not watchdog.timer.isActive()  # a stopping window no longer vouches for itself


def test_without_systemd_the_watchdog_timer_does_not_run(qapp) -> None:
    watchdog = SystemdWatchdog(environ={})
    assert not watchdog.timer.isActive()
    watchdog.ready()  # nothing to send to, nothing raised
