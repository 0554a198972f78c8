"""Home screen layout: today's counts, the secondary-screening queue, alert delivery, start and resume."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QListWidget, QSizePolicy, QVBoxLayout, QWidget

from ui import accessibility, theme
from ui.views.widgets import button, card, kinetic, label


class TopBar(QFrame):
    """Site, officer, connection and sign-out: the strip on top of every signed-in screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("kind", "bar")
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 6, 12, 6)
        self.site = label("", "subtitle", name="bar_site")
        # the site name gives way (wraps, then clips), never the chips and buttons: 1280 px in every language
        self.site.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.officer = label("", wrap=False, name="bar_officer")
        self.connection = label("", wrap=False, name="connection")
        self.sign_out = button(self.tr("Sign out"), name="sign_out")
        row.addWidget(self.site, 1)
        row.addWidget(self.connection)
        row.addSpacing(24)
        row.addWidget(self.officer)
        row.addSpacing(12)
        row.addWidget(self.sign_out)

    def set_connection(self, status: Any) -> None:
        """``status``: a ``kiosk.services.ConnectionStatus``. ``queued`` = not yet acknowledged by the hub."""
        queued = status.queued
        if status.online:
            text = self.tr("● online") if not queued else self.tr("● online — %n queued", "", queued)
        else:  # with no hub configured too: the delivery card on the home screen says why
            text = self.tr("● offline — %n queued", "", queued)
        self.connection.setText(text)
        self.connection.setToolTip(status.last_error or "")
        if self.connection.property("online") != bool(status.online):  # the colour: a theme rule on "online"
            self.connection.setProperty("online", bool(status.online))
            self.connection.style().unpolish(self.connection)
            self.connection.style().polish(self.connection)


class DeliveryCard(QFrame):
    """Alerts to the hub: state, counts, last acknowledgement, refused alerts (and, for supervisors,
    sending them again), the situation in force."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("kind", "card")
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(6)
        box.addWidget(label(self.tr("Alerts to the surveillance hub"), "subtitle"))
        self.state = label("", name="delivery_state")
        self.counts = label("", "muted", name="delivery_counts")
        self.last_ack = label("", "muted", name="delivery_last_ack")
        self.situation = label("", "muted", name="situation_version")
        self.situation_warning = label("", "error", name="situation_warning")
        self.situation_warning.hide()
        self.exercise_counts = label("", name="delivery_exercise_counts")
        """The exercise (and test) alerts, apart from the real counts above and marked as not real."""
        self.exercise_counts.setStyleSheet(f"color: {theme.EXERCISE}; font-weight: bold;")
        self.exercise_counts.hide()
        for widget in (self.state, self.counts, self.exercise_counts, self.last_ack, self.situation,
                       self.situation_warning):
            box.addWidget(widget)
        self.show_dead = button(self.tr("Refused alerts"), "danger", checkable=True, name="show_dead_letters")
        self.show_dead.hide()
        self.requeue = button(self.tr("Send again"), name="requeue_dead_letters")
        self.requeue.hide()
        self.may_requeue = False
        """The officer signed in may send refused alerts again (supervisors and administrators)."""
        dead_row = QHBoxLayout()
        dead_row.addWidget(self.show_dead, 1)
        dead_row.addWidget(self.requeue)
        box.addLayout(dead_row)
        self.dead_list = QListWidget()
        self.dead_list.setObjectName("dead_letters")
        accessibility.name(self.dead_list, self.tr("Refused alerts"))
        self.dead_list.setWordWrap(True)
        self.dead_list.setMinimumHeight(140)
        self.dead_list.hide()
        kinetic(self.dead_list)
        box.addWidget(self.dead_list)
        self.show_dead.toggled.connect(self.dead_list.setVisible)

    def set_status(self, status: Any) -> None:
        """``status``: a ``kiosk.services.ConnectionStatus``."""
        if not getattr(status, "configured", True):
            state = self.tr("Not connected: no hub configured — %n queued", "", status.queued)
        elif status.online:
            state = self.tr("Online — %n not yet acknowledged by the hub", "", status.queued)
        else:
            state = self.tr("Offline — %n queued", "", status.queued)
        if status.last_error:
            state += f" ({status.last_error})"
        self.state.setText(state)
        self.counts.setText(self.tr("Waiting on this kiosk: %1 · at the broker: %2 · acknowledged: %3 · refused: %4")
                            .replace("%1", str(status.waiting)).replace("%2", str(status.at_broker))
                            .replace("%3", str(status.acked)).replace("%4", str(status.dead)))
        when = status.last_ack_at
        self.last_ack.setText(self.tr("Last acknowledgement from the hub: %1").replace(
            "%1", when.astimezone().strftime("%H:%M:%S")) if when else self.tr("No acknowledgement from the hub yet"))
        self._set_exercise_counts(getattr(status, "exercise", None))
        self.situation.setText(self.tr("Situation in force: %1").replace("%1", status.situation_version or "—"))
        self.situation_warning.setText(status.situation_warning)
        self.situation_warning.setVisible(bool(status.situation_warning))
        self.show_dead.setText(self.tr("Refused alerts: %n", "", status.dead))
        self.show_dead.setVisible(status.dead > 0)
        self.requeue.setVisible(status.dead > 0 and self.may_requeue)
        if not status.dead:
            self.show_dead.setChecked(False)

    def _set_exercise_counts(self, counts: Any) -> None:
        """``counts``: ``kiosk.alerts.transport.ModeCounts`` of the exercise and test alerts (None: none)."""
        shown = counts is not None and counts.total > 0
        self.exercise_counts.setVisible(shown)
        if shown:
            self.exercise_counts.setText(
                self.tr("EXERCISE alerts, not real (not in the counts above): waiting %1 · at the broker %2 · "
                        "acknowledged %3 · refused %4").replace("%1", str(counts.queued))
                .replace("%2", str(counts.at_broker)).replace("%3", str(counts.acked)).replace("%4", str(counts.dead)))

    def set_dead_letters(self, rows: list[tuple[str, int | None, str, Any]]) -> None:
        """``(topic, reason code, reason, created_at)`` per refused alert, newest first."""
        self.dead_list.clear()
        for topic, code, reason, created in rows:
            when = created.astimezone().strftime("%H:%M") if created else ""
            code_text = f"0x{code:02X}" if code is not None else "—"
            self.dead_list.addItem(f"{when}  {code_text}  {reason}\n{topic}")


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
        self.print_notice = label("", name="print_notice")
        self.print_notice.hide()
        body.addWidget(self.print_notice)
        self.warnings = label("", "error", name="home_warnings")
        self.warnings.hide()
        body.addWidget(self.warnings)

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
            value.setStyleSheet("font-size: 44px; font-weight: bold;")  # the theme's ink
            tile.layout().addWidget(value)
            tile.layout().addWidget(label(titles[key], "muted"))
            grid.addWidget(tile, index // 2, index % 2)
            self.count_values[key] = value
        left.addLayout(grid)
        self.history = button(self.tr("Today's screenings, alerts and slips"), name="open_history")
        left.addWidget(self.history)
        self.officers = button(self.tr("Officers"), name="open_officers")
        left.addWidget(self.officers)
        self.exercise = button(self.tr("Start an exercise"), name="exercise")
        left.addWidget(self.exercise)
        left.addStretch(1)
        main.addLayout(left, 3)

        right = QVBoxLayout()
        self.delivery = DeliveryCard()
        right.addWidget(self.delivery)
        right.addSpacing(8)
        self.queue_title = label(self.tr("Waiting for secondary screening"), "subtitle")
        right.addWidget(self.queue_title)
        self.queue = QListWidget()
        self.queue.setObjectName("secondary_queue")
        accessibility.name(self.queue, self.tr("Waiting for secondary screening"))
        kinetic(self.queue)
        right.addWidget(self.queue, 1)
        self.take = button(self.tr("Take next traveller"), "primary", name="take_secondary")
        right.addWidget(self.take)
        display = QHBoxLayout()  # accessibility settings of this kiosk (ui.controllers.accessibility)
        self.high_contrast = button(self.tr("High contrast"), checkable=True, name="high_contrast")
        self.spoken_questions = button(self.tr("Read questions aloud"), checkable=True, name="spoken_questions")
        display.addWidget(self.high_contrast)
        display.addWidget(self.spoken_questions)
        right.addLayout(display)
        main.addLayout(right, 2)
        body.addLayout(main, 1)

    def set_print_notice(self, text: str, problem: bool = False) -> None:
        """The latest referral slip's status (printed, saved instead, failed)."""
        self.print_notice.setProperty("kind", "error" if problem else None)
        self.print_notice.style().unpolish(self.print_notice)
        self.print_notice.style().polish(self.print_notice)
        self.print_notice.setText(text)
        self.print_notice.setVisible(bool(text))
