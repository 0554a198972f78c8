"""The shipped Mosquitto files: both brokers bind client ids and limit packet size, the bridge example
is what ``broker add-site`` writes, and the limit fits the largest messages the product really sends."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.alerts.cap import AlertContent, Reference, build_ack, build_alert
from kiosk.broker import logins, policy
from kiosk.hub.ingest import ACK_REFERENCES_PER_MESSAGE

SHIPPED = Path(__file__).parents[3] / "packaging" / "mosquitto"


def test_the_shipped_bridge_example_is_what_add_site_writes(tmp_path: Path) -> None:
    login = logins.site_login("XL", "XL-LND-01", password="<the site's secret: poe-kiosk broker add-site writes it>")
    expected = logins.bridge_config(login, "national-broker.example.gov:8883",
                                    ca_file="/etc/mosquitto/poe/national-ca.crt")
    assert (SHIPPED / "bridge-national.conf.example").read_text() == expected


def shipped_setting(name: str, key: str) -> str:
    values = [line.split()[1] for line in (SHIPPED / name).read_text().splitlines()
              if line.split()[:1] == [key]]
    assert len(values) == 1, (name, key, values)
    return values[0]


@pytest.mark.parametrize("name", ["site.conf", "national.conf"])
def test_both_brokers_ship_the_size_limit_and_bind_client_ids_on_every_listener(name: str) -> None:
    assert int(shipped_setting(name, "max_packet_size")) == policy.MAX_PACKET_BYTES
    lines = [line.split() for line in (SHIPPED / name).read_text().splitlines() if line and line[0] != "#"]
    listeners = [i for i, words in enumerate(lines) if words[0] == "listener"]
    assert len(listeners) == 2
    for start, end in zip(listeners, [*listeners[1:], len(lines)], strict=True):
        assert ["use_username_as_clientid", "true"] in lines[start:end], lines[start]
    assert shipped_setting(name, "allow_anonymous") == "false" and shipped_setting(name, "per_listener_settings") == "false"
    assert "acl_file" not in (SHIPPED / name).read_text()


def largest_alert() -> bytes:
    """A CAP alert with every free-text field at the kiosk configuration's maximum, each character
    an XML escape (``&`` → 5 bytes: more than any 4-byte UTF-8 character)."""
    parameters = {name: "v" * 60 for name in ("protocol", "risk", "disposition", "recommended-disposition",
                                               "temperature", "point-of-entry", "traveller-reference", "encounter",
                                               "situation-version", "protocols-version", "follow-up-until")}
    return build_alert(AlertContent(
        identifier="S" * 40 + "-" + "0" * 26, sender="K" * 60, sent=dt.datetime.now(dt.UTC), status="Exercise",
        note="EXERCISE " + "x" * 40, event="&" * 200, urgency="Immediate", severity="Extreme", certainty="Likely",
        event_codes={"poe-protocol": "X" * 40}, parameters=parameters, area_desc="&" * 500 + " (" + "S" * 40 + "), XL",
        geocodes={"poe-id": "S" * 40, "ISO3166-1": "XL"}))


def test_the_limit_holds_the_largest_alert_and_ack_with_a_clear_margin() -> None:
    alert = largest_alert()
    refs = [Reference("K" * 60, "S" * 40 + "-" + "0" * 26, "2026-12-01T00:00:00-00:00")
            for _ in range(ACK_REFERENCES_PER_MESSAGE)]
    ack = build_ack(identifier="national-hub-" + "0" * 26, sender="national-hub", sent=dt.datetime.now(dt.UTC),
                    status="Actual", references=refs)
    assert 20 * len(alert) < policy.MAX_PACKET_BYTES, len(alert)
    assert 4 * len(ack) < policy.MAX_PACKET_BYTES, len(ack)
    assert 300 * policy.MAX_PACKET_BYTES < 50_000_000
