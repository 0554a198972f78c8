"""The sd_notify protocol spoken to a fake systemd: a datagram socket standing in for ``$NOTIFY_SOCKET``."""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import sd_notify


@pytest.fixture
def systemd(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    """A bound datagram socket and its address, as systemd passes it in ``$NOTIFY_SOCKET``."""
    path = tmp_path / "notify"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(str(path))
        sock.settimeout(5)
        yield sock, str(path)


def test_notify_sends_one_datagram_of_assignments(systemd) -> None:
    sock, address = systemd
    assert sd_notify.notify("READY=1", "STATUS=ready", environ={"NOTIFY_SOCKET": address})
    assert sock.recv(4096) == b"READY=1\nSTATUS=ready"


def test_notify_reaches_an_abstract_socket() -> None:
    name = f"poe-test-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(5)
        assert sd_notify.notify("WATCHDOG=1", environ={"NOTIFY_SOCKET": "@" + name})
        assert sock.recv(4096) == b"WATCHDOG=1"


def test_outside_systemd_nothing_is_sent() -> None:
    assert not sd_notify.notify("READY=1", environ={})
    assert not sd_notify.notify("READY=1", environ={"NOTIFY_SOCKET": "vsock:2:1234"})
    assert sd_notify.watchdog_interval({"WATCHDOG_USEC": "30000000"}) is None


def test_a_socket_that_is_gone_is_logged_not_raised(tmp_path: Path, caplog) -> None:
    assert not sd_notify.notify("READY=1", environ={"NOTIFY_SOCKET": str(tmp_path / "gone")})
    assert "sd_notify" in caplog.text


@pytest.mark.parametrize(("environ", "expected"), [
    ({"WATCHDOG_USEC": "30000000"}, 15.0),
    ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getpid())}, 15.0),
    ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getppid())}, 15.0),  # cage, our parent, is the main PID
    ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}, None),  # another process is watched
    ({"WATCHDOG_USEC": "0"}, None),
    ({"WATCHDOG_USEC": "thirty"}, None),
    ({}, None),
])
def test_the_watchdog_interval_is_half_of_watchdog_usec(tmp_path: Path, environ, expected) -> None:
    assert sd_notify.watchdog_interval({"NOTIFY_SOCKET": str(tmp_path / "notify"), **environ}) == expected
