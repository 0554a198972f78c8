"""The accessibility settings at work: the high-contrast theme and the spoken questions, switched on the
home screen (and, for speech, on the screening page), kept in ``kiosk.accessibility_settings``.

Spoken questions: on a traveller's page, each visible question is read aloud in the traveller's language
when the page shows, when the traveller's language changes, and when speech is switched on. The speech
engine is hardware: it is found by a child process (``ui.speech.EngineProbe``) and a test gives a fake
:class:`ui.speech.Voice` through :meth:`AccessibilityController.use_voice`. Without an engine, or without
a voice for the traveller's language, the switches are disabled and their tooltip says why.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication

from kiosk import accessibility_settings as settings_file
from kiosk import languages as language_registry
from kiosk.accessibility_settings import AccessibilitySettings
from kiosk.errors import KioskError
from ui import speech, theme

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


class AccessibilityController(QObject):
    """Loads the settings (on the worker), applies them, and saves each change an officer makes."""

    def __init__(self, home: Any, screening_view: Any, screening: Any, services: Any, tasks: Any,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.view = screening_view
        self.screening = screening
        self.services = services
        self.tasks = tasks
        self.settings = AccessibilitySettings()
        self.voice: speech.Voice | None = None
        self.no_voice = tr("Looking for a speech engine…")
        """Why there is no voice at all (no engine, still looking), or empty."""
        self.problem = ""
        """Why the saved settings could not be read (shown on the home screen), or empty."""
        self._read: tuple[int, str, str, frozenset[str]] | None = None
        """What was read aloud last: (``id`` of the traveller's session, step id, language, field ids read)."""
        home.high_contrast.toggled.connect(lambda on: self.change(high_contrast=on))
        home.spoken_questions.toggled.connect(lambda on: self.change(spoken_questions=on))
        screening_view.speak.toggled.connect(lambda on: self.change(spoken_questions=on))
        screening.page_changed.connect(self.speak_page)
        folder = services.data_dir
        tasks.run(lambda: settings_file.load(folder), self._loaded, self._refused)
        self.probe = speech.EngineProbe(self)
        """Looks for the system's speech engine once the home screen first shows (not during start-up)."""
        self.probe.found.connect(self._engine_found)
        home.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.probe.stop)
        self._show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.home and event.type() == QEvent.Type.Show:
            self.home.removeEventFilter(self)
            self.probe.start()
        return False

    # ------------------------------------------------------------------------------------ settings

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
        was_speaking = self.settings.spoken_questions
        self.settings = settings
        self._show()
        folder = self.services.data_dir
        self.tasks.run(lambda: settings_file.save(folder, settings))
        if settings.spoken_questions and not was_speaking:
            self._read = None  # the whole page again
            self.speak_page()
        elif was_speaking and not settings.spoken_questions and self.voice is not None:
            self.voice.stop()

    def _show(self) -> None:
        settings = self.settings
        for widget, on in ((self.home.high_contrast, settings.high_contrast),
                           (self.home.spoken_questions, settings.spoken_questions),
                           (self.view.speak, settings.spoken_questions)):
            if widget.isChecked() != on:
                widget.blockSignals(True)
                widget.setChecked(on)
                widget.blockSignals(False)
        app = QApplication.instance()
        if app is not None:
            theme.use(app, "high_contrast" if settings.high_contrast else "normal")
        self._show_speech()

    # ------------------------------------------------------------------------------------ speech

    def _engine_found(self, found: Any) -> None:
        if self.voice is not None:  # a voice given meanwhile (a test's fake) stays
            return
        if isinstance(found, speech.EngineFound):
            log.info("speech engine %s, voices for %s", found.engine, ", ".join(found.locales))
            self.use_voice(speech.QtVoice(found))
        else:
            log.info("spoken questions unavailable: %s", found)
            self.no_voice = tr("No speech engine on this kiosk: questions cannot be read aloud.")
            self._show_speech()

    def use_voice(self, voice: speech.Voice) -> None:
        """Speak with ``voice`` (the system's, or a test's fake)."""
        self.voice, self.no_voice = voice, ""
        self._show_speech()

    def _language(self) -> str | None:
        current = self.screening.current
        return current.language if current is not None else None

    def why_silent(self, language: str | None) -> str:
        """Why the questions cannot be read in ``language`` (the traveller's), or "" when they can."""
        if self.voice is None:
            return self.no_voice
        if language is not None and language not in self.voice.languages():
            return tr("No voice for %1 on this kiosk: questions cannot be read aloud in it.").replace(
                "%1", language_registry.get(language).name)
        return ""

    def _show_speech(self) -> None:
        """The switches: enabled when a voice can speak (the page's: in the traveller's language)."""
        engine_problem = self.why_silent(None)
        self.home.spoken_questions.setEnabled(not engine_problem)
        self.home.spoken_questions.setToolTip(engine_problem)
        page_problem = self.why_silent(self._language())
        self.view.speak.setEnabled(not page_problem)
        self.view.speak.setToolTip(page_problem or tr("Read the traveller's questions aloud in their language"))

    def speak_page(self) -> None:
        """Read the current page's visible questions aloud in the traveller's language (when switched on,
        on a traveller's page, with a voice for that language): the whole page when it is new or in
        another language, then only the questions that appear on it."""
        self._show_speech()
        current = self.screening.current
        if not self.settings.spoken_questions or current is None or self.voice is None:
            return
        step, language = current.run.current_step, current.language
        if step is None or step.audience == "officer" or self.why_silent(language):
            return
        visible = {field.id for field in current.run.visible_fields()}
        shown = [field for field in step.fields if field.id in visible]
        same_page = self._read is not None and self._read[:3] == (id(current), step.id, language)
        already = self._read[3] if same_page and self._read is not None else frozenset()
        new = [field for field in shown if field.id not in already]
        self._read = (id(current), step.id, language, already | {field.id for field in shown})
        if new:
            if not same_page:
                self.voice.stop()  # the previous page's questions no longer apply
            self.voice.say("\n".join(field.text(language) for field in new), language)
