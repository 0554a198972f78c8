"""The hub's own database (separate metadata from the kiosk store): received alerts, refusals, triage.

Tables are created at start (``create_all``, idempotent); SQLite by default, PostgreSQL (or any
SQLAlchemy URL with ON CONFLICT support) for national scale. Uniqueness on ``(sender, identifier)``
makes ingest idempotent: the kiosk's re-sends and the broker's re-deliveries are stored once.
"""

from __future__ import annotations

import datetime as dt
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
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.store.models import UtcDateTime

_ID = BigInteger().with_variant(Integer, "sqlite")


class HubBase(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UtcDateTime}


class HubAlert(HubBase):
    """One CAP alert received from a kiosk (stored once per (sender, identifier))."""

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
    received_at: Mapped[dt.datetime]

    __table_args__ = (
        UniqueConstraint("sender", "identifier", name="uq_hub_alerts_sender_identifier"),
        Index("ix_hub_alerts_received", "received_at"),
    )


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


class HubRejected(HubBase):
    """A message the hub could not accept (not CAP 1.2, sender not the topic's kiosk...)."""

    __tablename__ = "hub_rejected"
    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    topic: Mapped[str] = mapped_column(String(300))
    error: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[dt.datetime]


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


def hub_engine(url: str) -> Engine:
    """An engine for the hub database with its tables created (idempotent)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=10)
    HubBase.metadata.create_all(engine)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
