"""Exercise isolation, each guard alone (issue 13, item 6), on the shipped broker with a real enrolled kiosk login.

A kiosk in exercise mode marks its alerts three ways: the CAP ``<status>Exercise``, the topic branch
``…/alerts/exercise`` and the MQTT v5 user properties ``status``/``exercise-id``
(:func:`kiosk.alerts.outbox.user_properties`). The hub decides from every marker together
(:func:`kiosk.hub.ingest.decide_status`), so any one of them, the other two saying Actual, keeps the alert
out of everything that counts Actual: ``hub stats``, the console's Actual view (``list_alerts`` and the
new-arrival query ``alert_ids_after``) and ``hub report``. A control alert with no marker is counted Actual
beside it, so a hub that counted nothing would fail.

The broker does not refuse any of these combinations: a kiosk's login may publish on each of its own mode
branches (:func:`kiosk.broker.policy.kiosk_grants`), and the CAP status and the user properties are not
its business. Every guard here is held by the hub; the test asserts the broker accepted each PUBLISH.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from integration_helpers import wait_until
from mosquitto import probe
from sqlalchemy import Engine, select

from kiosk.alerts.cap import AlertContent, build_alert
from kiosk.alerts.outbox import alert_topic
from kiosk.cli import main
from kiosk.hub.console import alert_ids_after, list_alerts
from kiosk.hub.ingest import hub_stats
from kiosk.hub.models import HubAlert

pytestmark = pytest.mark.integration

KIOSK, POE, COUNTRY = "XL-LND-01-KG", "XL-LND-01", "XL"
"""A kiosk login no other test uses (made before the hub, which enrols it as a deployment does)."""

GUARDS = {
    # guard: (CAP status, topic branch, user properties besides alert-id and kiosk-id)
    "status": ("Exercise", "actual", {"status": "Actual"}),
    "topic": ("Actual", "exercise", {"status": "Actual"}),
    "user-property": ("Actual", "actual", {"status": "Exercise", "exercise-id": "EX-GUARD"}),
}


def _alert(identifier: str, status: str) -> bytes:
    """A kiosk's CAP alert (no note: the note is a marker of its own, not one of the three guards)."""
    return build_alert(AlertContent(
        identifier=identifier, sender=KIOSK, sent=dt.datetime.now(dt.UTC), status=status,
        event="Suspected EVD – traveller", urgency="Immediate", severity="Severe", certainty="Possible",
        area_desc=f"{POE}, {COUNTRY}",
        parameters={"protocol": "EVD", "risk": "high", "disposition": "isolate", "point-of-entry": POE}))


def _publish(kiosk, identifier: str, status: str, mode: str, user: dict[str, str]) -> None:
    properties = {"alert-id": identifier, "kiosk-id": KIOSK, **user}
    code = kiosk.publish(alert_topic(COUNTRY, POE, KIOSK, mode), _alert(identifier, status), user_properties=properties)
    assert code == 0, f"the broker refused {identifier}: {code}"  # the broker lets every combination through


def _identifiers(engine: Engine, ids: list[int]) -> list[str]:
    with engine.connect() as connection:
        return list(connection.scalars(select(HubAlert.identifier).where(HubAlert.id.in_(ids))))


def _cli_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict:
    main(argv)  # ``hub stats`` exits on the workers' health, which this test does not judge
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("guard", sorted(GUARDS))
def test_one_exercise_marker_alone_keeps_the_alert_out_of_every_actual_count(
        guard: str, broker, make_hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    login = broker.kiosk(KIOSK, COUNTRY, POE)  # before the hub: it enrols the broker's kiosk logins
    hub_db = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    hub = make_hub(broker.url, db_url=hub_db)
    cap_status, mode, user = GUARDS[guard]
    run = uuid.uuid4().hex[:8].upper()
    guarded, control = f"{POE}-{run}-X", f"{POE}-{run}-A"
    with probe(login) as kiosk:
        _publish(kiosk, guarded, cap_status, mode, user)
        _publish(kiosk, control, "Actual", "actual", {"status": "Actual"})
    wait_until(lambda: hub_stats(hub.engine)["total"] == 2, 20, "both alerts stored")

    stats = _cli_json(["hub", "stats", "--db", hub_db], capsys)
    assert (stats["actual"], stats["exercise"], stats["test"], stats["quarantined"]) == (1, 1, 0, 0), stats
    assert _identifiers(hub.engine, [a.id for a in list_alerts(hub.engine, "actual")]) == [control]
    assert _identifiers(hub.engine, alert_ids_after(hub.engine, "actual", 0)) == [control]  # new-arrival notices
    assert _identifiers(hub.engine, [a.id for a in list_alerts(hub.engine, "exercise")]) == [guarded]
    report = _cli_json(["hub", "report", "--days", "1", "--db", hub_db], capsys)
    assert (report["total"], report["not_counted"]) == (1, {"exercise": 1, "test": 0}), report
    assert report["by_protocol_and_point_of_entry"] == [{"protocol": "EVD", "point_of_entry": POE, "alerts": 1}]
    with hub.engine.connect() as connection:
        markers = connection.scalar(select(HubAlert.markers).where(HubAlert.identifier == guarded))
    assert markers == guard, "the hub did not name the one marker that said exercise"
