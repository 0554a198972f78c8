"""Publishing a signed situation bundle (retained) for the kiosks of a country."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from kiosk.alerts.outbox import situation_topic
from kiosk.alerts.situation_updates import (
    BundleError,
    Rank,
    check_order,
    key_id,
    load_private_key,
    sign_bundle,
)
from kiosk.alerts.transport import BrokerSettings, make_client, reason_value
from kiosk.clock import Clock, SystemClock
from kiosk.errors import KioskError


def publish_situation(file: Path, key_path: Path, settings: BrokerSettings, *, country: str | None = None,
                      timeout: float = 10.0, clock: Clock | None = None) -> dict[str, Any]:
    """Validate ``file`` (refusing to sign an invalid situation, one naming a protocol the kiosks do
    not have, or one the kiosks would refuse: without ``sequence``, ``issued_at`` and ``expires``, or
    already expired), sign it and publish it retained."""
    from kiosk.protocols.situation import check_situation_file

    situation = check_situation_file(file)
    try:
        check_order(situation, Rank(0, None), (clock or SystemClock()).now())
    except BundleError as error:
        raise KioskError(f"situation refused, nothing published: {error} (see docs/protocols.md)") from None
    data = dict(situation.data)
    country = country or data.get("country")
    if not country:
        raise KioskError("give --country (the situation has no 'country' field)")
    key = load_private_key(key_path)
    bundle = sign_bundle(data, key)
    topic = situation_topic(str(country))
    client = make_client(settings, settings.client_id or f"hub-publisher-{uuid.uuid4().hex[:8]}")
    host, port, _tls = settings.endpoint()
    try:
        if reason_value(client.connect(host, port, keepalive=30)) != 0:
            raise KioskError(f"cannot connect to {settings.url}")
    except OSError as error:
        raise KioskError(f"cannot connect to {settings.url}: {error}") from None
    client.loop_start()
    try:
        info = client.publish(topic, bundle, qos=1, retain=True)
        info.wait_for_publish(timeout)
        if not info.is_published():
            raise KioskError(f"the broker did not confirm the bundle within {timeout:.0f} s")
    finally:
        client.disconnect()
        client.loop_stop()
    return {"topic": topic, "version": situation.version, "sequence": situation.sequence,
            "key_id": key_id(key.public_key()), "bytes": len(bundle)}
