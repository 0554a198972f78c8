"""The console's questions to the officer, in one place so tests can answer them without a modal ``exec()``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ui import dialogs
from ui.hub.views.parts import tr


def ask_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Where to save a CSV export; None when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(parent, tr("Export the report"), suggested, tr("CSV files (*.csv)"))
    return Path(path) if path else None


def inform(parent: QWidget | None, text: str) -> None:
    dialogs.inform(parent, tr("Hub console"), text)
