"""The referral slip on screen, for when it was not printed: what the slip says (the decision, where the
traveller goes and how, the monitoring end date, the point of entry, the traveller's instructions) in the
traveller's language with the officer's beneath, beside its signed QR, large enough to photograph or scan
with a phone, and where to print it later (the history screen).

The texts come from the slip's own content builder (:mod:`kiosk.referral.content`): the screen and the
paper say the same words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.referral.qr import qr_matrix
from ui.views.widgets import button, isolated, label

QR_PIXELS = 460
"""About 9 px per module for a version 7-8 symbol with its quiet zone: a phone reads it from the screen."""
CONTENT_WIDTH = 600
"""The slip's texts beside the QR: the dialog is CONTENT_WIDTH + QR_PIXELS + margins (≤ 1280 px)."""


def qr_pixmap(text: str, pixels: int = QR_PIXELS) -> QPixmap:
    """The slip's QR (``kiosk.referral.qr.qr_matrix``, quiet zone included) as whole-pixel modules."""
    matrix = qr_matrix(text)
    size = len(matrix)
    data = bytes(0 if dark else 255 for row in matrix for dark in row)
    image = QImage(data, size, size, size, QImage.Format.Format_Grayscale8).copy()  # copy: owns its bits
    module = max(1, pixels // size)
    return QPixmap.fromImage(image.scaled(size * module, size * module, Qt.AspectRatioMode.IgnoreAspectRatio,
                                          Qt.TransformationMode.FastTransformation))


class SlipDialog(QDialog):
    """One referral's slip on screen: shown when its slip was saved or failed instead of printed.

    ``content`` is a ``kiosk.referral.content.SlipContent`` (None: the QR and the reference only)."""

    def __init__(self, referral_id: str, qr_text: str, parent: QWidget | None = None, content: Any = None) -> None:
        super().__init__(parent)
        self.referral_id = referral_id
        self.content = content
        self.setObjectName("slip_dialog")
        self.setWindowTitle(self.tr("Referral slip"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        row = QHBoxLayout()
        row.setSpacing(20)
        if content is not None:
            self.texts = _SlipTexts(content)
            row.addWidget(self.texts, 1)
        side = QVBoxLayout()
        side.setSpacing(8)
        side.addWidget(label(self.tr("The referral slip was not printed"), "subtitle", name="slip_title"))
        self.qr = QLabel()
        self.qr.setObjectName("slip_qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = qr_pixmap(qr_text)
        self.qr.setPixmap(pixmap)
        self.qr.setFixedSize(pixmap.size())  # never clipped: every module and the quiet zone on screen
        self.qr.setAccessibleName(self.tr("Referral slip QR code"))
        side.addWidget(label(self.tr("Referral %1").replace("%1", referral_id), "subtitle", name="slip_referral"))
        side.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        hint = label(self.tr("The receiving facility can photograph or scan this code with a phone: it "
                             "carries the signed referral. Print the slip later from Today's screenings."),
                     "muted", name="slip_hint")
        hint.setFixedWidth(pixmap.width())
        side.addWidget(hint)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row)
        self.close_button = button(self.tr("Close"), "primary", name="slip_close")
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(self.close_button)
        self._fit(QR_PIXELS + 60 + (CONTENT_WIDTH + 20 if content is not None else 180))

    def _fit(self, width: int) -> None:
        """A fixed width, and the height its wrapped texts need there, so that they never overlap the QR."""
        self.setFixedWidth(width)
        for child in self.findChildren(QWidget):
            child.ensurePolished()  # the theme's fonts decide how many lines the texts wrap to
        self.setMinimumHeight(self.layout().totalHeightForWidth(width))


class _SlipTexts(QWidget):
    """The slip's words: the traveller's language large, the officer's small beneath each (its gloss),
    mirrored for a right-to-left traveller."""

    def __init__(self, content: Any) -> None:
        super().__init__()
        self.setObjectName("slip_texts")
        self.setFixedWidth(CONTENT_WIDTH)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if content.rtl else Qt.LayoutDirection.LeftToRight)
        edge = (Qt.AlignmentFlag.AlignRight if content.rtl else Qt.AlignmentFlag.AlignLeft) | \
            Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
        self._edge = edge
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        for text in content.not_real:
            column.addWidget(self._label(text, "error", "slip_not_real"))
        banner = QFrame()
        banner.setProperty("kind", "bar")
        banner.setObjectName("slip_decision")
        inner = QVBoxLayout(banner)
        inner.setContentsMargins(14, 8, 14, 8)
        inner.setSpacing(2)
        inner.addWidget(self._label(content.decision[0], "title", "slip_decision_text"))
        for gloss in content.decision[1:]:
            inner.addWidget(self._label(gloss, "subtitle", "slip_decision_gloss", gloss=True))
        inner.addWidget(self._label(content.details, None, "slip_details", gloss=True))
        column.addWidget(banner)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        for row, line in enumerate(content.lines):
            names = QVBoxLayout()
            names.setSpacing(0)
            names.addWidget(self._label(line.labels[0], "flag_title", f"slip_label_{line.key}"))
            for gloss in line.labels[1:]:
                names.addWidget(self._label(gloss, "muted", f"slip_label_gloss_{line.key}", gloss=True))
            grid.addLayout(names, row, 0)
            grid.addWidget(self._label(line.value, None, f"slip_value_{line.key}", gloss=True), row, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 180)
        column.addLayout(grid)
        column.addWidget(self._label(content.heading[0], "subtitle", "slip_for_traveller"))
        for gloss in content.heading[1:]:
            column.addWidget(self._label(gloss, "muted", "slip_for_traveller_gloss", gloss=True))
        column.addWidget(self._label(content.instructions[0], None, "slip_instructions"))
        for gloss in content.instructions[1:]:
            column.addWidget(self._label(gloss, "muted", "slip_instructions_gloss", gloss=True))
        column.addStretch(1)

    def _label(self, text: str, kind: str | None, name: str, *, gloss: bool = False) -> QLabel:
        """A wrapped label at the traveller's edge; ``gloss``: another language, or names and numbers,
        kept in one isolated run so that a left-to-right text reads right on a right-to-left slip."""
        widget = label(isolated(text) if gloss else text, kind, name=name)
        widget.setAlignment(self._edge)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        return widget
