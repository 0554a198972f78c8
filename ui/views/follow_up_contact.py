"""The follow-up contact on the decision page: a phone and/or an address the traveller agrees to give, for the
follow-up by the health authority only, with the consent ticked by the officer (``kiosk.follow_up``).

Shown when the decision can put the traveller under follow-up (``monitor``, or a referral the officer wants
followed up); empty and unticked for every traveller.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.follow_up import MAX_ADDRESS, MAX_PHONE, FollowUpContact
from ui import accessibility, keyboard
from ui.views.widgets import button, card, label


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


class FollowUpContactBox(QWidget):
    """``contact()`` is what was entered (None when nothing was), or raises ``InputError`` naming the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_up_contact")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        box = card(QVBoxLayout())
        outer.addWidget(box)
        column = box.layout()
        column.addWidget(label(tr("Follow-up contact (optional)"), "subtitle"))
        column.addWidget(label(tr("Only if the traveller agrees: used by the health authority to follow up until "
                                  "the end date, for nothing else."), "muted"))
        row = QHBoxLayout()
        self.phone = QLineEdit()
        self.phone.setObjectName("follow_up_phone")
        self.phone.setPlaceholderText(tr("Phone"))
        accessibility.name(self.phone, tr("Phone"), tr("Follow-up contact (optional)"))
        self.phone.setMaxLength(MAX_PHONE)
        keyboard.hint(self.phone, "phone")
        row.addWidget(self.phone, 1)
        self.address = QLineEdit()
        self.address.setObjectName("follow_up_address")
        self.address.setPlaceholderText(tr("Address during the follow-up"))
        accessibility.name(self.address, tr("Address during the follow-up"), tr("Follow-up contact (optional)"))
        self.address.setMaxLength(MAX_ADDRESS)
        keyboard.hint(self.address, "name")  # personal data: no prediction, nothing learnt by the keyboard
        row.addWidget(self.address, 2)
        column.addLayout(row)
        self.consent = button(tr("The traveller agrees to be contacted for follow-up"), checkable=True,
                              name="follow_up_consent")
        column.addWidget(self.consent)
        keyboard.set_action((self.phone, self.address), self.consent)  # typing, the consent stays in sight

    def reset(self) -> None:
        self.phone.clear()
        self.address.clear()
        self.consent.setChecked(False)

    def contact(self) -> FollowUpContact | None:
        phone, address = self.phone.text().strip(), self.address.text().strip()
        if not phone and not address:
            return None
        return FollowUpContact(phone=phone, address=address, consent=self.consent.isChecked())
