"""The on-screen keyboard (Qt Virtual Keyboard) never hides the field being typed in, nor its action.

With ``QT_IM_MODULE=qtvirtualkeyboard`` the keyboard is a panel of its own over the bottom of the screen
(observed under Xvfb at 1280×800: ``QInputMethod.keyboardRectangle()`` = (0, 400, 1280, 400), in screen
coordinates, whatever the window's position). :class:`KeyboardAvoider` watches that rectangle and:

1. **resizes**: the window's content (the screen stack) gets a bottom margin as tall as the part of the
   window the keyboard covers, so every screen lays itself out in the space left above the keyboard
   (the screening page's own scroll area shrinks, its Back / Next row stays in sight);
2. **scrolls**: a screen that cannot be that short (the sign-in pad, the first-run form, the decision)
   scrolls inside an outer scroll area, and every scroll area holding the focused field is scrolled so the
   field, and the widget named as its *action* (:func:`set_action`: the button that uses what is typed,
   the country results), are both above the keyboard.

Input-method hints (:func:`hint`): digits for PINs and numbers, a dial pad for phone numbers, no
auto-capitalisation or predictive text for officer ids and codes.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSizePolicy, QStackedWidget, QWidget

MARGIN = 12
"""Pixels kept between the field (or its action) and the keyboard's top edge."""

Hints = Qt.InputMethodHint
HINTS: dict[str, Hints] = {
    "pin": Hints.ImhDigitsOnly | Hints.ImhSensitiveData | Hints.ImhNoPredictiveText | Hints.ImhNoAutoUppercase,
    "number": Hints.ImhFormattedNumbersOnly | Hints.ImhNoPredictiveText,
    "digits": Hints.ImhDigitsOnly | Hints.ImhNoPredictiveText,
    "phone": Hints.ImhDialableCharactersOnly | Hints.ImhNoPredictiveText,
    "id": Hints.ImhNoAutoUppercase | Hints.ImhNoPredictiveText | Hints.ImhSensitiveData,
    "code": Hints.ImhPreferUppercase | Hints.ImhNoAutoUppercase | Hints.ImhNoPredictiveText,
    "name": Hints.ImhNoPredictiveText | Hints.ImhSensitiveData,
    "text": Hints.ImhNone,
}
"""What the keyboard offers per kind of field (``pin``: digits, hidden from prediction and history)."""

BINDING_HINTS = {"traveller.phone": "phone", "conveyance.flight_number": "code", "conveyance.seat": "code",
                 "conveyance.vehicle": "code", "conveyance.vessel": "code", "traveller.surname": "name",
                 "traveller.given_names": "name", "traveller.document_number": "code"}
"""SOP text fields by the record part they fill (``Field.binds``) → kind of keyboard."""

_actions: weakref.WeakKeyDictionary[QWidget, QWidget] = weakref.WeakKeyDictionary()


def hint(widget: QWidget, kind: str) -> QWidget:
    """Give ``widget`` the keyboard of ``kind`` (a key of :data:`HINTS`); returns the widget."""
    widget.setInputMethodHints(HINTS[kind])
    return widget


def hint_for_binding(widget: QWidget, binds: str | None) -> QWidget:
    """The keyboard for an SOP text field from what it fills (phone → dial pad, flight number → code)."""
    return hint(widget, BINDING_HINTS.get(binds or "", "text"))


def set_action(fields: QWidget | Iterable[QWidget], action: QWidget) -> None:
    """``action`` (a button, a result list) must stay above the keyboard with each of ``fields``."""
    for field in [fields] if isinstance(fields, QWidget) else fields:
        _actions[field] = action


def action_of(field: QWidget) -> QWidget | None:
    """The action set for ``field`` or for the nearest ancestor that has one."""
    widget: QWidget | None = field
    while widget is not None:
        if widget in _actions:
            return _actions[widget]
        widget = widget.parentWidget()
    return None


def keyboard_rect() -> QRect:
    """The on-screen keyboard's rectangle in screen coordinates; empty when it is hidden."""
    method = QGuiApplication.inputMethod()
    rect: QRectF = method.keyboardRectangle()
    if not method.isVisible() or not rect.isValid() or rect.isEmpty():
        return QRect()
    return rect.toAlignedRect()


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


class KeyboardAvoider(QObject):
    """Holds ``content`` (the window's screens) in a scroll area that shrinks above the keyboard.

    ``stack`` (inside ``content``) holds the screens: only the one shown counts for how short the content
    may be (a QStackedWidget's own minimum is its tallest screen's)."""

    def __init__(self, content: QWidget, stack: QStackedWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.stack = stack
        stack.setSizePolicy(stack.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Ignored)
        stack.currentChanged.connect(self.update_soon)
        self.area = QScrollArea(parent)
        self.area.setObjectName("keyboard_area")
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # scrolled for the officer
        self.area.setWidget(content)
        self.covered = 0
        """Height of the window hidden by the keyboard, in pixels (0 when it is hidden)."""
        self._pending = False
        method = QGuiApplication.inputMethod()
        method.keyboardRectangleChanged.connect(self.update_soon)
        method.visibleChanged.connect(self.update_soon)
        app = QApplication.instance()
        app.focusChanged.connect(self._focus_changed)
        self.area.installEventFilter(self)

    def disconnect_all(self) -> None:
        """Stop following the keyboard and the focus (the window is closing)."""
        method = QGuiApplication.inputMethod()
        for signal in (method.keyboardRectangleChanged, method.visibleChanged):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(self.update_soon)
        with contextlib.suppress(RuntimeError, TypeError):
            QApplication.instance().focusChanged.disconnect(self._focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize) and self.covered:
            self.update_soon()
        return False

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.covered and new is not None and self.content.isAncestorOf(new):
            self.update_soon()

    def update_soon(self) -> None:
        """After the event loop's current turn (the keyboard moves and the focus changes in pairs)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.update)

    def update(self) -> None:
        """Shrink the content to the part of the window above the keyboard and bring the field into view."""
        self._pending = False
        if not self.area.isVisible():
            return
        self.apply(keyboard_rect())

    def apply(self, keyboard: QRect) -> None:
        """Lay the content out above ``keyboard`` (screen coordinates; empty: no keyboard)."""
        covered = 0
        if not keyboard.isEmpty():
            area = global_rect(self.area)
            covered = max(0, area.bottom() - keyboard.top() + 1) if keyboard.intersects(area) else 0
            covered = min(covered, max(area.height() - 1, 0))
        page = self.stack.currentWidget()
        shortest = 0
        if covered and page is not None:
            shortest = self.content.minimumSizeHint().height() + page.minimumSizeHint().height()
        if covered != self.covered or shortest != self.content.minimumHeight():
            self.covered = covered
            self.content.setMinimumHeight(shortest)
            self.area.setViewportMargins(0, 0, 0, covered)
            layout = self.content.layout()
            if layout is not None:
                layout.activate()
        if not covered:
            self.area.verticalScrollBar().setValue(0)
            return
        focused = QApplication.focusWidget()
        if focused is not None and self.content.isAncestorOf(focused):
            self.reveal(focused, action_of(focused))

    def reveal(self, field: QWidget, action: QWidget | None) -> None:
        """Scroll every scroll area around ``field``, innermost first, so ``field`` and ``action`` show."""
        area = _scroll_parent(field)
        while area is not None:
            _scroll_to(area, field, action)
            area = _scroll_parent(area)


def _scroll_parent(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def _scroll_to(area: QScrollArea, field: QWidget, action: QWidget | None) -> None:
    """Scroll ``area`` vertically so ``field`` and, as far as it fits, ``action`` are in its viewport."""
    inner = area.widget()
    if inner is None or not inner.isAncestorOf(field):
        return
    top_left = field.mapTo(inner, field.rect().topLeft())
    wanted = QRect(top_left, field.size())
    if action is not None and inner.isAncestorOf(action) and action.isVisible():
        wanted = wanted.united(QRect(action.mapTo(inner, action.rect().topLeft()), action.size()))
    bar = area.verticalScrollBar()
    height = area.viewport().height()
    value = bar.value()
    top, bottom = wanted.top() - MARGIN, wanted.bottom() + MARGIN
    field_top = top_left.y() - MARGIN
    if bottom - top > height:  # both do not fit: the field's top first, then as much of the action
        bottom = field_top + height
        top = field_top
    if bottom > value + height:
        value = bottom - height
    if top < value:
        value = top
    bar.setValue(max(bar.minimum(), min(value, bar.maximum())))
