"""Accessible names and descriptions: what a screen reader (Orca over AT-SPI, or any Qt accessibility
client) says for each control.

One way to do it: every control is named where it is built, through :func:`name` — the widget helpers
of ``ui.views.widgets`` call it for every button they make, with the button's own words, and keep it in
step when the words change; a question's controls get the question as context through :func:`describe`,
so a chip "Yes" is described as "Yes — Fever in the last 21 days?". Names are in the screen's language
because they are the words on the screen (symbols such as ⌫ get a word of their own).

:func:`unnamed` lists the visible controls under a widget that a screen reader could not name, or whose
name does not contain the words shown on them (WCAG 2.5.3 "label in name"); the GUI tests walk every
screen with it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView, QComboBox,
            QAbstractSpinBox, QAbstractSlider)
"""The widgets an officer or a traveller operates (and a screen reader must be able to name)."""
CONTEXT = "accessible_context"
"""Dynamic property: the question (or other context) a control answers; its description names both."""
DESCRIBED = "accessible_described"
"""Dynamic property of a root :func:`describe` went through: the context it gave (done once per context)."""
SEPARATOR = " — "


def name(widget: QWidget, text: str, context: str | None = None) -> None:
    """Name ``widget`` ``text`` for screen readers; with ``context`` (the question it answers), or the
    context it was given before, describe it as "text — context"."""
    text = " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())
    if widget.accessibleName() != text:
        widget.setAccessibleName(text)
    if context is not None:
        widget.setProperty(CONTEXT, context)
    context = widget.property(CONTEXT) or ""
    description = f"{text}{SEPARATOR}{context}" if text and context and context != text else ""
    if widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)


def describe(root: QWidget, context: str) -> None:
    """Every control in ``root`` (a question's editor) answers ``context``: it becomes their description,
    and the name of any control that has none of its own (a text field, a reading's display)."""
    context = " ".join(context.split())
    if root.property(DESCRIBED) == context:
        return  # already (a control's own words changing later keep it: see :func:`name`)
    root.setProperty(DESCRIBED, context)
    for control in controls(root):
        own = control.accessibleName()
        given = own and own != (control.property(CONTEXT) or "")  # not a name an earlier context gave
        name(control, own if given else context, context)


def controls(root: QWidget) -> list[QWidget]:
    """``root`` and the controls inside it, without the parts Qt makes inside a control (a combo box's
    list, a table's headers and corner button, scroll bars: Qt names those itself)."""
    found = [root] if isinstance(root, CONTROLS) else []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, CONTROLS) and not _part_of_a_control(widget, root):
            found.append(widget)
    return found


def _part_of_a_control(widget: QWidget, root: QWidget) -> bool:
    if isinstance(widget, QScrollBar | QHeaderView) or widget.metaObject().className() == "QTableCornerButton":
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def shown_text(widget: QWidget) -> str:
    """The words on a control (a button's caption), without mnemonics and Unicode isolates."""
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return " ".join(text.replace("&", "").replace("\u2068", "").replace("\u2069", "").split())


def unnamed(root: QWidget) -> list[str]:
    """Problems a screen reader would have with the visible controls under ``root``: no name, a name that
    does not contain the control's words, a list row without text."""
    problems = []
    for control in controls(root):
        if not control.isVisible():
            continue
        title = f"{control.objectName() or type(control).__name__} ({type(control).__name__})"
        spoken = control.accessibleName().strip()
        words = shown_text(control)
        if not spoken:
            problems.append(f"{title}: no accessible name" + (f" (shows {words!r})" if words else ""))
        elif any(c.isalnum() for c in words) and words.casefold() not in spoken.casefold():
            problems.append(f"{title}: accessible name {spoken!r} does not contain its words {words!r}")
        if isinstance(control, QListWidget):
            problems += [f"{title} row {row}: no text" for row in range(control.count())
                         if not control.item(row).isHidden() and not control.item(row).text().strip()]
    return problems
