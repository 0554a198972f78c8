"""The console's daily reporting page on a real hub database: a point of entry that sent no aggregate for the
day is shown as missing (first), one where only some kiosks sent is shown in part, and the counts shown are
the aggregates' (built by the kiosk's own message builder, stored as ingest stores them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hub_console_forge import open_console
from PySide6.QtCore import Qt
from sqlalchemy import Engine

from kiosk.aggregates import build_message
from kiosk.clock import FixedClock
from kiosk.hub.aggregates import parse_report, store_aggregates
from kiosk.hub.models import hub_engine
from kiosk.screening import KioskContext
from ui.hub.demo import SITES, enrol_demo_kiosks

pytestmark = pytest.mark.gui
DAY = dt.date(2026, 11, 28)


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[tuple[str, Engine]]:
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    engine = hub_engine(url)
    enrol_demo_kiosks(engine)
    yield url, engine
    engine.dispose()


def send(engine: Engine, site: str, kiosk: str, day: dt.date, screened: int, flagged: int, clock: FixedClock) -> None:
    totals = {"screened": screened, "flagged": flagged, "referred": 0, "isolated": 0}
    counts = {"totals": totals, **{name: {"unknown": totals} for name in
                                   ("by_protocol", "by_sex", "by_age_band", "by_nationality")}}
    context = KioskContext(SITES[site], f"{site}-{kiosk}")
    payload = build_message(identifier=f"AGG-{site}-{kiosk}-{day:%Y%m%d}-1", context=context, day=day, revision=1,
                            sent=clock.now(), counts=counts,
                            exercise={"screened": 9, "flagged": 9, "referred": 0, "isolated": 0})
    with engine.begin() as connection:
        store_aggregates(connection, [parse_report(payload, clock.now()).row])


def test_a_point_of_entry_that_sent_no_aggregate_is_shown_as_missing(qtbot, qapp, hub, clock) -> None:
    url, engine = hub
    send(engine, "XL-AIR-01", "K1", DAY, 120, 4, clock)
    send(engine, "XL-AIR-01", "K2", DAY, 80, 1, clock)
    send(engine, "XL-SEA-02", "K1", DAY, 30, 2, clock)  # its K2 sent nothing
    send(engine, "DEMO-KESSA", "K1", DAY - dt.timedelta(days=1), 7, 0, clock)  # another day only
    window = open_console(qtbot, qapp, url, clock)
    page = window.reporting_page
    page.set_day(DAY)
    bar = window.tabs.tabBar()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(page)).center())
    qtbot.waitUntil(lambda: page.table.rowCount() == 3 and page.selected_day() == DAY and page.reports
                    and page.table.item(0, 0) is not None, timeout=5000)

    def row(number: int) -> list[str]:
        return [page.table.item(number, col).text() for col in range(page.table.columnCount())]

    assert row(0) == ["DEMO-KESSA", "XL", "No report", "DEMO-KESSA-K1, DEMO-KESSA-K2", "—", "—", "—", "—"]
    assert row(1) == ["XL-SEA-02", "XL", "1 of 2 kiosks", "XL-SEA-02-K2", "30", "2", "0", "0"]
    assert row(2) == ["XL-AIR-01", "XL", "Yes", "—", "200", "5", "0", "0"]  # exercise counts not added
    assert page.summary.text() == "1 of 3 points of entry reported · 1 sent nothing · 1 in part"

    with qtbot.waitSignal(page.loaded, timeout=5000):  # the day before: only Kessa reported (in part)
        qtbot.mouseClick(page.earlier, Qt.MouseButton.LeftButton)
    assert page.selected_day() == DAY - dt.timedelta(days=1)
    assert [page.table.item(r, 0).text() for r in range(3)] == ["XL-AIR-01", "XL-SEA-02", "DEMO-KESSA"]
    assert page.table.item(2, 2).text() == "1 of 2 kiosks"
    window.shutdown()


def test_a_user_sees_only_the_points_of_entry_of_their_jurisdiction(qtbot, qapp, hub, clock) -> None:
    from ui.hub.views.reporting import ReportingPage
    from ui.tasks import Tasks

    _url, engine = hub
    send(engine, "XL-AIR-01", "K1", DAY, 120, 4, clock)
    tasks = Tasks()
    page = ReportingPage(tasks, lambda: engine, clock, poes=lambda: frozenset({"XL-AIR-01"}))
    qtbot.addWidget(page)
    page.set_day(DAY)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    assert [r.poe for r in page.reports] == ["XL-AIR-01"]
    assert page.table.item(0, 2).text() == "1 of 2 kiosks"
    tasks.shutdown()
