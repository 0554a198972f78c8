"""A real Mosquitto for tests: own config, free loopback port, own persistence dir; killable and restartable.

Never the shared broker on 1883. ``Mosquitto.kill()`` is SIGKILL (nothing saved after the last
autosave), ``stop()`` is SIGTERM (persistence written); ``start()`` again on the same port and data.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

MOSQUITTO = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
PASSWD = shutil.which("mosquitto_passwd") or "/usr/bin/mosquitto_passwd"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_port(port: int, timeout: float, *, open_: bool = True) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                if open_:
                    return True
        except OSError:
            if not open_:
                return True
        time.sleep(0.02)
    return False


class Mosquitto:
    def __init__(self, directory: Path, *, extra_config: str = "", allow_anonymous: bool = True,
                 users: dict[str, str] | None = None, acl_file: Path | None = None) -> None:
        self.dir = directory
        self.dir.mkdir(parents=True, exist_ok=True)
        (self.dir / "data").mkdir(exist_ok=True)
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        lines = [
            f"listener {self.port} 127.0.0.1",
            f"allow_anonymous {'true' if allow_anonymous else 'false'}",
            "persistence true",
            f"persistence_location {self.dir / 'data'}/",
            "autosave_interval 1",
            "max_queued_messages 100000",
            "set_tcp_nodelay true",
            f"log_dest file {self.dir / 'mosquitto.log'}",
            "log_type error",
            "log_type warning",
            "log_type notice",
        ]
        if os.geteuid() == 0:
            lines.insert(0, "user root")
        if users:
            password_file = self.dir / "passwords"
            password_file.write_text("")
            for name, password in users.items():
                subprocess.run([PASSWD, "-b", str(password_file), name, password], check=True,
                               capture_output=True)
            lines.append(f"password_file {password_file}")
        if acl_file is not None:
            lines.append(f"acl_file {acl_file}")
        self.config = self.dir / "mosquitto.conf"
        self.config.write_text("\n".join(lines) + "\n" + extra_config)

    @property
    def url(self) -> str:
        return f"mqtt://127.0.0.1:{self.port}"

    def start(self, timeout: float = 10.0) -> None:
        assert self.process is None or self.process.poll() is not None, "already running"
        self.process = subprocess.Popen([MOSQUITTO, "-c", str(self.config)], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        if not wait_port(self.port, timeout):
            self.process.kill()
            raise RuntimeError(f"mosquitto did not start: {self.log()}")

    def _end(self, sig: int, timeout: float = 10.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(sig)
        self.process.wait(timeout)
        wait_port(self.port, timeout, open_=False)

    def stop(self) -> None:
        """SIGTERM: the broker writes its persistence file and exits."""
        self._end(signal.SIGTERM)

    def kill(self) -> None:
        """SIGKILL: a crash; only what the last autosave wrote survives."""
        self._end(signal.SIGKILL)

    def restart(self, *, crash: bool = False) -> None:
        (self.kill if crash else self.stop)()
        self.start()

    def log(self) -> str:
        path = self.dir / "mosquitto.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""
