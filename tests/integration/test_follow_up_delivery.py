"""Follow-up end to end over the shipped broker: a kiosk's ``monitor`` decision with a contact given with
consent reaches the hub once (the kiosk's outbox row acknowledged), the hub console lists it, and a check
clicked on the console is stored with who and when (pytest-qt on the real hub database)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hub_console_forge import ACTOR, open_console
from integration_helpers import kiosk_context, wait_until
from PySide6.QtCore import Qt
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.alerts.outbox import notify_enqueued
from kiosk.clock import SystemClock
from kiosk.follow_up import FollowUpContact, purge_contacts
from kiosk.hub.follow_up import HubFollowUp, checks_of
from kiosk.screening import Decision, ScreeningService
from kiosk.store import models as m

pytestmark = [pytest.mark.integration, pytest.mark.gui]


def monitored(day: dt.date) -> dict:
    return {"arrival_date": day.isoformat(), "age_years": 30, "conveyance": {"type": "land"},
            "itinerary": [{"country": "GN", "left": (day - dt.timedelta(days=4)).isoformat()}]}


def outbox_statuses(store) -> list[str]:
    with store.reading() as session:
        return list(session.scalars(select(m.OutboxMessage.status)))


def follow_ups(engine) -> list[HubFollowUp]:
    with Session(engine) as session:
        return list(session.scalars(select(HubFollowUp)))


def test_a_follow_up_record_arrives_once_and_a_check_is_recorded(
        qtbot, qapp, broker, kiosk_store, rules, make_hub, make_publisher) -> None:
    context = kiosk_context()
    clock = SystemClock()
    service = ScreeningService(kiosk_store, clock, rules, context)
    service.ensure_site()
    encounter = service.start(officer_id=None, sop_id="t", sop_version="1")
    done = service.complete(encounter, monitored(clock.today()), Decision(
        "S1", contact=FollowUpContact(phone="+000 555 0100", address="12 Lake Road, Kessa", consent=True)))
    hub = make_hub(broker.url)
    publisher = make_publisher(kiosk_store, broker.url, context)
    assert publisher.wait_for(lambda s: s.acked == 1, 20), publisher.status()
    with kiosk_store.connection() as connection:  # the Ack lost: the kiosk sends the record again
        connection.execute(update(m.OutboxMessage).values(status="queued", acked_at=None, sent_at=None))
    notify_enqueued()
    wait_until(lambda: outbox_statuses(kiosk_store) == ["acked"], 20, "the copy acknowledged")
    [stored] = follow_ups(hub.engine)
    assert (stored.reference, stored.poe, stored.protocol, stored.disposition) == (
        done.traveller_reference, "XL-LND-01", "EVD", "monitor")
    assert (stored.phone, stored.address, stored.consent, stored.consent_recorded_by) == (
        "+000 555 0100", "12 Lake Road, Kessa", True, "S1")
    assert stored.end_date == clock.today() - dt.timedelta(days=4) + dt.timedelta(days=21)
    assert purge_contacts(kiosk_store, clock, context) == 1  # acknowledged: the kiosk's copy goes
    with kiosk_store.reading() as session:
        payload = session.scalars(select(m.OutboxMessage.payload)).one()
    assert json.loads(payload)["contact"] is None

    window = open_console(qtbot, qapp, hub.engine.url.render_as_string(hide_password=False), clock, refresh_ms=200)
    page = window.follow_up_page
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.tabs.setCurrentWidget(page)
    assert page.table.item(0, 0).text() == done.traveller_reference
    assert page.table.item(0, 6).text() == "+000 555 0100 · 12 Lake Road, Kessa"
    rect = page.table.visualItemRect(page.table.item(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.checked, timeout=5000):
        qtbot.mouseClick(page.buttons["well"], Qt.MouseButton.LeftButton)
    assert page.table.item(0, 5).text() == "Well"
    with Session(hub.engine) as session:
        [check] = checks_of(session, stored.id)
    assert (check.status, check.actor, check.day) == ("well", ACTOR, clock.now().astimezone(dt.UTC).date())
    assert abs((clock.now() - check.recorded_at).total_seconds()) < 60
    window.shutdown()
