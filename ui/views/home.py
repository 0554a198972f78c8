"""Home screen layout: today's counts, the secondary-screening queue, the connection, start and resume."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QListWidget, QVBoxLayout, QWidget

from ui import theme
from ui.views.widgets import button, card, kinetic, label


class TopBar(QFrame):
    """Site, officer, connection and sign-out: the strip on top of every signed-in screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("kind", "bar")
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 6, 12, 6)
        self.site = label("", "subtitle", wrap=False, name="bar_site")
        self.officer = label("", wrap=False, name="bar_officer")
        self.connection = label("", wrap=False, name="connection")
        self.sign_out = button(self.tr("Sign out"), name="sign_out")
        row.addWidget(self.site)
        row.addStretch(1)
        row.addWidget(self.connection)
        row.addSpacing(24)
        row.addWidget(self.officer)
        row.addSpacing(12)
        row.addWidget(self.sign_out)

    def set_connection(self, online: bool, queued: int) -> None:
        if online:
            text = self.tr("● online") if not queued else self.tr("● online — %n queued", "", queued)
            colour = theme.ONLINE
        else:
            text = self.tr("● offline — %n queued", "", queued)
            colour = theme.OFFLINE
        self.connection.setText(text)
        self.connection.setStyleSheet(f"color: white; background: {colour}; border-radius: 8px; padding: 6px 12px;")


class HomeView(QWidget):
    COUNTS = ("screened", "flagged", "referred", "isolated")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.bar = TopBar()
        outer.addWidget(self.bar)
        body = QVBoxLayout()
        body.setContentsMargins(30, 20, 30, 20)
        body.setSpacing(16)
        outer.addLayout(body, 1)

        self.notice = label("", "subtitle", name="home_notice")
        self.notice.hide()
        body.addWidget(self.notice)

        self.resume_card = card(QHBoxLayout())
        self.resume_text = label("", name="resume_text")
        self.resume = button(self.tr("Resume"), "primary", name="resume")
        self.discard = button(self.tr("Discard"), name="discard")
        self.resume_card.layout().addWidget(self.resume_text, 1)
        self.resume_card.layout().addWidget(self.resume)
        self.resume_card.layout().addWidget(self.discard)
        self.resume_card.hide()
        body.addWidget(self.resume_card)

        main = QHBoxLayout()
        main.setSpacing(24)
        left = QVBoxLayout()
        self.start = button(self.tr("Start screening"), "primary", name="start_screening")
        self.start.setMinimumHeight(140)
        self.start.setStyleSheet(f"font-size: {theme.TITLE_PX}px;")
        left.addWidget(self.start)
        left.addSpacing(8)
        left.addWidget(label(self.tr("Today"), "subtitle"))
        grid = QGridLayout()
        grid.setSpacing(12)
        self.count_values: dict[str, object] = {}
        titles = {"screened": self.tr("Screened"), "flagged": self.tr("Flagged"),
                  "referred": self.tr("Referred"), "isolated": self.tr("Isolated")}
        for index, key in enumerate(self.COUNTS):
            tile = card(QVBoxLayout())
            value = label("0", "title", wrap=False, name=f"count_{key}")
            value.setStyleSheet(f"font-size: 44px; font-weight: bold; color: {theme.INK};")
            tile.layout().addWidget(value)
            tile.layout().addWidget(label(titles[key], "muted"))
            grid.addWidget(tile, index // 2, index % 2)
            self.count_values[key] = value
        left.addLayout(grid)
        left.addStretch(1)
        main.addLayout(left, 3)

        right = QVBoxLayout()
        self.queue_title = label(self.tr("Waiting for secondary screening"), "subtitle")
        right.addWidget(self.queue_title)
        self.queue = QListWidget()
        self.queue.setObjectName("secondary_queue")
        kinetic(self.queue)
        right.addWidget(self.queue, 1)
        self.take = button(self.tr("Take next traveller"), "primary", name="take_secondary")
        right.addWidget(self.take)
        main.addLayout(right, 2)
        body.addLayout(main, 1)
