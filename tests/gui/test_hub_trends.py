"""The console's trends page (``ui.hub.trends``) offscreen on a real SQLite hub database with real CAP
alerts: one chart per point of entry with a line for all its alerts and one per protocol, the line list,
the 14/30/90-day periods, and the exports written from the page. Waits are on signals and conditions."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import jsonschema
import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import Engine

from kiosk.clock import FixedClock
from kiosk.datafiles import schema
from kiosk.hub import console
from kiosk.hub.accounts import HubAccounts, HubUser
from kiosk.hub.dhis2 import DATA_VALUE_SET_SCHEMA
from kiosk.hub.models import hub_engine
from ui.hub import dialogs
from ui.hub.demo import DemoAlert, add_alert, enrol_demo_kiosks
from ui.hub.views.alerting import Alerting
from ui.hub.window import HubConsoleWindow

pytestmark = pytest.mark.gui
ADA = HubUser("ada", "Ada Okoro", "surveillance_officer")
BEN = HubUser("ben", "Ben Mensah", "supervisor")
EXAMPLE_MAPPING = Path(__file__).parents[2] / "kiosk" / "data" / "dhis2" / "mapping.example.yaml"


@pytest.fixture
def hub(tmp_path: Path, fast_passwords: None) -> Iterator[tuple[str, Engine]]:
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    engine = hub_engine(url)
    enrol_demo_kiosks(engine)
    for user in (ADA, BEN):
        HubAccounts(engine).add_user("test", user.id, user.name, user.role, "a long test password")
    yield url, engine
    engine.dispose()


class SilentSound:
    """The sound player's seam (no audio device in a test)."""

    def play(self) -> None:
        pass


@pytest.fixture
def make_console(qtbot, qapp, tmp_path: Path) -> Iterator[Callable[..., HubConsoleWindow]]:
    from ui import theme

    theme.apply(qapp)
    windows: list[HubConsoleWindow] = []

    def build(url: str, clock: FixedClock) -> HubConsoleWindow:
        settings = QSettings(str(tmp_path / "hub-console.ini"), QSettings.Format.IniFormat)
        alerting = Alerting(sound=SilentSound(), settings=settings)
        window = HubConsoleWindow(url, ADA, clock=clock, refresh_ms=100, alerting=alerting)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        windows.append(window)
        qtbot.waitUntil(lambda: window.baseline["actual"] is not None, timeout=5000)
        return window

    yield build
    for window in windows:
        window.shutdown()


def seed(engine: Engine, clock: FixedClock) -> None:
    """XL-AIR-01: EVD today and 3 days ago, MVD 20 days ago; XL-SEA-02: CHOLERA 40 days ago (closed);
    an exercise today (never on the page)."""
    now = clock.now()
    add_alert(engine, DemoAlert("XL-AIR-01", "EVD"), now - dt.timedelta(hours=1))
    add_alert(engine, DemoAlert("XL-AIR-01", "EVD"), now - dt.timedelta(days=3))
    add_alert(engine, DemoAlert("XL-AIR-01", "MVD", risk="some", disposition="refer"), now - dt.timedelta(days=20))
    cholera = add_alert(engine, DemoAlert("XL-SEA-02", "CHOLERA", risk="some", disposition="refer"),
                        now - dt.timedelta(days=40))
    console.triage(engine, cholera, "closed", officer=BEN, outcome="ruled_out", clock=clock)
    add_alert(engine, DemoAlert("DEMO-KESSA", "EVD", mode="exercise", exercise_id="EX-1"), now - dt.timedelta(hours=2))


def open_trends(qtbot, window: HubConsoleWindow) -> None:
    with qtbot.waitSignal(window.trends.shown, timeout=5000):
        bar = window.tabs.tabBar()
        index = window.tabs.indexOf(window.trends.page)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def pick_period(qtbot, window: HubConsoleWindow, days: int) -> None:
    with qtbot.waitSignal(window.trends.shown, timeout=5000):
        qtbot.mouseClick(window.trends.page.periods.button(days), Qt.MouseButton.LeftButton)


def test_one_chart_per_point_of_entry_with_a_line_per_protocol(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    seed(engine, clock)
    window = make_console(url, clock)
    page = window.trends.page
    open_trends(qtbot, window)
    assert page.days() == 14
    assert set(page.charts) == {"XL-AIR-01"}
    assert page.series_names("XL-AIR-01") == ["All protocols", "EVD"]
    series = page.charts["XL-AIR-01"].chart().series()[0]
    assert isinstance(series, QLineSeries) and series.count() == 14
    assert [int(series.at(i).y()) for i in range(14)][-4:] == [1, 0, 0, 1]
    assert page.summary.text().startswith("2 actual alert(s) received from 16 Nov 2026 to 29 Nov 2026")
    assert "travellers screened: not available" in page.summary.text()
    assert page.line_list.rowCount() == 2

    pick_period(qtbot, window, 30)
    assert set(page.charts) == {"XL-AIR-01"} and page.series_names("XL-AIR-01") == ["All protocols", "EVD", "MVD"]
    assert page.charts["XL-AIR-01"].chart().series()[0].count() == 30

    pick_period(qtbot, window, 90)
    assert set(page.charts) == {"XL-AIR-01", "XL-SEA-02"}
    assert page.series_names("XL-SEA-02") == ["All protocols", "CHOLERA"]
    assert [len(page.charts[poe].chart().series()) for poe in ("XL-AIR-01", "XL-SEA-02")] == [3, 2]
    table = page.line_list
    assert table.rowCount() == 4
    assert [table.item(r, 1).text() for r in range(4)] == ["XL-AIR-01", "XL-AIR-01", "XL-AIR-01", "XL-SEA-02"]
    assert table.item(3, 6).text() == "Closed" and table.item(3, 7).text() == "Ruled out"
    assert page.line_list_title.text() == "Line list: 4 alert(s)"


def test_a_new_alert_redraws_the_page_on_show(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    seed(engine, clock)
    window = make_console(url, clock)
    open_trends(qtbot, window)
    with qtbot.waitSignal(window.trends.shown, timeout=5000):
        add_alert(engine, DemoAlert("XL-SEA-02", "MVD"), clock.now() - dt.timedelta(minutes=1))
    assert window.trends.page.series_names("XL-SEA-02") == ["All protocols", "MVD"]


def test_exports_from_the_page(qtbot, hub, clock, make_console, tmp_path: Path, monkeypatch) -> None:
    url, engine = hub
    seed(engine, clock)
    window = make_console(url, clock)
    open_trends(qtbot, window)
    pick_period(qtbot, window, 90)
    page = window.trends.page
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_: EXAMPLE_MAPPING)
    written = {}
    for kind, suffix in (("linelist", "csv"), ("pdf", "pdf"), ("dhis2", "json")):
        target = tmp_path / f"export-{kind}.{suffix}"
        monkeypatch.setattr(dialogs, "ask_export_path", lambda *_, t=target: t)
        with qtbot.waitSignal(window.trends.exported, timeout=10000):
            qtbot.mouseClick(page.exports[kind], Qt.MouseButton.LeftButton)
        written[kind] = target
        assert page.message.text() == f"Saved {target}"
    rows = list(csv.DictReader(written["linelist"].open(encoding="utf-8")))
    assert [r["protocol"] for r in rows] == ["EVD", "EVD", "MVD", "CHOLERA"]
    assert written["pdf"].read_bytes()[:5] == b"%PDF-"
    validator = jsonschema.Draft202012Validator(schema(DATA_VALUE_SET_SCHEMA))
    sets = json.loads(written["dhis2"].read_text())["dataValueSets"]
    assert len(sets) == 3 * 90 and all(validator.is_valid(s) for s in sets)


@pytest.fixture
def french(qapp) -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translators

    translators = install_translators(qapp, "fr", "hub")
    assert translators, "hub_fr.qm did not load"
    yield
    for translator in translators:
        QApplication.removeTranslator(translator)


def test_the_trends_page_in_french(qtbot, hub, clock, make_console, french) -> None:
    url, engine = hub
    seed(engine, clock)
    window = make_console(url, clock)
    assert window.tabs.tabText(window.tabs.indexOf(window.trends.page)) == "Tendances"
    open_trends(qtbot, window)
    page = window.trends.page
    assert page.periods.button(30).text() == "30 derniers jours"
    assert page.summary.text().startswith("2 alertes réelles reçues du 16 nov. 2026 au 29 nov. 2026")
    assert page.series_names("XL-AIR-01") == ["Tous les protocoles", "EVD"]
    assert page.line_list.horizontalHeaderItem(7).text() == "Conclusion"
    assert page.line_list_title.text() == "Liste linéaire : 2 alertes"
    assert page.exports["linelist"].text() == "Liste linéaire CSV…"


def test_the_summary_counts_the_travellers_the_kiosks_screened(qtbot, hub, clock, make_console) -> None:
    from sqlalchemy import insert

    from kiosk.hub.aggregates import HubDailyAggregate

    url, engine = hub
    seed(engine, clock)
    with engine.begin() as connection:
        connection.execute(insert(HubDailyAggregate), [
            {"kiosk_id": f"XL-AIR-01-K{k}", "day": clock.today(), "country": "XL", "poe": "XL-AIR-01", "revision": 1,
             "identifier": f"agg-{k}", "sent": clock.now(), "received_at": clock.now(), "screened": 150 + k,
             "flagged": 1, "referred": 0, "isolated": 1, "exercise_screened": 0, "counts": {}, "exercise": {},
             "payload": "{}"} for k in (1, 2)])
    window = make_console(url, clock)
    open_trends(qtbot, window)
    assert window.trends.page.summary.text().endswith(" · 303 travellers screened")
