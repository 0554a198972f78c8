"""Sign-in screen layout: officer id and PIN on a large number pad; the first-run administrator form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from ui import accessibility, keyboard, theme
from ui.views.widgets import NumberPad, button, label

SIGN_IN_KEY = 72
"""Side of the sign-in pad's keys: the id field and the pad's OK row fit above the on-screen keyboard."""


class SignInView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 30, 40, 30)
        self.site = label("", "muted", name="signin_site")
        outer.addWidget(self.site)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._sign_in_page())
        self.pages.addWidget(self._first_run_page())
        outer.addWidget(self.pages, 1)

    def _sign_in_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(label(self.tr("Sign in"), "title"), 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        column.addLayout(row, 1)
        row.addStretch(1)
        form = QVBoxLayout()
        form.setSpacing(theme.SPACING)
        self.officer_label = label(self.tr("Officer id"), "subtitle")
        form.addWidget(self.officer_label)
        self.officer_id = QLineEdit()
        self.officer_id.setObjectName("officer_id")
        self.officer_id.setMinimumWidth(360)
        accessibility.name(self.officer_id, self.tr("Officer id"))
        form.addWidget(self.officer_id)
        form.addWidget(label(self.tr("PIN"), "subtitle"))
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        accessibility.name(self.pin, self.tr("PIN"))
        # the big pad beside it is the PIN's keyboard: the on-screen keyboard stays down for it
        self.pin.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        form.addWidget(self.pin)
        self.message = label("", "error", name="signin_message")
        self.message.setMinimumHeight(2 * theme.FONT_PX + 8)
        form.addWidget(self.message)
        self.sign_in = button(self.tr("Sign in"), "primary", name="sign_in")
        form.addWidget(self.sign_in)
        form.addStretch(1)
        row.addLayout(form)
        row.addSpacing(60)
        pad_box = QVBoxLayout()
        self.pad = NumberPad(ok_text=self.tr("OK"), key_size=SIGN_IN_KEY)
        pad_box.addWidget(self.pad)
        pad_box.addStretch(1)
        row.addLayout(pad_box)
        row.addStretch(1)
        keyboard.hint(self.officer_id, "id")
        # the id is typed (letters on the on-screen keyboard, digits on the pad), then OK: the pad's OK row
        # stays in view above the keyboard
        keyboard.set_action(self.officer_id, self.pad.keys["ok"])
        return page

    def _first_run_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.addStretch(1)
        box = QVBoxLayout()
        box.setSpacing(theme.SPACING)
        box.addWidget(label(self.tr("Welcome: create the administrator"), "title"))
        box.addWidget(label(self.tr("No officer exists on this kiosk yet. The administrator adds the other "
                                    "officers after signing in."), "muted"))
        self.admin_id = QLineEdit()
        self.admin_id.setObjectName("admin_id")
        self.admin_id.setPlaceholderText(self.tr("Officer id"))
        self.admin_name = QLineEdit()
        self.admin_name.setObjectName("admin_name")
        self.admin_name.setPlaceholderText(self.tr("Full name"))
        self.admin_pin = QLineEdit()
        self.admin_pin.setObjectName("admin_pin")
        self.admin_pin.setPlaceholderText(self.tr("PIN (4 to 12 digits)"))
        self.admin_pin_again = QLineEdit()
        self.admin_pin_again.setObjectName("admin_pin_again")
        self.admin_pin_again.setPlaceholderText(self.tr("PIN again"))
        for first, second in ((self.admin_id, self.admin_name), (self.admin_pin, self.admin_pin_again)):
            pair = QHBoxLayout()  # two by two: the id, the PINs and the button fit above the on-screen keyboard
            for widget in (first, second):
                widget.setMinimumWidth(300)
                pair.addWidget(widget, 1)
            box.addLayout(pair)
        for widget in (self.admin_id, self.admin_name, self.admin_pin, self.admin_pin_again):
            accessibility.name(widget, widget.placeholderText())
        for widget in (self.admin_pin, self.admin_pin_again):
            widget.setEchoMode(QLineEdit.EchoMode.Password)
            keyboard.hint(widget, "pin")
        keyboard.hint(self.admin_id, "id")
        keyboard.hint(self.admin_name, "name")
        self.admin_message = label("", "error", name="admin_message")
        box.addWidget(self.admin_message)
        self.create_admin = button(self.tr("Create administrator"), "primary", name="create_admin")
        box.addWidget(self.create_admin)
        keyboard.set_action((self.admin_id, self.admin_name, self.admin_pin, self.admin_pin_again), self.create_admin)
        box.addStretch(1)
        row.addLayout(box)
        row.addStretch(1)
        page.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return page

    def show_first_run(self, first_run: bool) -> None:
        self.pages.setCurrentIndex(1 if first_run else 0)
