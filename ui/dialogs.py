"""The one seam for confirmations and notices.

Every question the window asks goes through these functions, so tests monkeypatch them instead of
fighting a modal ``exec()`` (pytest-qt ``docs/note_dialogs.rst``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ui import accessibility, keyboard


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """Ask a yes/no question with large, explicitly labelled buttons; True for ``yes``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    for button, words in ((yes_button, yes), (no_button, no)):
        accessibility.name(button, words, title)
    box.exec()
    return box.clickedButton() is yes_button


def text_dialog(parent: QWidget | None, title: str, text: str) -> QInputDialog:
    """The one-line text dialog of :func:`ask_text`, not yet shown: its field and OK button stay above the
    on-screen keyboard (``ui.keyboard.keep_above_keyboard``)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("text_dialog")
    dialog.setWindowTitle(title)
    dialog.setLabelText(text)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setOkButtonText(dialog.okButtonText())  # makes the buttons now (QInputDialog builds them lazily)
    field = dialog.findChild(QLineEdit)
    field.setObjectName("text_dialog_field")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.setObjectName("text_dialog_ok")
    keyboard.keep_above_keyboard(dialog, field, ok)
    return dialog


def ask_text(parent: QWidget | None, title: str, text: str) -> str | None:
    """Ask for one line of text (the on-screen keyboard comes up on a touchscreen); None when cancelled."""
    dialog = text_dialog(parent, title, text)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    answer = dialog.textValue()
    dialog.deleteLater()
    return answer if accepted else None


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
