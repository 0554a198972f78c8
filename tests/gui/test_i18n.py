"""The officer's chrome comes from Qt translations (.ts/.qm); French is shipped and complete."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from kiosk_gui_helpers import sign_in
from PySide6.QtWidgets import QApplication

from ui.app import install_translators

pytestmark = pytest.mark.gui
I18N = Path(__file__).parents[2] / "ui" / "i18n"


@pytest.mark.parametrize(("catalogue", "context"), [("kiosk", "Kiosk"), ("hub", "HubConsole")])
def test_french_translation_is_complete(catalogue, context):
    text = (I18N / f"{catalogue}_fr.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert len(re.findall(r"<message", text)) > 80
    assert f"<name>{context}</name>" in text and "<name></name>" not in text  # the tr() helpers' context


@pytest.mark.parametrize("catalogue", ["kiosk", "hub", "trainer"])
def test_french_keeps_every_placeholder(catalogue):
    text = (I18N / f"{catalogue}_fr.ts").read_text(encoding="utf-8")
    for source, translation in re.findall(r"<source>(.*?)</source>.*?<translation>(.*?)</translation>", text, re.S):
        forms = re.findall(r"<numerusform>(.*?)</numerusform>", translation) or [translation]
        for form in forms:
            assert sorted(re.findall(r"%(?:\d|n)", form)) == sorted(re.findall(r"%(?:\d|n)", source)), source


def test_officer_chrome_in_french(qtbot, qapp, make_window, services):
    translators = install_translators(qapp, "fr")
    assert translators, "kiosk_fr.qm did not load"
    try:
        window = make_window(services, "fr")
        assert window.signin.sign_in.text() == "Connexion"
        sign_in(qtbot, window, "S1")
        assert window.home.start.text() == "Commencer un dépistage"
        assert window.home.bar.connection.text() == "● hors ligne — 0 en attente"
        assert window.home.queue_title.text() == "En attente du dépistage secondaire : 0"
        assert window.home.bar.officer.text() == "Sam Screener · Agent de dépistage"
        window.home.bar.site.setText("Poste frontière terrestre du pont de Kessa (démonstration)")
        QApplication.processEvents()  # the posted layout requests: minimum sizes are computed again
        for index in range(window.stack.count()):
            screen = window.stack.widget(index)
            minimum = screen.minimumSizeHint()
            assert minimum.width() <= 1280 and minimum.height() <= 800, \
                f"{type(screen).__name__} needs {minimum.toTuple()} in French"
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)
