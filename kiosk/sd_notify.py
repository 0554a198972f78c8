"""The systemd notification protocol (``sd_notify(3)``), without libsystemd: one datagram per message.

systemd gives a ``Type=notify`` service the address of its notification socket in ``$NOTIFY_SOCKET``
(a path, or ``@name`` for the abstract namespace) and, when ``WatchdogSec=`` is set, the watchdog
period in ``$WATCHDOG_USEC`` and the process expected to feed it in ``$WATCHDOG_PID``. A message is a
newline-separated list of ``KEY=VALUE`` assignments (``READY=1``, ``WATCHDOG=1``, ``STOPPING=1``,
``STATUS=…``) sent as one ``AF_UNIX``/``SOCK_DGRAM`` datagram. Outside systemd nothing is sent.

The kiosk runs as the child of the ``cage`` compositor, so ``$WATCHDOG_PID`` names cage, its parent:
the watchdog is ours when it names this process or its parent (the unit says ``NotifyAccess=all``).
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


def _address(environ: Mapping[str, str]) -> str | None:
    address = environ.get("NOTIFY_SOCKET", "")
    if not address or address[0] not in "/@":  # systemd also knows vsock: not for a kiosk
        return None
    return "\0" + address[1:] if address[0] == "@" else address


def notify(*assignments: str, environ: Mapping[str, str] | None = None) -> bool:
    """Send ``KEY=VALUE`` assignments to systemd; False when not run by systemd or when sending failed
    (never raises: the kiosk works the same without a supervisor)."""
    address = _address(os.environ if environ is None else environ)
    if address is None:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.sendto("\n".join(assignments).encode("utf-8"), address)
    except OSError as error:
        log.warning("sd_notify to %s failed: %s", address.lstrip("\0"), error)
        return False
    return True


def watchdog_interval(environ: Mapping[str, str] | None = None) -> float | None:
    """Seconds between ``WATCHDOG=1`` messages (half of ``$WATCHDOG_USEC``, as ``sd_watchdog_enabled(3)``
    advises), or None when systemd does not watch this process."""
    environ = os.environ if environ is None else environ
    if _address(environ) is None:
        return None
    try:
        usec = int(environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    pid = environ.get("WATCHDOG_PID", "")
    if usec <= 0 or (pid and pid not in (str(os.getpid()), str(os.getppid()))):
        return None
    return usec / 2 / 1_000_000
