"""Spoken questions: off by default; switched on, the traveller's page is read aloud in the traveller's
language, again in another language, and the next page when it shows; without a voice for the language
(or without any engine) the switch is disabled and says why. The engine is hardware: a fake voice
records what was said; the real engine list is probed once, without a Qt warning."""

from __future__ import annotations

import pytest
from kiosk_gui_helpers import Taps, settle, sign_in

from ui import speech

pytestmark = pytest.mark.gui


class RecordingVoice:
    """A fake :class:`ui.speech.Voice`: voices for ``languages``; records each ``(text, language)``."""

    def __init__(self, languages: set[str]) -> None:
        self._languages = languages
        self.said: list[tuple[str, str]] = []
        self.stops = 0

    def languages(self) -> set[str]:
        return set(self._languages)

    def say(self, text: str, language: str) -> None:
        self.said.append((text, language))

    def stop(self) -> None:
        self.stops += 1


def questions(window, language: str) -> str:
    """The visible questions of the page shown, in ``language``, as the voice should say them."""
    run = window.controller.current.run
    visible = {field.id for field in run.visible_fields()}
    return "\n".join(field.text(language) for field in run.current_step.fields if field.id in visible)


def visible_ids(window) -> set[str]:
    return {field.id for field in window.controller.current.run.visible_fields()}


@pytest.fixture
def voice(window) -> RecordingVoice:
    fake = RecordingVoice({"en", "fr"})
    window.accessibility.use_voice(fake)
    return fake


def to_symptoms(qtbot, window) -> Taps:
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    taps.quick_check("38.6", "feels_unwell", "listed_country")  # on to the traveller's symptoms page
    assert window.controller.current.run.current_step.id == "symptoms"
    return taps


def test_off_by_default_nothing_is_said(qtbot, window, voice):
    taps = to_symptoms(qtbot, window)
    taps.tap("lang_fr")
    taps.tap("chip_fever")
    assert not window.screening.speak.isChecked() and window.screening.speak.isEnabled()
    assert not window.home.spoken_questions.isChecked()
    assert voice.said == []


def test_switched_on_the_page_is_read_in_the_travellers_language_and_the_next_one_too(qtbot, window, voice):
    taps = to_symptoms(qtbot, window)
    taps.tap(window.screening.speak)
    symptoms_en = questions(window, "en")
    assert symptoms_en.startswith("Which of these have you had")
    assert voice.said == [(symptoms_en, "en")]
    taps.tap("lang_fr")
    assert voice.said[-1] == (questions(window, "fr"), "fr") and "Lesquels" in voice.said[-1][0]
    before = visible_ids(window)
    taps.tap("chip_fever")  # the onset question appears: it alone is read
    run = window.controller.current.run
    appeared = [field for field in run.current_step.fields if field.id in visible_ids(window) - before]
    assert appeared and voice.said[-1] == ("\n".join(field.text("fr") for field in appeared), "fr")
    taps.tap("date_today")
    taps.tap("no")  # fever medicine
    said = len(voice.said)
    taps.tap(window.screening.next)
    assert window.controller.current.run.current_step.id == "travel"
    assert voice.said[said:] == [(questions(window, "fr"), "fr")]
    assert window.home.spoken_questions.isChecked()  # one setting, shown in both places
    taps.tap(window.screening.speak)  # off: the voice stops and says nothing more
    assert voice.stops >= 1
    said = len(voice.said)
    taps.tap("lang_en")
    assert len(voice.said) == said


def test_a_language_without_a_voice_disables_the_switch_and_says_why(qtbot, window, voice):
    taps = to_symptoms(qtbot, window)
    taps.tap(window.screening.speak)
    said = len(voice.said)
    taps.tap("lang_ar")
    assert not window.screening.speak.isEnabled()
    assert window.screening.speak.toolTip() == "No voice for العربية on this kiosk: questions cannot be read aloud in it."
    assert len(voice.said) == said  # nothing said in the wrong voice
    taps.tap("lang_en")
    assert window.screening.speak.isEnabled() and voice.said[-1][1] == "en"


def test_without_a_speech_engine_both_switches_are_disabled_and_say_so(qtbot, window):
    sign_in(qtbot, window, "S1")
    settle(qtbot, window)
    reason = "No speech engine on this kiosk: questions cannot be read aloud."
    assert not window.home.spoken_questions.isEnabled() and window.home.spoken_questions.toolTip() == reason
    Taps(qtbot, window).tap(window.home.start)
    assert not window.screening.speak.isEnabled() and window.screening.speak.toolTip() == reason


def test_the_setting_is_kept_across_restarts(qtbot, window, voice, services, make_window):
    sign_in(qtbot, window, "S1")
    Taps(qtbot, window).tap(window.home.spoken_questions)
    settle(qtbot, window)
    again = make_window(services)
    qtbot.waitUntil(lambda: again.home.spoken_questions.isChecked())
    assert again.screening.speak.isChecked()


def test_the_real_engine_list_is_probed_without_a_qt_warning(qtbot, qapp, monkeypatch):
    """Whatever this machine has (often no engine at all, or only Qt's test engine): an engine that works
    and its voices, or why there is none — never Qt's ``mock``, and no Qt message (the test fails on one)."""
    monkeypatch.undo()  # the real probe, not the GUI tests' "no engine"
    found = speech.find_system_voice()
    if isinstance(found, speech.EngineFound):
        assert found.engine not in speech.TEST_ENGINES and found.locales
        assert speech.QtVoice(found).languages()
    else:
        assert found in ("no speech engine with a voice is installed", "Qt TextToSpeech is not usable on this kiosk")
    probe = speech.EngineProbe()  # the window's way: a child process, nobody waits for it
    with qtbot.waitSignal(probe.found, timeout=20_000) as signal:
        probe.start()
    assert signal.args == [found]


@pytest.mark.parametrize(("code", "out", "expected"), [
    (0, '[{"engine": "flite", "locales": ["en_US"]}]', speech.EngineFound("flite", ("en_US",))),
    (0, '[{"engine": "speechd", "locales": []}]', "no speech engine with a voice is installed"),
    (0, "[]", "no speech engine with a voice is installed"),
    (1, "", "Qt TextToSpeech is not usable on this kiosk"),
    (0, "Traceback...", "Qt TextToSpeech is not usable on this kiosk"),
])
def test_what_the_probe_prints_is_read(code, out, expected):
    assert speech.read_probe(code, out, "") == expected
