"""The one seam for confirmations and notices.

Every question the window asks goes through these functions, so tests monkeypatch them instead of
fighting a modal ``exec()`` (pytest-qt ``docs/note_dialogs.rst``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from ui import accessibility


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """Ask a yes/no question with large, explicitly labelled buttons; True for ``yes``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    for button, words in ((yes_button, yes), (no_button, no)):
        accessibility.name(button, words, title)
    box.exec()
    return box.clickedButton() is yes_button


def ask_text(parent: QWidget | None, title: str, text: str) -> str | None:
    """Ask for one line of text (the on-screen keyboard comes up on a touchscreen); None when cancelled."""
    answer, accepted = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Normal)
    return answer if accepted else None


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
