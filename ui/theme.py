"""Sizes, colours and fonts of the kiosk: the one place a touch size or a severity colour is decided.

Officers work standing, often gloved: every touch target is at least :data:`TOUCH_MIN` pixels
(≥ 48 px ≈ 10 mm at 120 dpi; WCAG 2.2 AAA asks 44 CSS px).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
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

@dataclass(frozen=True)
class Palette:
    """The colours of one theme. Every text/background pair the style sheet draws is listed by
    :func:`contrast_pairs` (a test holds them to WCAG contrast: 4.5:1 normal, 7:1 high contrast)."""

    name: str
    ink: str
    muted: str
    surface: str
    card: str
    accent: str
    border: str
    pressed: str
    disabled_text: str
    disabled_background: str
    primary_disabled_text: str
    primary_disabled_background: str
    focus: str
    """A focused field's border (thicker in high contrast) and its background."""
    focus_background: str
    track: str
    handle: str
    exercise: str
    grid: str
    """Lines between table cells."""
    severity: dict[str, str] = field(default_factory=dict)
    """Disposition → background colour of white text (and colour of a flag title on a card)."""
    border_px: int = 2
    focus_px: int = 2


NORMAL = Palette(
    name="normal", ink="#1f2933", muted="#52606d", surface="#f5f7fa", card="#ffffff", accent="#1f5fa8",
    border="#cbd2d9", pressed="#e4e7eb", disabled_text="#616e7c", disabled_background="#eef1f4",
    primary_disabled_text="#52606d", primary_disabled_background="#d9e2ec", focus="#1f5fa8",
    focus_background="#ffffff", track="#e4e7eb", handle="#9aa5b1", exercise="#6d28d9", grid="#d4d4d4",
    severity={"clear": "#1b7f3b", "advise": "#1f5fa8", "monitor": "#946000", "vaccinate": "#8a4fb0",
              "refer": "#c2410c", "isolate": "#b91c1c"},
)
HIGH_CONTRAST = Palette(
    name="high_contrast", ink="#000000", muted="#333333", surface="#ffffff", card="#ffffff", accent="#00338d",
    border="#000000", pressed="#d6d6d6", disabled_text="#3d3d3d", disabled_background="#e6e6e6",
    primary_disabled_text="#3d3d3d", primary_disabled_background="#e6e6e6", focus="#000000",
    focus_background="#fff3b0", track="#e6e6e6", handle="#000000", exercise="#4c1d95", grid="#000000",
    severity={"clear": "#0b4f24", "advise": "#00338d", "monitor": "#6b4300", "vaccinate": "#5b2a86",
              "refer": "#8a2a00", "isolate": "#8b0000"},
    border_px=3, focus_px=5,
)
PALETTES = {palette.name: palette for palette in (NORMAL, HIGH_CONTRAST)}
_current = [NORMAL]

SEVERITY_COLOURS: dict[str, str] = dict(NORMAL.severity)
"""Disposition → background colour of the normal theme (white text on each has contrast ≥ 4.5:1)."""

INK = NORMAL.ink
MUTED = NORMAL.muted
SURFACE = NORMAL.surface
CARD = NORMAL.card
ACCENT = NORMAL.accent
BORDER = NORMAL.border
OFFLINE = NORMAL.severity["monitor"]
ONLINE = NORMAL.severity["clear"]
EXERCISE = NORMAL.exercise
"""The exercise/test banner: a colour no real state uses."""

FONT_FAMILIES = ("DejaVu Sans",)
"""The Latin font; each language file's fonts follow it (:func:`load_fonts`), so Qt falls back per script."""
_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
_families: list[str] = []


def severity_colour(disposition: str) -> QColor:
    """The colour of ``disposition`` in the theme in use."""
    palette = current()
    return QColor(palette.severity.get(disposition, palette.muted))


def current() -> Palette:
    """The palette in use (:func:`use`)."""
    return _current[0]


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


def apply(app: QApplication, palette: str = "normal") -> None:
    """Fonts and the style sheet for the whole application."""
    families = load_fonts()
    font = QFont(families[0])
    font.setFamilies(list(families))
    font.setPixelSize(FONT_PX)
    app.setFont(font)
    use(app, palette)


def use(app: QApplication, palette: str) -> None:
    """Switch the whole application to ``palette`` ("normal" or "high_contrast"); every screen restyles."""
    chosen = PALETTES[palette]
    if chosen is _current[0] and app.styleSheet():
        return
    _current[0] = chosen
    app.setStyleSheet(style_sheet(chosen))


def style_sheet(palette: Palette) -> str:
    """The application style sheet in ``palette``'s colours."""
    return _rules(palette) + _severity_rules(palette) + _pad_rules()


def _rules(p: Palette) -> str:
    sev, line = p.severity, p.border_px
    return f"""
QWidget {{ color: {p.ink}; }}
QMainWindow, QStackedWidget > QWidget#screen {{ background: {p.surface}; }}
QDialog {{ background: {p.surface}; }}
QPushButton, QToolButton {{
    min-height: {TOUCH_MIN}px; min-width: {TOUCH_MIN}px; padding: 4px 18px;
    border: {line}px solid {p.border}; border-radius: 10px; background: {p.card};
}}
QPushButton:pressed, QToolButton:pressed {{ background: {p.pressed}; }}
QPushButton:disabled {{ color: {p.disabled_text}; background: {p.disabled_background}; }}
QPushButton[kind="primary"] {{ background: {p.accent}; color: white; border-color: {p.accent}; font-weight: bold; }}
QPushButton[kind="primary"]:disabled {{ color: {p.primary_disabled_text}; background: {p.primary_disabled_background};
    border-color: {p.primary_disabled_background}; }}
QPushButton[kind="danger"] {{ background: {sev['isolate']}; color: white; border-color: {sev['isolate']}; }}
QPushButton:checked {{ background: {p.accent}; color: white; border-color: {p.accent}; }}
QPushButton[kind="yes"]:checked {{ background: {sev['refer']}; border-color: {sev['refer']}; }}
QPushButton[kind="no"]:checked {{ background: {sev['clear']}; border-color: {sev['clear']}; }}
QPushButton[kind="language"] {{ padding: 4px 6px; }}
QPushButton:checked:disabled {{ color: {p.disabled_text}; background: {p.disabled_background};
    border-color: {p.border}; }}
QPushButton[kind="key"] {{ min-height: {PAD_KEY}px; min-width: {PAD_KEY}px; font-size: {LARGE_PX}px; }}
QPushButton:focus {{ border: {p.focus_px}px solid {p.focus}; }}
QLineEdit, QPlainTextEdit, QDateEdit {{
    min-height: {TOUCH_MIN}px; padding: 0 10px; border: {line}px solid {p.border}; border-radius: 8px;
    background: {p.card}; font-size: {LARGE_PX}px;
}}
QLineEdit:focus, QPlainTextEdit:focus {{ border: {p.focus_px}px solid {p.focus};
    background: {p.focus_background}; }}
QListWidget, QTableWidget#history_table {{ border: {line}px solid {p.border}; border-radius: 8px; background: {p.card};
    gridline-color: {p.grid}; }}
QListWidget::item {{ min-height: {TOUCH_MIN}px; padding: 0 10px; }}
QListWidget::item:selected {{ background: {p.accent}; color: white; }}
QTableWidget#history_table QHeaderView::section {{ color: {p.ink}; background: {p.surface}; border: none;
    border-bottom: 1px solid {p.border}; padding: 4px; }}
QLabel[kind="title"] {{ font-size: {TITLE_PX}px; font-weight: bold; }}
QLabel[kind="subtitle"] {{ font-size: {LARGE_PX}px; font-weight: bold; }}
QLabel[kind="muted"] {{ color: {p.muted}; font-size: {SMALL_PX}px; }}
QLabel[kind="error"] {{ color: {sev['isolate']}; font-weight: bold; }}
QLabel[kind="question"] {{ font-size: {LARGE_PX}px; }}
QFrame[kind="card"] {{ background: {p.card}; border: {line - 1}px solid {p.border}; border-radius: 12px; }}
QFrame[kind="bar"] {{ background: {p.ink}; }}
QFrame[kind="bar"] QLabel {{ color: white; }}
QLabel#connection[online="true"] {{ color: white; background: {sev['clear']}; border-radius: 8px; padding: 6px 12px; }}
QLabel#connection[online="false"] {{ color: white; background: {sev['monitor']}; border-radius: 8px; padding: 6px 12px; }}
QLabel#mode_banner {{ background: {p.exercise}; color: white; font-weight: bold; font-size: {SMALL_PX}px;
    padding: 5px 20px; }}
QScrollArea {{ border: none; background: transparent; }}
QFrame#flag_card {{ background: {p.card}; border: {line - 1}px solid {p.border}; border-left: 10px solid {p.muted};
    border-radius: 8px; }}
QFrame#disposition_banner {{ background: {p.muted}; border-radius: 10px; }}
QFrame#disposition_banner QLabel {{ color: white; }}
QLabel[kind="flag_title"] {{ font-weight: bold; }}
QLabel#wrap_caption {{ font-size: 18px; }}
QLabel#wrap_caption[on="true"] {{ color: white; font-weight: bold; }}
QLabel#answer_gloss {{ color: {p.muted}; font-size: {SMALL_PX}px; }}
QLabel#answer_gloss[on="true"], QLabel#answer_caption[on="true"] {{ color: white; }}
QFrame#step_progress {{ background: {p.track}; border-radius: 5px; }}
QFrame#step_progress_bar {{ background: {p.accent}; border-radius: 5px; }}
QScrollBar:vertical {{ width: 16px; background: {p.track}; border-radius: 8px; }}
QScrollBar::handle:vertical {{ background: {p.handle}; border-radius: 8px; min-height: 48px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
"""


def _severity_rules(p: Palette) -> str:
    sev = p.severity
    flags = "".join(
        f"""QFrame#flag_card[severity="{name}"] {{ border-left-color: {colour}; }}
QLabel[kind="flag_title"][severity="{name}"] {{ color: {colour}; }}
QFrame#disposition_banner[severity="{name}"] {{ background: {colour}; }}
""" for name, colour in sev.items())
    scans = "".join(
        f'QFrame#scan_result[state="{state}"] {{ border-left: 8px solid {colour}; background: {p.card}; }}\n'
        f'QLabel#scan_headline[state="{state}"] {{ color: {colour}; font-weight: bold; }}\n'
        for state, colour in (("ok", sev["clear"]), ("warn", sev["monitor"]), ("error", sev["isolate"]),
                              ("none", p.muted)))
    return flags + scans


def _pad_rules() -> str:
    return f"""
QPushButton[pad="full"] {{ min-height: {PAD_KEY}px; min-width: {PAD_KEY}px; }}
QPushButton[pad="compact"] {{ min-height: {COMPACT_KEY - 12}px; min-width: {COMPACT_KEY - 12}px; padding: 4px; }}
QPushButton[pad="compact_unit"] {{ min-height: {COMPACT_KEY - 12}px; padding: 4px; }}
"""


STYLE_SHEET = style_sheet(NORMAL)
"""The normal theme's style sheet (:func:`use` switches the application between palettes)."""


def contrast_pairs(palette: Palette) -> list[tuple[str, str, str]]:
    """``(where, text colour, background colour)`` for every text the style sheet draws on a background:
    the pairs within one rule, and those whose text and background come from different rules."""
    p, sev = palette, palette.severity
    pairs = [(f"rule {selector.strip()}", colour, background)
             for selector, colour, background in _rules_with_both(style_sheet(palette))]
    pairs += [("text on a screen", p.ink, p.surface), ("text on a card", p.ink, p.card),
              ("muted on a screen", p.muted, p.surface), ("muted on a card", p.muted, p.card),
              ("top bar", "#ffffff", p.ink), ("disposition banner, none yet", "#ffffff", p.muted),
              ("chosen answer", "#ffffff", p.accent), ("chosen yes", "#ffffff", sev["refer"]),
              ("chosen no", "#ffffff", sev["clear"]), ("offline chip", "#ffffff", sev["monitor"]),
              ("error on a card", sev["isolate"], p.card), ("error on a screen", sev["isolate"], p.surface),
              ("focused field", p.ink, p.focus_background)]
    for name, colour in sev.items():
        pairs += [(f"banner {name}", "#ffffff", colour), (f"flag title {name}", colour, p.card)]
    return pairs


def _rules_with_both(sheet: str) -> list[tuple[str, str, str]]:
    found = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        colour = re.search(r"(?:^|[;\s])color:\s*([#\w]+)", body)
        background = re.search(r"background:\s*([#\w]+)", body)
        if colour and background:
            found.append((selector, _hex(colour.group(1)), _hex(background.group(1))))
    return found


def _hex(colour: str) -> str:
    return {"white": "#ffffff", "black": "#000000"}.get(colour, colour)
