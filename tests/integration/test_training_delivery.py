"""``poe-kiosk exercise run --auto --broker``: the exercise's alert reaches a real hub through the shipped
broker, acknowledged, and the hub counts it as exercise, never as actual."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from integration_helpers import broker_arguments
from mosquitto import probe

from kiosk.alerts.outbox import status_topic
from kiosk.cli import main

pytestmark = pytest.mark.integration

KIOSK = "XL-LND-01-K6"
"""A kiosk no other test uses: its login and its retained status are this test's own."""


def test_the_exercise_alert_is_delivered_and_counted_as_exercise_at_the_hub(broker, make_hub, tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    login = broker.kiosk(KIOSK)  # before the hub: it enrols the broker's kiosks, as a deployment does
    hub_db = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    make_hub(broker.url, db_url=hub_db)
    try:
        code = main(["exercise", "run", "hub-link-lost", "--auto", *broker_arguments(login),
                     "--kiosk-id", KIOSK, "--poe", "XL-LND-01", "--country", "XL",
                     "--db", f"sqlite:///{tmp_path / 'k.sqlite'}", "--timeout", "30"])
        score = json.loads(capsys.readouterr().out)
        assert score["passed"] is True
        assert (code, score["delivery"]["acknowledged"], score["delivery"]["complete"]) == (0, 1, True)
        main(["hub", "stats", "--db", hub_db])  # its exit status is the workers' health, which this test does not judge
        stats = json.loads(capsys.readouterr().out)
        assert (stats["exercise"], stats["actual"], stats["test"]) == (1, 0, 0)
    finally:  # the broker is shared by the session: leave no retained status for other tests' hubs to see
        with probe(login) as kiosk:
            assert kiosk.publish(status_topic("XL", "XL-LND-01", KIOSK), b"", retain=True) < 0x80
