"""Sizes, colours and fonts of the kiosk: the one place a touch size or a severity colour is decided.

Officers work standing, often gloved: every touch target is at least :data:`TOUCH_MIN` pixels
(≥ 48 px ≈ 10 mm at 120 dpi; WCAG 2.2 AAA asks 44 CSS px).
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk import languages

log = logging.getLogger(__name__)

TOUCH_MIN = 56
"""Minimum height and width of anything tappable, in pixels."""
PAD_KEY = 80
COMPACT_KEY = 52
"""Whole side of the compact pad keys (temperature): the quick-check page fits 1280×800, above the 48 px floor."""
"""Side of a number-pad key."""
SPACING = 12
FONT_PX = 20
SMALL_PX = 16
LARGE_PX = 26
TITLE_PX = 32

SEVERITY_COLOURS: dict[str, str] = {
    "clear": "#1b7f3b",
    "advise": "#1f5fa8",
    "monitor": "#a86b00",
    "vaccinate": "#8a4fb0",
    "refer": "#c2410c",
    "isolate": "#b91c1c",
}
"""Disposition → background colour (white text on each has contrast ≥ 4.5:1)."""

INK = "#1f2933"
MUTED = "#52606d"
SURFACE = "#f5f7fa"
CARD = "#ffffff"
ACCENT = "#1f5fa8"
BORDER = "#cbd2d9"
OFFLINE = "#a86b00"
ONLINE = "#1b7f3b"
EXERCISE = "#6d28d9"
"""The exercise/test banner: a colour no real state uses."""

FONT_FAMILIES = ("DejaVu Sans",)
"""The Latin font; each language file's fonts follow it (:func:`load_fonts`), so Qt falls back per script."""
_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
_families: list[str] = []


def severity_colour(disposition: str) -> QColor:
    return QColor(SEVERITY_COLOURS.get(disposition, MUTED))


def load_fonts() -> tuple[str, ...]:
    """Register the shipped Latin font and every language's fonts (kiosk/fonts, or a site language
    directory) so every terminal renders the same glyphs; returns the font families in fallback order."""
    if _families:
        return tuple(_families)
    folder = resources.files("kiosk").joinpath("fonts")
    paths = [Path(str(folder.joinpath(name))) for name in _FONT_FILES]
    for language in languages.registry().values():
        paths += [path for path in language.fonts.values() if path not in paths]
    families = list(FONT_FAMILIES)
    for path in paths:
        font_id = QFontDatabase.addApplicationFontFromData(path.read_bytes())
        if font_id < 0:
            log.warning("font %s could not be loaded", path.name)
            continue
        families += [family for family in QFontDatabase.applicationFontFamilies(font_id) if family not in families]
    _families[:] = families
    return tuple(families)


def apply(app: QApplication) -> None:
    """Fonts and the style sheet for the whole application."""
    families = load_fonts()
    font = QFont(families[0])
    font.setFamilies(list(families))
    font.setPixelSize(FONT_PX)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


STYLE_SHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QStackedWidget > QWidget#screen {{ background: {SURFACE}; }}
QPushButton, QToolButton {{
    min-height: {TOUCH_MIN}px; min-width: {TOUCH_MIN}px; padding: 4px 18px;
    border: 2px solid {BORDER}; border-radius: 10px; background: {CARD};
}}
QPushButton:pressed, QToolButton:pressed {{ background: #e4e7eb; }}
QPushButton:disabled {{ color: #9aa5b1; background: #eef1f4; }}
QPushButton[kind="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: bold; }}
QPushButton[kind="primary"]:disabled {{ background: #9fb3c8; border-color: #9fb3c8; }}
QPushButton[kind="danger"] {{ background: {SEVERITY_COLOURS['isolate']}; color: white; border-color: {SEVERITY_COLOURS['isolate']}; }}
QPushButton:checked {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton[kind="yes"]:checked {{ background: {SEVERITY_COLOURS['refer']}; border-color: {SEVERITY_COLOURS['refer']}; }}
QPushButton[kind="no"]:checked {{ background: {SEVERITY_COLOURS['clear']}; border-color: {SEVERITY_COLOURS['clear']}; }}
QPushButton[kind="key"] {{ min-height: {PAD_KEY}px; min-width: {PAD_KEY}px; font-size: {LARGE_PX}px; }}
QLineEdit, QPlainTextEdit, QDateEdit {{
    min-height: {TOUCH_MIN}px; padding: 0 10px; border: 2px solid {BORDER}; border-radius: 8px; background: {CARD};
    font-size: {LARGE_PX}px;
}}
QLineEdit:focus, QPlainTextEdit:focus {{ border-color: {ACCENT}; }}
QListWidget {{ border: 2px solid {BORDER}; border-radius: 8px; background: {CARD}; }}
QListWidget::item {{ min-height: {TOUCH_MIN}px; padding: 0 10px; }}
QListWidget::item:selected {{ background: {ACCENT}; color: white; }}
QLabel[kind="title"] {{ font-size: {TITLE_PX}px; font-weight: bold; }}
QLabel[kind="subtitle"] {{ font-size: {LARGE_PX}px; font-weight: bold; }}
QLabel[kind="muted"] {{ color: {MUTED}; font-size: {SMALL_PX}px; }}
QLabel[kind="error"] {{ color: {SEVERITY_COLOURS['isolate']}; font-weight: bold; }}
QLabel[kind="question"] {{ font-size: {LARGE_PX}px; }}
QFrame[kind="card"] {{ background: {CARD}; border: 1px solid {BORDER}; border-radius: 12px; }}
QFrame[kind="bar"] {{ background: {INK}; }}
QFrame[kind="bar"] QLabel {{ color: white; }}
QScrollArea {{ border: none; background: transparent; }}
QFrame#flag_card {{ background: {CARD}; border: 1px solid {BORDER}; border-left: 10px solid {MUTED}; border-radius: 8px; }}
QFrame#disposition_banner {{ background: {MUTED}; border-radius: 10px; }}
QFrame#disposition_banner QLabel {{ color: white; }}
QLabel[kind="flag_title"] {{ font-weight: bold; }}
QLabel#wrap_caption {{ font-size: 18px; }}
QLabel#wrap_caption[on="true"] {{ color: white; font-weight: bold; }}
QLabel#answer_gloss {{ color: {MUTED}; font-size: {SMALL_PX}px; }}
QLabel#answer_gloss[on="true"], QLabel#answer_caption[on="true"] {{ color: white; }}
QFrame#step_progress {{ background: #e4e7eb; border-radius: 5px; }}
QFrame#step_progress_bar {{ background: {ACCENT}; border-radius: 5px; }}
""" + "".join(
    f"""QFrame#flag_card[severity="{name}"] {{ border-left-color: {colour}; }}
QLabel[kind="flag_title"][severity="{name}"] {{ color: {colour}; }}
QFrame#disposition_banner[severity="{name}"] {{ background: {colour}; }}
""" for name, colour in SEVERITY_COLOURS.items()
) + """
QScrollBar:vertical { width: 16px; background: #e4e7eb; border-radius: 8px; }
QScrollBar::handle:vertical { background: #9aa5b1; border-radius: 8px; min-height: 48px; }
QScrollBar::add-line, QScrollBar::sub-line { height: 0; }
QScrollArea > QWidget > QWidget { background: transparent; }
""" + """
""" + "".join(
    f'QFrame#scan_result[state="{state}"] {{ border-left: 8px solid {colour}; background: #ffffff; }}'
    f'QLabel#scan_headline[state="{state}"] {{ color: {colour}; font-weight: bold; }}'
    for state, colour in (("ok", SEVERITY_COLOURS["clear"]), ("warn", SEVERITY_COLOURS["monitor"]),
                          ("error", SEVERITY_COLOURS["isolate"]), ("none", MUTED))
) + f"""
QPushButton[pad="full"] {{ min-height: {PAD_KEY}px; min-width: {PAD_KEY}px; }}
QPushButton[pad="compact"] {{ min-height: {COMPACT_KEY - 12}px; min-width: {COMPACT_KEY - 12}px; padding: 4px; }}
QPushButton[pad="compact_unit"] {{ min-height: {COMPACT_KEY - 12}px; padding: 4px; }}
"""
