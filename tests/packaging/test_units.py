"""Every systemd unit and drop-in the package ships passes ``systemd-analyze verify``.

The units are verified inside a scratch root (``--root``) laid out as the .deb installs them, with the
host's own systemd units beside them (targets, getty@, mosquitto.service). The programs the units start
come from the package (``/opt/poe-kiosk/current/poe-kiosk``) or from its dependencies (``cage``,
``mosquitto``): the root holds a stand-in executable at each path, because ``verify`` only checks that
the file is there and executable. Any message from ``verify`` fails the test (an unknown key is only a
warning, with exit status 0).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).parents[2]
UNITS = REPO / "packaging" / "systemd"
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
HOST_UNITS = Path("/usr/lib/systemd/system")
PROGRAMS = ("opt/poe-kiosk/current/poe-kiosk", "opt/poe-kiosk/.venv/bin/poe-kiosk", "usr/bin/cage",
            "usr/sbin/mosquitto", "bin/mkdir", "bin/chown", "bin/kill")

pytestmark = pytest.mark.skipif(
    SYSTEMD_ANALYZE is None or not HOST_UNITS.is_dir(),
    reason="systemd-analyze is not installed (apt-get install systemd): the unit check is SKIPPED")


def _root(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    system = root / "usr" / "lib" / "systemd" / "system"
    shutil.copytree(HOST_UNITS, system, symlinks=True)
    for unit in UNITS.glob("*.service"):
        shutil.copy(unit, system / unit.name)
    for unit in UNITS.glob("*.timer"):
        shutil.copy(unit, system / unit.name)
    if not (system / "mosquitto.service").exists():  # Debian's unit, as mosquitto installs it
        (system / "mosquitto.service").write_text(
            "[Unit]\nDescription=Mosquitto MQTT Broker\n[Service]\nType=notify\nNotifyAccess=main\n"
            "ExecStart=/usr/sbin/mosquitto -c /etc/mosquitto/mosquitto.conf\nRestart=on-failure\n"
            "[Install]\nWantedBy=multi-user.target\n", encoding="utf-8")
    drop_ins = root / "etc" / "systemd" / "system"
    (drop_ins / "mosquitto.service.d").mkdir(parents=True)
    shutil.copy(UNITS / "mosquitto.service.d" / "poe-site.conf", drop_ins / "mosquitto.service.d")
    for program in PROGRAMS:
        path = root / program
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
        path.chmod(0o755)
    return root


def _verify(root: Path, *units: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SYSTEMD_ANALYZE, "verify", "--man=no", f"--root={root}", *units],
                          capture_output=True, text=True, timeout=120, check=False)


SHIPPED = ["poe-kiosk-cage@tty1.service", "poe-kiosk@tty1.service", "poe-kiosk-hub-ingest.service",
           "poe-kiosk-retention.service", "poe-kiosk-retention.timer", "poe-kiosk-aggregates.service",
           "poe-kiosk-aggregates.timer", "poe-kiosk-hub-follow-up-purge.service", "poe-kiosk-hub-follow-up-purge.timer",
           "mosquitto.service"]


def test_every_shipped_unit_is_listed_here() -> None:
    shipped = {p.name.replace("@.", "@tty1.") for p in [*UNITS.glob("*.service"), *UNITS.glob("*.timer")]}
    assert shipped == set(SHIPPED) - {"mosquitto.service"}


def test_every_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    done = _verify(_root(tmp_path), *SHIPPED)
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


@pytest.mark.parametrize("unit", ["poe-kiosk-cage@.service", "poe-kiosk@.service"])
def test_the_kiosk_units_are_watched_by_systemd(unit: str) -> None:
    """The app sends READY=1 and WATCHDOG=1 (ui.app.SystemdWatchdog) as the child of cage, the main process."""
    lines = set((UNITS / unit).read_text(encoding="utf-8").splitlines())
    assert {"Type=notify", "NotifyAccess=all", "WatchdogSec=30", "Restart=always"} <= lines
    assert any(line.startswith("TimeoutStartSec=") for line in lines)


def test_a_broken_unit_is_caught(tmp_path: Path) -> None:
    """The check itself can fail: a misspelt key and a missing program both produce messages."""
    root = _root(tmp_path)
    unit = root / "usr" / "lib" / "systemd" / "system" / "poe-kiosk-retention.service"
    unit.write_text(unit.read_text(encoding="utf-8").replace("ProtectHome=", "ProtectHomes=")
                    .replace("/opt/poe-kiosk/current/poe-kiosk", "/opt/poe-kiosk/missing/poe-kiosk"), encoding="utf-8")
    done = _verify(root, "poe-kiosk-retention.service")
    assert "Unknown key 'ProtectHomes'" in done.stderr and "is not executable" in done.stderr
