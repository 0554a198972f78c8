"""The referral slip on screen, for when it was not printed: its signed QR, large enough to photograph
or scan with a phone, and where to print it later (the history screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from kiosk.referral.qr import qr_matrix
from ui.views.widgets import button, label

QR_PIXELS = 460
"""About 9 px per module for a version 7-8 symbol with its quiet zone: a phone reads it from the screen."""


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
    """One referral's slip on screen: shown when its slip was saved or failed instead of printed."""

    def __init__(self, referral_id: str, qr_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.referral_id = referral_id
        self.setObjectName("slip_dialog")
        self.setWindowTitle(self.tr("Referral slip"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("The referral slip was not printed"), "title", name="slip_title"))
        layout.addWidget(label(self.tr("Referral %1").replace("%1", referral_id), "subtitle", name="slip_referral"))
        self.qr = QLabel()
        self.qr.setObjectName("slip_qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = qr_pixmap(qr_text)
        self.qr.setPixmap(pixmap)
        self.qr.setFixedSize(pixmap.size())  # never clipped: every module and the quiet zone on screen
        self.qr.setAccessibleName(self.tr("Referral slip QR code"))
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(label(self.tr("The receiving facility can photograph or scan this code with a phone: it "
                                       "carries the signed referral. Print the slip later from Today's "
                                       "screenings."), name="slip_hint"))
        self.close_button = button(self.tr("Close"), "primary", name="slip_close")
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(self.close_button)
        self._fit(QR_PIXELS + 240)

    def _fit(self, width: int) -> None:
        """A fixed width, and the height its wrapped texts need there, so that they never overlap the QR."""
        self.setFixedWidth(width)
        for child in self.findChildren(QWidget):
            child.ensurePolished()  # the theme's fonts decide how many lines the texts wrap to
        self.setMinimumHeight(self.layout().totalHeightForWidth(width))
