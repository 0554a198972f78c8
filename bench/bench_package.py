"""The bundle (``make package``) beside the source checkout it was built from.

* Start-up: wall time from launching ``poe-kiosk selftest --until signin`` (the real window, offscreen)
  to its ``SIGNIN_SHOWN`` line, for ``dist/poe-kiosk/poe-kiosk`` (the PyInstaller bundle) beside
  ``.venv/bin/poe-kiosk`` (the source checkout), median of a few runs after one warm-up each.
* Size: the bundle folder beside the checkout's installed Python packages (``.venv/lib``).

Skipped, loudly (the rows say so), when the bundle has not been built.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "poe-kiosk"
ROUNDS = 3


def _time_to_signin(executable: Path, folder: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="1")
    env.pop("PYTHONPATH", None)
    start = time.perf_counter()
    process = subprocess.Popen([str(executable), "selftest", "--until", "signin", "--out", str(folder)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    shown = None
    for line in process.stdout:
        if line.startswith("SIGNIN_SHOWN") and shown is None:
            shown = time.perf_counter() - start
    process.wait(timeout=120)
    if shown is None or process.returncode != 0:
        raise RuntimeError(f"{executable} selftest did not show the sign-in screen (exit {process.returncode})")
    return shown


def _median_start(executable: Path) -> float:
    with tempfile.TemporaryDirectory(prefix="poe-bench-package-") as folder:
        _time_to_signin(executable, Path(folder))  # warm-up: writes the demo config, migrates the database
        return statistics.median(_time_to_signin(executable, Path(folder)) for _ in range(ROUNDS))


def _size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def run() -> list[dict]:
    bundled = BUNDLE / "poe-kiosk"
    source = Path(sys.executable).with_name("poe-kiosk")
    if not bundled.exists():
        note = "SKIPPED: the bundle is not built (make package)"
        return [{"name": "bundle start → sign-in shown", "value": None, "unit": "ms", "baseline": None,
                 "ratio": None, "target": note},
                {"name": "bundle size", "value": None, "unit": "MB", "baseline": None, "ratio": None, "target": note}]
    bundle_s, source_s = _median_start(bundled), _median_start(source)
    bundle_mb, venv_mb = _size_mb(BUNDLE), _size_mb(ROOT / ".venv" / "lib")
    return [{
        "name": "bundle start → sign-in shown (baseline: source checkout)", "value": bundle_s * 1000, "unit": "ms",
        "baseline": source_s * 1000, "ratio": bundle_s / source_s,
        "target": "≤ 1500 ms (bench_startup's target) and ≤ 1.5× the source checkout",
    }, {
        "name": "bundle size (baseline: the checkout's .venv/lib)", "value": bundle_mb, "unit": "MB",
        "baseline": venv_mb, "ratio": bundle_mb / venv_mb, "target": "≤ 350 MB, no WebEngine/Pdf/3D",
    }]
