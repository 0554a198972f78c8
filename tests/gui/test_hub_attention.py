"""The hub console finds and announces: attention for Immediate/Severe alerts and early notices arriving over
the real shipped broker and ingest (faked chime), filters, paging past any number of rows, and a detail
panel that shows the whole case without clipping at 1280×800 and 1920×1080 — on a real SQLite hub database.

Every wait is on a condition; nothing sleeps.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import Engine

from kiosk.alerts.cap import AlertContent, Reference, build_alert
from kiosk.alerts.outbox import alert_topic
from kiosk.clock import FixedClock
from kiosk.hub import assessment as ihr
from kiosk.hub import console
from kiosk.hub.accounts import HubAccounts, HubUser
from kiosk.hub.ingest import HubIngest
from kiosk.hub.models import hub_engine
from kiosk.hub.registry import enrol_kiosk
from ui.hub.views.alerting import Alerting
from ui.hub.views.alerts import AlertsPage
from ui.hub.window import HubConsoleWindow

sys.path.insert(0, str(Path(__file__).parents[1] / "integration"))
from mosquitto import Mosquitto, Probe

pytestmark = pytest.mark.gui

KIOSKS = {"XL-LND-01": "XL-LND-01-K1", "XL-AIR-01": "XL-AIR-01-K1"}
_serial = itertools.count(1)
FAST = (0.05, 0.5)


class FakeSound:
    """The sound player's seam: counts the chimes (no audio device in a test)."""

    def __init__(self) -> None:
        self.played = 0

    def play(self) -> None:
        self.played += 1


def cap(received: dt.datetime, *, poe: str = "XL-LND-01", protocol: str = "EVD", urgency: str = "Immediate",
        severity: str = "Severe", certainty: str = "Possible", disposition: str | None = "isolate",
        msg_type: str = "Alert", references: tuple[Reference, ...] = (), assessment: str = "",
        identifier: str | None = None) -> tuple[str, bytes, str]:
    """(topic, CAP payload, identifier) of a kiosk alert with the case facts a kiosk sends;
    ``disposition=None``: an early notice (sent before the decision)."""
    number = next(_serial)
    identifier = identifier or f"{poe}-01JATTN{number:019d}"
    parameters = {"protocol": protocol, "risk": "high", "point-of-entry": poe, "symptoms": "fever,unexplained_bleeding",
                  "symptom-onset": "2026-12-05", "itinerary": "GN:2026-12-03;SL:2026-11-28",
                  "exposures": "close_contact_case", "reasons": "Temperature 38.6 °C ≥ 38.0 °C | Left GN 5 days ago"}
    parameters["flagged-at"] = (received - dt.timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    if disposition is not None:
        parameters["disposition"] = disposition
    if assessment:
        parameters["assessment"] = assessment
    content = AlertContent(
        identifier=identifier, sender=KIOSKS[poe], sent=received - dt.timedelta(seconds=2), status="Actual",
        note="", event=f"Suspected {protocol} – traveller", urgency=urgency, severity=severity, certainty=certainty,
        msg_type=msg_type, references=references, area_desc=f"{poe} demo post, XL",
        event_codes={"poe-protocol": protocol}, parameters=parameters, geocodes={"poe-id": poe, "ISO3166-1": "XL"})
    return alert_topic("XL", poe, KIOSKS[poe], "actual"), build_alert(content), identifier


def add(engine: Engine, clock: FixedClock, minutes_ago: float = 0, **kwargs: object) -> int:
    received = clock.now() - dt.timedelta(minutes=minutes_ago)
    topic, payload, _ = cap(received, **kwargs)  # type: ignore[arg-type]
    return console.store_alert(engine, topic, payload, received)


CHOLERA = {"protocol": "CHOLERA", "urgency": "Expected", "severity": "Moderate", "disposition": "refer"}


ADA = HubUser("ada", "Ada Okoro", "surveillance_officer")
BEN = HubUser("ben", "Ben Osei", "supervisor")


@pytest.fixture
def hub(tmp_path: Path, fast_passwords: None) -> Iterator[tuple[str, Engine]]:
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    engine = hub_engine(url)
    for poe, kiosk in KIOSKS.items():
        enrol_kiosk(engine, kiosk, "XL", poe)
    for user in (ADA, BEN):
        HubAccounts(engine).add_user("test", user.id, user.name, user.role, "a long test password")
    yield url, engine
    engine.dispose()


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "hub-console.ini"


@pytest.fixture
def make_console(qtbot, qapp, settings_file: Path) -> Iterator[Callable[..., HubConsoleWindow]]:
    from ui import theme

    theme.apply(qapp)
    windows: list[HubConsoleWindow] = []

    def build(url: str, clock: FixedClock, *, sound: FakeSound | None = None,
              size: tuple[int, int] = (1280, 800)) -> HubConsoleWindow:
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        window = HubConsoleWindow(url, ADA, clock=clock, refresh_ms=100,
                                  alerting=Alerting(sound=sound or FakeSound(), settings=settings))
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        windows.append(window)
        qtbot.waitUntil(lambda: window.baseline["actual"] is not None, timeout=5000)
        return window

    yield build
    for window in windows:
        window.shutdown()


def shown(page: AlertsPage) -> list[int]:
    return page.ids_shown()


# ---------------------------------------------------------------------------------------- attention


@pytest.fixture
def ingest(tmp_path: Path, hub: tuple[str, Engine]) -> Iterator[tuple[Mosquitto, HubIngest]]:
    """The shipped national broker and one hub ingest worker storing into the console's database."""
    url, _engine = hub
    broker = Mosquitto(tmp_path / "mosquitto", config="national")
    broker.kiosk("XL-LND-01-K1")
    broker.start()
    service = HubIngest(url, broker.hub("hub-attn", workers=1), workers=1, group="attn", reconnect_delay=FAST,
                        session_expiry=600)
    service.start()
    assert service.wait_subscribed(10), "hub ingest did not subscribe"
    yield broker, service
    service.stop()
    service.close()
    broker.kill()


@pytest.mark.integration
def test_an_immediate_alert_arriving_over_the_broker_chimes_sorts_first_until_acknowledged(
        qtbot, hub, clock, make_console, ingest, settings_file) -> None:
    url, engine = hub
    broker, _service = ingest
    waiting = add(engine, clock, 30)  # an Immediate alert nobody has acknowledged yet
    cholera = add(engine, clock, 1, **CHOLERA)
    sound = FakeSound()
    window = make_console(url, clock, sound=sound)
    page = window.pages["actual"]
    qtbot.waitUntil(lambda: page.row_count() == 2, timeout=5000)
    assert shown(page) == [waiting, cholera]
    assert sound.played == 0  # stored before the console opened: nothing to announce

    kiosk = Probe(broker.kiosk("XL-LND-01-K1"))
    assert kiosk.connect() == 0
    topic, payload, identifier = cap(clock.now())
    assert kiosk.publish(topic, payload) == 0
    qtbot.waitUntil(lambda: page.row_count() == 3, timeout=10_000)
    arrived = page.model.rows[0]
    assert arrived.id not in (waiting, cholera) and shown(page) == [arrived.id, waiting, cholera]
    assert sound.played == 1
    banner = window.alerting
    assert banner.isVisible() and "1 alert(s) need attention" in banner.text.text()
    assert "Suspected EVD – traveller · XL-LND-01" in banner.text.text()
    qtbot.waitUntil(lambda: window.alerting.escalation.isVisible(), timeout=5000)
    assert window.alerting.escalation.text() == "▲ 1 escalated"  # the one waiting 30 minutes (limit 15)

    cholera_topic, cholera_payload, _ = cap(clock.now(), **CHOLERA)
    assert kiosk.publish(cholera_topic, cholera_payload) == 0
    qtbot.waitUntil(lambda: page.row_count() == 4, timeout=10_000)
    assert sound.played == 1  # an Expected/Moderate alert does not chime
    assert shown(page)[:2] == [arrived.id, waiting]

    console.triage(engine, arrived.id, "acknowledged", officer=BEN)
    qtbot.waitUntil(lambda: shown(page)[0] == waiting, timeout=5000)  # acknowledged: no longer above the rest
    assert shown(page)[1] == arrived.id  # still the highest priority among the others
    kiosk.close()
    assert identifier.startswith("XL-LND-01-")


def test_muting_is_kept_between_sessions_and_silences_the_chime_not_the_notice(
        qtbot, hub, clock, make_console, settings_file) -> None:
    url, engine = hub
    sound = FakeSound()
    window = make_console(url, clock, sound=sound)
    mute = window.alerting.mute
    assert mute.text() == "Sound: on"
    qtbot.mouseClick(mute, Qt.MouseButton.LeftButton)
    assert mute.text() == "Sound: off"
    assert QSettings(str(settings_file), QSettings.Format.IniFormat).value("attention/muted") == "true"
    window.shutdown()

    again = make_console(url, clock, sound=sound)
    assert again.alerting.mute.isChecked() and again.alerting.mute.text() == "Sound: off"
    early = add(engine, clock, 0, urgency="Expected", severity="Moderate", disposition=None, assessment="in-progress")
    page = again.pages["actual"]
    qtbot.waitUntil(lambda: page.row_of(early) is not None, timeout=5000)
    qtbot.waitUntil(lambda: again.alerting.isVisible(), timeout=5000)
    assert sound.played == 0
    assert "Early notice: Suspected EVD" in again.alerting.text.text()
    assert page.cell_text(0, "disposition") == "being assessed"


# ---------------------------------------------------------------------------------------- find


def test_filters_narrow_the_list_and_clear_widens_it(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    land = add(engine, clock, 10)
    air = add(engine, clock, 20, poe="XL-AIR-01", protocol="MVD")
    cholera = add(engine, clock, 30, **CHOLERA, certainty="Likely")
    old = add(engine, clock, 60 * 24 * 10)
    console.triage(engine, land, "closed", officer=BEN, outcome="ruled_out")
    ihr.assign(engine, cholera, "Amina Diallo", actor=BEN.id)  # the IHR assessment's assignment
    window = make_console(url, clock)
    page = window.pages["actual"]
    bar = page.filters
    qtbot.waitUntil(lambda: page.row_count() == 4, timeout=5000)
    qtbot.waitUntil(lambda: bar.poe.count() == 3, timeout=5000)  # "all" and the two enrolled points of entry

    def choose(combo, code: str, expected: set[int]) -> None:
        combo.setCurrentIndex(combo.findData(code))
        qtbot.waitUntil(lambda: set(shown(page)) == expected, timeout=5000)

    choose(bar.poe, "XL-AIR-01", {air})
    choose(bar.poe, "", {land, air, cholera, old})
    choose(bar.protocol, "CHOLERA", {cholera})
    choose(bar.protocol, "", {land, air, cholera, old})
    qtbot.waitUntil(lambda: bar.assigned.count() == 2, timeout=5000)
    choose(bar.assigned, "Amina Diallo", {cholera})
    choose(bar.assigned, "", {land, air, cholera, old})
    choose(bar.urgency, "Immediate", {land, air, old})
    choose(bar.certainty, "Possible", {land, air, old})
    choose(bar.state, "open", {air, old})
    choose(bar.period, "7", {air})
    bar.reference.setText("no such reference")
    qtbot.waitUntil(lambda: shown(page) == [], timeout=5000)
    assert page.count.text() == "0 alert(s)"
    qtbot.mouseClick(bar.clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: set(shown(page)) == {land, air, cholera, old}, timeout=5000)
    identifier = console.alert_detail(engine, cholera).identifier
    bar.reference.setText(identifier[-6:].lower())
    qtbot.waitUntil(lambda: shown(page) == [cholera], timeout=5000)
    bar.reference.clear()
    choose(bar.period, "range", {land, air, cholera})  # from and to: today (the console's clock)
    day = (clock.now() - dt.timedelta(days=10)).astimezone().date()
    bar.since.setDate(day)
    bar.until.setDate(day)
    qtbot.waitUntil(lambda: shown(page) == [old], timeout=5000)


def test_the_list_pages_through_every_alert_as_it_scrolls(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    stored = [add(engine, clock, minute, **CHOLERA) for minute in range(230)]
    window = make_console(url, clock)
    page = window.pages["actual"]
    qtbot.waitUntil(lambda: page.row_count() == 100, timeout=5000)
    assert page.model.canFetchMore() and page.count.text() == "100 alert(s) loaded · scroll for more"
    for loaded in (200, 230):
        with qtbot.waitSignal(window.page_fetched, timeout=5000):
            page.table.scrollToBottom()
        qtbot.waitUntil(lambda n=loaded: page.row_count() == n, timeout=5000)
    assert shown(page) == stored and not page.model.canFetchMore()
    assert page.count.text() == "230 alert(s)"
    newest = add(engine, clock, 0, **CHOLERA)
    qtbot.waitUntil(lambda: shown(page)[:1] == [newest], timeout=5000)
    assert page.row_count() == 230 and page.model.canFetchMore()  # a refresh keeps as many rows as were loaded


# ---------------------------------------------------------------------------------------- detail


def _outside(widget: QWidget, frame: QRect, origin: QWidget) -> bool:
    top_left = widget.mapTo(origin, QPoint(0, 0))
    return not frame.contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_the_detail_shows_the_whole_case_and_nothing_is_clipped(qtbot, hub, clock, make_console, size) -> None:
    url, engine = hub
    _topic, _payload, notice_id = cap(clock.now() - dt.timedelta(minutes=9), disposition=None,
                                      assessment="in-progress")
    notice = console.store_alert(engine, _topic, _payload, clock.now() - dt.timedelta(minutes=9))
    sent = console.alert_detail(engine, notice).message.sent_text
    topic, payload, _ = cap(clock.now() - dt.timedelta(minutes=2), msg_type="Update", assessment="completed",
                            references=(Reference(KIOSKS["XL-LND-01"], notice_id, sent),))
    console.store_alert(engine, topic, payload, clock.now() - dt.timedelta(minutes=2))
    window = make_console(url, clock, size=size)
    page = window.pages["actual"]
    qtbot.waitUntil(lambda: page.row_of(notice) is not None, timeout=5000)
    page.select_row(page.row_of(notice))
    panel = page.detail
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.summary.id == notice, timeout=5000)
    facts = panel.facts.values
    assert facts["symptoms"].text() == "fever, unexplained bleeding"
    assert facts["onset"].text() == "2026-12-05"
    assert facts["itinerary"].text() == "Guinea (GN) — left 2026-12-03\nSierra Leone (SL) — left 2026-11-28"
    assert facts["exposures"].text() == "close contact case"
    assert facts["reasons"].text() == "• Temperature 38.6 °C ≥ 38.0 °C\n• Left GN 5 days ago"
    thread = [w.text() for w in panel.thread.findChildren(QLabel, "thread_entry")]
    assert thread[0].startswith("▸ Early notice — assessment in progress · sent ")
    assert thread[1].startswith("Update (assessment completed) · sent ")
    assert panel.values["flagged"].text() and panel.values["sent"].text() and panel.values["received"].text()
    assert "XL-LND-01-K1" in panel.facts.contact.text()

    assert window.size().toTuple() == size
    frame = QRect(QPoint(0, 0), window.size())
    assert not _outside(panel, frame, window), "the detail panel reaches outside the window"
    viewport = panel.scroll.viewport()
    visible = QRect(QPoint(0, 0), QPoint(viewport.width() - 1, 10**6))  # may scroll down, never sideways
    body = panel.scroll.widget()
    clipped = [w.objectName() or type(w).__name__ for w in body.findChildren(QWidget)
               if w.isVisibleTo(body) and _outside(w, visible, viewport)]
    assert clipped == [], f"cut at the right at {size}: {clipped}"
    assert body.width() <= viewport.width()
