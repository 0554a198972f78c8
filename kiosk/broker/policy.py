"""What each kind of broker login may do, as dynamic-security ACLs, and the broker's size limit.

Everything not granted here is refused: the brokers' default access (``DEFAULT_ACCESS``) denies
publishing, receiving and subscribing. A kiosk may publish only under its own country, point of entry
and kiosk id, and subscribe only to its own acks and its country's situation bundle; its subscription to
anything else, a ``$share`` group above all, is refused at SUBSCRIBE time (SUBACK 0x87). Mosquitto 2.0's
``acl_file`` cannot do that: it grants every subscription and filters only delivery, so a kiosk in the
hub's shared group silently swallowed its share of every alert (docs/deployment.md, "What was measured").

The topics come from their one home, the wire contract (``kiosk.alerts.outbox``, ``kiosk.hub.ingest``,
``kiosk.hub.presence``); this module only says who gets which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.alerts.cap import MODE_STATUS
from kiosk.alerts.outbox import (
    REPORT_KINDS,
    ack_topic,
    alert_topic,
    report_filter,
    report_topic,
    situation_topic,
    status_topic,
    topic_base,
)
from kiosk.config import IDENTIFIER
from kiosk.errors import InputError
from kiosk.hub.ingest import ALERT_FILTER, shared_filter
from kiosk.hub.presence import PRESENCE_FILTER

MAX_PACKET_BYTES = 128 * 1024
"""The brokers' ``max_packet_size``: the largest MQTT packet either broker takes. A kiosk's alert is
1.9 KB (at most 4.8 KB with every free-text field at its configured maximum), the hub's largest Ack
(200 references) 31 KB, a large situation bundle (30 events of 60 countries) 26 KB; a 50 MB alert is
refused before the broker reads it (docs/deployment.md, "Message size")."""

DYNSEC_TOPIC = "$CONTROL/dynamic-security/v1"
DYNSEC_RESPONSE_TOPIC = f"{DYNSEC_TOPIC}/response"

DEFAULT_ACCESS = {"publishClientSend": False, "publishClientReceive": False, "subscribe": False,
                  "unsubscribe": True}
"""Dynamic-security ``defaultACLAccess``: what a login may do that no role grants (nothing but
unsubscribing). ``mosquitto_ctrl dynsec init`` would let every login receive everything it subscribed to."""

HUB_INGEST_ROLE = "poe-hub-ingest"
ADMIN_ROLE = "poe-broker-admin"
RESERVED_PREFIXES = ("hub-", "site-", "situation-", "admin")
"""Login names of the hub, site bridges, situation publishers and the administrator start so; a kiosk
id may not (every login shares one name space on a broker)."""

_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Grant:
    """One dynamic-security ACL entry (always an ``allow``: denial is the default)."""

    acltype: str
    """``publishClientSend``, ``publishClientReceive``, ``subscribeLiteral`` or ``subscribePattern``."""
    topic: str

    def as_json(self) -> dict[str, object]:
        return {"acltype": self.acltype, "topic": self.topic, "allow": True}


def check_identifier(field: str, value: str) -> str:
    """A kiosk id, point of entry or login name: the kiosk config's identifier alphabet (no ``/``,
    ``+``, ``#``, ``$`` or space, so it is safe in a topic and as a username)."""
    if not IDENTIFIER.match(value or ""):
        raise InputError(field, f"{value!r} must be letters, digits, '-', '_' or '.' (at most 60)")
    return value


def check_country(value: str) -> str:
    if not _COUNTRY.match(value or ""):
        raise InputError("country", f"{value!r} is not two capital letters (ISO 3166-1 alpha-2)")
    return value


def _read(topic: str, *, pattern: bool = False) -> list[Grant]:
    """Subscribing to ``topic`` and receiving what arrives on it."""
    return [Grant("subscribePattern" if pattern else "subscribeLiteral", topic),
            Grant("publishClientReceive", topic)]


def kiosk_grants(country: str, poe: str, kiosk_id: str) -> list[Grant]:
    """A kiosk: its own alert branches, report topics and retained status (also its Last Will) out; its own acks and
    its country's signed situation in. Nothing with a wildcard, nothing of another kiosk."""
    check_country(country)
    check_identifier("poe", poe)
    check_identifier("kiosk id", kiosk_id)
    if kiosk_id.lower().startswith(RESERVED_PREFIXES):
        raise InputError("kiosk id", f"{kiosk_id!r} starts like a hub, site or administrator login "
                                     f"({', '.join(RESERVED_PREFIXES)})")
    alerts = [Grant("publishClientSend", alert_topic(country, poe, kiosk_id, mode)) for mode in MODE_STATUS]
    reports = [Grant("publishClientSend", report_topic(country, poe, kiosk_id, kind)) for kind in REPORT_KINDS]
    return [*alerts, *reports, Grant("publishClientSend", status_topic(country, poe, kiosk_id)),
            *_read(ack_topic(country, poe, kiosk_id)), *_read(situation_topic(country))]


def hub_ingest_grants() -> list[Grant]:
    """A hub ingest worker: any shared group of the alert filter and of each report kind's (daily
    aggregates, follow-up records), the kiosks' status (worker 0) and every kiosk's acks out."""
    reports = [grant for kind in REPORT_KINDS for grant in (
        Grant("subscribePattern", f"$share/+/{report_filter(kind)}"),
        Grant("publishClientReceive", report_filter(kind)))]
    return [Grant("subscribePattern", shared_filter("+")), Grant("publishClientReceive", ALERT_FILTER), *reports,
            *_read(PRESENCE_FILTER, pattern=True),
            Grant("publishClientSend", ack_topic("+", "+", "+"))]


def situation_publisher_grants(country: str) -> list[Grant]:
    """The hub's situation publisher: the retained bundle of one country, nothing else."""
    return [Grant("publishClientSend", situation_topic(check_country(country)))]


def bridge_state_topic(country: str, poe: str) -> str:
    """Where a site's bridge announces its connection state (``notification_topic``)."""
    return f"poe/v1/{country}/{poe}/bridge/state"


def site_bridge_grants(country: str, poe: str) -> list[Grant]:
    """A site broker's bridge at the national broker: the alerts and status of its own point of entry
    up (any of its kiosks: the site broker already held each kiosk to its own topics), their acks and
    the country's situation down."""
    check_country(country)
    check_identifier("poe", poe)
    kiosks = topic_base(country, poe, "+")
    return [Grant("publishClientSend", f"{kiosks}/alerts/+"), Grant("publishClientSend", f"{kiosks}/status"),
            *(Grant("publishClientSend", f"{kiosks}/{kind}") for kind in REPORT_KINDS),
            Grant("publishClientSend", bridge_state_topic(country, poe)),
            *_read(f"{kiosks}/acks", pattern=True), *_read(situation_topic(country))]


def admin_grants() -> list[Grant]:
    """The broker administrator: the dynamic-security control topic only (not ``#``, which
    ``mosquitto_ctrl dynsec init`` would grant: an administrator login could otherwise join the hub's
    shared group)."""
    return [Grant("publishClientSend", DYNSEC_TOPIC), *_read(DYNSEC_RESPONSE_TOPIC)]


def bridge_topics(country: str, poe: str) -> list[str]:
    """The ``topic`` lines of a site's bridge, matching :func:`site_bridge_grants`."""
    kiosks = topic_base(country, poe, "+")
    return [f"{kiosks}/alerts/+ out 1", f"{kiosks}/status out 1", *(f"{kiosks}/{kind} out 1" for kind in REPORT_KINDS),
            f"{kiosks}/acks in 1",
            f"{situation_topic(country)} in 1"]
