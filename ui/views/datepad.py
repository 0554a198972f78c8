"""A date typed on big keys: day, month, year in that order, with "today", "N days ago" and year shortcuts.

Taps (each one key):

* a birth date, 12 Aug 1974: ``1 2 0 8 1 9 7 4`` — at most 8 taps for any date (2 + 2 + 4 digits); fewer
  when a digit cannot start a longer number (day ``4``–``9``, month ``2``–``9``: one digit) or with a
  two-digit year (``7 4`` → 1974, ``1 9`` → 2019: the latest such year not after today);
* a departure or onset date: ``Today``, ``Yesterday``, ``7 days ago`` (one tap), or up to two digits and
  ``days ago`` (``1 2 days ago``: 12 days before today, three taps);
* the year keys (this year, last year) finish a date whose day and month are typed.

The value is ``"YYYY-MM-DD"`` (or None), as the SOP engine checks it; :func:`read_digits` is the pure
rule from the digits typed to day, month, year and date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui import theme
from ui.views.widgets import FlowLayout, button, label, size_key

MAX_DIGITS = 8
MAX_DAYS_AGO = 999
KEY = theme.COMPACT_KEY
"""Whole side of a digit key (the compact theme size, above the 48 px floor)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


@dataclass(frozen=True)
class Typed:
    """What the digits typed so far say: each part as typed ("" when not yet), and the date once whole."""

    day: str = ""
    month: str = ""
    year: str = ""
    date: dt.date | None = None
    problem: str = ""
    """Why the parts typed are not a date ("31/02"), empty otherwise."""
    invalid: str = ""
    """The parts typed that are not a date ("31/02/2026"), for :attr:`problem` in another language."""


FIRST_YEAR, LAST_YEAR = 1900, 2099
"""The years the pad takes (a birth date, a departure, a vaccination)."""


def read_digits(digits: str, today: dt.date) -> Typed:
    """Day, month and year from the digits typed, in that order (never raises; non-digits are ignored)."""
    digits = "".join(c for c in digits if c in "0123456789")[:MAX_DIGITS]
    day, rest = _part(digits, 3)
    month, rest = _part(rest, 1) if len(day) == 2 or (day and int(day) > 3) else ("", "")
    if len(day) == 1 and int(day) > 3:
        day = "0" + day
    if len(month) == 1 and int(month) > 1:
        month = "0" + month
    year = rest[:4] if len(month) == 2 else ""
    if len(year) not in (2, 4):
        return Typed(day, month, year)
    full = int(year) if len(year) == 4 else _century(int(year), today)
    try:
        if not FIRST_YEAR <= full <= LAST_YEAR:  # "0001" or "3000": a slip of the finger, not a year
            raise ValueError(full)
        date = dt.date(full, int(month), int(day))
    except ValueError:
        shown = f"{day}/{month}/{full:04d}"
        return Typed(day, month, year, None, tr("%1 is not a date").replace("%1", shown), shown)
    return Typed(day, month, year, date)


def _part(digits: str, largest_first: int) -> tuple[str, str]:
    """Day (``largest_first`` 3) or month (1): one digit when it cannot start a two-digit one."""
    if not digits:
        return "", ""
    if int(digits[0]) > largest_first:
        return digits[0], digits[1:]
    return digits[:2], digits[2:]


def _century(two_digits: int, today: dt.date) -> int:
    """A two-digit year: the latest year ending so that is not after this one (19 → 2019, 74 → 1974)."""
    year = today.year - today.year % 100 + two_digits
    return year if year <= today.year else year - 100


def acceptable(digits: str) -> bool:
    """Whether ``digits`` can still become a date (a day 00 or 35, a month 13 refuse the key)."""
    typed = read_digits(digits, dt.date(2000, 1, 1))
    if len(typed.day) == 2 and not 1 <= int(typed.day) <= 31:
        return False
    return not (len(typed.month) == 2 and not 1 <= int(typed.month) <= 12)


class DatePad(QWidget):
    """Big keys for a date; ``changed`` emits ``"YYYY-MM-DD"`` or None (same interface as a date editor)."""

    changed = Signal(object)
    QUICK_DAYS = ((0, "date_today"), (1, "date_-day"), (7, "date_-week"))
    """Days ago → button name (the names the screens' tests and benches tap)."""

    def __init__(self, today: Callable[[], dt.date], texts: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._digits = ""
        self._fresh = True
        """The date shown came from a shortcut or a stored answer: a digit starts a new date."""
        self._date: dt.date | None = None
        self._texts: dict[str, str] = {}
        self.setObjectName("date_pad")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(theme.SPACING // 2)
        top = QHBoxLayout()
        self.display = label("—", "subtitle", wrap=False, name="date_display")
        self.display.setMinimumWidth(150)
        top.addWidget(self.display)
        self.typed = label("", "muted", wrap=True, name="date_typed")
        """The guide (day / month / year), or what is wrong with the parts typed ("31/02/2026 is not a date")."""
        top.addWidget(self.typed, 1)
        column.addLayout(top)
        extras = QWidget()
        flow = FlowLayout(extras, theme.SPACING // 2)
        self.years: dict[int, QPushButton] = {}
        for back in (0, 1):
            widget = button("", name=f"date_year_{back}")
            widget.clicked.connect(lambda _=False, b=back: self._year(b))
            flow.addWidget(widget)
            self.years[back] = widget
        self.clear_button = button("", name="date_clear")
        self.clear_button.clicked.connect(self.clear)
        flow.addWidget(self.clear_button)
        column.addWidget(extras)
        body = QHBoxLayout()
        body.setSpacing(theme.SPACING)
        body.addLayout(self._keys())
        quick = QVBoxLayout()
        quick.setSpacing(theme.SPACING // 2)
        self.quick: dict[int, QPushButton] = {}
        for days, name in self.QUICK_DAYS:
            widget = button("", name=name)
            widget.clicked.connect(lambda _=False, d=days: self.set_days_ago(d))
            quick.addWidget(widget)
            self.quick[days] = widget
        self.days_ago = button("", "primary", name="date_days_ago")
        """Turns the digits typed into that many days before today (``1 2`` then this: 12 days ago)."""
        self.days_ago.clicked.connect(self._typed_days_ago)
        quick.addWidget(self.days_ago)
        quick.addStretch(1)
        body.addLayout(quick)
        body.addStretch(1)
        column.addLayout(body)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # day / month / year keep their places
        self.set_texts(texts or {})
        self._show()

    def _keys(self) -> QGridLayout:
        """Digits as on a phone (1 2 3 on top), ⌫ beside 0."""
        grid = QGridLayout()
        grid.setSpacing(theme.SPACING // 2)
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0"]):
            widget = button("⌫" if key == "back" else key, "key", name=f"date_key_{key}")
            widget.setMinimumSize(KEY, KEY)
            size_key(widget, KEY, True)
            widget.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(widget, index // 3, index % 3)
            self.keys[key] = widget
        return grid

    def set_texts(self, texts: dict[str, str]) -> None:
        """Button words (``today``, ``clear``, ``yesterday``, ``days_ago`` with ``{days}``, ``typed_days_ago``,
        ``date_guide``, ``not_a_date`` with ``{date}``): the traveller's language from the language files on
        traveller pages; the officer's translated defaults for any word not given."""
        self._texts = dict(texts)
        self.clear_button.setText(texts.get("clear", tr("Clear date")))
        self.quick[0].setText(texts.get("today", tr("Today")))
        self.quick[1].setText(texts.get("yesterday", tr("Yesterday")))
        days_ago = texts["days_ago"].replace("{days}", "7") if "days_ago" in texts else \
            tr("%1 days ago").replace("%1", "7")
        self.quick[7].setText(days_ago)
        self.days_ago.setText(texts.get("typed_days_ago", tr("… days ago")))
        self._show(None if self._fresh else read_digits(self._digits, self._today()))
        this_year = self._today().year
        for back, widget in self.years.items():
            widget.setText(str(this_year - back))

    # ------------------------------------------------------------------------------------ typing

    def press(self, key: str) -> None:
        """One key: a digit, or ``back``."""
        if key != "back" and self._fresh:
            self._digits = ""
        self._fresh = False
        if key == "back":
            self._digits = self._digits[:-1]
        elif len(self._digits) < MAX_DIGITS and acceptable(self._digits + key):
            self._digits += key
        else:
            return
        self._from_digits()

    def _from_digits(self) -> None:
        typed = read_digits(self._digits, self._today())
        self._date = typed.date
        self._show(typed)
        self.changed.emit(self.value())

    def _typed_days_ago(self) -> None:
        digits = self._digits[:3]
        if digits:
            self.set_days_ago(min(int(digits), MAX_DAYS_AGO))

    def set_days_ago(self, days: int) -> None:
        self.set_date(self._today() - dt.timedelta(days=days), emit=True)

    def _year(self, back: int) -> None:
        """A year key: the day and month typed, in that year."""
        typed = read_digits(self._digits, self._today())
        if len(typed.month) == 2:
            self._digits = typed.day + typed.month + str(self._today().year - back)
            self._from_digits()

    def clear(self) -> None:
        self.set_date(None, emit=True)

    # ------------------------------------------------------------------------------------ value

    def set_date(self, value: dt.date | None, *, emit: bool = False) -> None:
        self._date = value
        self._digits = value.strftime("%d%m%Y") if value else ""
        self._fresh = True
        self._show()
        if emit:
            self.changed.emit(self.value())

    def _show(self, typed: Typed | None = None) -> None:
        """The date, or the parts typed so far in large (``03 / 11 / ····``); below, the guide or the problem."""
        problem = typed.problem if typed is not None else ""
        if problem and "not_a_date" in self._texts:
            problem = self._texts["not_a_date"].replace("{date}", typed.invalid)
        if self._date is not None:
            self.display.setText(self._date.isoformat())
        elif typed is not None and self._digits:
            self.display.setText(" / ".join((typed.day or "··", typed.month or "··", typed.year or "····")))
        else:
            self.display.setText("—")
        self.typed.setText(problem or self._texts.get("date_guide", tr("day / month / year")))
        kind = "error" if problem else "muted"
        if self.typed.property("kind") != kind:
            self.typed.setProperty("kind", kind)
            self.typed.style().unpolish(self.typed)
            self.typed.style().polish(self.typed)

    def value(self) -> str | None:
        return self._date.isoformat() if self._date else None

    def set_value(self, value: str | None) -> None:
        self.set_date(dt.date.fromisoformat(value) if value else None)
