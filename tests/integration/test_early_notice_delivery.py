"""The early notice of a suspected Ebola case and its Update reach the hub's ingest through a real
Mosquitto, once each, in order, the Update referencing the notice."""

from __future__ import annotations

import pytest
from integration_helpers import kiosk_context
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.alerts.cap import parse_cap
from kiosk.alerts.early_notice import EarlyNotice
from kiosk.clock import SystemClock
from kiosk.hub.models import HubAlert
from kiosk.screening import Decision, ScreeningService

pytestmark = pytest.mark.integration


def evd_suspect(today) -> dict:
    import datetime as dt

    return {"arrival_date": today.isoformat(), "temperature_c": 38.6, "symptoms": ["vomiting"],
            "itinerary": [{"country": "GN", "left": (today - dt.timedelta(days=7)).isoformat()}]}


def test_the_early_notice_and_its_update_reach_the_hub_once_each(broker, kiosk_store, rules, make_hub,
                                                                  make_publisher) -> None:
    context = kiosk_context()
    service = ScreeningService(kiosk_store, SystemClock(), rules, context)
    service.ensure_site()
    hub = make_hub(broker.url)
    publisher = make_publisher(kiosk_store, broker.url, context)
    record = evd_suspect(service.clock.today())
    draft = service.start(officer_id=None, sop_id="primary", sop_version="1")

    notice_id = EarlyNotice(service).observe(draft, service.evaluate(record), record)
    assert notice_id
    assert publisher.wait_for(lambda status: status.acked == 1, 30), publisher.status()
    with Session(hub.engine) as session:
        (stored,) = session.scalars(select(HubAlert)).all()
    assert (stored.identifier, stored.msg_type, stored.certainty) == (notice_id, "Alert", "Possible")

    assert EarlyNotice(service).observe(draft, service.evaluate(record), record) is None  # the next answer
    done = service.complete(draft, record, Decision("1001"))
    assert publisher.wait_for(lambda status: status.acked == 2, 30), publisher.status()
    with Session(hub.engine) as session:
        rows = session.scalars(select(HubAlert).order_by(HubAlert.id)).all()
    assert [(row.identifier, row.msg_type) for row in rows] == [(notice_id, "Alert"),
                                                                (done.alert_identifier, "Update")]
    update = parse_cap(rows[1].payload.encode("utf-8"))
    notice = parse_cap(rows[0].payload.encode("utf-8"))
    assert [ref.text() for ref in update.references] == [f"{notice.sender},{notice.identifier},{notice.sent_text}"]
    assert update.infos[0].parameters["flagged-at"] == notice.infos[0].parameters["flagged-at"]
