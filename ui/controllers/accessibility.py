"""The accessibility settings at work: the high-contrast theme and the spoken questions, switched on the
home screen (and, for speech, on the screening page), kept in ``kiosk.accessibility_settings``."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from kiosk import accessibility_settings as settings_file
from kiosk.accessibility_settings import AccessibilitySettings
from kiosk.errors import KioskError
from ui import theme

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


class AccessibilityController(QObject):
    """Loads the settings (on the worker), applies them, and saves each change an officer makes."""

    def __init__(self, home: Any, services: Any, tasks: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.services = services
        self.tasks = tasks
        self.settings = AccessibilitySettings()
        self.problem = ""
        """Why the saved settings could not be read (shown on the home screen), or empty."""
        home.high_contrast.toggled.connect(lambda on: self.change(high_contrast=on))
        folder = services.data_dir
        tasks.run(lambda: settings_file.load(folder), self._loaded, self._refused)

    def _loaded(self, settings: AccessibilitySettings) -> None:
        self.settings = settings
        self._show()

    def _refused(self, error: BaseException) -> None:
        self.problem = str(error) if isinstance(error, KioskError) else type(error).__name__
        log.warning("accessibility settings not read: %s", self.problem)
        self.home.warnings.setText("\n".join(filter(None, (self.home.warnings.text(), self.problem))))
        self.home.warnings.setVisible(True)
        self._show()

    def change(self, **changes: bool) -> None:
        """An officer switched a setting: apply it now, keep it for the next start."""
        settings = replace(self.settings, **changes)
        if settings == self.settings:
            return
        self.settings = settings
        self._show()
        folder = self.services.data_dir
        self.tasks.run(lambda: settings_file.save(folder, settings))

    def _show(self) -> None:
        settings = self.settings
        for widget, on in ((self.home.high_contrast, settings.high_contrast),
                           (self.home.spoken_questions, settings.spoken_questions)):
            if widget.isChecked() != on:
                widget.blockSignals(True)
                widget.setChecked(on)
                widget.blockSignals(False)
        app = QApplication.instance()
        if app is not None:
            theme.use(app, "high_contrast" if settings.high_contrast else "normal")
