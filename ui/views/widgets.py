"""Touch widgets shared by the screens: buttons, number pad, yes/no toggle, chips (the date pad and the
country picker have modules of their own: ``ui.views.datepad``, ``ui.views.countries``).

Widgets here hold no domain logic: they show a value and emit ``changed`` with the plain JSON value the
SOP engine checks (``True``/``False``, codes, ``"YYYY-MM-DD"``, ``[{"country", "left"}]``...).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui import accessibility, theme


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


def key_name(symbol: str) -> str:
    """The words a screen reader says for a key shown as ``symbol`` (the text itself for words and digits)."""
    if symbol == "⌫":
        return tr("Delete the last digit")
    if symbol == ".":
        return tr("Decimal point")
    return symbol


class TouchButton(QPushButton):
    """A push button whose accessible name follows its text (``ui.accessibility``)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        accessibility.name(self, key_name(text))

    def setText(self, text: str) -> None:
        super().setText(text)
        accessibility.name(self, key_name(text))


def button(text: str, kind: str | None = None, *, checkable: bool = False, name: str | None = None) -> QPushButton:
    widget = TouchButton(text)
    widget.setCheckable(checkable)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # taps must not steal focus from the field being typed in
    if kind:
        widget.setProperty("kind", kind)
    if name:
        widget.setObjectName(name)
    widget.setMinimumSize(theme.TOUCH_MIN, theme.TOUCH_MIN)
    return widget


class WrapButton(QPushButton):
    """A checkable touch button whose text wraps onto several lines (long answers in any language).

    Its size comes from its layout (a word-wrapped label) in C++: no Python ``sizeHint`` or
    ``heightForWidth`` overrides, which layouts would call hundreds of times per page (each call a trip
    through the GIL)."""

    def __init__(self, text: str, kind: str | None = None, name: str | None = None) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if kind:
            self.setProperty("kind", kind)
        if name:
            self.setObjectName(name)
        self.caption = QLabel(text)
        self.caption.setObjectName("wrap_caption")
        self.caption.setProperty("on", False)
        self.caption.setWordWrap(True)
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.caption.setMinimumWidth(60)
        accessibility.name(self, text)
        self.gloss_label = _gloss_label(wrap=True)
        box = QVBoxLayout(self)
        box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        box.setContentsMargins(14, 4, 14, 4)
        box.setSpacing(0)
        box.addWidget(self.caption)
        box.addWidget(self.gloss_label)
        self._gloss = ""
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(theme.TOUCH_MIN * 2, theme.TOUCH_MIN)
        self.toggled.connect(self._recolour)

    def _recolour(self, checked: bool) -> None:
        """White bold text when chosen (a theme rule on the caption's ``on`` property: no style sheet of its own)."""
        _set_on(checked, self.caption, self.gloss_label)

    def setText(self, text: str) -> None:
        self.caption.setText(text)
        accessibility.name(self, text)
        self.updateGeometry()

    def text(self) -> str:
        return self.caption.text()

    def set_texts(self, text: str, gloss: str = "") -> None:
        """``text`` large and, when it differs, ``gloss`` (the officer's language) small beneath."""
        self._gloss = gloss if gloss != text else ""
        # on the caption's side, not the gloss's own script's side: an English gloss on an Arabic page
        # sits under the Arabic text, at the right (the page's direction is set before its texts)
        edge = Qt.AlignmentFlag.AlignRight if self.layoutDirection() == Qt.LayoutDirection.RightToLeft \
            else Qt.AlignmentFlag.AlignLeft
        self.gloss_label.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.gloss_label.setText(isolated(self._gloss))
        self.gloss_label.setVisible(bool(self._gloss))
        self.setText(text)

    def gloss(self) -> str:
        return self._gloss


def _gloss_label(*, wrap: bool) -> QLabel:
    gloss = QLabel()
    gloss.setObjectName("answer_gloss")
    gloss.setProperty("on", False)
    gloss.setWordWrap(wrap)
    gloss.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    gloss.hide()
    return gloss


def isolated(text: str) -> str:
    """``text`` as a Unicode first-strong isolate: an English gloss reads left to right on a right-to-left
    page (its punctuation stays at its end)."""
    return f"\u2068{text}\u2069" if text else ""


def _set_on(checked: bool, *labels: QLabel) -> None:
    """White text on a chosen answer (a theme rule on the labels' ``on`` property)."""
    for widget in labels:
        widget.setProperty("on", checked)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class AnswerButton(QPushButton):
    """A short checkable answer (a chip, yes or no): its text and, when the traveller's language differs
    from the officer's, the officer's gloss small beneath it (two labels, sized once per text change)."""

    def __init__(self, text: str, kind: str | None = None, name: str | None = None, min_width: int = 0) -> None:
        super().__init__(text)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if kind:
            self.setProperty("kind", kind)
        if name:
            self.setObjectName(name)
        self._floor = QSize(max(min_width, theme.TOUCH_MIN), theme.TOUCH_MIN)
        self.setMinimumSize(self._floor)
        self._text, self._gloss = text, ""
        accessibility.name(self, text)
        self._labels: tuple[QLabel, QLabel] | None = None
        self.toggled.connect(lambda checked: self._labels and _set_on(checked, *self._labels))

    def text(self) -> str:
        return self._text

    def gloss(self) -> str:
        return self._gloss

    def setText(self, text: str) -> None:
        self.set_texts(text, self._gloss)

    def set_texts(self, text: str, gloss: str = "") -> None:
        self._text, self._gloss = text, (gloss if gloss != text else "")
        accessibility.name(self, text)
        if not self._gloss:
            if self._labels is not None:
                for widget in self._labels:
                    widget.hide()
            super().setText(text)
            self.setMinimumSize(self._floor)
            return
        caption, small = self._two_labels()
        super().setText("")
        caption.setText(text)
        small.setText(isolated(self._gloss))
        for widget in (caption, small):
            widget.show()
            widget.ensurePolished()
        self.setMinimumSize(self.layout().sizeHint().expandedTo(self._floor))
        self.updateGeometry()

    def _two_labels(self) -> tuple[QLabel, QLabel]:
        if self._labels is None:
            caption = QLabel()
            caption.setObjectName("answer_caption")
            caption.setProperty("on", self.isChecked())
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            small = _gloss_label(wrap=False)
            small.setProperty("on", self.isChecked())
            small.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box = QVBoxLayout(self)
            box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
            box.setContentsMargins(18, 4, 18, 4)
            box.setSpacing(0)
            box.addWidget(caption)
            box.addWidget(small)
            self._labels = (caption, small)
        return self._labels


class StepProgress(QFrame):
    """A thin progress bar (steps done of the SOP), QProgressBar's ``setMaximum``/``setValue``.

    Not a QProgressBar: its ``setValue`` repaints synchronously (``repaint()``, with the window beneath
    it), which cost ~5 ms on every step change; here a value change is a stretch change, painted with
    the rest of the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_progress")
        self.setFixedHeight(10)
        self._bar = QFrame()
        self._bar.setObjectName("step_progress_bar")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(0)
        self._row.addWidget(self._bar, 0)
        self._row.addStretch(1)
        self._maximum, self._value = 1, 0
        self._apply()

    def maximum(self) -> int:
        return self._maximum

    def value(self) -> int:
        return self._value

    def setMaximum(self, maximum: int) -> None:
        self._maximum = max(int(maximum), 1)
        self._apply()

    def setValue(self, value: int) -> None:
        self._value = min(max(int(value), 0), self._maximum)
        self._apply()

    def _apply(self) -> None:
        self._bar.setVisible(self._value > 0)
        self._row.setStretch(0, self._value)
        self._row.setStretch(1, self._maximum - self._value)


class ElidedLabel(QLabel):
    """A one-line label that gives way: drawn shortened with "…" when narrower than its text, and not at all
    when fewer than a few letters would show (never a clipped fragment); ``text()`` stays whole."""

    MIN_SHOWN = 4

    def paintEvent(self, event: Any) -> None:
        text = self.text()
        metrics = self.fontMetrics()
        rect = self.contentsRect()
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        if shown != text and len(shown.rstrip("…").strip()) < self.MIN_SHOWN:
            return
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), shown,
                                  self.foregroundRole())


def label(text: str = "", kind: str | None = None, *, wrap: bool = True, name: str | None = None) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if kind:
        widget.setProperty("kind", kind)
    if name:
        widget.setObjectName(name)
    return widget


class SubScreen:
    """The frame of a screen reached from home: margins, and a top row with Back and the title.

    ``layout`` is the screen's column (add the body to it); ``top`` the top row (add buttons after the title).
    """

    def __init__(self, screen: QWidget, back_text: str, title_text: str, name: str) -> None:
        screen.setObjectName("screen")
        self.layout = QVBoxLayout(screen)
        self.layout.setContentsMargins(30, 20, 30, 20)
        self.layout.setSpacing(12)
        self.top = QHBoxLayout()
        self.back = button(back_text, name=f"{name}_back")
        self.title = label(title_text, "title", wrap=False, name=f"{name}_title")
        self.top.addWidget(self.back)
        self.top.addSpacing(12)
        self.top.addWidget(self.title, 1)
        self.layout.addLayout(self.top)


def card(layout: QLayout | None = None) -> QFrame:
    frame = QFrame()
    frame.setProperty("kind", "card")
    if layout is not None:
        frame.setLayout(layout)
    return frame


def kinetic(area: QAbstractScrollArea) -> None:
    """Drag-to-scroll with momentum on a touchscreen (Qt turns unhandled touches into mouse events).

    Presses reach the buttons at once (no press delay): a tap is a tap, a drag past the threshold scrolls.
    """
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0.2)
    scroller.setScrollerProperties(properties)


class FlowLayout(QLayout):
    """Lays children left to right, wrapping onto new lines (chips); mirrors for right-to-left."""

    def __init__(self, parent: QWidget | None = None, spacing: int = theme.SPACING) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._heights: dict[int, int] = {}
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: Any) -> None:
        self._items.append(item)
        self._heights.clear()

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> Any:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> Any:
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Cached per width until the layout is invalidated (layouts ask again and again)."""
        if width not in self._heights:
            self._heights[width] = self._arrange(0, 0, width, apply=False)
        return self._heights[width]

    def setGeometry(self, rect: Any) -> None:
        super().setGeometry(rect)
        self._arrange(rect.x(), rect.y(), rect.width(), apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, left: int, top: int, width: int, *, apply: bool) -> int:
        x, y, line = 0, 0, 0
        rtl = self.parentWidget() is not None and self.parentWidget().layoutDirection() == Qt.LayoutDirection.RightToLeft
        for item in self._items:
            hint = item.sizeHint()
            if x and x + hint.width() > width:
                x, y, line = 0, y + line + self.spacing(), 0
            if apply:
                pos_x = left + (width - x - hint.width() if rtl else x)
                item.setGeometry(QRect(pos_x, top + y, hint.width(), hint.height()))
            x += hint.width() + self.spacing()
            line = max(line, hint.height())
        return y + line


def size_key(widget: QPushButton, key_size: int, outer_size: bool, *, square: bool = True) -> None:
    """Give a pad key its size from the theme (a ``pad`` property rule) when the theme has a rule for it.

    ``outer_size``: ``key_size`` is the whole key (the theme adds 4 px padding and a 2 px border). A style
    sheet of its own per key would do the same, but every such widget is slow to polish and to paint."""
    if outer_size and key_size == theme.COMPACT_KEY:
        widget.setProperty("pad", "compact" if square else "compact_unit")
    elif not outer_size and key_size == theme.PAD_KEY and square:
        widget.setProperty("pad", "full")
    else:
        inner = key_size - 12 if outer_size else key_size
        widget.setStyleSheet(f"min-height: {inner}px;" + (f" min-width: {inner}px;" if square else "")
                             + (" padding: 4px;" if outer_size else ""))


class NumberPad(QWidget):
    """A large number pad (3×4, or 6×2 where height is scarce); emits ``pressed`` with a digit, ``"."``,
    ``"back"`` or ``"ok"``."""

    pressed = Signal(str)

    def __init__(self, *, decimal: bool = False, ok_text: str = "OK", key_size: int = theme.PAD_KEY,
                 columns: int = 3, outer_size: bool = False, parent: QWidget | None = None) -> None:
        """``outer_size``: ``key_size`` is the key's whole size (border and padding included)."""
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(theme.SPACING // 2)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, QPushButton] = {}
        if columns == 6:
            layout = ["1", "2", "3", "4", "5", "." if decimal else "ok", "6", "7", "8", "9", "0", "back"]
        else:
            layout = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "." if decimal else "back", "0",
                      "back" if decimal else "ok"]
        for index, key in enumerate(layout):
            text = {"back": "⌫", "ok": ok_text}.get(key, key)
            widget = button(text, "primary" if key == "ok" else "key", name=f"key_{key}")
            widget.setProperty("kind", "key")
            widget.setMinimumSize(key_size, key_size)
            size_key(widget, key_size, outer_size)
            if key == "ok":
                widget.setProperty("kind", "primary")
                widget.setMinimumSize(theme.PAD_KEY, theme.PAD_KEY)
            widget.clicked.connect(lambda _=False, k=key: self.pressed.emit(k))
            grid.addWidget(widget, index // columns, index % columns)
            self.keys[key] = widget
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # digits keep their places in Arabic too


def apply_key(text: str, key: str, max_length: int = 12) -> str:
    """The text after one number-pad key."""
    if key == "back":
        return text[:-1]
    if key == "." and "." in text:
        return text
    if key in "0123456789." and len(text) < max_length:
        return text + key
    return text


class YesNo(QWidget):
    """Two big exclusive toggles; ``changed`` emits True, False (or None when cleared)."""

    changed = Signal(object)

    def __init__(self, yes: str, no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.yes = AnswerButton(yes, "yes", "yes", min_width=160)
        self.no = AnswerButton(no, "no", "no", min_width=160)
        for widget in (self.yes, self.no):
            row.addWidget(widget)
        row.addStretch(1)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.addButton(self.yes)
        self._group.addButton(self.no)
        self.yes.clicked.connect(lambda: self.changed.emit(True))
        self.no.clicked.connect(lambda: self.changed.emit(False))

    def set_texts(self, yes: str, no: str, glosses: tuple[str, str] = ("", "")) -> None:
        """The words in the traveller's language; ``glosses`` in the officer's, small beneath ("": none)."""
        self.yes.set_texts(yes, glosses[0])
        self.no.set_texts(no, glosses[1])

    def value(self) -> bool | None:
        return True if self.yes.isChecked() else False if self.no.isChecked() else None

    def set_value(self, value: bool | None) -> None:
        self._group.setExclusive(False)
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self._group.setExclusive(True)


class Chips(QWidget):
    """Choice chips: several (multi) or one (single). ``none_text`` adds an explicit "none of these".

    Short labels flow side by side; when any label is long, each choice is a full-width row whose
    text wraps, so no language is ever clipped.
    """

    changed = Signal(object)
    LONG = 26

    def __init__(self, choices: Sequence[tuple[str, str]], *, multi: bool, none_text: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.multi = multi
        long = any(len(text) > self.LONG for _, text in choices)
        if long:
            self._flow: QLayout = QGridLayout(self)
            self._flow.setContentsMargins(0, 0, 0, 0)
            self._flow.setSpacing(theme.SPACING // 3)
        else:
            self._flow = FlowLayout(self)
        self.buttons: dict[str, WrapButton | AnswerButton] = {}
        columns = 2 if long and len(choices) > 3 else 1  # two columns: fewer, shorter rows
        for index, (code, text) in enumerate(choices):
            widget = WrapButton(text, name=f"chip_{code}") if long else AnswerButton(text, name=f"chip_{code}")
            widget.clicked.connect(lambda _=False, c=code: self._toggled(c))
            self._place(widget, index, columns, long)
            self.buttons[code] = widget
        self.none_button: WrapButton | AnswerButton | None = None
        if none_text:
            self.none_button = WrapButton(none_text, "no", "chip_none") if long else \
                AnswerButton(none_text, "no", "chip_none")
            self.none_button.clicked.connect(self._none)
            self._place(self.none_button, len(choices) + (len(choices) % columns), columns, long)

    def _place(self, widget: QWidget, index: int, columns: int, long: bool) -> None:
        if long:
            self._flow.addWidget(widget, index // columns, index % columns)
        else:
            self._flow.addWidget(widget)

    def set_texts(self, texts: dict[str, str], none_text: str | None, glosses: dict[str, str] | None = None,
                  none_gloss: str | None = None) -> None:
        """The choices in the traveller's language; ``glosses`` (the officer's) small beneath each, or none."""
        glosses = glosses or {}
        for code, widget in self.buttons.items():
            widget.set_texts(texts.get(code, code), glosses.get(code, ""))
        if self.none_button is not None and none_text:
            self.none_button.set_texts(none_text, none_gloss or "")

    def _toggled(self, code: str) -> None:
        if not self.multi:
            for other, widget in self.buttons.items():
                widget.setChecked(other == code and widget.isChecked())
        if self.none_button is not None:
            self.none_button.setChecked(False)
        self.changed.emit(self.value())

    def _none(self) -> None:
        for widget in self.buttons.values():
            widget.setChecked(False)
        self.changed.emit([] if self.none_button and self.none_button.isChecked() else None)

    def value(self) -> Any:
        chosen = [code for code, widget in self.buttons.items() if widget.isChecked()]
        if self.multi:
            if not chosen and not (self.none_button and self.none_button.isChecked()):
                return None
            return chosen
        return chosen[0] if chosen else None

    def set_value(self, value: Any) -> None:
        chosen = set(value if isinstance(value, list) else [] if value is None else [value])
        for code, widget in self.buttons.items():
            widget.setChecked(code in chosen)
        if self.none_button is not None:
            self.none_button.setChecked(isinstance(value, list) and not value)


def unit_name(unit: str) -> str:
    """A unit in the officer's words ("years", "mois"); symbols (°C, °F, kg) stay as they are."""
    names = {"years": QCoreApplication.translate("Kiosk", "years"),
             "months": QCoreApplication.translate("Kiosk", "months")}
    return names.get(unit, unit)


class NumberEntry(QWidget):
    """A number typed on the big pad, with an optional second unit (°C / °F)."""

    changed = Signal(object)

    KEY = theme.COMPACT_KEY
    """Pad key side (whole key): compact, so the quick-check page fits 1280×800, and above the 48 px floor."""

    def __init__(self, unit: str, alt_unit: str | None, parent: QWidget | None = None,
                 key_size: int = KEY, columns: int = 3) -> None:
        super().__init__(parent)
        self.unit = unit
        self.key_size = key_size
        self._text = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING * 2)
        self._row = layout
        left = QVBoxLayout()
        left.setSpacing(theme.SPACING // 2)  # the display and its units no taller than the pad's two rows
        self.display = QLineEdit()
        self.display.setReadOnly(True)
        self.display.setObjectName("number_display")
        self.display.setMinimumWidth(180)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        left.addWidget(self.display)
        self.unit_buttons: dict[str, QPushButton] = {}
        units = QHBoxLayout()
        group = QButtonGroup(self)
        for name in [unit, *([alt_unit] if alt_unit else [])]:
            widget = button(unit_name(name), checkable=True, name=f"unit_{name}")
            widget.setMinimumSize(key_size, key_size)
            size_key(widget, key_size, True, square=False)
            widget.setChecked(name == unit)
            widget.clicked.connect(lambda _=False, u=name: self._set_unit(u))
            group.addButton(widget)
            units.addWidget(widget)
            self.unit_buttons[name] = widget
        left.addLayout(units)
        self.note = label("", "muted", name="number_note")
        self.note.hide()  # shown with a conversion ("100.4 °F = 38 °C")
        left.addWidget(self.note)
        left.addStretch(1)
        layout.addLayout(left)
        self.pad = NumberPad(decimal=True, key_size=key_size, columns=columns, outer_size=True)
        self.pad.pressed.connect(self._key)
        self._keys = QHBoxLayout()
        self._keys.setSpacing(theme.SPACING)
        self._keys.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(self._keys)
        layout.addStretch(1)
        self._refresh()

    def add_beside_pad(self, widget: QWidget) -> None:
        """Put ``widget`` (e.g. whole-degree keys) just before the pad's digits."""
        self._keys.insertWidget(0, widget, 0, Qt.AlignmentFlag.AlignTop)

    def _set_unit(self, unit: str) -> None:
        self.unit = unit
        self._refresh()
        self._emit()

    def _key(self, key: str) -> None:
        self._text = apply_key(self._text, key, 6)
        self._refresh()
        self._emit()

    def _refresh(self) -> None:
        self.display.setText(f"{self._text} {unit_name(self.unit)}" if self._text else "")

    def _emit(self) -> None:
        self.changed.emit(self.value())

    def set_text(self, text: str) -> None:
        """Replace what was typed (e.g. a whole-degree key "36.") and emit the new value."""
        self._text = text
        self._refresh()
        self._emit()

    def value(self) -> Any:
        if not self._text or self._text == ".":
            return None
        return {"value": float(self._text), "unit": self.unit}

    def set_value(self, value: Any, unit: str | None = None) -> None:
        if value is None:
            self._text = ""
        else:
            self._text = f"{float(value):g}"
            self.unit = unit or self.unit
            for name, widget in self.unit_buttons.items():
                widget.setChecked(name == self.unit)
        self._refresh()


def expanding(widget: QWidget) -> QWidget:
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return widget


def __getattr__(name: str) -> Any:
    """The date and country editors moved to their own modules (``ui.views.datepad``, ``ui.views.countries``);
    the old names still resolve for code written against them."""
    if name == "DateEntry":
        from ui.views.datepad import DatePad

        return DatePad
    if name == "CountryPicker":
        from ui.views.countries import CountryPicker

        return CountryPicker
    raise AttributeError(name)
