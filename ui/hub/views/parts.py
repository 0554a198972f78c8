"""Small pieces shared by the console's views: desk-sized buttons, labels, chips and the words for codes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.hub import style
from ui.views.widgets import label


def tr(text: str, n: int = -1) -> str:
    """The console's text in the officer's language; ``n`` picks the plural form of a ``%n`` text."""
    return QCoreApplication.translate("HubConsole", text, "", n)


CAP_WORDS = frozenset((
    QT_TR_NOOP("Immediate"), QT_TR_NOOP("Expected"), QT_TR_NOOP("Future"), QT_TR_NOOP("Past"),
    QT_TR_NOOP("Extreme"), QT_TR_NOOP("Severe"), QT_TR_NOOP("Moderate"), QT_TR_NOOP("Minor"),
    QT_TR_NOOP("Observed"), QT_TR_NOOP("Likely"), QT_TR_NOOP("Possible"), QT_TR_NOOP("Unlikely"),
    QT_TR_NOOP("Unknown"),
))
"""CAP 1.2 urgency, severity and certainty codes, shown in the console's language (the codes stay English
in the alerts, the database and the exports)."""


def cap_word(code: str) -> str:
    """A CAP urgency, severity or certainty code in the console's language (anything else as it is)."""
    return tr(code) if code in CAP_WORDS else code


def priority_text(urgency: str, severity: str) -> str:
    """``Immediate · Severe`` in the console's language."""
    return f"{cap_word(urgency)} · {cap_word(severity)}"


_PEOPLE: dict[str, str] = {}


def know_people(names: dict[str, str]) -> None:
    """The hub's accounts, user id → display name (read at sign-in), for :func:`person`."""
    _PEOPLE.clear()
    _PEOPLE.update(names)


def person(user_id: str) -> str:
    """Who a recorded user id is, as officers know them: the account's name (the id of an unknown one)."""
    return _PEOPLE.get(user_id, user_id)


def console_locale() -> QLocale:
    """The language of dates: the installed translation names it (English when none is installed)."""
    return QLocale(QCoreApplication.translate("HubConsole", "en", "locale name for dates, e.g. fr"))


def push(text: str, kind: str | None = None, *, name: str | None = None, checkable: bool = False) -> QPushButton:
    """A desk-sized button (the kiosk's ``button()`` is touch-sized)."""
    widget = QPushButton(text)
    widget.setCheckable(checkable)
    if kind:
        widget.setProperty("kind", kind)
    if name:
        widget.setObjectName(name)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


def page_column(page: QWidget) -> QVBoxLayout:
    """The column of a console tab page (its margins and spacing, the ``console_page`` style)."""
    page.setObjectName("console_page")
    column = QVBoxLayout(page)
    column.setContentsMargins(16, 12, 16, 12)
    column.setSpacing(10)
    return column


def read_only_table(name: str, columns: Sequence[str]) -> QTableWidget:
    """A table to read, not to select or edit (one row per item, headers translated, rows sized to fit)."""
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([tr(column) for column in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(style.ROW_PX)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def bold_font(pixels: int = style.FONT_PX) -> QFont:
    """Bold at the console's size (a bare ``QFont()`` would take the kiosk's 20 px application font)."""
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(True)
    return font


def chip(name: str) -> QLabel:
    """A small coloured label (status, priority, triage state); :func:`set_chip` colours it."""
    widget = label("", "chip", wrap=False, name=name)
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


def set_chip(widget: QLabel, text: str, colour: str) -> None:
    widget.setText(text)
    widget.setStyleSheet(f"background: {colour};")
    widget.setVisible(bool(text))


def selectable(widget: QLabel) -> QLabel:
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def day_time(value: dt.datetime, *, seconds: bool = False) -> str:
    """``29 Nov 19:08`` (``29 nov. 19:08`` in French); with the year and seconds when ``seconds``."""
    month = console_locale().monthName(value.month, QLocale.FormatType.ShortFormat)
    return f"{value:%d} {month} " + (f"{value:%Y %H:%M:%S}" if seconds else f"{value:%H:%M}")


def local_time(value: dt.datetime, *, seconds: bool = False) -> str:
    """A stored UTC time in the console's local time zone."""
    return day_time(value.astimezone(), seconds=seconds)


def state_name(state: str) -> str:
    return {"new": tr("New"), "acknowledged": tr("Acknowledged"), "investigating": tr("Investigating"),
            "closed": tr("Closed")}.get(state, state)


def outcome_name(outcome: str) -> str:
    return {"confirmed_case": tr("Confirmed case"), "ruled_out": tr("Ruled out"),
            "lost_to_follow_up": tr("Lost to follow-up"), "duplicate": tr("Duplicate")}.get(outcome, outcome)


def status_name(status: str, exercise_id: str | None = None) -> str:
    if status == "Exercise":
        return tr("Exercise") + (f" {exercise_id}" if exercise_id else "")
    return {"Actual": tr("Actual"), "Test": tr("Test")}.get(status, status)


def message_type_name(msg_type: str) -> str:
    return {"Alert": tr("Alert"), "Update": tr("Update"), "Cancel": tr("Cancel")}.get(msg_type, msg_type)


def priority_colour(urgency: str, severity: str) -> str:
    return style.PRIORITY_COLOURS[style.priority(urgency, severity)]


def clear_layout(widget: QWidget) -> None:
    """Remove and delete every child widget of ``widget``'s layout."""
    layout = widget.layout()
    while layout.count():
        item = layout.takeAt(0)
        child = item.widget()
        if child is not None:
            child.setParent(None)  # gone from findChildren at once, not at the next event loop turn
            child.deleteLater()
