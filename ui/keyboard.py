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

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QStackedWidget, QWidget

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


class _Host(QWidget):
    """The window's central widget: holds the content at its full width, as tall as the space above the
    keyboard (or taller, then moved up: panned)."""

    def __init__(self, avoider: KeyboardAvoider) -> None:
        super().__init__()
        self.setObjectName("keyboard_host")
        self._avoider = avoider

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._avoider.place()

    def minimumSizeHint(self) -> QSize:
        return self._avoider.content.minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self._avoider.content.sizeHint()


class _KeyboardFollower(QObject):
    """Follows the on-screen keyboard and the focus: :meth:`apply` runs once per event-loop turn after
    either moves while :meth:`_watched` is visible (its subclasses say what to do and what they watch)."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self._pending = False
        method = QGuiApplication.inputMethod()
        method.keyboardRectangleChanged.connect(self.update_soon)
        method.visibleChanged.connect(self.update_soon)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _watched(self) -> QWidget:
        raise NotImplementedError

    def _follows_focus(self) -> bool:
        return True

    def apply(self, keyboard: QRect) -> None:
        raise NotImplementedError

    def disconnect_all(self) -> None:
        """Stop following the keyboard and the focus (the window is closing, the dialog answered)."""
        method = QGuiApplication.inputMethod()
        for signal in (method.keyboardRectangleChanged, method.visibleChanged):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(self.update_soon)
        with contextlib.suppress(RuntimeError, TypeError):
            QApplication.instance().focusChanged.disconnect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._follows_focus() and new is not None and self._watched().isAncestorOf(new):
            self.update_soon()

    def update_soon(self) -> None:
        """After the event loop's current turn (the keyboard moves and the focus changes in pairs)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.update)

    @property
    def pending(self) -> bool:
        return self._pending

    def update(self) -> None:
        self._pending = False
        if self._visible():
            self.apply(keyboard_rect())

    def _visible(self) -> bool:
        return self._watched().isVisible()


class KeyboardAvoider(_KeyboardFollower):
    """Holds ``content`` (the window's screens) in :attr:`host`, laid out in the space above the keyboard.

    ``stack`` (inside ``content``) holds the screens: only the one shown counts for how short the content
    may be (a QStackedWidget's own minimum is its tallest screen's)."""

    def __init__(self, content: QWidget, stack: QStackedWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.stack = stack
        stack.currentChanged.connect(self.update_soon)
        self.host = _Host(self)
        content.setParent(self.host)
        self.covered = 0
        """Height of the window hidden by the keyboard, in pixels (0 when it is hidden)."""
        self.offset = 0
        """How far the content is moved up when it cannot be as short as the space above the keyboard."""

    def _watched(self) -> QWidget:
        return self.content

    def _visible(self) -> bool:
        return self.host.isVisible()

    def _follows_focus(self) -> bool:
        return bool(self.covered)

    def apply(self, keyboard: QRect) -> None:
        """Lay the content out above ``keyboard`` (screen coordinates; empty: no keyboard)."""
        covered = 0
        if not keyboard.isEmpty():
            host = global_rect(self.host)
            covered = max(0, host.bottom() - keyboard.top() + 1) if keyboard.intersects(host) else 0
            covered = min(covered, max(host.height() - 1, 0))
        self.covered = covered
        if not covered:
            self.offset = 0
        self.place()
        focused = QApplication.focusWidget()
        if covered and focused is not None and self.content.isAncestorOf(focused):
            self.reveal(focused, action_of(focused))

    def place(self) -> None:
        """The content's geometry: the host's width; the height above the keyboard, or the shown screen's
        minimum when that is taller (then moved up by :attr:`offset`)."""
        width, height = self.host.width(), self.host.height()
        room = height - self.covered
        tall = room
        page = self.stack.currentWidget()
        if self.covered and page is not None:
            tall = max(room, self._others_height() + _shortest(page, width))
        self.offset = max(0, min(self.offset, tall - room))
        self.content.setGeometry(0, -self.offset, width, tall)

    def _others_height(self) -> int:
        """What the content holds besides the screens (the exercise banner)."""
        layout = self.content.layout()
        others = 0
        for index in range(layout.count() if layout is not None else 0):
            widget = layout.itemAt(index).widget()
            if widget is not None and widget is not self.stack and widget.isVisible():
                others += widget.sizeHint().height() + layout.spacing()
        return others

    def reveal(self, field: QWidget, action: QWidget | None) -> None:
        """Scroll every scroll area around ``field``, innermost first, then move the content, so ``field``
        and ``action`` are above the keyboard."""
        area = _scroll_parent(field)
        while area is not None and self.content.isAncestorOf(area):
            inner = area.widget()
            if inner is not None and inner.isAncestorOf(field):
                bar = area.verticalScrollBar()
                value = _offset(bar.value(), area.viewport().height(), _wanted(inner, field, action))
                bar.setValue(max(bar.minimum(), min(value, bar.maximum())))
            area = _scroll_parent(area)
        room = self.host.height() - self.covered
        self.offset = _offset(self.offset, room, _wanted(self.content, field, action))
        self.place()


class DialogKeeper(_KeyboardFollower):
    """Keeps a dialog's focused field and its action (:func:`set_action`) above the on-screen keyboard.

    A dialog is a window of its own, outside the main window's :class:`KeyboardAvoider`: while the
    keyboard covers the field (or its OK button) the dialog is moved up, just enough, and back where it
    was when the keyboard hides. Give every dialog with a text field one (:func:`keep_above_keyboard`)."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.home: QPoint | None = None
        """Where the dialog was before the keyboard moved it (None: not moved)."""
        finished = getattr(dialog, "finished", None)
        if finished is not None:  # a QDialog: answered, it follows the keyboard no more
            finished.connect(self.disconnect_all)

    def _watched(self) -> QWidget:
        return self.dialog

    def apply(self, keyboard: QRect) -> None:
        """Move the dialog so that its focused field and the field's action are above ``keyboard``
        (screen coordinates; empty: the keyboard is hidden, the dialog goes back)."""
        if keyboard.isEmpty():
            if self.home is not None:
                self.dialog.move(self.home)
                self.home = None
            return
        focused = QApplication.focusWidget()
        field = focused if focused is not None and self.dialog.isAncestorOf(focused) else None
        if field is None:
            return
        wanted = global_rect(field)
        action = action_of(field)
        if action is not None and action.isVisible():
            wanted = wanted.united(global_rect(action))
        rise = wanted.bottom() + MARGIN - keyboard.top() + 1
        frame = self.dialog.frameGeometry()
        if rise <= 0:
            return
        screen = self.dialog.screen().availableGeometry() if self.dialog.screen() else QRect(0, 0, 0, 0)
        top = max(screen.top(), frame.top() - rise)
        if self.home is None:
            self.home = self.dialog.pos()
        self.dialog.move(self.dialog.x(), self.dialog.y() - (frame.top() - top))


def keep_above_keyboard(dialog: QWidget, field: QWidget | None = None, action: QWidget | None = None) -> DialogKeeper:
    """Give ``dialog`` a :class:`DialogKeeper`; ``action`` (its OK button) stays above the keyboard with
    ``field``."""
    if field is not None and action is not None:
        set_action(field, action)
    keeper = DialogKeeper(dialog)
    dialog.setProperty("keyboard_keeper", True)
    return keeper


def _shortest(page: QWidget, width: int) -> int:
    """How short ``page`` can be at ``width`` (wrapped texts grow taller as the page narrows)."""
    layout = page.layout()
    shortest = page.minimumSizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        shortest = max(shortest, layout.minimumHeightForWidth(width))
    return shortest


def _scroll_parent(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def _wanted(inner: QWidget, field: QWidget, action: QWidget | None) -> tuple[int, int, int]:
    """Field top, and top and bottom of field and action together, in ``inner``'s coordinates."""
    top_left = field.mapTo(inner, field.rect().topLeft())
    wanted = QRect(top_left, field.size())
    if action is not None and inner.isAncestorOf(action) and action.isVisible():
        wanted = wanted.united(QRect(action.mapTo(inner, action.rect().topLeft()), action.size()))
    return top_left.y(), wanted.top(), wanted.bottom()


def _offset(value: int, height: int, wanted: tuple[int, int, int]) -> int:
    """The scroll position showing ``wanted`` in a band ``height`` tall (the field first when both do not fit)."""
    field_top, top, bottom = wanted[0] - MARGIN, wanted[1] - MARGIN, wanted[2] + MARGIN
    if bottom - top > height:
        top, bottom = field_top, field_top + height
    if bottom > value + height:
        value = bottom - height
    if top < value:
        value = top
    return max(value, 0)
