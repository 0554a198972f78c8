"""The hub's own database (separate metadata from the kiosk store): received alerts, quarantine,
enrolled kiosks, worker health, triage.

Tables are made and kept up to date by the migrations at start (``kiosk.hub.migrate``: Alembic,
``kiosk/hub/migrations``); a database made before migrations is first brought to their starting point by
:func:`upgrade_hub_schema` (columns added, the uniqueness rule replaced, rows kept). SQLite by default, PostgreSQL (or any SQLAlchemy URL with ON CONFLICT support) for national scale.
Uniqueness on ``(status, sender, identifier)`` makes ingest idempotent per mode: the kiosk's re-sends
and the broker's re-deliveries are stored once, and an exercise alert never absorbs an Actual one that
happens to carry the same identifier.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import partial
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    Engine,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    inspect,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.store.models import UtcDateTime

_ID = BigInteger().with_variant(Integer, "sqlite")


class HubBase(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UtcDateTime}


class HubAlert(HubBase):
    """One CAP alert, update or cancellation received from a kiosk (stored once per mode, sender and
    identifier). ``status`` is the mode the hub decided from every marker (``kiosk.hub.ingest.decide_status``):
    ``Actual`` only when nothing says exercise or test; ``cap_status`` is what the CAP ``<status>`` said."""

    __tablename__ = "hub_alerts"
    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    sender: Mapped[str] = mapped_column(String(120))
    identifier: Mapped[str] = mapped_column(String(120))
    sent: Mapped[dt.datetime]
    status: Mapped[str] = mapped_column(String(10), index=True)
    msg_type: Mapped[str] = mapped_column(String(10))
    exercise_id: Mapped[str | None] = mapped_column(String(60))
    country: Mapped[str] = mapped_column(String(8))
    poe: Mapped[str] = mapped_column(String(60))
    kiosk_id: Mapped[str] = mapped_column(String(120))
    topic: Mapped[str] = mapped_column(String(300))
    event: Mapped[str] = mapped_column(String(300))
    urgency: Mapped[str] = mapped_column(String(12))
    severity: Mapped[str] = mapped_column(String(12))
    certainty: Mapped[str] = mapped_column(String(12))
    protocol: Mapped[str] = mapped_column(String(40))
    risk: Mapped[str] = mapped_column(String(40))
    disposition: Mapped[str] = mapped_column(String(20))
    payload: Mapped[str] = mapped_column(Text)
    """The message as text (decoded with the encoding its XML declaration names; stored declaring UTF-8)."""
    received_at: Mapped[dt.datetime]
    cap_status: Mapped[str | None] = mapped_column(String(10))
    """The CAP ``<status>`` as written (``status`` is the mode decided from every marker)."""
    markers: Mapped[str | None] = mapped_column(String(120))
    """The exercise or test markers found (``status``, ``note``, ``user-property``, ``topic``), comma-separated."""
    flagged_at: Mapped[dt.datetime | None]
    """When the kiosk flagged the traveller (CAP parameter ``flagged-at``), when it says."""
    ref_sender: Mapped[str | None] = mapped_column(String(120))
    ref_identifier: Mapped[str | None] = mapped_column(String(120))
    """An Update's or Cancel's first ``<references>`` entry: the alert it belongs to (its thread)."""

    __table_args__ = (
        UniqueConstraint("status", "sender", "identifier", name="uq_hub_alerts_status_sender_identifier"),
        Index("ix_hub_alerts_received", "received_at"),
        Index("ix_hub_alerts_reference", "ref_sender", "ref_identifier"),
        Index("ix_hub_alerts_report", "received_at", "status", "msg_type", "poe", "protocol", "urgency"),
    )
    """``ix_hub_alerts_report`` (migration 0006) covers the report's grouping (``kiosk.hub.poe_report``): the
    database counts a period from the index without reading the rows and their payloads (3× faster over
    20,000 alerts)."""


class HubKiosk(HubBase):
    """The latest status a kiosk published (retained ``online``, or its Last Will ``offline``)."""

    __tablename__ = "hub_kiosks"
    kiosk_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    country: Mapped[str] = mapped_column(String(8))
    poe: Mapped[str] = mapped_column(String(60))
    state: Mapped[str] = mapped_column(String(10))
    mode: Mapped[str] = mapped_column(String(10))
    situation_version: Mapped[str | None] = mapped_column(String(60))
    seen_at: Mapped[dt.datetime]
    """When the hub last received its status."""
    changed_at: Mapped[dt.datetime]
    """When its state last changed (online since / offline since)."""


class HubQuarantine(HubBase):
    """A message the hub did not store as an alert, kept with the reason (never silently dropped).

    ``reason`` is one of :data:`QUARANTINE_REASONS`; ``detail`` says what exactly. The payload is kept
    (at most :data:`QUARANTINE_PAYLOAD_MAX` characters of it for an oversized one) so that a supervisor
    can look at it. A kiosk's re-sends of the same message are kept once (``digest``: SHA-256 of the
    topic and payload). Replaces ``hub_rejected`` of earlier versions (its rows are copied over).
    """

    __tablename__ = "hub_quarantine"
    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    reason: Mapped[str] = mapped_column(String(20), index=True)
    detail: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(String(300))
    kiosk_id: Mapped[str] = mapped_column(String(120), default="")
    """The kiosk the topic names (empty when the topic is not a kiosk's)."""
    sender: Mapped[str] = mapped_column(String(120), default="")
    identifier: Mapped[str] = mapped_column(String(120), default="")
    size: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[dt.datetime]


QUARANTINE_REASONS = ("unknown-kiosk", "spoofed-topic", "oversized", "implausible-sent", "invalid-cap",
                      "status", "bad-status")
"""Why a message is in quarantine: its kiosk is not enrolled; its topic disagrees with the alert's sender,
country or point of entry, or with the kiosk's enrolment; it is over the size limit; its ``sent`` is far
in the past or the future; it is not valid CAP 1.2 (schema, or not an alert); its CAP status is neither
Actual, Exercise nor Test; a kiosk status message that cannot be read."""
QUARANTINE_PAYLOAD_MAX = 4096


class HubEnrolment(HubBase):
    """A kiosk the hub knows (``poe-kiosk hub enrol``): alerts from any other kiosk go to quarantine."""

    __tablename__ = "hub_enrolments"
    kiosk_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    country: Mapped[str] = mapped_column(String(8))
    poe: Mapped[str] = mapped_column(String(60))
    public_key: Mapped[str | None] = mapped_column(Text)
    """The kiosk's public key (PEM), when given: kept for signed alerts and audits."""
    enrolled_at: Mapped[dt.datetime]


class HubWorker(HubBase):
    """The health of one ingest worker, written with each commit and every few seconds when idle."""

    __tablename__ = "hub_workers"
    client_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    host: Mapped[str] = mapped_column(String(120))
    pid: Mapped[int] = mapped_column(Integer)
    connected: Mapped[bool]
    database_ok: Mapped[bool]
    backlog: Mapped[int] = mapped_column(Integer)
    """Messages received and not yet committed (the batch in hand, and those waiting behind it)."""
    stored: Mapped[int] = mapped_column(BigInteger)
    quarantined: Mapped[int] = mapped_column(BigInteger)
    last_commit_at: Mapped[dt.datetime | None]
    last_error: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime]


class HubTriage(HubBase):
    """One triage step of an alert by a surveillance officer (``kiosk.hub.console``).

    Append-only: a step is never updated or deleted, and an alert's current state is its latest row
    (highest id); an alert without a row is ``new``.
    """

    __tablename__ = "hub_triage"
    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    alert_id: Mapped[int] = mapped_column(_ID, ForeignKey("hub_alerts.id"))
    state: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    officer: Mapped[str] = mapped_column(String(120))
    at: Mapped[dt.datetime]

    __table_args__ = (Index("ix_hub_triage_alert", "alert_id", "id"),)


def conflict_insert(table: Any, dialect: str) -> Any:
    """``INSERT`` with ``ON CONFLICT`` clauses for the hub's databases (SQLite or PostgreSQL)."""
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise RuntimeError(f"hub database dialect {dialect} is not supported (use SQLite or PostgreSQL)")


def hub_engine(url: str, *, busy_timeout: float = 30.0) -> Engine:
    """An engine for the hub database, migrated to the newest revision (idempotent).

    ``busy_timeout``: seconds an SQLite write waits for a lock before failing (ingest waits less and
    retries the batch itself, so that its network loop keeps running). PostgreSQL connections give up
    after 5 s and detect a dead server by TCP keepalives, instead of hanging.
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": busy_timeout})
        event.listen(engine, "connect", partial(_sqlite_pragmas, busy_ms=int(busy_timeout * 1000)))
    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=10, connect_args=_POSTGRES_ARGUMENTS
                               if url.startswith("postgresql") else {})
    from kiosk.hub.migrate import upgrade_hub

    upgrade_hub(engine)
    return engine


_POSTGRES_ARGUMENTS = {"connect_timeout": 5, "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 3,
                       "keepalives_count": 3}


def _sqlite_pragmas(dbapi_connection: Any, _record: Any, *, busy_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
    cursor.close()


# ---------------------------------------------------------------------------------------- upgrade

_ADDED_ALERT_COLUMNS = ("cap_status", "markers", "flagged_at", "ref_sender", "ref_identifier")
_OLD_UNIQUE = "uq_hub_alerts_sender_identifier"
_NEW_UNIQUE = "uq_hub_alerts_status_sender_identifier"


def upgrade_hub_schema(engine: Engine) -> None:
    """Bring a hub database made by an earlier version up to date, keeping every row (idempotent).

    Adds the columns of :data:`_ADDED_ALERT_COLUMNS`, replaces the unique rule ``(sender, identifier)``
    by ``(status, sender, identifier)`` (SQLite: the table is rebuilt, as SQLite's documentation
    prescribes) and copies ``hub_rejected`` rows into ``hub_quarantine``.
    """
    inspector = inspect(engine)
    if _OLD_UNIQUE not in {u["name"] for u in inspector.get_unique_constraints("hub_alerts")} and \
            set(_ADDED_ALERT_COLUMNS) <= {c["name"] for c in inspector.get_columns("hub_alerts")} and \
            "hub_rejected" not in inspector.get_table_names():
        return
    columns = {c["name"] for c in inspector.get_columns("hub_alerts")}
    table = HubAlert.__table__
    with engine.begin() as connection:
        for name in _ADDED_ALERT_COLUMNS:
            if name not in columns:
                kind = table.c[name].type.compile(engine.dialect)
                connection.execute(text(f"ALTER TABLE hub_alerts ADD COLUMN {name} {kind}"))
        connection.execute(text("UPDATE hub_alerts SET cap_status = status WHERE cap_status IS NULL"))
    if _OLD_UNIQUE in {u["name"] for u in inspect(engine).get_unique_constraints("hub_alerts")}:
        _replace_unique_rule(engine)
    with engine.begin() as connection:
        for index in table.indexes:
            index.create(connection, checkfirst=True)
        if "hub_rejected" in inspect(engine).get_table_names():
            _copy_rejected(connection)


def _replace_unique_rule(engine: Engine) -> None:
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text(f"ALTER TABLE hub_alerts DROP CONSTRAINT {_OLD_UNIQUE}"))
            connection.execute(text(f"ALTER TABLE hub_alerts ADD CONSTRAINT {_NEW_UNIQUE} "
                                    "UNIQUE (status, sender, identifier)"))
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        with connection.begin():
            sql = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type='table' AND name='hub_alerts'").scalar_one()
            old_rule = f"CONSTRAINT {_OLD_UNIQUE} UNIQUE (sender, identifier)"
            if old_rule not in sql:
                raise RuntimeError("hub_alerts has an unexpected definition; upgrade it by hand")
            new_sql = sql.replace(old_rule, f"CONSTRAINT {_NEW_UNIQUE} UNIQUE (status, sender, identifier)")
            connection.exec_driver_sql(new_sql.replace("CREATE TABLE hub_alerts", "CREATE TABLE hub_alerts_new", 1))
            connection.exec_driver_sql("INSERT INTO hub_alerts_new SELECT * FROM hub_alerts")
            connection.exec_driver_sql("DROP TABLE hub_alerts")
            connection.exec_driver_sql("ALTER TABLE hub_alerts_new RENAME TO hub_alerts")


def _copy_rejected(connection: Any) -> None:
    query = text("SELECT id, topic, error, size, received_at FROM hub_rejected").columns(
        id=Integer(), topic=String(), error=Text(), size=Integer(), received_at=UtcDateTime())
    rows = connection.execute(query).all()
    if rows:
        statement = conflict_insert(HubQuarantine.__table__, connection.dialect.name).on_conflict_do_nothing(
            index_elements=["digest"])
        connection.execute(statement, [
            {"digest": hashlib.sha256(f"hub_rejected {row.id}".encode()).hexdigest(), "reason": "invalid-cap",
             "detail": row.error, "topic": row.topic, "size": row.size, "payload": "",
             "received_at": row.received_at}
            for row in rows])
    connection.execute(text("DROP TABLE hub_rejected"))
