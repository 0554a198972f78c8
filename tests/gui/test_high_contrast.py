"""The high-contrast theme: every text/background pair of both palettes meets WCAG contrast (computed here
with the WCAG relative-luminance formula), the officer's switch on the home screen restyles the kiosk and
is kept across restarts."""

from __future__ import annotations

import json

import pytest
from kiosk_gui_helpers import Taps, settle, sign_in
from PySide6.QtWidgets import QApplication

from kiosk import accessibility_settings
from kiosk.accessibility_settings import AccessibilitySettings, AccessibilitySettingsError
from ui import theme

pytestmark = pytest.mark.gui


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(text: str, background: str) -> float:
    lighter, darker = sorted((luminance(text), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_formula_matches_known_ratios():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic "just fails AA" grey


@pytest.mark.parametrize(("palette", "floor"), [(theme.NORMAL, 4.5), (theme.HIGH_CONTRAST, 7.0)])
def test_every_text_and_background_pair_is_readable(palette, floor):
    pairs = theme.contrast_pairs(palette)
    assert len(pairs) > 30
    assert any(where.startswith("rule ") for where, _, _ in pairs)  # pairs read from the style sheet itself
    low = {where: round(contrast(text, background), 2) for where, text, background in pairs
           if contrast(text, background) < floor}
    assert low == {}


def test_the_high_contrast_palette_has_thick_focus_rings():
    sheet = theme.style_sheet(theme.HIGH_CONTRAST)
    assert f"QLineEdit:focus, QPlainTextEdit:focus {{ border: {theme.HIGH_CONTRAST.focus_px}px" in sheet
    assert theme.HIGH_CONTRAST.focus_px >= 4 and contrast(theme.HIGH_CONTRAST.focus, theme.HIGH_CONTRAST.card) >= 7


def test_the_switch_restyles_the_kiosk_and_is_kept(qtbot, window, services, make_window):
    app = QApplication.instance()
    sign_in(qtbot, window, "S1")
    assert not window.home.high_contrast.isChecked() and theme.current() is theme.NORMAL  # off by default
    Taps(qtbot, window).tap(window.home.high_contrast)
    assert theme.current() is theme.HIGH_CONTRAST
    assert app.styleSheet() == theme.style_sheet(theme.HIGH_CONTRAST)
    settle(qtbot, window)
    saved = json.loads((services.data_dir / accessibility_settings.FILE_NAME).read_text())
    assert saved == {"high_contrast": True, "spoken_questions": False}
    theme.use(app, "normal")  # a fresh start of the kiosk: the saved setting comes back
    again = make_window(services)
    qtbot.waitUntil(lambda: theme.current() is theme.HIGH_CONTRAST)
    assert again.home.high_contrast.isChecked()


def test_an_unreadable_settings_file_is_named_and_the_kiosk_starts_normal(qtbot, make_window, services):
    (services.data_dir / accessibility_settings.FILE_NAME).write_text('{"high_contrast": "yes"}')
    window = make_window(services)
    settle(qtbot, window)
    assert theme.current() is theme.NORMAL
    assert "high_contrast must be true or false, not 'yes'" in window.home.warnings.text()


@pytest.mark.parametrize(("data", "message"), [
    ([], "must be a JSON object, not list"),
    ({"contrast": True}, "unknown setting contrast"),
    ({"spoken_questions": 1}, "spoken_questions must be true or false, not 1"),
])
def test_bad_settings_are_refused_naming_what_is_wrong(data, message):
    with pytest.raises(AccessibilitySettingsError, match=message):
        accessibility_settings.parse(data)


def test_settings_round_trip(tmp_path):
    assert accessibility_settings.load(tmp_path) == AccessibilitySettings()
    accessibility_settings.save(tmp_path, AccessibilitySettings(spoken_questions=True))
    assert accessibility_settings.load(tmp_path) == AccessibilitySettings(spoken_questions=True)
