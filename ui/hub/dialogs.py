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


def ask_export_path(parent: QWidget | None, suggested: str, suffix: str) -> Path | None:
    """Where to save a report export (``suffix``: csv, pdf or json); None when cancelled."""
    filters = {"csv": tr("CSV files (*.csv)"), "pdf": tr("PDF files (*.pdf)"), "json": tr("JSON files (*.json)")}
    path, _filter = QFileDialog.getSaveFileName(parent, tr("Export the report"), suggested, filters[suffix])
    return Path(path) if path else None


def ask_open_path(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    """A file to read (e.g. the DHIS2 mapping); None when cancelled."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(path) if path else None


def inform(parent: QWidget | None, text: str) -> None:
    dialogs.inform(parent, tr("Hub console"), text)
