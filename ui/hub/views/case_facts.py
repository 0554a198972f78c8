"""The case as the kiosk reported it (symptoms, onset, countries and dates, exposures, the decision's reasons)
and how to reach its point of entry: two cards of the detail panel.

The facts are CAP parameters (``kiosk.alerts.outbox.clinical_parameters``); an alert from an older kiosk
that does not send them shows "not sent by the kiosk" rather than nothing, so that an officer does not
take a missing symptom list for "no symptoms". Every other parameter the alert carries that the panel
does not show by name is listed under "Other parameters": nothing the alert carries is hidden.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from kiosk.country_names import country_name
from kiosk.hub.console import AlertDetail, KioskPresence
from ui.hub.views.parts import local_time, selectable, tr
from ui.views.widgets import card, label

FACTS = (
    ("symptoms", QT_TR_NOOP("Symptoms")),
    ("onset", QT_TR_NOOP("Symptom onset")),
    ("itinerary", QT_TR_NOOP("Countries (left on)")),
    ("exposures", QT_TR_NOOP("Exposures")),
    ("reasons", QT_TR_NOOP("Decision reasons")),
    ("other", QT_TR_NOOP("Other parameters")),
)
SHOWN_ELSEWHERE = frozenset({
    "protocol", "risk", "disposition", "recommended-disposition", "temperature", "point-of-entry",
    "traveller-reference", "encounter", "flagged-at", "situation-version", "protocols-version", "follow-up-until",
    "symptoms", "symptom-onset", "itinerary", "exposures", "reasons", "assessment",
})
"""Parameters the detail shows by name (everything else is listed under "Other parameters")."""


def words(code: str) -> str:
    """``unexplained_bleeding`` → ``unexplained bleeding`` (the hub has no symptom dictionary)."""
    return code.replace("_", " ").replace("-", " ").strip()


def itinerary_lines(text: str, language: str = "en") -> list[str]:
    """``GN:2026-12-04;SL:2026-11-30`` → ``Guinea (GN) — left 2026-12-04`` …"""
    lines = []
    for stay in filter(None, (part.strip() for part in text.split(";"))):
        code, _, left = stay.partition(":")
        name = country_name(code, language) if len(code) == 2 else code
        where = f"{name} ({code})" if name != code else code
        lines.append(tr("%1 — left %2").replace("%1", where).replace("%2", left) if left else where)
    return lines


def fact_texts(parameters: Mapping[str, str], language: str = "en") -> dict[str, str]:
    """Fact key → text (empty: the alert did not carry it)."""
    other = sorted((name, value) for name, value in parameters.items() if name not in SHOWN_ELSEWHERE)
    return {
        "symptoms": ", ".join(words(code) for code in parameters.get("symptoms", "").split(",") if code),
        "onset": parameters.get("symptom-onset", ""),
        "itinerary": "\n".join(itinerary_lines(parameters.get("itinerary", ""), language)),
        "exposures": ", ".join(words(code) for code in parameters.get("exposures", "").split(",") if code),
        "reasons": "\n".join(f"• {reason.strip()}" for reason in parameters.get("reasons", "").split("|")
                             if reason.strip()),
        "other": "\n".join(f"{name}: {value}" for name, value in other),
    }


class CaseFacts:
    """The "Case" card (facts) and the "Point of entry" card (where, the kiosks there and their state)."""

    def __init__(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        grid.addWidget(label(tr("Case"), "subtitle"), 0, 0, 1, 2)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(FACTS, start=1):
            self.captions[key] = label(tr(caption), "field", wrap=False)
            self.values[key] = selectable(label("", name=f"fact_{key}"))
            grid.addWidget(self.captions[key], row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.values[key], row, 1)
        self.missing = label(tr("Symptoms, countries and exposures: not sent by this kiosk (an older version)."),
                             "muted", name="facts_missing")
        grid.addWidget(self.missing, len(FACTS) + 1, 0, 1, 2)
        self.card: QFrame = card(grid)
        self.card.setObjectName("detail_case")
        box = QVBoxLayout()
        box.addWidget(label(tr("Point of entry"), "subtitle"))
        self.place = selectable(label("", name="contact_place"))
        box.addWidget(self.place)
        self.kiosks = selectable(label("", name="contact_kiosks"))
        box.addWidget(self.kiosks)
        self.contact = label("", "muted", name="contact_how")
        box.addWidget(self.contact)
        self.contact_card: QFrame = card(box)
        self.contact_card.setObjectName("detail_contact")

    def show(self, detail: AlertDetail, kiosks: Sequence[KioskPresence], now: dt.datetime,
             language: str = "en") -> None:
        texts = fact_texts(detail.parameters, language)
        for key, text in texts.items():
            self.values[key].setText(text)
            self.values[key].setVisible(bool(text))
            self.captions[key].setVisible(bool(text))
        clinical = ("symptoms", "onset", "itinerary", "exposures")
        self.missing.setVisible(detail.msg_type == "Alert" and not any(texts[key] for key in clinical))
        info = detail.info
        areas = ", ".join(info.areas) if info is not None and info.areas else detail.summary.poe
        self.place.setText(areas)
        self.kiosks.setText("\n".join(kiosk_line(kiosk, detail.sender, now) for kiosk in
                                      sorted(kiosks, key=lambda k: k.kiosk_id) if kiosk.poe == detail.summary.poe)
                            or tr("No kiosk of this point of entry has reported its status."))
        self.contact.setText(tr("Phone and e-mail of the port health unit: not in the hub's registry yet. "
                                "The kiosk that sent the alert is %1.").replace("%1", detail.sender))


def kiosk_line(kiosk: KioskPresence, sender: str, now: dt.datetime) -> str:
    """``XL-AIR-01-K1 (sent this alert) · online since 08:02`` / ``… · offline for 2 h 5 min``."""
    name = kiosk.kiosk_id + (f" ({tr('sent this alert')})" if kiosk.kiosk_id == sender else "")
    if kiosk.state == "offline":
        minutes = max(0, int((now - kiosk.changed_at).total_seconds() // 60))
        since = tr("offline for %1").replace("%1", f"{minutes // 60} h {minutes % 60} min" if minutes >= 60
                                             else f"{minutes} min")
    else:
        since = tr("online since %1").replace("%1", local_time(kiosk.changed_at))
    return f"{name} · {since}"
