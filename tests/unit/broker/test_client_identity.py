"""Client ids follow logins on the client side too: a client with a username uses it as its client
id, and each hub ingest worker logs in as ``<username>-<i>`` (the logins ``broker add-hub`` makes)."""

from __future__ import annotations

import pytest

from kiosk.alerts.transport import BrokerSettings, make_client
from kiosk.broker.logins import hub_login
from kiosk.cli import main
from kiosk.errors import KioskError
from kiosk.hub.ingest import worker_prefix, worker_settings


def test_a_client_with_a_login_uses_its_username_as_client_id() -> None:
    assert make_client(BrokerSettings(username="XL-LND-01-K1", password="p"), "kiosk-XL-LND-01-K1")._client_id \
        == b"XL-LND-01-K1"
    assert make_client(BrokerSettings(url="mqtt://K2:p@127.0.0.1:1883"), "other")._client_id == b"K2"
    assert make_client(BrokerSettings(), "anonymous-tool")._client_id == b"anonymous-tool"


def test_hub_workers_log_in_as_the_logins_add_hub_creates() -> None:
    login = hub_login("hub-east", workers=3)
    settings = BrokerSettings(username=login.username, password=login.password)
    prefix = worker_prefix(settings, None, "ingest")
    workers = [worker_settings(settings, f"{prefix}-{i}") for i in range(3)]
    assert tuple(w.username for w in workers) == login.logins
    assert {w.password for w in workers} == {login.password}
    assert worker_prefix(settings, "hub-east", "ingest") == "hub-east"
    assert worker_prefix(BrokerSettings(), "hub-anon", "ingest") == "hub-anon"  # no login: ids as before
    assert worker_settings(BrokerSettings(), "hub-anon-0") == BrokerSettings()


def test_a_client_prefix_other_than_the_login_is_refused_in_one_line(capsys: pytest.CaptureFixture[str],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(KioskError, match="must be the username 'hub-east'"):
        worker_prefix(BrokerSettings(username="hub-east", password="p"), "hub-west", "ingest")
    monkeypatch.setenv("POE_BROKER_PASSWORD", "p")
    code = main(["hub", "ingest", "--broker", "mqtt://127.0.0.1:9", "--username", "hub-east",
                 "--client-prefix", "hub-west", "--db", "sqlite://"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "hub-east-<i>" in err
