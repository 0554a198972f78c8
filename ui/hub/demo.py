"""Demo alerts for the hub console's screenshots and GUI tests (Qt-free).

Each alert is made the way a kiosk makes it (``kiosk.alerts.outbox.alert_content`` → ``build_alert``:
real CAP 1.2 with every parameter a kiosk sends) and stored the way ingest stores it
(``kiosk.hub.console.store_alert`` → ``kiosk.hub.ingest.alert_row``). Sites and people are fictional.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from types import SimpleNamespace

from sqlalchemy import Engine

from kiosk.alerts.cap import build_alert
from kiosk.alerts.outbox import alert_content, alert_topic, new_ulid
from kiosk.clock import FixedClock
from kiosk.hub.accounts import HubAccounts, HubUser
from kiosk.hub.console import store_alert, triage
from kiosk.hub.presence import presence_row, store_presence
from kiosk.hub.registry import enrol_kiosk
from kiosk.screening import KioskContext, SiteInfo

SITES = {
    "XL-AIR-01": SiteInfo(id="XL-AIR-01", name="Capital International Airport", kind="airport", country="XL"),
    "XL-SEA-02": SiteInfo(id="XL-SEA-02", name="Port Aurel seaport", kind="seaport", country="XL"),
    "DEMO-KESSA": SiteInfo(id="DEMO-KESSA", name="Kessa Bridge land crossing (demo)", kind="ground_crossing",
                           country="XL"),
}
EVENTS = {
    "EVD": ("Suspected Ebola virus disease – traveller", "Immediate", "Severe"),
    "MVD": ("Suspected Marburg virus disease – traveller", "Immediate", "Severe"),
    "CHOLERA": ("Suspected cholera – traveller", "Expected", "Moderate"),
    "MEASLES": ("Suspected measles – traveller", "Immediate", "Moderate"),
    "MPOX": ("Suspected mpox – traveller", "Expected", "Moderate"),
    "RESP": ("Suspected novel respiratory disease – traveller", "Immediate", "Severe"),
}

CLINICAL = {
    "EVD": (["fever", "headache", "unexplained_bleeding"], ["close_contact_case"], "GN",
            ("Fever 38.6 °C ≥ 38.0 °C", "Left GN (EVD outbreak) 4 days ago, within 21 days",
             "Contact with a suspected or confirmed case")),
    "MVD": (["fever", "myalgia"], ["cave_mine_visit"], "RW",
            ("Fever 38.6 °C ≥ 38.0 °C", "Left RW (MVD outbreak) 6 days ago, within 21 days")),
    "CHOLERA": (["acute_watery_diarrhoea"], [], "HT", ("Acute watery diarrhoea after travel to HT",)),
    "MEASLES": (["fever", "rash", "cough"], [], "CD", ("Fever and rash",)),
    "MPOX": (["rash", "lymphadenopathy"], ["close_contact_case"], "CD", ("Rash and contact with a case",)),
    "RESP": (["fever", "cough", "shortness_of_breath"], ["animal_market"], "CN", ("Fever and cough after exposure",)),
}
"""Protocol → symptoms, exposures, the country left 4 days before, the decision's reasons (demo data)."""


@dataclass(frozen=True)
class DemoAlert:
    poe: str
    protocol: str
    risk: str = "high"
    disposition: str = "isolate"
    temperature: float | None = 38.6
    mode: str = "actual"
    exercise_id: str | None = None
    follow_up_days: int = 21


def cap_message(alert: DemoAlert, sent: dt.datetime, number: int = 1) -> tuple[str, bytes]:
    """(topic, CAP payload) of ``alert`` exactly as a kiosk at ``alert.poe`` would publish it."""
    site = SITES[alert.poe]
    kiosk_id = f"{site.id}-K{1 + number % 2}"
    context = KioskContext(site=site, kiosk_id=kiosk_id, mode=alert.mode, exercise_id=alert.exercise_id)
    event, urgency, severity = EVENTS[alert.protocol]
    symptoms, exposures, country, reasons = CLINICAL[alert.protocol]
    flag = SimpleNamespace(protocol=alert.protocol, risk=alert.risk, actions=(alert.disposition,), reasons=reasons,
                           follow_up_until=(sent.date() + dt.timedelta(days=alert.follow_up_days)).isoformat())
    evaluation = SimpleNamespace(
        alert=SimpleNamespace(protocol=alert.protocol, event=event, urgency=urgency, severity=severity,
                              certainty="Possible"),
        flags=[flag], disposition=alert.disposition, situation_version="2026-11-29.1",
        protocols_version=f"{alert.protocol}=2026.2")
    record: dict[str, object] = {"symptoms": symptoms, "exposures": exposures,
                                 "symptom_onset": (sent.date() - dt.timedelta(days=2)).isoformat(),
                                 "itinerary": [{"country": country, "left": (sent.date() - dt.timedelta(days=4))
                                                .isoformat()}]}
    if alert.temperature is not None:
        record["temperature_c"] = alert.temperature
    encounter = SimpleNamespace(id=new_ulid(), record=record, disposition=alert.disposition)
    content = alert_content(encounter=encounter, evaluation=evaluation, context=context, sent=sent,
                            identifier=f"{site.id}-{new_ulid()}", traveller_reference=f"T{new_ulid()[-10:]}")
    return alert_topic(site.country, site.id, kiosk_id, alert.mode), build_alert(content)


def enrol_demo_kiosks(engine: Engine) -> None:
    """Enrol the demo kiosks (two per site, ``<site>-K1`` and ``-K2``): the hub stores no other kiosk's alerts."""
    for site in SITES.values():
        for kiosk in (1, 2):
            enrol_kiosk(engine, f"{site.id}-K{kiosk}", site.country, site.id)


def add_alert(engine: Engine, alert: DemoAlert, received_at: dt.datetime, number: int = 1) -> int:
    """Store ``alert`` as received at ``received_at`` (sent a few seconds before); its hub id."""
    topic, payload = cap_message(alert, received_at - dt.timedelta(seconds=3), number)
    return store_alert(engine, topic, payload, received_at)


DAY = (
    DemoAlert("XL-AIR-01", "EVD"),
    DemoAlert("XL-AIR-01", "MVD", risk="some", disposition="refer"),
    DemoAlert("XL-SEA-02", "CHOLERA", risk="some", disposition="refer", temperature=37.9, follow_up_days=5),
    DemoAlert("DEMO-KESSA", "EVD", risk="low", disposition="monitor", temperature=37.2),
    DemoAlert("XL-AIR-01", "MEASLES", risk="some", disposition="isolate", temperature=38.9),
    DemoAlert("DEMO-KESSA", "MPOX", risk="low", disposition="monitor", temperature=None),
    DemoAlert("XL-AIR-01", "RESP", risk="high", disposition="isolate", temperature=39.1, follow_up_days=14),
    DemoAlert("XL-SEA-02", "EVD", risk="some", disposition="refer"),
)

CLOSING_NOTES = {
    "ruled_out": "PCR negative; released with health advice.",
    "confirmed_case": "PCR positive; contacts listed with the district team.",
    "lost_to_follow_up": "No answer to the day-3 and day-5 calls; district team informed.",
    "duplicate": "",
}


def add_kiosk_status(engine: Engine, kiosk_id: str, state: str, at: dt.datetime) -> None:
    """Store a kiosk's status as the presence worker of the ingest does when it arrives (or its Last Will)."""
    poe = kiosk_id.rsplit("-", 1)[0]
    payload = json.dumps({"state": state, "kiosk_id": kiosk_id, "poe": poe, "country": "XL", "mode": "actual",
                          "situation_version": "2026-11-29.1"}).encode()
    with engine.begin() as connection:
        store_presence(connection, {kiosk_id: presence_row(f"poe/v1/XL/{poe}/{kiosk_id}/status", payload, at)})


DEMO_PASSWORD = "demo-password-2026"
"""The password of every demo account (fictional people; never a real deployment's)."""
DEMO_USERS = (("amina", "Amina Diallo", "surveillance_officer", None),
              ("jonas", "Jonas Weber", "supervisor", None),
              ("rui", "Rui Costa", "read_only", None),
              ("lena", "Lena Petit", "administrator", None),
              ("sami", "Sami Haddad", "surveillance_officer", ("XL-SEA-02",)))
"""(id, name, role, jurisdiction: None for every point of entry)."""


def add_demo_users(engine: Engine, clock: FixedClock | None = None) -> dict[str, HubUser]:
    """The demo accounts (password :data:`DEMO_PASSWORD`), by id."""
    accounts = HubAccounts(engine, clock)
    return {user_id: accounts.add_user("demo", user_id, name, role, DEMO_PASSWORD, poes=poes)
            for user_id, name, role, poes in DEMO_USERS}


def seed(engine: Engine, now: dt.datetime) -> dict[str, list[int]]:
    """A plausible week at the hub: Actual alerts over seven days with triage histories, and an
    exercise and a test alert today, and the demo accounts (:func:`add_demo_users`). Returns the ids by view."""
    enrol_demo_kiosks(engine)
    users = add_demo_users(engine, FixedClock(now - dt.timedelta(days=30)))
    actual: list[int] = []
    for number, alert in enumerate(DAY * 2):
        received = now - dt.timedelta(hours=7 * number + 1, minutes=13 * number)
        actual.append(add_alert(engine, alert, received, number))
    officers = (users["amina"], users["jonas"])
    for index, alert_id in enumerate(actual[3:], start=3):
        officer = officers[index % 2]
        at = now - dt.timedelta(hours=7 * index - 1)
        _step(engine, alert_id, "acknowledged", officer, at)
        if index % 3:
            _step(engine, alert_id, "investigating", officer, at + dt.timedelta(minutes=20),
                  note="Port health team informed; traveller isolated pending transfer.")
        if index > 8:
            outcome = tuple(CLOSING_NOTES)[index % 4]
            _step(engine, alert_id, "closed", officers[(index + 1) % 2], at + dt.timedelta(hours=3),
                  outcome=outcome, note=CLOSING_NOTES[outcome])
    for kiosk_id, state, hours in (("XL-AIR-01-K1", "online", 30), ("XL-AIR-01-K2", "online", 52),
                                   ("XL-SEA-02-K1", "online", 6), ("XL-SEA-02-K2", "offline", 0.6),
                                   ("DEMO-KESSA-K1", "online", 75)):
        add_kiosk_status(engine, kiosk_id, state, now - dt.timedelta(hours=hours))
    drill = DemoAlert("DEMO-KESSA", "EVD", mode="exercise", exercise_id="EX-2026-11-KESSA")
    exercise = [add_alert(engine, drill, now - dt.timedelta(minutes=40)),
                add_alert(engine, DemoAlert("XL-AIR-01", "CHOLERA", mode="test", risk="some", disposition="refer"),
                          now - dt.timedelta(minutes=90))]
    return {"actual": actual, "exercise": exercise}


def _step(engine: Engine, alert_id: int, state: str, officer: HubUser, at: dt.datetime, *, outcome: str = "",
          note: str = "") -> None:
    triage(engine, alert_id, state, officer=officer, outcome=outcome, note=note, clock=FixedClock(at))


MONTH = (
    DemoAlert("XL-AIR-01", "EVD"), DemoAlert("XL-AIR-01", "MEASLES", risk="some", temperature=38.9),
    DemoAlert("XL-SEA-02", "CHOLERA", risk="some", disposition="refer", temperature=37.9),
    DemoAlert("DEMO-KESSA", "MPOX", risk="low", disposition="monitor", temperature=None),
    DemoAlert("XL-AIR-01", "RESP", temperature=39.1), DemoAlert("XL-SEA-02", "EVD", risk="some", disposition="refer"),
)


def add_month(engine: Engine, now: dt.datetime, officer: HubUser) -> list[int]:
    """Older Actual alerts, 8 to 29 days ago (a month of trends beside :func:`seed`'s week), a third of them
    closed by ``officer``; their ids."""
    ids = []
    for number in range(24):
        alert = MONTH[(number * 5) % len(MONTH)]
        days = 8 + (number * 7) % 22
        ids.append(add_alert(engine, alert, now - dt.timedelta(days=days, hours=number % 9), number))
        if number % 3 == 0:
            _step(engine, ids[-1], "closed", officer, now - dt.timedelta(days=days - 1),
                  outcome=tuple(CLOSING_NOTES)[number % 4], note="")
    return ids
