"""Countries visited, with the day the traveller left each: a search with tappable results and a date pad.

The search ranks the code typed, then the exact name, then names starting with the text, then names with a
word starting with it, then names containing it; it never chooses for the officer ("Niger" lists Niger
first and Nigeria next, and neither is taken until one is tapped).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import accessibility, keyboard, theme
from ui.views.datepad import DatePad
from ui.views.widgets import WrapButton, button, label

RESULTS = 6
"""Results shown as buttons, one under the other: the officer types more to narrow them."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


def _folded(text: str) -> str:
    """Lower case without accents ("Côte" matches "cote")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def rank(countries: dict[str, str], text: str, limit: int = RESULTS) -> list[str]:
    """The codes matching ``text``, best first: code, exact name, name prefix, word prefix, anywhere."""
    needle = _folded(text.strip())
    if not needle:
        return []
    scored = []
    for code, name in countries.items():
        folded = _folded(name)
        words = folded.replace("-", " ").replace("(", " ").split()
        if needle == code.casefold():
            score = 0
        elif needle == folded:
            score = 1
        elif folded.startswith(needle):
            score = 2
        elif any(word.startswith(needle) for word in words):
            score = 3
        elif needle in folded:
            score = 4
        else:
            continue
        scored.append((score, folded, code))
    return [code for _, _, code in sorted(scored)[:limit]]


class CountryPicker(QWidget):
    """Countries visited with the day left; ``changed`` emits ``[{"country": "GN", "left": "YYYY-MM-DD"}]``."""

    changed = Signal(object)

    def __init__(self, countries: dict[str, str], today: Callable[[], dt.date], texts: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._countries = countries
        self._today = today
        self._stays: list[dict[str, str]] = []
        self._chosen: str | None = None
        self._texts = texts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stays_box = QVBoxLayout()
        layout.addLayout(self.stays_box)
        self.none_label = label(texts.get("none", tr("No countries added")), "muted", name="stays_none")
        layout.addWidget(self.none_label)
        picker = QHBoxLayout()
        picker.setSpacing(theme.SPACING * 2)
        picker.addLayout(self._search_column(texts), 1)
        right = QVBoxLayout()
        self.left_label = label(texts.get("left", tr("Day the traveller left")), "muted", wrap=True)
        right.addWidget(self.left_label)
        self.date = DatePad(today, texts)
        right.addWidget(self.date)
        self.add_button = button(texts.get("add", tr("Add country")), "primary", name="country_add")
        self.add_button.clicked.connect(self._add)
        right.addWidget(self.add_button)
        right.addStretch(1)
        picker.addLayout(right, 1)
        layout.addLayout(picker)
        self._refresh()
        self._update_add()

    def set_texts(self, texts: dict[str, str]) -> None:
        """The picker's words (``left``, ``add``, ``none``, ``search``, ``type``) and its date pad's
        (:meth:`DatePad.set_texts`): the traveller's language on traveller pages; the officer's translated
        defaults for any word not given."""
        self._texts = dict(texts)
        self.none_label.setText(texts.get("none", tr("No countries added")))
        self.left_label.setText(texts.get("left", tr("Day the traveller left")))
        self.add_button.setText(texts.get("add", tr("Add country")))
        self.search.setPlaceholderText(texts.get("search", tr("Search country")))
        self.search_hint.setText(texts.get("type", tr("Type the first letters of the country")))
        self.date.set_texts(texts)

    def _search_column(self, texts: dict[str, str]) -> QVBoxLayout:
        column = QVBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("country_search")
        self.search.setPlaceholderText(texts.get("search", tr("Search country")))
        accessibility.name(self.search, self.search.placeholderText())
        keyboard.hint(self.search, "name")
        self.search.textChanged.connect(self._filter)
        column.addWidget(self.search)
        self.results = QWidget()
        self.results.setObjectName("country_results")
        grid = QGridLayout(self.results)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(theme.SPACING // 2)
        self.result_group = QButtonGroup(self)
        self.result_buttons: list[QPushButton] = []
        for index in range(RESULTS):
            widget = WrapButton("", name=f"country_result_{index}")  # long names wrap, never clipped
            widget.setProperty("code", "")
            widget.hide()
            widget.clicked.connect(lambda _=False, w=widget: self._choose_result(w))
            self.result_group.addButton(widget)
            grid.addWidget(widget, index, 0)
            self.result_buttons.append(widget)
        self.search_hint = label(texts.get("type", tr("Type the first letters of the country")), "muted", name="country_hint")
        column.addWidget(self.search_hint)
        column.addWidget(self.results)
        column.addStretch(1)
        keyboard.set_action(self.search, self.results)  # the results stay above the on-screen keyboard
        return column

    def _filter(self, text: str) -> None:
        """Show the best matches as buttons; nothing is chosen until the officer taps one."""
        codes = rank(self._countries, text)
        self._chosen = None
        self.result_group.setExclusive(False)
        for index, widget in enumerate(self.result_buttons):
            code = codes[index] if index < len(codes) else ""
            widget.setChecked(False)
            widget.setProperty("code", code)
            widget.setText(f"{self._countries[code]} ({code})" if code else "")
            widget.setVisible(bool(code))
        self.result_group.setExclusive(True)
        typed = bool(text.strip())
        self.search_hint.setText(tr("No country matches") if typed and not codes else
                          self._texts.get("type", tr("Type the first letters of the country")))
        self.search_hint.setVisible(not codes)
        self._update_add()

    def _choose_result(self, widget: QPushButton) -> None:
        self._chosen = widget.property("code") or None
        self._update_add()

    def choose(self, code: str) -> None:
        """Choose ``code`` as if its result had been tapped (scans, prefill)."""
        self.search.setText(self._countries.get(code, code))
        for widget in self.result_buttons:
            if widget.property("code") == code:
                widget.setChecked(True)
                self._choose_result(widget)

    @property
    def chosen(self) -> str | None:
        return self._chosen

    def _update_add(self) -> None:
        self.add_button.setEnabled(self._chosen is not None)

    def _add(self) -> None:
        if self._chosen is None:
            return
        left = self.date.value() or self._today().isoformat()
        stay = {"country": self._chosen, "left": left}
        if stay not in self._stays:
            self._stays.append(stay)
        self.search.clear()
        self._refresh()
        self.changed.emit(self.value())

    def _remove(self, index: int) -> None:
        del self._stays[index]
        self._refresh()
        self.changed.emit(self.value())

    def _refresh(self) -> None:
        while self.stays_box.count():
            item = self.stays_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for index, stay in enumerate(self._stays):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            name = self._countries.get(stay["country"], stay["country"])
            line.addWidget(label(f"{name} — {stay['left']}", wrap=False))
            remove = button(tr("Remove"), name=f"stay_remove_{index}")
            remove.clicked.connect(lambda _=False, i=index: self._remove(i))
            line.addWidget(remove)
            line.addStretch(1)
            self.stays_box.addWidget(row)
        self.none_label.setVisible(not self._stays)

    def value(self) -> list[dict[str, str]]:
        return [dict(stay) for stay in self._stays]

    def set_value(self, value: Iterable[dict[str, str]] | None) -> None:
        """Show these stays; the search and the day left start afresh (pages are reused for the next traveller)."""
        self._stays = [dict(stay) for stay in value or []]
        self.search.clear()
        self.date.set_date(None)
        self._refresh()
