"""What the bundle must carry, checked from the source (no bundle needed; with one, in it too): every
PySide6 module the kiosk, the hub console and the trainer import, none of them in the spec's excludes;
and the data-file loader, which the bundle ships compiled (no ``.py`` on disk), still keys its cache."""

from __future__ import annotations

import ast
import marshal
import re
import types
from pathlib import Path

import pytest

REPO = Path(__file__).parents[2]
SPEC = REPO / "packaging" / "pyinstaller" / "poe-kiosk.spec"
BUNDLED_PYSIDE = REPO / "dist" / "poe-kiosk" / "_internal" / "PySide6"
SHIPPED_CODE = ("kiosk", "ui", "scenarios", "sops", "protocols")


def imported_qt_modules() -> dict[str, str]:
    """``{"QtWidgets": "ui/window.py", ...}``: each PySide6 module imported anywhere in the shipped code."""
    found: dict[str, str] = {}
    for folder in SHIPPED_CODE:
        for path in sorted((REPO / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                names: list[str] = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                    names = [f"PySide6.{alias.name}" for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                for name in names:
                    if name.startswith("PySide6.Qt"):
                        found.setdefault(name.split(".")[1], str(path.relative_to(REPO)))
    return found


def excluded_qt_modules() -> set[str]:
    text = SPEC.read_text(encoding="utf-8")
    excludes = text[text.index("excludes=["):text.index("]", text.index("excludes=["))]
    return set(re.findall(r'"PySide6\.(Qt\w+)"', excludes))


def test_no_imported_qt_module_is_excluded_from_the_bundle() -> None:
    imported = imported_qt_modules()
    assert {"QtCore", "QtGui", "QtWidgets", "QtMultimedia"} <= set(imported)  # the scan finds imports at all
    excluded = excluded_qt_modules()
    assert "QtWebEngineCore" in excluded  # the spec's excludes were read
    clash = {name: imported[name] for name in set(imported) & excluded}
    assert not clash, f"imported but excluded in {SPEC.name} (remove them from its excludes): {clash}"


@pytest.mark.package
@pytest.mark.skipif(not BUNDLED_PYSIDE.is_dir(), reason="the bundle is not built (make package): SKIPPED")
def test_the_bundle_carries_every_imported_qt_module() -> None:
    missing = {name: where for name, where in imported_qt_modules().items()
               if not list(BUNDLED_PYSIDE.glob(f"{name}.*.so"))}
    assert not missing, f"not in the bundle (imported by): {missing}"


def test_the_data_file_cache_key_needs_no_source_file(monkeypatch) -> None:
    from kiosk import datafiles

    monkeypatch.setattr(datafiles, "__file__", str(REPO / "no-such-folder" / "datafiles.py"))
    compiled = datafiles._loader_bytes()
    code = marshal.loads(compiled)
    assert isinstance(code, types.CodeType) and code.co_filename.endswith("datafiles.py")
    assert "_loader_bytes" in code.co_names
