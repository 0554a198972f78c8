"""``poe-kiosk exercise run --auto --broker``: the exercise's alert reaches a real hub through the shipped
broker, acknowledged, and the hub counts it as exercise, never as actual."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from integration_helpers import broker_arguments

from kiosk.cli import main

pytestmark = pytest.mark.integration


def test_the_exercise_alert_is_delivered_and_counted_as_exercise_at_the_hub(broker, make_hub, tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    hub_db = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    login = broker.kiosk("XL-LND-01-K6")  # before the hub: it enrols every kiosk login of the broker
    make_hub(broker.url, db_url=hub_db)
    code = main(["exercise", "run", "hub-link-lost", "--auto", *broker_arguments(login),
                 "--kiosk-id", "XL-LND-01-K6", "--poe", "XL-LND-01", "--country", "XL",
                 "--db", f"sqlite:///{tmp_path / 'k.sqlite'}", "--timeout", "30"])
    score = json.loads(capsys.readouterr().out)
    assert score["passed"] is True
    assert (code, score["delivery"]["acknowledged"], score["delivery"]["complete"]) == (0, 1, True)
    assert main(["hub", "stats", "--db", hub_db]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["exercise"], stats["actual"], stats["test"]) == (1, 0, 0)
