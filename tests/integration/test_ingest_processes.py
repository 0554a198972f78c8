"""``poe-kiosk hub ingest --workers N`` as N worker processes: they split the load, stop cleanly on
SIGTERM or SIGINT of the parent (their processes gone, counts printed), and a stop in the middle of
a drain loses and duplicates nothing once the service is started again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from integration_helpers import TEST_KIOSKS, broker_arguments, fill_outbox, kiosk_context, wait_until
from mosquitto import Mosquitto
from sqlalchemy import create_engine, text

from kiosk.cli import main
from kiosk.hub.ingest import hub_stats

pytestmark = pytest.mark.integration
REPO = Path(__file__).parents[2]


class IngestService:
    """The real CLI in a child process; ready when it prints its ``ready`` line."""

    def __init__(self, broker: Mosquitto, db_url: str, workers: int, name: str) -> None:
        """Logs in as the hub host ``hub-<name>`` (workers ``hub-<name>-<i>``, stable across restarts), with
        the test kiosks enrolled (``poe-kiosk hub enrol``)."""
        for kiosk_id, country, poe in TEST_KIOSKS:
            assert main(["hub", "enrol", kiosk_id, "--country", country, "--poe", poe, "--db", db_url]) == 0
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "hub", "ingest", *broker_arguments(broker.hub(f"hub-{name}", workers)),
             "--db", db_url, "--workers", str(workers), "--group", name],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=os.environ | {"PYTHONUNBUFFERED": "1"})
        assert self.process.stdout is not None
        ready = json.loads(self.process.stdout.readline() or "{}")
        assert ready.get("ready") is True and ready["workers"] == workers, (ready, self.stderr())
        self.workers = _children(self.process.pid)

    def stop(self, sig: signal.Signals) -> dict[str, int]:
        self.process.send_signal(sig)
        out, err = self.process.communicate(timeout=30)
        assert self.process.returncode == 0, err.decode()
        return json.loads(out.decode().strip().splitlines()[-1])

    def stderr(self) -> str:
        if self.process.poll() is None:
            self.process.kill()
        return self.process.communicate(timeout=10)[1].decode()


def _children(pid: int) -> list[int]:
    """Worker processes of ``pid`` (its multiprocessing resource tracker excluded)."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if stat.rsplit(")", 1)[1].split()[1] == str(pid) and b"resource_tracker" not in cmdline:
            out.append(int(entry.name))
    return out


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_two_worker_processes_share_the_load_and_stop_cleanly(broker, kiosk_store, rules, make_publisher,
                                                               tmp_path, sig) -> None:
    db_url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    service = IngestService(broker, db_url, 2, f"procs-{sig.name.lower()}")
    assert len(service.workers) == 2
    fill_outbox(kiosk_store, kiosk_context(), rules, 400)
    publisher = make_publisher(kiosk_store, broker.url)
    assert publisher.wait_for(lambda s: s.acked == 400, 60), publisher.status()
    counts = service.stop(sig)
    assert counts == {"stored": 400, "rejected": 0, "duplicates": 0, "workers": 2}
    assert not any(Path(f"/proc/{pid}").exists() for pid in service.workers), "a worker process outlived the stop"
    engine = create_engine(db_url)
    stats = hub_stats(engine)
    with engine.connect() as connection:  # worker process 0 also kept the kiosk's status (the shared
        # broker also holds other tests' kiosks' retained statuses: only this test's kiosk is looked at)
        presence = connection.execute(text("SELECT kiosk_id, state FROM hub_kiosks WHERE kiosk_id LIKE 'XL-LND-01-K1'")).all()
    engine.dispose()
    assert stats["total"] == stats["distinct_identifiers"] == 400
    assert [tuple(row) for row in presence] == [("XL-LND-01-K1", "online")]


def test_stopped_in_the_middle_of_a_drain_loses_nothing(broker, kiosk_store, rules, make_publisher, tmp_path) -> None:
    db_url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    identifiers = fill_outbox(kiosk_store, kiosk_context(), rules, 1500)
    service = IngestService(broker, db_url, 2, "midstop")
    publisher = make_publisher(kiosk_store, broker.url, resend_after=5)
    engine = create_engine(db_url)
    wait_until(lambda: hub_stats(engine)["total"] >= 200, 60, "the first stored alerts")
    service.stop(signal.SIGTERM)  # batches in hand are committed and acknowledged, or not acknowledged
    assert hub_stats(engine)["total"] < 1500, "the stop came too late to test anything"
    again = IngestService(broker, db_url, 2, "midstop")  # same durable sessions
    assert publisher.wait_for(lambda s: s.acked == 1500, 90), publisher.status()
    stats = hub_stats(engine)
    engine.dispose()
    assert stats["total"] == stats["distinct_identifiers"] == len(set(identifiers)) == 1500
    again.stop(signal.SIGTERM)
