"""Early notice and repeat encounters in the real window: a suspected Ebola case reaches the outbox as
a CAP Alert (certainty Possible) while the screening is still going on, the decision follows as its
Update (or Cancel); the secondary queue shows protocol, severity and waiting time; the same passport
seen again shows the earlier decision and its time on the decision page."""

from __future__ import annotations

import pytest
from kiosk_gui_helpers import Taps, find, settle, sign_in, wedge_scan
from sqlalchemy import select

from kiosk.alerts.cap import parse_cap
from kiosk.store import models as m

pytestmark = pytest.mark.gui

MRZ = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def messages(services) -> list:
    with services.store.reading() as session:
        rows = session.scalars(select(m.OutboxMessage).order_by(m.OutboxMessage.created_at, m.OutboxMessage.id))
        return [parse_cap(row.payload) for row in rows]


def add_country(taps: Taps, window, search: str, days_ago: int) -> None:
    find(window, "country_search").setText(search)
    for _ in range(days_ago // 7):
        taps.tap("date_-week")
    taps.tap("country_add")


def ebola_traveller_to_documents(qtbot, window, officer: str) -> Taps:
    """Fever, headache, Guinea a week ago: the live flags reach Ebola isolate on the travel page."""
    sign_in(qtbot, window, officer)
    taps = Taps(qtbot, window)
    taps.quick_check("38.7", "feels_unwell", "listed_country")
    taps.symptoms("fever", "headache")
    add_country(taps, window, "Guinea", 7)
    settle(qtbot, window)
    assert "Isolate" in window.screening.flags.banner.text.text()
    taps.tap(window.screening.next)
    taps.tap("chip_body_fluid_contact")
    taps.tap(window.screening.next)
    return taps


def scan_passport(qtbot, window) -> None:
    wedge_scan(qtbot, window, MRZ)
    box = window.controller.boxes["travel_document"].editor
    qtbot.waitUntil(lambda: box.state == "ok", timeout=10_000)
    settle(qtbot, window)


def test_the_early_notice_leaves_before_anyone_decides_and_the_queue_shows_it_first(qtbot, window, services, clock):
    taps = ebola_traveller_to_documents(qtbot, window, "S1")
    assert window.stack.currentWidget() is window.screening  # nobody has decided anything yet
    (notice,) = messages(services)
    assert (notice.msg_type, notice.infos[0].certainty) == ("Alert", "Possible")
    assert notice.infos[0].parameters["assessment"] == "in-progress"
    assert notice.infos[0].parameters["protocol"] == "EVD"
    taps.land_crossing_to_decision()
    taps.tap(window.decision.to_secondary)
    assert len(messages(services)) == 1  # sending to secondary sends nothing more
    clock.advance(minutes=17)
    window.refresh_home()
    settle(qtbot, window)
    row = window.home.queue.item(0).text()
    assert "Ebola" in row and "Severe" in row and "Isolate" in row and "waiting 17 min" in row, row


def test_the_decision_follows_as_an_update_referencing_the_notice(qtbot, window, services, clock):
    taps = ebola_traveller_to_documents(qtbot, window, "H1")
    clock.advance(minutes=6)
    taps.land_crossing_to_decision()
    taps.tap(window.decision.confirm)
    assert window.stack.currentWidget() is window.home
    notice, update = messages(services)
    assert update.msg_type == "Update" and notice.infos[0].certainty == "Possible"
    assert [ref.text() for ref in update.references] == [f"{notice.sender},{notice.identifier},{notice.sent_text}"]
    assert update.infos[0].parameters["disposition"] == "isolate"
    assert update.infos[0].parameters["flagged-at"] == notice.infos[0].parameters["flagged-at"]


def test_the_same_passport_again_shows_the_earlier_isolation_and_its_time(qtbot, window, services, clock):
    taps = ebola_traveller_to_documents(qtbot, window, "H1")
    scan_passport(qtbot, window)
    taps.land_crossing_to_decision()
    assert not window.decision.repeat_note.isVisible()  # first time at this kiosk
    taps.tap(window.decision.confirm)
    with services.store.reading() as session:
        keys = session.scalars(select(m.Encounter.document_key)).all()
    assert keys[0] and "L898902C3" not in keys[0]

    clock.advance(minutes=9)
    taps.quick_check("36.6", "listed_country")
    add_country(taps, window, "France", 0)
    taps.tap(window.screening.next)
    taps.tap("chip_none")
    taps.tap(window.screening.next)
    assert window.screening.step_title.text() == "Documents and journey"
    scan_passport(qtbot, window)
    form_note = window.screening.flags.repeat_note
    assert form_note.isVisible() and "9 min ago" in form_note.text()  # as soon as the passport is read
    taps.tap("chip_land")
    taps.tap("no")
    assert window.screening.next.text() == "Finish"  # no fast lane past the warning
    taps.tap(window.screening.next)
    assert window.stack.currentWidget() is window.decision
    note = window.decision.repeat_note
    assert note.isVisible()
    assert note.text().startswith("This document was screened at this kiosk 9 min ago (")
    assert note.text().endswith("): Isolate — Ebola virus disease"), note.text()
    assert window.decision.banner.text.text() == "Recommended: Clear"
    taps.tap(window.decision.confirm)
    taps.tap(window.home.start)  # the next traveller starts without the warning
    assert not window.screening.flags.repeat_note.isVisible()
