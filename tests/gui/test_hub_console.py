"""The hub console window driven offscreen on a real SQLite hub database holding real CAP alerts
(built by the kiosk's ``alert_content`` → ``build_alert``, stored through ingest's ``alert_row``).

Every wait is on a condition (the console polls the database on its worker); nothing sleeps.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTableView
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kiosk.alerts.cap import AlertContent, Reference, build_alert
from kiosk.clock import FixedClock
from kiosk.hub import console
from kiosk.hub.accounts import HubAccounts, HubUser
from kiosk.hub.ingest import RejectedMessage, quarantine_row, quarantine_statement
from kiosk.hub.models import HubWorker, hub_engine
from ui.hub.demo import DemoAlert, add_alert, add_kiosk_status, enrol_demo_kiosks
from ui.hub.views.alerting import Alerting
from ui.hub.views.alerts import ESCALATED_MARK, NEW_MARK, AlertsPage
from ui.hub.window import HubConsoleWindow
from ui.launcher import main as cli_main  # poe-kiosk itself: core commands and windows

pytestmark = pytest.mark.gui

EVD_AIR = DemoAlert("XL-AIR-01", "EVD")
MVD_SEA = DemoAlert("XL-SEA-02", "MVD", risk="some", disposition="refer")
DRILL = DemoAlert("DEMO-KESSA", "EVD", mode="exercise", exercise_id="EX-2026-11-KESSA")
TEST = DemoAlert("XL-AIR-01", "CHOLERA", mode="test", risk="some", disposition="refer")


PASSWORD = "a long test password"
ADA = HubUser("ada", "Ada Okoro", "surveillance_officer")
BEN = HubUser("ben", "Ben Mensah", "supervisor")
RUI = HubUser("rui", "Rui Costa", "read_only")


@pytest.fixture
def hub(tmp_path: Path, fast_passwords: None) -> Iterator[tuple[str, Engine]]:
    """A hub database with the demo kiosks enrolled and the accounts :data:`ADA`, :data:`BEN` and :data:`RUI`."""
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    engine = hub_engine(url)
    enrol_demo_kiosks(engine)
    for user in (ADA, BEN, RUI):
        HubAccounts(engine).add_user("test", user.id, user.name, user.role, PASSWORD)
    yield url, engine
    engine.dispose()


class FakeSound:
    """The sound player's seam (no audio device in a test): counts the chimes."""

    def __init__(self) -> None:
        self.played = 0

    def play(self) -> None:
        self.played += 1


@pytest.fixture
def make_console(qtbot, qapp, tmp_path: Path) -> Iterator[Callable[..., HubConsoleWindow]]:
    from ui import theme

    theme.apply(qapp)
    windows: list[HubConsoleWindow] = []

    def build(url: str, clock: FixedClock, *, officer: HubUser = ADA, refresh_ms: int = 100,
              sound: FakeSound | None = None) -> HubConsoleWindow:
        settings = QSettings(str(tmp_path / "hub-console.ini"), QSettings.Format.IniFormat)
        alerting = Alerting(sound=sound or FakeSound(), settings=settings)
        window = HubConsoleWindow(url, officer, clock=clock, refresh_ms=refresh_ms, alerting=alerting)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        windows.append(window)
        qtbot.waitUntil(lambda: window.baseline["actual"] is not None, timeout=5000)
        return window

    yield build
    for window in windows:
        window.shutdown()


def add(engine: Engine, alert: DemoAlert, clock: FixedClock, **ago: float) -> int:
    return add_alert(engine, alert, clock.now() - dt.timedelta(**ago))


def ids_shown(page: AlertsPage) -> list[int]:
    return page.ids_shown()


def click_row(qtbot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_tab(qtbot, window: HubConsoleWindow, index: int) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def open_detail(qtbot, window: HubConsoleWindow, alert_id: int, view: str = "actual") -> None:
    page = window.pages[view]
    qtbot.waitUntil(lambda: page.row_of(alert_id) is not None, timeout=5000)
    click_row(qtbot, page.table, page.row_of(alert_id))
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.summary.id == alert_id,
                    timeout=5000)


# ---------------------------------------------------------------------------------------- receive


def test_actual_alerts_only_in_the_list_exercise_and_test_in_their_own_view(
        qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    older = add(engine, EVD_AIR, clock, hours=2)
    newer = add(engine, MVD_SEA, clock, minutes=10)
    drill = add(engine, DRILL, clock, minutes=5)
    test = add(engine, TEST, clock, minutes=1)
    window = make_console(url, clock)
    actual = window.pages["actual"]
    qtbot.waitUntil(lambda: actual.row_count() == 2, timeout=5000)
    assert ids_shown(actual) == [newer, older]
    assert actual.cell_text(0, "poe") == "XL-SEA-02 · K2"
    assert actual.cell_text(0, "protocol") == "MVD" and actual.cell_text(0, "disposition") == "refer"
    assert actual.cell_text(1, "priority") == "Immediate · Severe" and actual.cell_text(1, "state") == "New"
    assert actual.table.isColumnHidden(2)  # no status column: everything here is Actual
    assert window.windowTitle() == "Hub console"  # stored before the console opened: not "new"

    click_tab(qtbot, window, 1)
    drills = window.pages["exercise"]
    qtbot.waitUntil(lambda: drills.row_count() == 2, timeout=5000)
    assert ids_shown(drills) == [drill, test]  # the EVD drill needs attention; the cholera test does not
    assert [drills.cell_text(r, "status") for r in (0, 1)] == ["Exercise", "Test"]
    banner = drills.findChild(type(drills.count), "exercise_banner")
    assert banner.isVisible() and banner.text().startswith("EXERCISE AND TEST ALERTS")
    assert drill not in ids_shown(actual) and test not in ids_shown(actual)


def test_a_new_alert_shows_up_after_the_refresh_marked_and_counted(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    first = add(engine, EVD_AIR, clock, hours=1)
    window = make_console(url, clock)
    page = window.pages["actual"]
    qtbot.waitUntil(lambda: page.row_count() == 1, timeout=5000)

    arrived = add(engine, MVD_SEA, clock)
    qtbot.waitUntil(lambda: page.row_count() == 2, timeout=5000)
    assert ids_shown(page) == [arrived, first]
    assert page.cell_text(0, "new") == NEW_MARK
    assert page.cell_text(1, "new") == ESCALATED_MARK  # an Immediate alert unanswered for an hour (limit 15 min)
    assert window.windowTitle() == "Hub console — 1 new"
    assert window.tabs.tabText(0) == "Actual alerts  (1 new)" and window.new_count.text() == "1 new"
    assert page.count.text() == "2 alert(s) · 1 new"

    add(engine, DRILL, clock)
    qtbot.waitUntil(lambda: "(1 new)" in window.tabs.tabText(1), timeout=5000)
    assert window.windowTitle() == "Hub console — 1 new"  # an exercise is never counted as actual

    open_detail(qtbot, window, arrived)
    assert page.cell_text(0, "new") == ""
    assert window.windowTitle() == "Hub console" and not window.new_count.isVisible()

    again = add(engine, EVD_AIR, clock)
    qtbot.waitUntil(lambda: page.row_of(again) is not None, timeout=5000)
    assert window.windowTitle() == "Hub console — 1 new"
    qtbot.mouseClick(page.mark_seen, Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "Hub console" and page.cell_text(page.row_of(again), "new") == ""


def test_the_state_filter_lists_open_alerts(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    open_one = add(engine, EVD_AIR, clock, hours=1)
    closed = add(engine, MVD_SEA, clock, hours=2)
    console.triage(engine, closed, "closed", officer=BEN, outcome="duplicate")
    window = make_console(url, clock)
    page = window.pages["actual"]
    qtbot.waitUntil(lambda: page.row_count() == 2, timeout=5000)
    page.filters.state.setCurrentIndex(page.filters.state.findData("open"))
    qtbot.waitUntil(lambda: ids_shown(page) == [open_one], timeout=5000)
    page.filters.state.setCurrentIndex(page.filters.state.findData("closed"))
    qtbot.waitUntil(lambda: ids_shown(page) == [closed], timeout=5000)


# ---------------------------------------------------------------------------------------- detail, triage


def test_detail_shows_the_cap_fields_read_back_from_the_stored_payload(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    alert = add(engine, MVD_SEA, clock, minutes=3)
    window = make_console(url, clock)
    open_detail(qtbot, window, alert)
    panel = window.pages["actual"].detail
    stored = console.alert_detail(engine, alert).parameters
    assert panel.event.text() == "Suspected Marburg virus disease – traveller"
    assert panel.values["protocol"].text() == "MVD" and panel.values["risk"].text() == "some"
    assert panel.values["disposition"].text() == "refer" and panel.values["recommended"].text() == "refer"
    assert panel.values["temperature"].text() == "38.6 °C"
    assert panel.values["traveller"].text() == stored["traveller-reference"]
    assert panel.values["follow_up"].text() == stored["follow-up-until"]
    assert panel.values["situation"].text() == "2026-11-29.1" and panel.values["protocols"].text() == "MVD=2026.2"
    assert panel.values["poe"].text() == "Port Aurel seaport (XL-SEA-02), XL"
    assert panel.status_chip.text() == "ACTUAL" and panel.state_chip.text() == "New"
    assert panel.values["flagged"].text() and panel.values["flagged"].isVisibleTo(window)  # the kiosk's flagged-at
    assert [w.text() for w in panel.history.findChildren(type(panel.event))] == ["Not triaged yet."]


def test_triage_to_closed_with_an_outcome_is_stored_and_shown(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    alert = add(engine, EVD_AIR, clock, minutes=3)
    window = make_console(url, clock)
    page = window.pages["actual"]
    open_detail(qtbot, window, alert)
    panel = page.detail

    panel.note.setPlainText("Called the airport port health unit.")
    with qtbot.waitSignal(window.triaged, timeout=5000):
        qtbot.mouseClick(panel.acknowledge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state_chip.text() == "Acknowledged", timeout=5000)
    assert panel.message.text() == "Recorded: Acknowledged." and panel.note.toPlainText() == ""
    assert not panel.acknowledge.isEnabled() and panel.close.isEnabled()

    qtbot.mouseClick(panel.close, Qt.MouseButton.LeftButton)  # no outcome chosen
    qtbot.waitUntil(lambda: panel.message.text().startswith("Outcome:"), timeout=5000)
    assert "choose one to close the alert: confirmed case, ruled out" in panel.message.text()
    panel.outcome.setCurrentIndex(panel.outcome.findData("ruled_out"))
    panel.note.setPlainText("x" * (console.NOTE_MAX + 1))
    assert panel.note_count.text() == f"{console.NOTE_MAX + 1}/{console.NOTE_MAX}"
    qtbot.mouseClick(panel.close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Note:"), timeout=5000)
    assert "at most 500 characters (501 given)" in panel.message.text()
    assert [s.state for s in console.alert_detail(engine, alert).history] == ["acknowledged"]

    panel.note.setPlainText("PCR negative; released with advice.")
    with qtbot.waitSignal(window.triaged, timeout=5000):
        qtbot.mouseClick(panel.close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state_chip.text() == "Closed", timeout=5000)
    stored = console.alert_detail(engine, alert).history
    assert [(s.state, s.outcome, s.note, s.officer) for s in stored] == [
        ("acknowledged", "", "Called the airport port health unit.", "ada"),
        ("closed", "ruled_out", "PCR negative; released with advice.", "ada"),
    ]
    assert stored[-1].at == clock.now()
    lines = [w.text() for w in panel.history.findChildren(type(panel.event), "history_step")]
    assert lines[0].endswith("Closed (Ruled out) · Ada Okoro") and lines[1].endswith("Acknowledged · Ada Okoro")
    qtbot.waitUntil(lambda: page.cell_text(page.row_of(alert), "state") == "Closed", timeout=5000)
    assert panel.investigate.text() == "Re-open" and not panel.close.isEnabled()


def test_a_note_joins_the_history_and_the_state_stays(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    alert = add(engine, EVD_AIR, clock, minutes=3)
    window = make_console(url, clock)
    open_detail(qtbot, window, alert)
    panel = window.pages["actual"].detail
    assert not panel.add_note.isEnabled()  # nothing typed: nothing to add
    panel.note.setPlainText("Lab results expected tomorrow morning.")
    assert panel.add_note.isEnabled()
    with qtbot.waitSignal(window.triaged, timeout=5000):
        qtbot.mouseClick(panel.add_note, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.text() == "Note added.", timeout=5000)
    qtbot.waitUntil(lambda: bool(panel.history.findChildren(type(panel.event), "history_step")), timeout=5000)
    lines = [w.text() for w in panel.history.findChildren(type(panel.event), "history_step")]
    assert len(lines) == 1 and lines[0].endswith("· Note · Ada Okoro")
    assert panel.state_chip.text() == "New" and panel.note.toPlainText() == ""
    assert [(s.state, s.note_only) for s in console.alert_detail(engine, alert).history] == [("new", True)]


def test_a_change_made_meanwhile_by_another_officer_is_not_overwritten(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    alert = add(engine, EVD_AIR, clock, minutes=3)
    window = make_console(url, clock, refresh_ms=600_000)  # no poll shows the other change first
    open_detail(qtbot, window, alert)
    panel = window.pages["actual"].detail
    console.triage(engine, alert, "investigating", officer=BEN)
    qtbot.mouseClick(panel.acknowledge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state_chip.text() == "Investigating", timeout=5000)
    assert panel.message.text().startswith("The alert is now investigating by ben")
    assert [s.officer for s in console.alert_detail(engine, alert).history] == ["ben"]


# ---------------------------------------------------------------------------------------- report


def test_report_counts_actual_alerts_by_protocol_and_point_of_entry(
        qtbot, hub, clock, make_console, tmp_path: Path, monkeypatch) -> None:
    url, engine = hub
    add(engine, EVD_AIR, clock, hours=1)
    add(engine, EVD_AIR, clock, hours=2)
    closed = add(engine, MVD_SEA, clock, hours=3)
    add(engine, DemoAlert("XL-SEA-02", "EVD"), clock, days=3)
    add(engine, EVD_AIR, clock, days=10)
    add(engine, DRILL, clock, hours=1)
    add(engine, TEST, clock, hours=1)
    console.triage(engine, closed, "closed", officer=BEN, outcome="confirmed_case")
    window = make_console(url, clock)
    report = window.report_page

    with qtbot.waitSignal(window.report_shown, timeout=5000):
        click_tab(qtbot, window, 2)
    assert report.summary.text().startswith("4 actual alert(s) received from 23 Nov 00:00")
    assert report.cell("EVD", "XL-AIR-01") == "2" and report.cell("EVD", "XL-SEA-02") == "1"
    assert report.cell("MVD", "XL-SEA-02") == "1" and report.cell("MVD", "XL-AIR-01") == "·"
    assert report.cell("Total", "XL-AIR-01") == "2" and report.cell("Total", "Total") == "4"
    assert {s: w.text() for s, w in report.state_counts.items()} == {
        "new": "3", "acknowledged": "0", "investigating": "0", "closed": "1"}
    assert report.not_counted.text() == "Not counted above: 1 exercise and 1 test alert(s) in the same period."
    assert report.outcomes.text() == "Closed: Confirmed case 1"

    with qtbot.waitSignal(window.report_shown, timeout=5000):
        qtbot.mouseClick(report.periods.button(1), Qt.MouseButton.LeftButton)
    assert report.summary.text().startswith("3 actual alert(s)")
    with qtbot.waitSignal(window.report_shown, timeout=5000):
        qtbot.mouseClick(report.periods.button(28), Qt.MouseButton.LeftButton)
    assert report.summary.text().startswith("5 actual alert(s)") and report.cell("Total", "Total") == "5"

    target = tmp_path / "report.csv"
    monkeypatch.setattr("ui.hub.dialogs.ask_save_path", lambda parent, suggested: target)
    qtbot.mouseClick(report.export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report.message.text() == f"Saved {target}", timeout=5000)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert sum(int(row["alerts"]) for row in rows) == 5
    assert {row["triage_state"] for row in rows} == {"new", "closed"}


# ---------------------------------------------------------------------------------------- starting


def test_an_unreadable_database_is_said_calmly(qtbot, tmp_path: Path, clock, qapp) -> None:
    window = HubConsoleWindow(f"sqlite:///{tmp_path / 'missing' / 'hub.sqlite'}", clock=clock)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.status.text().startswith("Cannot open the hub database"), timeout=5000)
    assert window.engine is None
    window.shutdown()


def test_the_kiosks_tab_shows_which_posts_are_connected(qtbot, hub, make_console) -> None:
    url, engine = hub
    clock = FixedClock(dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC))
    add_kiosk_status(engine, "XL-AIR-01-K1", "online", clock.now() - dt.timedelta(hours=3))
    add_kiosk_status(engine, "XL-SEA-02-K2", "online", clock.now() - dt.timedelta(hours=2))
    window = make_console(url, clock)
    qtbot.waitUntil(lambda: window.presence.text() == "Kiosks: 2 online · 0 offline", timeout=5000)

    add_kiosk_status(engine, "XL-SEA-02-K2", "offline", clock.now() - dt.timedelta(minutes=25))  # its Last Will
    qtbot.waitUntil(lambda: window.presence.text() == "Kiosks: 1 online · 1 offline", timeout=5000)
    click_tab(qtbot, window, window.tabs.indexOf(window.kiosks_page))
    table = window.kiosks_page.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)
    first = [table.item(0, col).text() for col in range(table.columnCount())]
    assert first[:3] == ["XL-SEA-02", "XL-SEA-02-K2", "Offline"]  # the silent post comes first
    assert first[3].endswith("(25 min)")


# ---------------------------------------------------------------------------------------- French


@pytest.fixture
def french(qapp) -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translators

    translators = install_translators(qapp, "fr", "hub")
    assert translators, "hub_fr.qm did not load"
    yield
    for translator in translators:
        QApplication.removeTranslator(translator)


def test_a_french_console_says_everything_in_french_and_fits_1280x800(
        qtbot, hub, clock, make_console, french) -> None:
    url, engine = hub
    add(engine, DemoAlert("XL-SEA-02", "MEASLES", disposition="monitor"), clock, hours=1)
    window = make_console(url, clock)
    page = window.pages["actual"]
    qtbot.waitUntil(lambda: page.row_count() == 1, timeout=5000)
    assert page.count.text() == "1 alerte" and window.windowTitle() == "Console du centre"
    add(engine, DemoAlert("DEMO-KESSA", "CHOLERA", disposition="monitor"), clock, minutes=1)
    arrived = add(engine, DemoAlert("DEMO-KESSA", "MPOX", disposition="monitor"), clock)
    qtbot.waitUntil(lambda: page.row_count() == 3, timeout=5000)  # the widest cells, bold while new
    assert [window.tabs.tabText(i) for i in range(5)] == [
        "Alertes réelles  (2 nouvelles)", "Exercices et tests", "Rapport", "Postes", "Quarantaine"]
    assert window.ingest.text() == "Réception : aucun processus ne s'est signalé"  # no ingest runs in this test
    assert window.windowTitle() == "Console du centre — 2 nouvelles" and window.new_count.text() == "2 nouvelles"
    assert page.count.text() == "3 alertes · 2 nouvelles"
    assert page.cell_text(0, "state") == "Nouveau" and " nov. " in page.cell_text(0, "received")

    open_detail(qtbot, window, arrived)
    panel = page.detail
    assert [panel.acknowledge.text(), panel.investigate.text(), panel.close.text()] == [
        "Prendre en compte", "Investiguer", "Clôturer"]
    qtbot.mouseClick(panel.close, Qt.MouseButton.LeftButton)  # no outcome chosen: refused in French
    assert panel.message.text() == ("Conclusion : choisissez-en une pour clôturer l'alerte : cas confirmé, écarté, "
                                    "perdu de vue, doublon")
    assert console.alert_detail(engine, arrived).history == ()
    with qtbot.waitSignal(window.triaged, timeout=5000):
        qtbot.mouseClick(panel.investigate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state_chip.text() == "En investigation", timeout=5000)
    assert panel.message.text() == "Enregistré : En investigation."
    qtbot.waitUntil(lambda: page.cell_text(page.row_of(arrived), "state") == "En investigation", timeout=5000)

    assert window.size().toTuple() == (1280, 800)
    assert window.minimumSizeHint().width() <= 1280 and window.minimumSizeHint().height() <= 800
    body = panel.scroll.widget()
    assert body.minimumSizeHint().width() <= panel.scroll.viewport().width(), "the detail is wider than its panel"
    for button in (panel.acknowledge, panel.investigate, panel.close):
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is clipped"
    state = page.model.columnCount() - 1
    assert page.table.columnWidth(state) >= page.table.sizeHintForColumn(state), "the triage state is cut"


def test_hub_console_command_takes_the_language(tmp_path: Path, monkeypatch) -> None:
    started: list[tuple[str, str | None, str]] = []
    monkeypatch.setattr("ui.hub.app.run_console",
                        lambda db, user_id=None, language="en": started.append((db, user_id, language)) or 0)
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    assert cli_main(["hub", "console", "--db", url, "--language", "fr"]) == 0
    assert cli_main(["hub", "console", "--db", url, "--user", "amina"]) == 0
    assert started == [(url, None, "fr"), (url, "amina", "en")]
    with pytest.raises(SystemExit):
        cli_main(["hub", "console", "--db", url, "--language", "de"])


# ---------------------------------------------------------------------------------------- ingest health, quarantine, threads


def test_the_bar_says_the_ingest_cannot_reach_its_database_and_the_quarantine_tab_lists_why(
        qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    now = dt.datetime.now(dt.UTC)  # the health row is judged fresh against the real clock, as ingest writes it
    with Session(engine) as session, session.begin():
        session.add(HubWorker(client_id="hub-a-0", host="hub-a", pid=4242, connected=True, database_ok=False,
                              backlog=40, stored=12, quarantined=1, last_commit_at=now - dt.timedelta(seconds=30),
                              last_error="OperationalError: connection refused", updated_at=now))
    topic = "poe/v1/XL/XL-LND-09/XL-LND-09-K1/alerts/actual"
    with engine.begin() as connection:
        connection.execute(quarantine_statement(engine.dialect.name), [quarantine_row(
            topic, b"<alert/>", RejectedMessage("kiosk 'XL-LND-09-K1' is not enrolled at the hub", "unknown-kiosk"),
            now)])
    window = make_console(url, clock)
    qtbot.waitUntil(lambda: "database unreachable" in window.ingest.text(), timeout=5000)
    assert window.ingest.text() == "Ingest: database unreachable, 40 alert(s) waiting · 1 in quarantine"
    page = window.quarantine_page
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "Quarantine  (1)"
    assert page.summary.text() == "1 message(s) in quarantine — Kiosk not enrolled: 1"
    assert [page.table.item(0, col).text() for col in (1, 2)] == ["Kiosk not enrolled", "XL-LND-09-K1"]
    with Session(engine) as session, session.begin():
        worker = session.get(HubWorker, "hub-a-0")
        worker.database_ok, worker.backlog, worker.last_commit_at = True, 0, now
    qtbot.waitUntil(lambda: window.ingest.text().startswith("Ingest: 1 worker(s) OK · last commit "), timeout=5000)


def test_an_update_joins_its_alerts_thread_and_the_times_are_shown(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    alert = add(engine, EVD_AIR, clock, minutes=10)
    original = console.alert_detail(engine, alert)
    update = build_alert(AlertContent(
        identifier=f"{original.identifier}-U1", sender=original.sender, sent=clock.now() - dt.timedelta(minutes=2),
        status="Actual", msg_type="Update", references=(Reference(original.sender, original.identifier,
                                                                  original.message.sent_text),),
        note="Temperature re-taken: 39.2", event=original.summary.event, urgency="Immediate", severity="Severe",
        certainty="Likely", area_desc="Capital International Airport (XL-AIR-01), XL",
        parameters={"protocol": "EVD", "point-of-entry": "XL-AIR-01",
                    "flagged-at": (clock.now() - dt.timedelta(minutes=3)).isoformat()}))
    window = make_console(url, clock)
    page = window.pages["actual"]
    qtbot.waitUntil(lambda: page.row_count() == 1, timeout=5000)
    console.store_alert(engine, f"poe/v1/XL/XL-AIR-01/{original.sender}/alerts/actual", update, clock.now())
    qtbot.waitUntil(lambda: page.cell_text(0, "state").endswith("1 update(s)"), timeout=5000)
    assert page.row_count() == 1 and window.windowTitle() == "Hub console"  # not a new alert
    open_detail(qtbot, window, alert)
    panel = page.detail
    entries = [w.text() for w in panel.thread.findChildren(type(panel.event), "thread_entry")]
    assert len(entries) == 2 and entries[0].startswith("▸ Alert · sent ")
    assert entries[1].startswith("Update · sent ") and entries[1].endswith("— Temperature re-taken: 39.2")
    assert panel.thread_card.isVisibleTo(window)
    flagged = console.alert_detail(engine, alert).summary.flagged_at  # the kiosk's flagged-at, when it sends one
    assert panel.values["flagged"].isVisibleTo(window) == (flagged is not None)
    assert panel.values["sent"].text() and panel.values["received"].text()
