"""Officers controller: administrators and supervisors add officers, reset PINs and deactivate accounts.

Every call to ``kiosk.auth`` runs through ``ui.tasks`` (PINs are hashed with scrypt: tens of
milliseconds the GUI thread must not wait). The rules (who may give which role, nobody deactivates
themselves) live in :class:`kiosk.auth.AuthService`; this screen shows its refusals as they come.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from ui import dialogs
from ui.tasks import Tasks
from ui.views.officers import OfficersView

if TYPE_CHECKING:
    from kiosk.auth import OfficerAccount, OfficerInfo
    from kiosk.services import Services

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


class OfficersController(QObject):
    def __init__(self, view: OfficersView, services: Services, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.auth = services.auth
        self.tasks = tasks
        self.manager: OfficerInfo | None = None
        self.accounts: dict[str, OfficerAccount] = {}
        view.add.clicked.connect(self.add)
        view.apply_reset.clicked.connect(self.reset_pin)
        view.toggle_active.clicked.connect(self.toggle_active)
        view.unlock.clicked.connect(self.unlock)
        view.accounts.currentItemChanged.connect(lambda *_: self._show_selected())

    def open(self, manager: OfficerInfo) -> None:
        """Show the screen for ``manager`` (roles they may give; the accounts are read on the worker)."""
        self.manager = manager
        self.view.set_roles([(role, role_name(role)) for role in self.auth.assignable_roles(manager)])
        self.view.clear_add_form()
        self.view.clear_reset_form()
        self._say("")
        self.load()

    def load(self) -> None:
        manager, auth = self.manager, self.auth
        if manager is not None:
            self.tasks.run(lambda: auth.accounts(manager), self._loaded, self._refused)

    def _loaded(self, accounts: list[OfficerAccount]) -> None:
        self.accounts = {account.id: account for account in accounts}
        self.view.show_accounts([(account.id, _account_text(account)) for account in accounts])
        self._show_selected()

    def _show_selected(self) -> None:
        view, account = self.view, self.accounts.get(self.view.selected_id() or "")
        changeable = account is not None and self.manager is not None and \
            account.role in self.auth.assignable_roles(self.manager)
        view.selected_title.setText(_account_text(account) if account else tr("Select an officer in the list"))
        for widget in (view.reset_pin, view.reset_pin_again, view.apply_reset):
            widget.setEnabled(changeable)
        view.toggle_active.setEnabled(changeable and account.id != self.manager.id)
        view.unlock.setEnabled(changeable and account.locked_until is not None)
        view.toggle_active.setText(tr("Reactivate") if account and not account.active else tr("Deactivate"))

    # ------------------------------------------------------------------------------------ actions

    def add(self) -> None:
        view, manager, auth = self.view, self.manager, self.auth
        role = view.roles.value() if view.roles is not None else None
        if manager is None:
            return
        if not role:
            self._say(tr("Choose the officer's role."), problem=True)
            return
        if view.new_pin.text() != view.new_pin_again.text():
            self._say(tr("The two PINs differ."), problem=True)
            return
        values = (view.new_id.text(), view.new_name.text(), role, view.new_pin.text())

        def added(officer: OfficerInfo) -> None:
            view.clear_add_form()
            self._say(tr("%1 (%2) added: they can sign in now.").replace("%1", officer.id)
                      .replace("%2", role_name(officer.role)))
            self.load()

        self._run(lambda: auth.create_officer(manager, *values), added)

    def reset_pin(self) -> None:
        view, manager, auth, officer_id = self.view, self.manager, self.auth, self.view.selected_id()
        if manager is None or officer_id is None:
            return
        if view.reset_pin.text() != view.reset_pin_again.text():
            self._say(tr("The two PINs differ."), problem=True)
            return
        pin = view.reset_pin.text()

        def done(_: Any) -> None:
            view.clear_reset_form()
            self._say(tr("New PIN set for %1; any lock is lifted.").replace("%1", officer_id))
            self.load()

        self._run(lambda: auth.reset_pin(manager, officer_id, pin), done)

    def unlock(self) -> None:
        """Lift the selected officer's lock after too many wrong PINs (audited by ``kiosk.auth``)."""
        manager, auth, officer_id = self.manager, self.auth, self.view.selected_id()
        if manager is None or officer_id is None:
            return

        def done(_: Any) -> None:
            self._say(tr("%1 can sign in again: the lock is lifted.").replace("%1", officer_id))
            self.load()

        self._run(lambda: auth.unlock(manager, officer_id), done)

    def toggle_active(self) -> None:
        manager, auth, account = self.manager, self.auth, self.accounts.get(self.view.selected_id() or "")
        if manager is None or account is None:
            return
        activate = not account.active
        if not activate and not dialogs.confirm(
                self.view, tr("Deactivate this officer?"),
                tr("%1 will no longer be able to sign in. Their screenings stay in the records.")
                .replace("%1", f"{account.id} · {account.name}"), tr("Deactivate"), tr("Keep")):
            return
        message = tr("%1 can sign in again.") if activate else tr("%1 can no longer sign in.")

        def done(_: Any) -> None:
            self._say(message.replace("%1", account.id))
            self.load()

        self._run(lambda: auth.set_active(manager, account.id, activate), done)

    # ------------------------------------------------------------------------------------ helpers

    def _run(self, op: Any, on_success: Any) -> None:
        self.view.add.setEnabled(False)
        self.view.apply_reset.setEnabled(False)

        def finished(result: Any) -> None:
            self.view.add.setEnabled(True)
            on_success(result)

        def refused(error: BaseException) -> None:
            self.view.add.setEnabled(True)
            self._show_selected()
            self._refused(error)

        self.tasks.run(op, finished, refused)

    def _refused(self, error: BaseException) -> None:
        from kiosk.errors import KioskError

        if isinstance(error, KioskError):
            self._say(str(error), problem=True)
        else:
            log.error("officers screen: operation failed", exc_info=error)
            self._say(tr("Internal error: %1").replace("%1", type(error).__name__), problem=True)

    def _say(self, text: str, problem: bool = False) -> None:
        message = self.view.message
        message.setProperty("kind", "error" if problem else "subtitle")
        message.style().unpolish(message)
        message.style().polish(message)
        message.setText(text)
        message.setVisible(bool(text))


def role_name(role: str) -> str:
    """The role in the officer's language (literal ``tr`` calls, so that lupdate finds each one)."""
    names = {
        "screener": tr("Screener"), "health_officer": tr("Health officer"), "supervisor": tr("Supervisor"),
        "trainer": tr("Trainer"), "admin": tr("Administrator"),
    }
    return names.get(role, role)


def _account_text(account: OfficerAccount) -> str:
    text = f"{account.id} · {account.name} — {role_name(account.role)}"
    if not account.active:
        text += " — " + tr("deactivated")
    if account.locked_until is not None:
        text += " — " + tr("locked until %1").replace("%1", account.locked_until.astimezone().strftime("%H:%M"))
    return text
