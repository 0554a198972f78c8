"""Alert delivery on the home and history screens against a REAL Mosquitto (the shipped site broker on
free loopback ports, from ``tests/integration/mosquitto.py``) and a real hub ingest service (kiosk.hub)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from kiosk_gui_helpers import Taps, settle, sign_in
from sqlalchemy import update

from kiosk.alerts.outbox import alert_topic, situation_topic
from kiosk.alerts.situation_updates import generate_key, public_key_text, sign_bundle
from kiosk.alerts.transport import BrokerSettings
from kiosk.hub.ingest import HubIngest, hub_stats
from kiosk.screening import Decision
from kiosk.store import models as m
from ui.services import attach_delivery

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


def test_evd_alert_goes_queued_then_at_broker_then_acknowledged(qtbot, make_window, services, broker, hubs):
    # the broker is down at first; an alert the broker takes while no hub listens is sent again after
    # ``resend_after`` seconds without the hub's Ack (2 s here, 60 s by default)
    with_publisher(services, broker.kiosk("XL-LND-01-K1"), resend_after=2.0)  # created when the broker starts
    services.start_delivery()
    window = make_window(services)
    sign_in(qtbot, window, "H1")
    card = window.home.delivery
    wait_text(qtbot, lambda: chip(window), "● offline — 0 queued")
    assert card.last_ack.text() == "No acknowledgement from the hub yet"

    done = complete_evd(qtbot, window, services)
    wait_text(qtbot, lambda: chip(window), "● offline — 1 queued")
    assert card.state.text().startswith("Offline — 1 queued")
    Taps(qtbot, window).tap(window.home.history)
    history = window.history
    assert history.cell_text(0, "alert") == "queued on this kiosk"

    broker.start()  # the broker takes the alert; no hub is listening yet
    wait_text(qtbot, lambda: history.cell_text(0, "alert"), "at the broker")
    wait_text(qtbot, lambda: chip(window), "● online — 1 queued")

    back = hubs(broker, "hub-gui", "gui")  # the hub starts; the re-sent alert is acknowledged
    wait_text(qtbot, lambda: history.cell_text(0, "alert"), "acknowledged by the hub")
    wait_text(qtbot, lambda: chip(window), "● online")
    assert card.state.text() == "Online — 0 not yet acknowledged by the hub"
    assert card.counts.text() == "Waiting on this kiosk: 0 · at the broker: 0 · acknowledged: 1 · refused: 0"
    assert card.last_ack.text().startswith("Last acknowledgement from the hub: ")
    assert hub_stats(back.engine)["distinct_identifiers"] == 1
    with services.store.reading() as session:
        assert session.get(m.OutboxMessage, _outbox_id(session, done.encounter_id)).status == "acked"


def _outbox_id(session, encounter_id: str) -> str:
    from sqlalchemy import select

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


def test_signed_situation_changes_the_rules_and_a_forged_one_is_refused_with_a_warning(
        qtbot, make_window, services, broker, tmp_path):
    broker.start()
    keys = generate_key(tmp_path / "hub.key")
    with_publisher(services, broker.kiosk("XL-LND-01-K1"), keys["hub_public_key"])
    services.start_delivery()
    window = make_window(services)
    sign_in(qtbot, window, "H1")
    card = window.home.delivery
    shipped = services.screening.rules.situation
    wait_text(qtbot, card.situation.text, f"Situation in force: {shipped.version}")
    wait_text(qtbot, lambda: chip(window), "● online")

    from kiosk.alerts.situation_updates import load_private_key

    data = json.loads(json.dumps(shipped.data, default=str)) | {"version": "2026-12-02.1"}
    publish_retained(broker, sign_bundle(data, load_private_key(tmp_path / "hub.key")))
    wait_text(qtbot, card.situation.text, "Situation in force: 2026-12-02.1")
    assert services.screening.rules.situation.version == "2026-12-02.1"  # the rules in force changed
    assert not card.situation_warning.isVisible()

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    publish_retained(broker, sign_bundle(data | {"version": "2026-12-03.1"}, Ed25519PrivateKey.generate()))
    qtbot.waitUntil(card.situation_warning.isVisible, timeout=10_000)
    assert "does not verify" in card.situation_warning.text()
    assert card.situation.text() == "Situation in force: 2026-12-02.1"
    assert services.screening.rules.situation.version == "2026-12-02.1"
    assert public_key_text  # the key format the config's hub_public_key holds


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
