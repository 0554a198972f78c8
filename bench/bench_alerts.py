"""Alert delivery benchmarks against a Mosquitto this module starts (free loopback port, temp dir).

Rows: outbox → hub-ack throughput beside bare paho QoS 1 pipelined publishing of the same payloads;
a 10,000-alert backlog drained and acknowledged; completing an encounter → hub ack latency (p95);
two ingest workers into PostgreSQL (skipped, with a row saying so, when 127.0.0.1:5432 is closed).
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select, text

from kiosk.alerts.loadgen import synthetic_record
from kiosk.alerts.outbox import enqueue_alert
from kiosk.alerts.transport import BrokerSettings, Publisher, make_client, publish_properties
from kiosk.clock import SystemClock
from kiosk.hub.ingest import HubIngest, hub_stats
from kiosk.records import parse_record
from kiosk.screening import Decision, KioskContext, Rules, ScreeningService, SiteInfo
from kiosk.store import Store
from kiosk.store import models as m

POSTGRES_URL = os.environ.get("POE_BENCH_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SITE = SiteInfo(id="XL-LND-01", name="Lakeside", kind="ground_crossing", country="XL")
CONTEXT = KioskContext(site=SITE, kiosk_id="XL-LND-01-K1")


class _Broker:
    def __init__(self, directory: Path) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        (directory / "data").mkdir()
        config = directory / "mosquitto.conf"
        lines = [f"listener {self.port} 127.0.0.1", "allow_anonymous true", "persistence true",
                 f"persistence_location {directory / 'data'}/", "max_queued_messages 1000000",
                 "max_inflight_messages 0", "set_tcp_nodelay true", "log_dest none"]
        if os.geteuid() == 0:
            lines.insert(0, "user root")
        config.write_text("\n".join(lines) + "\n")
        self.process = subprocess.Popen([shutil.which("mosquitto") or "/usr/sbin/mosquitto", "-c", str(config)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("mosquitto did not start")

    @property
    def url(self) -> str:
        return f"mqtt://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.process.kill()
        self.process.wait()


def _fill(store: Store, rules: Rules, count: int) -> None:
    clock = SystemClock()
    now = clock.now()
    record = parse_record(synthetic_record(now.date()))
    evaluation = rules.evaluate(record)
    with store.transaction() as session:
        if session.get(m.Site, SITE.id) is None:
            session.add(m.Site(id=SITE.id, name=SITE.name, kind=SITE.kind, country=SITE.country, created_at=now))
            session.flush()
        for _ in range(count):
            encounter = m.Encounter(
                id=str(uuid.uuid4()), site_id=SITE.id, kiosk_id=CONTEXT.kiosk_id, stage="primary", sop_id="b",
                sop_version="1", status="completed", record=record.to_json(), evaluation=evaluation.to_json(),
                recommended_disposition=evaluation.disposition, disposition=evaluation.disposition,
                started_at=now, updated_at=now, completed_at=now)
            session.add(encounter)
            enqueue_alert(session, encounter=encounter, evaluation=evaluation, context=CONTEXT, clock=clock,
                          traveller_reference="T0000000001")


def _drain(tmp: Path, broker: _Broker, rules: Rules, count: int, name: str) -> tuple[float, list[tuple]]:
    """Seconds from publisher start to the hub's ack of all ``count`` rows; also the rows sent."""
    store = Store(f"sqlite:///{tmp / f'{name}.sqlite'}")
    _fill(store, rules, count)
    with store.reading() as session:
        rows = session.execute(select(m.OutboxMessage.topic, m.OutboxMessage.payload,
                                      m.OutboxMessage.properties)).all()
    hub = HubIngest(f"sqlite:///{tmp / f'{name}-hub.sqlite'}", BrokerSettings(url=broker.url), workers=2,
                    group=name, client_prefix=f"hub-{name}")
    hub.start()
    hub.wait_subscribed(10)
    publisher = Publisher(store, BrokerSettings(url=broker.url, client_id=f"kiosk-{name}"), CONTEXT)
    start = time.perf_counter()
    publisher.start()
    done = publisher.wait_for(lambda s: s.acked == count, 120)
    elapsed = time.perf_counter() - start
    publisher.stop()
    hub.stop()
    hub.close()
    store.close()
    if not done:
        raise RuntimeError(f"{name}: not all {count} alerts acknowledged within 120 s")
    return elapsed, rows


def _bare_paho(broker: _Broker, rows: list[tuple]) -> float:
    """Seconds for plain paho to publish the same payloads at QoS 1, 100 in flight, until all PUBACKs."""
    client = make_client(BrokerSettings(url=broker.url), "bare-paho")
    client.max_inflight_messages_set(100)
    acked = threading.Semaphore(0)
    client.on_publish = lambda c, u, mid, rc, p: acked.release()
    client.connect("127.0.0.1", broker.port)
    client.loop_start()
    start = time.perf_counter()
    for topic, payload, props in rows:
        client.publish(topic, payload, qos=1, properties=publish_properties(dict(props["user"])))
    for _ in rows:
        acked.acquire(timeout=60)
    elapsed = time.perf_counter() - start
    client.disconnect()
    client.loop_stop()
    return elapsed


def _latency(tmp: Path, broker: _Broker, rules: Rules, count: int) -> list[float]:
    store = Store(f"sqlite:///{tmp / 'latency.sqlite'}")
    service = ScreeningService(store, SystemClock(), rules, CONTEXT)
    service.ensure_site()
    hub = HubIngest(f"sqlite:///{tmp / 'latency-hub.sqlite'}", BrokerSettings(url=broker.url), workers=1,
                    group="latency", client_prefix="hub-latency")
    hub.start()
    hub.wait_subscribed(10)
    publisher = Publisher(store, BrokerSettings(url=broker.url, client_id="kiosk-latency"), CONTEXT)
    publisher.start()
    publisher.wait_for(lambda s: s.online, 10)
    record = synthetic_record(service.clock.today())
    samples = []
    for i in range(count):
        encounter_id = service.start(officer_id=None, sop_id="b", sop_version="1")
        start = time.perf_counter()
        service.complete(encounter_id, record, Decision(officer_id="BENCH"))
        if not publisher.wait_for(lambda s, n=i + 1: s.acked >= n, 10):
            raise RuntimeError("latency: an alert was not acknowledged within 10 s")
        samples.append((time.perf_counter() - start) * 1000)
    publisher.stop()
    hub.stop()
    hub.close()
    store.close()
    return samples


def _postgres_ingest(broker: _Broker, rows: list[tuple], count: int) -> float | None:
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
    except OSError:
        return None
    engine = create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE IF EXISTS hub_alerts, hub_rejected"))
    engine.dispose()
    hub = HubIngest(POSTGRES_URL, BrokerSettings(url=broker.url), workers=2, group="pg", client_prefix="hub-pg")
    hub.start()
    hub.wait_subscribed(10)
    client = make_client(BrokerSettings(url=broker.url), "pg-feeder")
    client.max_inflight_messages_set(200)
    client.connect("127.0.0.1", broker.port)
    client.loop_start()
    payloads = [(topic, payload.replace(b"XL-LND-01-0", f"XL-LND-01-{i:05d}-0".encode(), 1))
                for i, (topic, payload, _props) in enumerate(rows[:count])]
    start = time.perf_counter()
    for topic, payload in payloads:
        client.publish(topic, payload, qos=1)
    deadline = time.monotonic() + 60
    while hub_stats(hub.engine)["total"] < len(payloads) and time.monotonic() < deadline:
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    client.disconnect()
    client.loop_stop()
    hub.stop()
    hub.close()
    return len(payloads) / elapsed


def run() -> list[dict[str, Any]]:
    rules = Rules.shipped()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-alerts-") as name:
        tmp = Path(name)
        (tmp / "broker-dir").mkdir()
        broker = _Broker(tmp / "broker-dir")
        try:
            count = 5000
            seconds, sent = _drain(tmp, broker, rules, count, "throughput")
            bare = _bare_paho(broker, sent)
            value, baseline = count / seconds, count / bare
            rows.append({"name": "outbox → hub ack throughput (5,000 alerts)", "value": value, "unit": "alerts/s",
                         "baseline": baseline, "ratio": value / baseline, "target": "≥ 0.5× bare paho QoS 1"})
            seconds, _ = _drain(tmp, broker, rules, 10_000, "backlog")
            rows.append({"name": "10,000-alert backlog drained and acknowledged", "value": seconds, "unit": "s",
                         "baseline": None, "ratio": None, "target": "< 5 s"})
            samples = _latency(tmp, broker, rules, 200)
            p95 = statistics.quantiles(samples, n=20)[18]
            rows.append({"name": "complete encounter → hub ack latency p95", "value": p95, "unit": "ms",
                         "baseline": None, "ratio": None, "target": "p95 < 100 ms"})
            rate = _postgres_ingest(broker, sent, 5000)
            rows.append({"name": "2 ingest workers → PostgreSQL" if rate else
                         "2 ingest workers → PostgreSQL: SKIPPED (127.0.0.1:5432 unreachable)",
                         "value": rate, "unit": "alerts/s", "baseline": None, "ratio": None,
                         "target": "≥ 2,000 alerts/s"})
        finally:
            broker.close()
    return rows
