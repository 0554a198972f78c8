"""The officer's screens in Portuguese and Arabic (Qt catalogues kiosk_pt/kiosk_ar, hub_pt/hub_ar)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from kiosk_gui_helpers import sign_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.app import install_translators

pytestmark = pytest.mark.gui
I18N = Path(__file__).parents[2] / "ui" / "i18n"
CHROME = {"pt": ("Entrar", "Iniciar rastreio"), "ar": ("تسجيل الدخول", "بدء الفحص")}


@pytest.mark.parametrize("language", ["pt", "ar"])
@pytest.mark.parametrize("catalogue", ["kiosk", "hub"])
def test_catalogue_exists_and_keeps_every_placeholder(catalogue, language):
    text = (I18N / f"{catalogue}_{language}.ts").read_text(encoding="utf-8")
    assert (I18N / f"{catalogue}_{language}.qm").is_file()
    assert len(re.findall(r"<message", text)) > 80
    for source, translation in re.findall(r"<source>(.*?)</source>.*?<translation[^>]*>(.*?)</translation>", text,
                                          re.S):
        forms = re.findall(r"<numerusform>(.*?)</numerusform>", translation) or [translation]
        for form in forms:
            if form:  # an empty (unfinished) translation shows the English source
                assert sorted(re.findall(r"%(?:\d|n)", form)) == sorted(re.findall(r"%(?:\d|n)", source)), source
    if language == "ar":  # Qt's six Arabic plural forms
        assert all(len(re.findall("<numerusform>", block)) == 6
                   for block in re.findall(r'<message numerus="yes">.*?</message>', text, re.S))


@pytest.mark.parametrize("language", ["pt", "ar"])
def test_officer_chrome_in_portuguese_and_arabic(qtbot, qapp, make_window, services, language):
    translators = install_translators(qapp, language)
    assert translators, f"kiosk_{language}.qm did not load"
    try:
        window = make_window(services, language)
        sign_in_text, start_text = CHROME[language]
        assert window.signin.sign_in.text() == sign_in_text
        sign_in(qtbot, window, "S1")
        assert window.home.start.text() == start_text
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # qtbase_ar mirrors the application
