"""Officers screen layout: the accounts of this kiosk, adding an officer, resetting a PIN, deactivating.

Shown to administrators and supervisors (``manage_officers``). Plain rows come from
``ui.controllers.officers``; this module only lays out widgets.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import accessibility, keyboard
from ui.views.widgets import Chips, SubScreen, button, card, kinetic, label

ACCOUNT_ROLE = 256  # Qt.UserRole: the officer id of a list row


def _field(name: str, placeholder: str, *, pin: bool = False) -> QLineEdit:
    widget = QLineEdit()
    widget.setObjectName(name)
    widget.setPlaceholderText(placeholder)
    accessibility.name(widget, placeholder)
    if pin:
        widget.setEchoMode(QLineEdit.EchoMode.Password)
        widget.setMaxLength(12)
        keyboard.hint(widget, "pin")
    else:
        widget.setMaxLength(200)
        keyboard.hint(widget, "name")
    return widget


def _side_by_side(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget, 1)
    return row


class OfficersView(QWidget):
    """The list on the left; on the right, "add an officer" and what can be done to the selected one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame = SubScreen(self, self.tr("Back"), self.tr("Officers of this kiosk"), "officers")
        outer, self.back = frame.layout, frame.back
        self.message = label("", "subtitle", name="officers_message")
        self.message.hide()
        outer.addWidget(self.message)

        main = QHBoxLayout()
        main.setSpacing(24)
        self.accounts = QListWidget()
        self.accounts.setObjectName("officer_list")
        accessibility.name(self.accounts, self.tr("Officers of this kiosk"))
        self.accounts.setWordWrap(True)
        kinetic(self.accounts)
        main.addWidget(self.accounts, 2)
        main.addWidget(self._forms(), 3)
        outer.addLayout(main, 1)

    def _forms(self) -> QWidget:
        """Both cards in a kinetic scroll area: role chips wrap in any language, the keyboard may cover."""
        forms = QWidget()
        forms.setObjectName("officer_forms")
        column = QVBoxLayout(forms)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self._add_card())
        column.addWidget(self._selected_card())
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        kinetic(self.scroll)
        self.scroll.setWidget(forms)
        return self.scroll

    def _add_card(self) -> QWidget:
        box = QVBoxLayout()
        box.addWidget(label(self.tr("Add an officer"), "subtitle"))
        self.new_id = _field("new_officer_id", self.tr("Officer id"))
        self.new_id.setMaxLength(20)
        keyboard.hint(self.new_id, "id")
        self.new_name = _field("new_officer_name", self.tr("Full name"))
        self.new_pin = _field("new_officer_pin", self.tr("PIN (4 to 12 digits)"), pin=True)
        self.new_pin_again = _field("new_officer_pin_again", self.tr("PIN again"), pin=True)
        # the role first: with the on-screen keyboard up, the id, the PINs and Add fit above it together
        box.addWidget(label(self.tr("Role"), "muted"))
        self.roles_holder = QVBoxLayout()
        self.roles: Chips | None = None
        box.addLayout(self.roles_holder)
        box.addLayout(_side_by_side(self.new_id, self.new_name))
        box.addLayout(_side_by_side(self.new_pin, self.new_pin_again))
        self.add = button(self.tr("Add officer"), "primary", name="add_officer")
        box.addWidget(self.add)
        keyboard.set_action((self.new_id, self.new_name, self.new_pin, self.new_pin_again), self.add)
        return card(box)

    def _selected_card(self) -> QWidget:
        box = QVBoxLayout()
        self.selected_title = label(self.tr("Select an officer in the list"), "subtitle", name="selected_officer")
        box.addWidget(self.selected_title)
        self.reset_pin = _field("reset_pin", self.tr("New PIN"), pin=True)
        self.reset_pin_again = _field("reset_pin_again", self.tr("New PIN again"), pin=True)
        box.addLayout(_side_by_side(self.reset_pin, self.reset_pin_again))
        row = QHBoxLayout()
        self.apply_reset = button(self.tr("Set new PIN"), name="apply_pin_reset")
        self.toggle_active = button(self.tr("Deactivate"), "danger", name="toggle_active")
        self.unlock = button(self.tr("Lift the lock"), name="unlock_officer")
        row.addWidget(self.apply_reset)
        row.addWidget(self.unlock)
        row.addWidget(self.toggle_active)
        box.addLayout(row)
        keyboard.set_action((self.reset_pin, self.reset_pin_again), self.apply_reset)
        self.selected_card = card(box)
        return self.selected_card

    def set_roles(self, roles: Sequence[tuple[str, str]]) -> None:
        """The roles the signed-in manager may give, as ``(code, label)``; none chosen."""
        if self.roles is not None:
            self.roles.setParent(None)
            self.roles.deleteLater()
        self.roles = Chips(roles, multi=False)
        self.roles.setObjectName("new_officer_role")
        accessibility.describe(self.roles, self.tr("Role"))
        self.roles_holder.addWidget(self.roles)

    def show_accounts(self, rows: Sequence[tuple[str, str]]) -> None:
        """``(officer id, text)`` per account, keeping the selection when the officer is still listed."""
        selected = self.selected_id()
        self.accounts.clear()
        for officer_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(ACCOUNT_ROLE, officer_id)
            self.accounts.addItem(item)
            if officer_id == selected:
                self.accounts.setCurrentItem(item)

    def selected_id(self) -> str | None:
        item = self.accounts.currentItem()
        return item.data(ACCOUNT_ROLE) if item is not None else None

    def clear_add_form(self) -> None:
        for widget in (self.new_id, self.new_name, self.new_pin, self.new_pin_again):
            widget.clear()
        if self.roles is not None:
            self.roles.set_value(None)

    def clear_reset_form(self) -> None:
        self.reset_pin.clear()
        self.reset_pin_again.clear()
