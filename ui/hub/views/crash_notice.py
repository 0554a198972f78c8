"""The hub console's calm error (``ui.crash.CrashHandler`` calls ``show_error``): a banner under the bar
that says what happened and that nothing recorded is lost; the console keeps running."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from ui import theme
from ui.hub.views.parts import push, tr
from ui.views.widgets import label


class CrashNotice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_notice")
        self.setStyleSheet(f"QFrame#crash_notice {{ background: #fef3c7; border-bottom: 2px solid "
                           f"{theme.SEVERITY_COLOURS['refer']}; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 6, 16, 6)
        self.text = label("", name="crash_text")
        row.addWidget(self.text, 1)
        self.dismiss = push(tr("Dismiss"), name="crash_dismiss")
        self.dismiss.clicked.connect(self.hide)
        row.addWidget(self.dismiss)
        self.hide()

    def show_error(self, detail: str = "") -> None:
        self.text.setText(tr("Something went wrong (%1). Everything recorded is saved and the console keeps "
                             "running; the details are in the crash log. If it happens again, tell the "
                             "hub's technician.").replace("%1", detail))
        self.show()
