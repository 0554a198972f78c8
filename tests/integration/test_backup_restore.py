"""A kiosk backed up and restored onto a fresh terminal resumes its outbox (real Mosquitto, real hub ingest)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from integration_helpers import fill_outbox, kiosk_context
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.cli import main
from kiosk.config import DEMO_CONFIG, load_config
from kiosk.hub.models import HubAlert
from kiosk.screening import KioskContext, SiteInfo
from kiosk.store import Store
from kiosk.store import models as m

pytestmark = pytest.mark.integration
PASSPHRASE = "restore-me-at-the-border"


def _configured_kiosk(tmp_path: Path, data: Path) -> Path:
    config = tmp_path / "old-kiosk.toml"
    config.write_text(DEMO_CONFIG.replace('data_dir = ""', f'data_dir = "{data}"')
                      .replace('id = "DEMO-KESSA-K1"', 'id = "XL-LND-01-K1"').replace('id = "DEMO-KESSA"', 'id = "XL-LND-01"'),
                      encoding="utf-8")
    return config


def test_restored_kiosk_sends_the_unacknowledged_alerts_and_not_the_acknowledged_one(
        broker, tmp_path, rules, make_hub, make_publisher, capsys) -> None:
    old = tmp_path / "old"
    old.mkdir()
    store = Store(f"sqlite:///{old / 'kiosk.sqlite'}")
    queued, sent, acked = fill_outbox(store, kiosk_context(), rules, 3)
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    with store.transaction() as session:  # the broker had taken one; the hub had acknowledged another
        om = m.OutboxMessage
        session.execute(update(om).where(om.alert_identifier == sent).values(status="sent", sent_at=long_ago, attempts=1))
        session.execute(update(om).where(om.alert_identifier == acked)
                        .values(status="acked", sent_at=long_ago, acked_at=long_ago, attempts=1))
    (old / "referral").mkdir()
    (old / "referral" / "kiosk-key.pem").write_text("key", encoding="utf-8")
    config = _configured_kiosk(tmp_path, old)
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    archive = tmp_path / "kiosk.poebak"
    assert main(["backup", "--config", str(config), "--out", str(archive), "--passphrase-file", str(secret)]) == 0
    store.close()

    fresh, fresh_config = tmp_path / "new-terminal" / "data", tmp_path / "new-terminal" / "kiosk.toml"
    assert main(["restore", str(archive), "--data-dir", str(fresh), "--config", str(fresh_config),
                 "--passphrase-file", str(secret)]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["kiosk_id"] == "XL-LND-01-K1"

    restored_config = load_config(fresh_config, data_dir=fresh)
    restored = Store(restored_config.database_url)
    site = restored_config.site
    context = KioskContext(SiteInfo(site.id, site.name, site.kind, site.country), restored_config.kiosk.id)
    hub = make_hub(broker.url)
    publisher = make_publisher(restored, broker.url, context, resend_after=60)

    assert publisher.wait_for(lambda status: status.acked == 3 and status.queued == status.at_broker == 0, 30), \
        publisher.status()
    with Session(hub.engine) as session:
        received = sorted(session.scalars(select(HubAlert.identifier)))
    assert received == sorted([queued, sent])
    with restored.reading() as session:
        rows = {row.alert_identifier: row for row in session.scalars(select(m.OutboxMessage))}
    assert {identifier: row.status for identifier, row in rows.items()} == {queued: "acked", sent: "acked",
                                                                           acked: "acked"}
    assert rows[acked].attempts == 1 and rows[acked].acked_at == long_ago  # never sent again
    publisher.stop(timeout=2)
    restored.close()
