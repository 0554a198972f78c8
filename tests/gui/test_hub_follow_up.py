"""The console's follow-up page on a real hub database: records the kiosk built (``kiosk.follow_up``) and ingest
stored are listed overdue first with their end date and contact; a check recorded by clicking is stored with
the signed-in name and the time, and the list shows it as today's status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hub_console_forge import ACTOR, open_console
from PySide6.QtCore import Qt
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kiosk.clock import FixedClock
from kiosk.follow_up import FollowUpContact, build_message
from kiosk.hub.follow_up import checks_of, parse_report, store_follow_ups
from kiosk.hub.models import hub_engine
from kiosk.screening import KioskContext
from ui.hub.demo import SITES, enrol_demo_kiosks

pytestmark = pytest.mark.gui


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[tuple[str, Engine]]:
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    engine = hub_engine(url)
    enrol_demo_kiosks(engine)
    yield url, engine
    engine.dispose()


def receive(engine: Engine, reference: str, decided: dt.datetime, end: dt.date, phone: str = "") -> None:
    context = KioskContext(SITES["XL-AIR-01"], "XL-AIR-01-K1")
    payload = build_message(identifier=f"FU-{reference}", context=context, sent=decided, reference=reference,
                            protocol="EVD", disposition="monitor", until=end, recorded_by="S1",
                            contact=FollowUpContact(phone=phone, consent=True) if phone else None)
    with engine.begin() as connection:
        store_follow_ups(connection, [parse_report(payload, decided).row])


def test_a_follow_up_is_listed_and_a_check_is_recorded_with_who_and_when(qtbot, qapp, hub) -> None:
    url, engine = hub
    clock = FixedClock(dt.datetime(2026, 12, 10, 9, 0, tzinfo=dt.UTC))
    receive(engine, "T4K2M9QX7PZ", dt.datetime(2026, 12, 9, 15, 0, tzinfo=dt.UTC), dt.date(2026, 12, 30),
            phone="+000 555 0100")
    receive(engine, "T8N3V5RW2HC", dt.datetime(2026, 12, 6, 11, 0, tzinfo=dt.UTC), dt.date(2026, 12, 27))
    window = open_console(qtbot, qapp, url, clock)
    page = window.follow_up_page
    bar = window.tabs.tabBar()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(page)).center())

    def cells(row: int) -> list[str]:
        return [page.table.item(row, col).text() for col in range(page.table.columnCount())]

    assert cells(0) == ["T8N3V5RW2HC", "XL-AIR-01", "EVD", "monitor", "2026-12-27", "Not checked", "—", "Overdue"]
    assert cells(1) == ["T4K2M9QX7PZ", "XL-AIR-01", "EVD", "monitor", "2026-12-30", "Not checked", "+000 555 0100",
                        "Due today"]
    assert page.summary.text() == "2 under follow-up · 1 overdue · 1 due today"
    assert not page.buttons["well"].isEnabled()

    rect = page.table.visualItemRect(page.table.item(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.buttons["symptoms"].isEnabled()
    qtbot.keyClicks(page.note, "fever 38.4, referred by phone to the district team")
    with qtbot.waitSignal(page.checked, timeout=5000) as checked:
        qtbot.mouseClick(page.buttons["symptoms"], Qt.MouseButton.LeftButton)
    follow_up_id = checked.args[0]
    row = page.row_of(follow_up_id)
    assert cells(row)[5] == "Symptoms" and cells(row)[7] == "Checked today"
    assert page.message.text() == "Check recorded for T8N3V5RW2HC."
    with Session(engine) as session:
        [check] = checks_of(session, follow_up_id)
    assert (check.status, check.actor, check.recorded_at, check.day) == (
        "symptoms", ACTOR, clock.now(), dt.date(2026, 12, 10))
    assert check.note == "fever 38.4, referred by phone to the district team"
    window.shutdown()


def test_a_role_that_may_not_check_sees_the_list_without_the_check_buttons_enabled(qtbot, qapp, hub) -> None:
    from ui.hub.views.follow_up import FollowUpPage
    from ui.tasks import Tasks

    _url, engine = hub
    clock = FixedClock(dt.datetime(2026, 12, 10, 9, 0, tzinfo=dt.UTC))
    receive(engine, "T4K2M9QX7PZ", dt.datetime(2026, 12, 9, 15, 0, tzinfo=dt.UTC), dt.date(2026, 12, 30))
    tasks = Tasks()
    page = FollowUpPage(tasks, lambda: engine, clock, lambda: "viewer", may_check=lambda: False)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    page.table.selectRow(0)
    assert page.selected() is not None and page.selected().reference == "T4K2M9QX7PZ"
    assert not any(button.isEnabled() for button in page.buttons.values())
    tasks.shutdown()
