"""The hub console's sign-in: the only thing the window shows until a user has signed in
(``kiosk.hub.accounts``), and the words for roles and refusals in the console's language.

The password check (one scrypt, slow on purpose) runs on the window's worker (``ui.tasks``), never on
the GUI thread. A refusal says what is wrong: the id or password, a disabled account, or a lock with
the time it ends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.hub.accounts import DISABLED, MAX_FAILED_ATTEMPTS, AccountLocked, HubUser, SignInRefused
from ui.hub.views.parts import local_time, push, tr
from ui.tasks import Tasks
from ui.views.widgets import label

CARD_WIDTH = 480

def role_name(role: str) -> str:
    names = {"surveillance_officer": tr("Surveillance officer"), "supervisor": tr("Supervisor"),
             "read_only": tr("Read-only"), "administrator": tr("Administrator")}
    return names.get(role, role)


def refusal_text(error: BaseException) -> str:
    """A refused sign-in in the console's language."""
    if isinstance(error, AccountLocked):
        return tr("This account is locked after %1 wrong passwords until %2. Try again then, or ask an "
                  "administrator to unlock it.").replace("%1", str(MAX_FAILED_ATTEMPTS)).replace(
            "%2", local_time(error.until))
    if isinstance(error, SignInRefused):
        return tr("This account is disabled. Ask an administrator.") if str(error) == DISABLED else \
            tr("User id or password is wrong.")
    return tr("Cannot sign in: %1").replace("%1", str(error).splitlines()[0][:200] if str(error) else
                                            type(error).__name__)


class SignInPage(QWidget):
    """User id, password, Sign in. ``sign_in(user_id, password)`` runs on ``tasks``; :attr:`signed_in`
    carries the user it returns."""

    signed_in = Signal(object)
    refused = Signal(str)
    """The refusal shown (for tests and logs)."""

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("console_page")
        self.tasks = tasks
        self._sign_in: Callable[[str, str], HubUser] | None = None
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("signin_card")
        card.setProperty("kind", "card")
        card.setFixedWidth(CARD_WIDTH)
        column = QVBoxLayout(card)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(8)
        column.addWidget(label(tr("Surveillance hub · alert console"), "subtitle"))
        column.addWidget(label(tr("Sign in with your hub account. Every triage change is recorded under it."),
                               "muted"))
        column.addWidget(label(tr("User id"), "field"))
        self.user_id = QLineEdit()
        self.user_id.setObjectName("signin_user")
        column.addWidget(self.user_id)
        column.addWidget(label(tr("Password"), "field"))
        self.password = QLineEdit()
        self.password.setObjectName("signin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        column.addWidget(self.password)
        self.button = push(tr("Sign in"), "primary", name="signin_button")
        column.addWidget(self.button)
        self.message = label("", name="signin_message")
        column.addWidget(self.message)
        row = QHBoxLayout()  # stretches, not an alignment: the wrapped texts then get their height for the width
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.button.clicked.connect(self.submit)
        self.user_id.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.set_ready(None)

    def set_ready(self, sign_in: Callable[[str, str], HubUser] | None) -> None:
        """Enable the form once the hub database is open (``sign_in`` None: not yet)."""
        self._sign_in = sign_in
        self.button.setEnabled(sign_in is not None)

    def submit(self) -> None:
        sign_in = self._sign_in
        if sign_in is None or not self.button.isEnabled():
            return
        user_id, password = self.user_id.text().strip(), self.password.text()
        if not user_id or not password:
            self._refuse(tr("Enter your user id and password."))
            return
        self.button.setEnabled(False)
        self.message.setText(tr("Signing in…"))
        self.tasks.run(lambda: sign_in(user_id, password), self._accepted, self._failed)

    def _accepted(self, user: HubUser) -> None:
        self.password.clear()
        self.message.setText("")
        self.button.setEnabled(True)
        self.signed_in.emit(user)

    def _failed(self, error: BaseException) -> None:
        self.password.clear()
        self.button.setEnabled(True)
        self._refuse(refusal_text(error))

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.setProperty("kind", "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.password.setFocus()
        self.refused.emit(text)
