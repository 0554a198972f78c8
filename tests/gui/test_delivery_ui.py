"""Alert delivery on the home and history screens against a REAL Mosquitto (the shipped site broker on
free loopback ports, from ``tests/integration/mosquitto.py``) and a real hub ingest service (kiosk.hub)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from kiosk_gui_helpers import Taps, settle, sign_in
from sqlalchemy import select, update

from kiosk.alerts.outbox import alert_topic, situation_topic
from kiosk.alerts.situation_updates import generate_key, public_key_text, sign_bundle
from kiosk.alerts.transport import BrokerSettings
from kiosk.hub.ingest import HubIngest, hub_stats
from kiosk.hub.registry import enrol_kiosk
from kiosk.screening import Decision
from kiosk.services import attach_delivery
from kiosk.store import models as m

sys.path.insert(0, str(Path(__file__).parents[1] / "integration"))
from mosquitto import Mosquitto, free_port, probe

pytestmark = [pytest.mark.gui, pytest.mark.integration]

FAST = (0.05, 0.5)
EVD_SUSPECT = {
    "arrival_date": "2026-11-29", "temperature_c": 38.4, "symptoms": ["vomiting"],
    "itinerary": [{"country": "GN", "left": "2026-11-20"}], "exposures": ["direct_care_without_ppe"],
}


@pytest.fixture
def broker(tmp_path):
    """The shipped national broker, kiosk and hub on it (not started: a test starts it when it wants)."""
    server = Mosquitto(tmp_path / "mosquitto", config="national")
    yield server
    server.kill()


@pytest.fixture
def hubs(tmp_path):
    started: list[HubIngest] = []

    def make(broker: Mosquitto, name: str, group: str) -> HubIngest:
        hub = HubIngest(f"sqlite:///{tmp_path / 'hub.sqlite'}", broker.hub(name, workers=1), workers=1,
                        group=group, reconnect_delay=FAST, session_expiry=600)
        enrol_kiosk(hub.engine, "XL-LND-01-K1", "XL", "XL-LND-01")  # the GUI kiosk (tests/gui/conftest.py)
        hub.start()
        assert hub.wait_subscribed(10), "hub ingest did not subscribe"
        started.append(hub)
        return hub

    yield make
    for hub in started:
        hub.stop()
        hub.close()


def with_publisher(services, settings: BrokerSettings, hub_key: str = "", resend_after: float = 60.0) -> None:
    attach_delivery(services, settings, hub_key, reconnect_delay=FAST, resend_after=resend_after)


def complete_evd(qtbot, window, services):
    """Complete an EVD-suspect screening the way the screening controller does (``complete`` on the
    worker, its ``completed`` signal on the GUI thread)."""
    screening = services.screening

    def op():
        encounter = screening.start(officer_id="H1", sop_id="primary", sop_version="1")
        return screening.complete(encounter, EVD_SUSPECT, Decision("H1"))

    with qtbot.waitSignal(window.controller.completed, timeout=10_000) as blocker:
        window.tasks.run(op, window.controller.completed.emit)
    done = blocker.args[0]
    assert done.disposition == "isolate" and done.alert_identifier
    settle(qtbot, window)
    return done


def chip(window) -> str:
    return window.home.bar.connection.text()


def wait_text(qtbot, get, expected: str, timeout: int = 20_000) -> None:
    try:
        qtbot.waitUntil(lambda: get() == expected, timeout=timeout)
    except AssertionError:
        raise AssertionError(f"expected {expected!r}, still {get()!r}") from None


def test_evd_alert_goes_at_broker_then_acknowledged(qtbot, make_window, services, broker, hubs):
    broker.start()
    hubs(broker, "hub-gui", "gui").stop()  # the hub's durable session: the broker keeps alerts for it
    with_publisher(services, broker.kiosk("XL-LND-01-K1"))
    services.start_delivery()
    window = make_window(services)
    sign_in(qtbot, window, "H1")
    card = window.home.delivery
    wait_text(qtbot, lambda: chip(window), "● online")
    assert card.last_ack.text() == "No acknowledgement from the hub yet"

    done = complete_evd(qtbot, window, services)
    Taps(qtbot, window).tap(window.home.history)
    history = window.history
    wait_text(qtbot, lambda: history.cell_text(0, "alert"), "at the broker")  # kept for the hub's session
    wait_text(qtbot, lambda: chip(window), "● online — 1 queued")
    assert card.counts.text().startswith("Waiting on this kiosk: 0 · at the broker: 1")

    back = hubs(broker, "hub-gui", "gui")  # the hub comes back and receives it from its session
    wait_text(qtbot, lambda: history.cell_text(0, "alert"), "acknowledged by the hub")
    wait_text(qtbot, lambda: chip(window), "● online")
    assert card.state.text() == "Online — 0 not yet acknowledged by the hub"
    assert card.counts.text() == "Waiting on this kiosk: 0 · at the broker: 0 · acknowledged: 1 · refused: 0"
    assert card.last_ack.text().startswith("Last acknowledgement from the hub: ")
    assert hub_stats(back.engine)["distinct_identifiers"] == 1
    with services.store.reading() as session:
        assert session.get(m.OutboxMessage, _outbox_id(session, done.encounter_id)).status == "acked"


def test_an_alert_nobody_subscribes_to_waits_on_the_kiosk_until_the_hub_subscribes(
        qtbot, make_window, services, broker, hubs):
    """A broker that has no subscription for alerts (it lost the hub's session, or never had it)
    answers 0x10 and drops the alert: the kiosk keeps it, says why, and sends it again once the hub
    subscribes (no wait for the periodic re-send, an hour away here)."""
    broker.start()
    with_publisher(services, broker.kiosk("XL-LND-01-K1"), resend_after=3600)
    services.start_delivery()
    window = make_window(services)
    sign_in(qtbot, window, "H1")
    card = window.home.delivery
    wait_text(qtbot, lambda: chip(window), "● online")

    done = complete_evd(qtbot, window, services)
    qtbot.waitUntil(lambda: "no subscriber for alerts" in card.state.text(), timeout=20_000)
    assert chip(window) == "● online — 1 queued"
    assert card.counts.text().startswith("Waiting on this kiosk: 1 · at the broker: 0")
    Taps(qtbot, window).tap(window.home.history)
    assert window.history.cell_text(0, "alert") == "queued on this kiosk"

    hub = hubs(broker, "hub-late", "late")
    wait_text(qtbot, lambda: window.history.cell_text(0, "alert"), "acknowledged by the hub")
    wait_text(qtbot, lambda: chip(window), "● online")
    assert "no subscriber" not in card.state.text()
    assert hub_stats(hub.engine)["distinct_identifiers"] == 1
    with services.store.reading() as session:
        assert session.get(m.OutboxMessage, _outbox_id(session, done.encounter_id)).status == "acked"


def _outbox_id(session, encounter_id: str) -> str:
    return session.scalars(select(m.OutboxMessage.id).where(m.OutboxMessage.encounter_id == encounter_id)).one()


def test_broker_absent_shows_offline_with_the_queue(qtbot, make_window, services):
    with_publisher(services, BrokerSettings(url=f"mqtt://127.0.0.1:{free_port()}"))  # nothing listens there
    services.start_delivery()
    window = make_window(services)
    sign_in(qtbot, window, "H1")
    complete_evd(qtbot, window, services)
    complete_evd(qtbot, window, services)
    wait_text(qtbot, lambda: chip(window), "● offline — 2 queued")
    assert window.home.delivery.state.text().startswith("Offline — 2 queued")


def test_no_hub_configured_says_so(qtbot, make_window, services):
    window = make_window(services)  # no publisher: no broker URL in the config
    sign_in(qtbot, window, "H1")
    complete_evd(qtbot, window, services)
    window.refresh_connection()
    settle(qtbot, window)
    assert window.home.delivery.state.text() == "Not connected: no hub configured — 1 queued"
    assert chip(window) == "● offline — 1 queued"


def issue(shipped, sequence: int, areas: list[str]) -> dict:
    """The shipped situation as the hub's ``sequence``-th issue, EVD in ``areas`` (clock: 29 Nov 09:30)."""
    data = json.loads(json.dumps(shipped.data, default=str))
    events = [event for event in data["events"] if event["protocol"] != "EVD"]
    return data | {"version": f"2026-11-29.{sequence + 1}", "sequence": sequence,
                   "issued_at": f"2026-11-29T0{sequence}:00:00Z", "expires": "2026-12-29T00:00:00Z",
                   "events": [*events, {"protocol": "EVD", "areas": areas, "since": "2026-09-01"}]}


def test_signed_situation_changes_the_rules_and_forged_or_replayed_ones_are_refused_also_after_a_restart(
        qtbot, make_window, services, broker, tmp_path, db_file, clock, shipped_rules, context):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from kiosk_gui_helpers import make_services

    from kiosk.alerts.situation_updates import load_private_key
    from kiosk.records import parse_record
    from kiosk.services import restore_situation

    broker.start()
    keys = generate_key(tmp_path / "hub.key")
    hub_key = load_private_key(tmp_path / "hub.key")
    with_publisher(services, broker.kiosk("XL-LND-01-K1"), keys["hub_public_key"])
    services.start_delivery()
    window = make_window(services)
    sign_in(qtbot, window, "H1")
    card = window.home.delivery
    shipped = services.screening.rules.situation
    wait_text(qtbot, card.situation.text, f"Situation in force: {shipped.version}")
    wait_text(qtbot, lambda: chip(window), "● online")
    from_sierra_leone = parse_record(EVD_SUSPECT | {"itinerary": [{"country": "SL", "left": "2026-11-20"}]})

    older, newer = issue(shipped, 1, ["GN"]), issue(shipped, 2, ["GN", "SL"])
    publish_retained(broker, sign_bundle(older, hub_key))
    wait_text(qtbot, card.situation.text, "Situation in force: 2026-11-29.2")
    publish_retained(broker, sign_bundle(newer, hub_key))
    wait_text(qtbot, card.situation.text, "Situation in force: 2026-11-29.3")
    assert not card.situation_warning.isVisible()
    assert services.screening.rules.evaluate(from_sierra_leone).disposition == "isolate"

    publish_retained(broker, sign_bundle(older, hub_key))  # validly signed, but a replay
    qtbot.waitUntil(card.situation_warning.isVisible, timeout=10_000)
    assert "(sequence 1) is older than the situation in force" in card.situation_warning.text()
    assert card.situation.text() == "Situation in force: 2026-11-29.3"
    assert services.screening.rules.evaluate(from_sierra_leone).disposition == "isolate"  # not "refer"

    publish_retained(broker, sign_bundle(issue(shipped, 3, []), Ed25519PrivateKey.generate()))
    qtbot.waitUntil(lambda: "not a trusted hub key" in card.situation_warning.text(), timeout=10_000)
    assert services.screening.rules.situation.version == "2026-11-29.3"

    window.shutdown()  # the kiosk restarts
    services.close()
    again = make_services(db_file, clock, shipped_rules, context)
    try:
        restore_situation(again)
        assert again.screening.rules.situation.version == "2026-11-29.3"
        assert again.screening.rules.evaluate(from_sierra_leone).disposition == "isolate"
        with_publisher(again, broker.kiosk("XL-LND-01-K1"), keys["hub_public_key"])
        again.start_delivery()
        window = make_window(again)
        sign_in(qtbot, window, "H1")
        card = window.home.delivery
        wait_text(qtbot, card.situation.text, "Situation in force: 2026-11-29.3")
        assert card.situation_warning.isVisible() and "not a trusted hub key" in card.situation_warning.text()
        assert public_key_text  # the key format the config's hub_public_key holds
    finally:
        window.shutdown()
        again.close()


def publish_retained(broker: Mosquitto, payload: bytes) -> None:
    """The situation bundle, retained, with the hub's publisher login (``publish-situation`` does the same)."""
    with probe(broker.publisher("XL")) as client:
        assert client.publish(situation_topic("XL"), payload, retain=True) == 0


def test_alert_refused_by_the_acl_is_a_dead_letter_the_officer_can_read(qtbot, make_window, services, broker):
    broker.start()
    try:
        with_publisher(services, broker.kiosk("XL-LND-01-K1"))
        window = make_window(services)
        sign_in(qtbot, window, "H1")
        done = complete_evd(qtbot, window, services)
        foreign = alert_topic("XL", "XL-LND-01", "XL-LND-01-K2", "actual")  # another kiosk's topic
        with services.store.transaction() as session:
            session.execute(update(m.OutboxMessage).where(m.OutboxMessage.encounter_id == done.encounter_id)
                            .values(topic=foreign))
        services.start_delivery()
        card = window.home.delivery
        qtbot.waitUntil(card.show_dead.isVisible, timeout=20_000)
        assert card.show_dead.text() == "Refused alerts: 1"
        Taps(qtbot, window).tap(card.show_dead)
        qtbot.waitUntil(lambda: card.dead_list.count() == 1, timeout=5000)
        text = card.dead_list.item(0).text()
        assert "0x87" in text and foreign in text and "Not authorized" in text
    finally:
        broker.kill()


def test_a_supervisor_sends_refused_alerts_again_once_the_acl_is_fixed_and_others_cannot(
        qtbot, make_window, services, broker, hubs, monkeypatch):
    from kiosk_gui_helpers import PINS

    from kiosk.alerts.cap import MODE_STATUS
    from kiosk.auth import OfficerInfo
    from kiosk.broker import dynsec

    def alert_grants(command: str) -> list[dynsec.Command]:
        """The kiosk role's right to publish its alerts, as an administrator adds or removes it."""
        grants = [{"command": command, "rolename": "poe-kiosk-XL-LND-01-K1", "acltype": "publishClientSend",
                   "topic": alert_topic("XL", "XL-LND-01", "XL-LND-01-K1", mode)} for mode in MODE_STATUS]
        return [grant | {"allow": True} for grant in grants] if command == "addRoleACL" else grants

    services.auth.create_officer(OfficerInfo("A1", "Ada Admin", "admin"), "V1", "Vera Supervisor", "supervisor",
                                 PINS["V1"])
    settings = broker.kiosk("XL-LND-01-K1")
    broker.start()
    dynsec.apply(broker.admin_settings(), alert_grants("removeRoleACL"))  # a faulty ACL change
    with_publisher(services, settings)
    services.start_delivery()
    window = make_window(services)
    sign_in(qtbot, window, "H1")
    card = window.home.delivery
    complete_evd(qtbot, window, services)
    qtbot.waitUntil(card.show_dead.isVisible, timeout=20_000)
    assert card.show_dead.text() == "Refused alerts: 1"
    assert not card.requeue.isVisible()  # a health officer cannot send them again
    Taps(qtbot, window).tap(window.home.bar.sign_out)
    sign_in(qtbot, window, "V1")
    qtbot.waitUntil(card.requeue.isVisible, timeout=5000)

    asked: list[str] = []
    monkeypatch.setattr("ui.dialogs.confirm", lambda parent, title, text, yes, no: asked.append(text) or False)
    Taps(qtbot, window).tap(card.requeue)  # "Keep": nothing changes
    settle(qtbot, window)
    assert asked[0].startswith("1 alert(s) refused by the broker will be queued again. Do this only once")
    assert card.show_dead.text() == "Refused alerts: 1" and not requeue_audit(services)

    dynsec.apply(broker.admin_settings(), alert_grants("addRoleACL"))  # the cause is fixed on the broker
    hub = hubs(broker, "hub-requeue", "requeue")
    monkeypatch.setattr("ui.dialogs.confirm", lambda parent, title, text, yes, no: yes == "Send again")
    Taps(qtbot, window).tap(card.requeue)
    wait_text(qtbot, window.home.notice.text, "1 refused alert(s) queued again.")
    qtbot.waitUntil(lambda: not card.show_dead.isVisible() and not card.requeue.isVisible(), timeout=20_000)
    wait_text(qtbot, lambda: chip(window), "● online")
    assert card.counts.text().endswith("acknowledged: 1 · refused: 0")
    assert hub_stats(hub.engine)["distinct_identifiers"] == 1
    [event] = requeue_audit(services)
    assert event.actor == "V1" and "0x87" in event.detail["refusal"]


def test_a_supervisor_deactivated_while_signed_in_is_refused_calmly_and_nothing_is_sent_again(
        qtbot, make_window, services, monkeypatch):
    """The window offers "Send again" from the role at sign-in; the core re-checks the account, and
    the refusal is said on the home screen."""
    from kiosk_gui_helpers import PINS

    from kiosk.auth import OfficerInfo

    admin = OfficerInfo("A1", "Ada Admin", "admin")
    services.auth.create_officer(admin, "V1", "Vera Supervisor", "supervisor", PINS["V1"])
    with_publisher(services, BrokerSettings(url=f"mqtt://127.0.0.1:{free_port()}"))  # no broker: nothing else changes the row
    window = make_window(services)
    sign_in(qtbot, window, "H1")
    done = complete_evd(qtbot, window, services)
    with services.store.transaction() as session:  # as the broker refused it after an ACL change
        session.execute(update(m.OutboxMessage).where(m.OutboxMessage.encounter_id == done.encounter_id)
                        .values(status="dead", attempts=1, reason_code=0x87,
                                last_error="refused by the broker: 0x87 Not authorized"))
    services.start_delivery()
    Taps(qtbot, window).tap(window.home.bar.sign_out)
    sign_in(qtbot, window, "V1")
    card = window.home.delivery
    qtbot.waitUntil(card.requeue.isVisible, timeout=10_000)
    services.auth.set_active(admin, "V1", False)  # meanwhile, on another screen
    monkeypatch.setattr("ui.dialogs.confirm", lambda parent, title, text, yes, no: yes == "Send again")
    Taps(qtbot, window).tap(card.requeue)
    wait_text(qtbot, window.home.notice.text, "the account of V1 has changed: sign in again")
    assert card.show_dead.text() == "Refused alerts: 1" and not requeue_audit(services)
    with services.store.reading() as session:
        assert session.get(m.OutboxMessage, _outbox_id(session, done.encounter_id)).status == "dead"


def requeue_audit(services):
    with services.store.reading() as session:
        return list(session.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "alert.requeued")))
