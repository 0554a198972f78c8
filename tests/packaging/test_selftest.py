"""``poe-kiosk selftest`` from the source checkout (the bundle runs the same command in test_bundle.py).

In a child process, offscreen: the real window signs a test officer in, a slip is rendered with the
kiosk's key and its QR decoded from an image and verified; the Qt parts the bundle must carry load.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

POE_KIOSK = Path(sys.executable).with_name("poe-kiosk")


def test_selftest_signs_in_renders_a_slip_and_decodes_its_qr(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")}
    done = subprocess.run([str(POE_KIOSK), "selftest", "--out", str(tmp_path / "run")], env=env,
                          capture_output=True, text=True, timeout=240, check=False)

    lines = done.stdout.strip().splitlines()
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert lines[0].startswith("SIGNIN_SHOWN ") and int(lines[0].split()[1]) > 0
    report = json.loads(lines[-1])
    assert report["ok"] is True and report["signed_in"] is True and report["qr_verified"] is True
    assert all(value is True for value in report["qt_parts"].values())
    assert (tmp_path / "run" / "selftest-slip.pdf").read_bytes().startswith(b"%PDF")


def test_selftest_fails_when_a_check_fails(tmp_path: Path) -> None:
    """A bad configuration is refused with one line (exit 2), never reported as a passed self-test."""
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "kiosk.toml").write_text("config_version = 7\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")}
    done = subprocess.run([str(POE_KIOSK), "selftest", "--out", str(tmp_path / "run")], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2 and "config_version: 7 is not supported" in done.stderr
