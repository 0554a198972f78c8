"""Text to speech for the traveller's questions (Qt TextToSpeech): the one seam to the speech hardware.

A :class:`Voice` says a text in a language; :class:`QtVoice` is the real one (``PySide6.QtTextToSpeech``,
from PySide6-Addons), tests give a fake that records what was said.

Finding the engine runs in a child process (:class:`EngineProbe`, a ``QProcess``: neither the GUI
thread nor the worker waits for it): loading Qt's speech plug-ins logs warnings and critical messages for
every engine whose system library is missing (``speechd`` without libspeechd; the multimedia back end
without PipeWire), and a test machine or a kiosk may have no engine at all. The child tries each engine
but Qt's ``mock`` (a test engine that says nothing) and reports those that work and their voices'
locales; the kiosk's own process then loads only such an engine, or none. The child dies with the kiosk
(``PR_SET_PDEATHSIG``), so a stop at any moment leaves nothing behind.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

log = logging.getLogger(__name__)

TEST_ENGINES = ("mock",)
"""Qt's test engines: never used to speak to a traveller."""
PROBE_TIMEOUT_S = 15.0
PROBE = r"""
import ctypes, json, signal, sys
try:
    ctypes.CDLL(None).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG: gone when the kiosk is
except (AttributeError, OSError):
    pass
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from PySide6.QtTextToSpeech import QTextToSpeech
found = []
for engine in QTextToSpeech.availableEngines():
    if engine in sys.argv[1:]:
        continue
    tts = QTextToSpeech(engine)
    if tts.state() != QTextToSpeech.State.Error:
        found.append({"engine": engine, "locales": [locale.name() for locale in tts.availableLocales()]})
print(json.dumps(found))
"""
"""Run as ``python -c PROBE <test engines>``: prints the working engines and their locales as JSON."""


class Voice(Protocol):
    """Says texts aloud; ``languages`` are the language codes ("en", "fr") it has a voice for."""

    def languages(self) -> set[str]: ...

    def say(self, text: str, language: str) -> None: ...

    def stop(self) -> None: ...


@dataclass(frozen=True)
class EngineFound:
    """A speech engine that works on this machine, and the locales of its voices ("en_GB", "fr_FR")."""

    engine: str
    locales: tuple[str, ...]


def language_of(locale: str) -> str:
    """"fr_FR" → "fr" (the kiosk's language codes are ISO 639-1)."""
    return locale.replace("-", "_").split("_")[0].lower()


def find_system_voice() -> EngineFound | str:
    """The first working speech engine (see the module docstring), or why there is none; waits for it
    (the window uses :class:`EngineProbe`, which does not)."""
    try:
        done = subprocess.run([sys.executable, "-c", PROBE, *TEST_ENGINES], capture_output=True, text=True,
                              timeout=PROBE_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        log.info("no speech engine: the probe failed (%s)", error)
        return f"the speech engine probe failed ({type(error).__name__})"
    return read_probe(done.returncode, done.stdout, done.stderr)


def read_probe(returncode: int, stdout: str, stderr: str) -> EngineFound | str:
    """What the probe child printed: the first engine with a voice, or why there is none."""
    if stderr.strip():
        log.debug("speech engine probe said: %s", stderr.strip())
    lines = stdout.strip().splitlines()
    try:
        found = json.loads(lines[-1]) if returncode == 0 and lines else None
    except json.JSONDecodeError:
        found = None
    if not isinstance(found, list):
        log.info("no speech engine: Qt TextToSpeech is not usable here (exit %s)", returncode)
        return "Qt TextToSpeech is not usable on this kiosk"
    for engine in found:
        if engine.get("locales"):
            return EngineFound(str(engine["engine"]), tuple(map(str, engine["locales"])))
    return "no speech engine with a voice is installed"


class EngineProbe(QObject):
    """Looks for the system's speech engine in a child process; ``found`` carries an :class:`EngineFound`
    or why there is none."""

    found = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._give_up("the speech engine probe took too long"))

    def start(self) -> None:
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(["-c", PROBE, *TEST_ENGINES])
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._failed)
        self._process = process
        self._timer.start(int(PROBE_TIMEOUT_S * 1000))
        process.start()

    def _finished(self, code: int, _status: object) -> None:
        process, self._process = self._process, None
        self._timer.stop()
        if process is None:
            return
        out = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        process.deleteLater()
        self.found.emit(read_probe(code, out, err))

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._give_up("the speech engine probe could not start")

    def _give_up(self, reason: str) -> None:
        self.stop()
        log.info("no speech engine: %s", reason)
        self.found.emit(reason)

    def stop(self) -> None:
        """End the child now (the kiosk is stopping)."""
        process, self._process = self._process, None
        self._timer.stop()
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)


class QtVoice:
    """The real voice: one ``QTextToSpeech`` of a working engine, made on the GUI thread."""

    def __init__(self, found: EngineFound) -> None:
        from PySide6.QtCore import QLocale, QLoggingCategory

        # the multimedia back end says which optional libraries it misses (PipeWire) when it first loads
        QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._tts = QTextToSpeech(found.engine)
        self._locales: dict[str, QLocale] = {}
        for locale in self._tts.availableLocales():
            self._locales.setdefault(language_of(locale.name()), locale)

    def languages(self) -> set[str]:
        return set(self._locales)

    def say(self, text: str, language: str) -> None:
        locale = self._locales.get(language)
        if locale is None:
            return
        if self._tts.locale() != locale:
            self._tts.setLocale(locale)
        self._tts.say(text)

    def stop(self) -> None:
        self._tts.stop()
