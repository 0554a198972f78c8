"""House rule 1: the core never loads Qt or the ui package."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import kiosk


def test_every_kiosk_module_imports_without_qt_or_ui() -> None:
    modules = sorted(
        info.name for info in pkgutil.walk_packages(kiosk.__path__, "kiosk.")
        if ".migrations" not in info.name and not info.name.endswith("__main__")
    )
    assert "kiosk.records" in modules and "kiosk.screening" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"kiosk loaded GUI modules: {result.stdout.strip()}"
