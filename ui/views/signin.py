"""Sign-in screen layout: officer id and PIN on a large number pad; the first-run administrator form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from ui import theme
from ui.views.widgets import NumberPad, button, label


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
        row = QHBoxLayout(page)
        row.addStretch(1)
        form = QVBoxLayout()
        form.setSpacing(theme.SPACING)
        form.addWidget(label(self.tr("Sign in"), "title"))
        self.officer_label = label(self.tr("Officer id"), "subtitle")
        form.addWidget(self.officer_label)
        self.officer_id = QLineEdit()
        self.officer_id.setObjectName("officer_id")
        self.officer_id.setMinimumWidth(360)
        form.addWidget(self.officer_id)
        form.addWidget(label(self.tr("PIN"), "subtitle"))
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
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
        self.pad = NumberPad(ok_text=self.tr("OK"))
        pad_box.addWidget(self.pad)
        pad_box.addStretch(1)
        row.addLayout(pad_box)
        row.addStretch(1)
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
        for widget in (self.admin_id, self.admin_name, self.admin_pin, self.admin_pin_again):
            widget.setMinimumWidth(420)
            box.addWidget(widget)
        for widget in (self.admin_pin, self.admin_pin_again):
            widget.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_message = label("", "error", name="admin_message")
        box.addWidget(self.admin_message)
        self.create_admin = button(self.tr("Create administrator"), "primary", name="create_admin")
        box.addWidget(self.create_admin)
        box.addStretch(1)
        row.addLayout(box)
        row.addStretch(1)
        page.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return page

    def show_first_run(self, first_run: bool) -> None:
        self.pages.setCurrentIndex(1 if first_run else 0)
