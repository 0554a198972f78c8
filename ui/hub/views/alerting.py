"""Getting the officer's attention: a sound, a desktop notification, the mute switch and the escalation count.

The rules (which alerts, when they escalate) are ``kiosk.hub.attention``'s; this only makes them heard
and seen. The sound is a short chime shipped with the console (``ui/hub/sounds/attention.wav``) played
by ``QSoundEffect`` (Qt Multimedia, PySide6-Addons); the player is injected, so that tests use a fake
and a desk without audio (no ``libpulse``, no device) still gets the notification. The notification is
the system tray's message when the desktop has a tray, else a banner at the top of the window. Muting
is a setting kept between sessions (``QSettings``; tests give the file).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QHBoxLayout, QSystemTrayIcon, QWidget

from kiosk.hub import attention
from kiosk.hub.console import AlertSummary
from ui import theme
from ui.hub.views.alert_model import ATTENTION_ROW
from ui.hub.views.parts import bold_font, local_time, push, tr
from ui.views.widgets import label

log = logging.getLogger(__name__)

SOUND = Path(__file__).resolve().parent.parent / "sounds" / "attention.wav"
MUTED_KEY = "attention/muted"
BANNER_SHOWN = 3
"""At most this many alerts named in the banner (the rest counted)."""


class SoundPlayer(Protocol):
    def play(self) -> None: ...


class QtSound:
    """``QSoundEffect`` on :data:`SOUND`, made at the first chime (a console with nothing to announce never
    opens the audio device); silent, logged once, where Qt Multimedia cannot load."""

    def __init__(self, path: Path = SOUND) -> None:
        self.path = path
        self.effect: object | None = None
        self.failed = False

    def play(self) -> None:
        if self.effect is None and not self.failed:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError as error:  # libpulse missing (TECH-NOTES §9): the notification still shows
                log.warning("hub console: no sound, Qt Multimedia does not load: %s", error)
                self.failed = True
                return
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(self.path)))
            effect.setVolume(0.8)
            self.effect = effect
        if self.effect is not None:
            self.effect.play()  # type: ignore[attr-defined]


class Alerting(QWidget):
    """The banner (its own widget, placed under the window's bar) plus the bar's mute button and
    escalation count (:attr:`mute`, :attr:`escalation`); :meth:`arrived` is given each poll's arrivals."""

    def __init__(self, *, sound: SoundPlayer | None = None, settings: QSettings | None = None,
                 tray: QSystemTrayIcon | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attention_banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#attention_banner {{ background: {ATTENTION_ROW}; "
                           f"border-bottom: 2px solid {theme.SEVERITY_COLOURS['isolate']}; }}")
        self.sound = sound if sound is not None else QtSound()
        self.settings = settings if settings is not None else QSettings("poe-kiosk", "hub-console")
        self.tray = tray if tray is not None else _tray()
        self.announced: list[AlertSummary] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 6, 16, 6)
        self.text = label("", name="attention_text")
        self.text.setFont(bold_font())
        row.addWidget(self.text, 1)
        self.dismiss = push(tr("Dismiss"), name="attention_dismiss")
        self.dismiss.clicked.connect(self.hide)
        row.addWidget(self.dismiss)
        self.hide()
        self.mute = push("", name="attention_mute", checkable=True)
        self.mute.setChecked(self.muted)
        self.mute.toggled.connect(self._set_muted)
        self._mute_text()
        self.escalation = label("", wrap=False, name="escalation_count")
        self.escalation.hide()

    @property
    def muted(self) -> bool:
        return str(self.settings.value(MUTED_KEY, "false")).lower() in ("true", "1")

    def _set_muted(self, muted: bool) -> None:
        self.settings.setValue(MUTED_KEY, "true" if muted else "false")
        self.settings.sync()
        self._mute_text()

    def _mute_text(self) -> None:
        self.mute.setText(tr("Sound: off") if self.mute.isChecked() else tr("Sound: on"))
        self.mute.setToolTip(tr("Sound for Immediate/Severe alerts and early notices"))

    def arrived(self, alerts: Iterable[AlertSummary]) -> list[AlertSummary]:
        """Sound and notify for the attention-worthy ones of ``alerts`` (each once); those announced."""
        seen = {alert.id for alert in self.announced}
        worthy = [alert for alert in alerts if attention.is_attention_worthy(alert) and alert.id not in seen
                  and alert.state == "new"]
        if not worthy:
            return []
        self.announced = (worthy + self.announced)[:50]
        if not self.muted:
            self.sound.play()
        self._notify(worthy)
        return worthy

    def _notify(self, alerts: list[AlertSummary]) -> None:
        title = tr("%n alert(s) need attention", len(alerts))
        lines = [alert_line(alert) for alert in alerts[:BANNER_SHOWN]]
        if len(alerts) > BANNER_SHOWN:
            lines.append(tr("and %n more", len(alerts) - BANNER_SHOWN))
        if self.tray is not None:
            self.tray.showMessage(title, "\n".join(lines), QSystemTrayIcon.MessageIcon.Critical, 15000)
        self.text.setText(f"{title} — " + " · ".join(lines))
        self.show()

    def show_escalated(self, count: int) -> None:
        self.escalation.setText(tr("▲ %n escalated", count))
        self.escalation.setToolTip(tr("Alerts not acknowledged in time"))
        self.escalation.setVisible(count > 0)


def alert_line(alert: AlertSummary) -> str:
    """``Suspected Ebola … · XL-AIR-01 · 14:02`` (an early notice says so)."""
    what = alert.event
    if attention.is_early_notice(alert):
        what = tr("Early notice: %1").replace("%1", what)
    if alert.status != "Actual":
        what = f"[{alert.status.upper()}] {what}"
    return f"{what} · {alert.poe} · {local_time(alert.received_at)}"


def _tray() -> QSystemTrayIcon | None:
    """A tray icon when the desktop has a tray (never offscreen or under a bare X server)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    from PySide6.QtWidgets import QApplication, QStyle

    icon = QSystemTrayIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
    icon.setToolTip(tr("Surveillance hub · alert console"))
    icon.show()
    return icon
