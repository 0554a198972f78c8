"""Look of the hub console: the kiosk's colours (``ui.theme``) at desktop density.

The kiosk's style sheet is made for gloved fingers (56 px targets, 20–32 px text); the console is
used with a mouse and keyboard at a desk and shows many rows, so its window carries a sheet of its own
(a widget's sheet wins over the application's) with the same colours and smaller sizes.
"""

from __future__ import annotations

from kiosk.hub import attention
from ui import theme

FONT_PX = 15
TABLE_PX = 14
SMALL_PX = 13
TITLE_PX = 22
SUBTITLE_PX = 17
ROW_PX = 30
CONTROL_PX = 34

BAR_MUTED = "#cbd2d9"
BAR_WARNING = "#fbbf24"
"""Status text on the dark top bar: normal, and a problem (amber readable on the bar's ink)."""
NEW_ROW = "#e8f0fa"
"""Background of an alert that arrived since the officer last looked."""

PRIORITY_COLOURS = {
    "highest": theme.SEVERITY_COLOURS["isolate"],
    "high": theme.SEVERITY_COLOURS["refer"],
    "medium": theme.SEVERITY_COLOURS["monitor"],
    "low": theme.SEVERITY_COLOURS["advise"],
}
"""Priority (from CAP urgency and severity, :func:`priority`) → the kiosk's severity colours (white text)."""

STATE_COLOURS = {
    "new": theme.SEVERITY_COLOURS["isolate"],
    "acknowledged": theme.SEVERITY_COLOURS["monitor"],
    "investigating": theme.ACCENT,
    "closed": theme.MUTED,
}


def priority(urgency: str, severity: str) -> str:
    """``highest`` (Immediate and Severe/Extreme), ``high`` (either), ``medium`` (Moderate or Expected), ``low``
    (the rule lives in ``kiosk.hub.attention``, which also sorts by it)."""
    return attention.priority(urgency, severity)


STYLE_SHEET = f"""
QWidget {{ font-size: {FONT_PX}px; }}
QMainWindow, QWidget#console_page {{ background: {theme.SURFACE}; }}
QPushButton {{
    min-height: {CONTROL_PX}px; min-width: 0; padding: 2px 14px; font-size: {FONT_PX}px;
    border: 1px solid {theme.BORDER}; border-radius: 6px; background: {theme.CARD};
}}
QPushButton:hover {{ border-color: {theme.ACCENT}; }}
QPushButton[kind="primary"] {{ background: {theme.ACCENT}; color: white; border-color: {theme.ACCENT}; }}
QPushButton[kind="danger"] {{ background: {theme.SEVERITY_COLOURS['isolate']}; color: white;
    border-color: {theme.SEVERITY_COLOURS['isolate']}; }}
QPushButton:checked {{ background: {theme.ACCENT}; color: white; border-color: {theme.ACCENT}; }}
QPushButton:disabled {{ color: #9aa5b1; background: #eef1f4; border-color: {theme.BORDER}; }}
QLineEdit, QPlainTextEdit, QComboBox {{
    min-height: {CONTROL_PX - 4}px; padding: 0 8px; font-size: {FONT_PX}px;
    border: 1px solid {theme.BORDER}; border-radius: 6px; background: {theme.CARD};
}}
QPlainTextEdit {{ padding: 4px 6px; }}
QComboBox::drop-down {{ border: none; width: 24px; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{ border-color: {theme.ACCENT}; }}
QLabel[kind="title"] {{ font-size: {TITLE_PX}px; font-weight: bold; }}
QLabel[kind="subtitle"] {{ font-size: {SUBTITLE_PX}px; font-weight: bold; }}
QLabel[kind="muted"] {{ color: {theme.MUTED}; font-size: {SMALL_PX}px; }}
QLabel[kind="error"] {{ color: {theme.SEVERITY_COLOURS['isolate']}; font-weight: bold; }}
QLabel[kind="ok"] {{ color: {theme.SEVERITY_COLOURS['clear']}; font-weight: bold; }}
QLabel[kind="field"] {{ color: {theme.MUTED}; }}
QLabel[kind="chip"] {{ color: white; font-weight: bold; border-radius: 4px; padding: 2px 8px; }}
QFrame[kind="card"] {{ background: {theme.CARD}; border: 1px solid {theme.BORDER}; border-radius: 8px; }}
QFrame#console_bar {{ background: {theme.INK}; }}
QFrame#console_bar QLabel {{ color: white; }}
QLabel#new_count {{ background: {theme.SEVERITY_COLOURS['isolate']}; color: white; font-weight: bold;
    border-radius: 4px; padding: 3px 10px; }}
QLabel#exercise_banner {{ background: {theme.EXERCISE}; color: white; font-weight: bold; padding: 8px 14px;
    border-radius: 6px; }}
QTableWidget {{ font-size: {TABLE_PX}px; background: {theme.CARD}; border: 1px solid {theme.BORDER}; border-radius: 6px;
    gridline-color: #e4e7eb; selection-background-color: {theme.ACCENT}; selection-color: white; }}
QHeaderView::section {{ font-size: {TABLE_PX}px; padding: 6px 4px; font-weight: bold; border: none;
    border-bottom: 1px solid {theme.BORDER}; background: {theme.SURFACE}; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ padding: 8px 18px; margin-right: 4px; border: 1px solid {theme.BORDER}; border-bottom: none;
    border-top-left-radius: 6px; border-top-right-radius: 6px; background: #e4e7eb; }}
QTabBar::tab:selected {{ background: {theme.CARD}; font-weight: bold; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QSplitter::handle {{ background: transparent; }}
"""
