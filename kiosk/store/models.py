"""SQLAlchemy 2 models of the kiosk's store.

Changing a model means adding an Alembic revision under ``kiosk/store/migrations/versions`` (the
migration test upgrades a frozen database made by an older revision). The store keeps health data
only: there is no column for immigration status, visas or asylum, on purpose.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.clock import utc


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Stores UTC; always hands back timezone-aware datetimes (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use kiosk.clock")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else utc(value)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UtcDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Site(Base):
    """A point of entry (airport, seaport, ground crossing)."""

    __tablename__ = "sites"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(2))
    created_at: Mapped[dt.datetime]


class Officer(Base):
    __tablename__ = "officers"
    id: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    pin_hash: Mapped[str] = mapped_column(String(300))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None]
    lock_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Locks since the officer last signed in (or a supervisor lifted one): the next lock is longer."""
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime]


class Traveller(Base):
    """Identity for the referral slip; alerts carry only ``reference`` (a pseudonym)."""

    __tablename__ = "travellers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    surname: Mapped[str] = mapped_column(String(200), default="")
    given_names: Mapped[str] = mapped_column(String(200), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(10), default="")
    nationality: Mapped[str] = mapped_column(String(3), default="")
    document_type: Mapped[str] = mapped_column(String(40), default="")
    document_number: Mapped[str] = mapped_column(String(40), default="")
    issuing_state: Mapped[str] = mapped_column(String(3), default="")
    phone: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(10), default="")
    created_at: Mapped[dt.datetime]
    purged_at: Mapped[dt.datetime | None]
    """Set when the retention policy blanked the identity fields (``kiosk.retention``)."""

    __table_args__ = (Index("ix_travellers_document", "document_number", "nationality"),
                      Index("ix_travellers_id_reference", "id", "reference"))  # the history reads the index alone


class Encounter(Base):
    """One screening of one traveller: draft answers while in progress, then the completed record."""

    __tablename__ = "encounters"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"))
    kiosk_id: Mapped[str] = mapped_column(String(60))
    officer_id: Mapped[str | None] = mapped_column(ForeignKey("officers.id"))
    traveller_id: Mapped[str | None] = mapped_column(ForeignKey("travellers.id"))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("encounters.id"))
    stage: Mapped[str] = mapped_column(String(20))
    sop_id: Mapped[str] = mapped_column(String(60))
    sop_version: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(30), index=True)
    language: Mapped[str] = mapped_column(String(10), default="en")
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    path: Mapped[list[Any]] = mapped_column(JSON, default=list)
    record: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    evaluation: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    recommended_disposition: Mapped[str | None] = mapped_column(String(20))
    leading_protocol: Mapped[str | None] = mapped_column(String(40))
    """The leading flag's protocol (``kiosk.protocols.leading_protocol``), as every output names it."""
    disposition: Mapped[str | None] = mapped_column(String(20))
    override_reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(20))
    mode: Mapped[str] = mapped_column(String(10), default="actual")
    exercise_id: Mapped[str | None] = mapped_column(String(60))
    started_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    completed_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    purged_at: Mapped[dt.datetime | None]
    """Set when the retention policy removed the personal data (``kiosk.retention``); counts stay."""
    flagged_at: Mapped[dt.datetime | None]
    """When the live evaluation first raised a flag for this traveller (``kiosk.alerts.early_notice``)."""
    document_key: Mapped[str | None] = mapped_column(String(64))
    """HMAC-SHA256 of the document number under this kiosk's secret key (``kiosk.repeats``), never the number."""

    __table_args__ = (  # the home counts, the history and the drafts of a year of encounters (0007)
        Index("ix_encounters_day", "site_id", "status", "completed_at", "mode", "exercise_id", "kiosk_id",
              "disposition", "recommended_disposition", "leading_protocol", "traveller_id", "id"),
        Index("ix_encounters_kiosk_status_updated", "kiosk_id", "status", "updated_at"),
        Index("ix_encounters_kiosk_document", "kiosk_id", "document_key", "completed_at"),  # repeats (0008)
    )


class Exercise(Base):
    """A training exercise on one kiosk: while it is open, screenings there are exercise encounters."""

    __tablename__ = "exercises"
    id: Mapped[str] = mapped_column(String(60), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"))
    kiosk_id: Mapped[str] = mapped_column(String(60))
    started_by: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[dt.datetime]
    ended_by: Mapped[str | None] = mapped_column(String(20))
    ended_at: Mapped[dt.datetime | None]

    __table_args__ = (Index("ix_exercises_kiosk_open", "kiosk_id", "ended_at"),)


class ExerciseRun(Base):
    """The scenario an exercise started from the trainer console plays, and its pause (0009)."""

    __tablename__ = "exercise_runs"
    exercise_id: Mapped[str] = mapped_column(ForeignKey("exercises.id"), primary_key=True)
    scenario: Mapped[str] = mapped_column(String(400))
    """What the trainer chose: a shipped scenario id or a file (``kiosk.training.scenario.load_scenario``)."""
    scenario_id: Mapped[str] = mapped_column(String(80))
    scenario_version: Mapped[str] = mapped_column(String(40))
    paused_at: Mapped[dt.datetime | None]
    paused_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    officers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    """The roster: ids of the officers taking part, chosen at the start (0010)."""
    pauses: Mapped[list[Any]] = mapped_column(JSON, default=list)
    """``[start, end]`` ISO times of each pause (``end`` None while paused): the scoring clocks stop (0010)."""
    report_pdf: Mapped[str | None] = mapped_column(String(500))
    report_json: Mapped[str | None] = mapped_column(String(500))
    score_percent: Mapped[float | None] = mapped_column(Float)
    passed: Mapped[bool | None] = mapped_column(Boolean)


class ExerciseRelease(Base):
    """An inject the trainer released to the officers: a traveller to screen (0009)."""

    __tablename__ = "exercise_releases"
    exercise_id: Mapped[str] = mapped_column(ForeignKey("exercises.id"), primary_key=True)
    inject_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    number: Mapped[int] = mapped_column(Integer)
    released_by: Mapped[str] = mapped_column(String(20))
    released_at: Mapped[dt.datetime]


class ExerciseNote(Base):
    """An observer's note during an exercise (0009)."""

    __tablename__ = "exercise_notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    exercise_id: Mapped[str] = mapped_column(ForeignKey("exercises.id"), index=True)
    author: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime]


class AuditEvent(Base):
    """Append-only: who did what, where, when."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    actor: Mapped[str | None] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(30), default="")
    entity_id: Mapped[str] = mapped_column(String(60), default="")
    site_id: Mapped[str] = mapped_column(String(40), default="")
    kiosk_id: Mapped[str] = mapped_column(String(60), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Referral(Base):
    __tablename__ = "referrals"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    encounter_id: Mapped[str] = mapped_column(ForeignKey("encounters.id"), unique=True)
    disposition: Mapped[str] = mapped_column(String(20))
    protocol: Mapped[str] = mapped_column(String(20), default="")
    facility_id: Mapped[str] = mapped_column(String(60), default="")
    follow_up_until: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime]
    print_status: Mapped[str] = mapped_column(String(20), default="pending")
    print_message: Mapped[str] = mapped_column(Text, default="")
    printed_at: Mapped[dt.datetime | None]
    pdf_path: Mapped[str] = mapped_column(String(500), default="")


class EarlyNotice(Base):
    """The early CAP notice (certainty Possible) of one screening, keyed by its first encounter, and the
    Update or Cancel that closed it once the decision was made."""

    __tablename__ = "early_notices"
    encounter_id: Mapped[str] = mapped_column(ForeignKey("encounters.id"), primary_key=True)
    alert_identifier: Mapped[str] = mapped_column(String(120), unique=True)
    sender: Mapped[str] = mapped_column(String(60))
    sent_text: Mapped[str] = mapped_column(String(40))
    """``<sent>`` exactly as written in the notice (what a CAP ``references`` triple repeats)."""
    protocol: Mapped[str] = mapped_column(String(20), default="")
    sent_at: Mapped[dt.datetime]
    closed_by: Mapped[str | None] = mapped_column(String(120))
    closed_msg_type: Mapped[str | None] = mapped_column(String(10))
    closed_at: Mapped[dt.datetime | None]


class OutboxMessage(Base):
    """An alert waiting for (or done with) delivery to the hub: the durable queue, not paho's."""

    __tablename__ = "outbox"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    encounter_id: Mapped[str | None] = mapped_column(ForeignKey("encounters.id"))
    alert_identifier: Mapped[str] = mapped_column(String(120), unique=True)
    topic: Mapped[str] = mapped_column(String(300))
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    qos: Mapped[int] = mapped_column(Integer, default=1)
    properties: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    reason_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str] = mapped_column(Text, default="")
    mode: Mapped[str] = mapped_column(String(10), default="actual")
    created_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]
    acked_at: Mapped[dt.datetime | None]

    __table_args__ = (Index("ix_outbox_status_created", "status", "created_at"),
                      Index("ix_outbox_mode_status", "mode", "status"),  # exercise counts apart (0010)
                      Index("ix_outbox_encounter", "encounter_id", "created_at"))


class SituationBundle(Base):
    """A signed situation/protocol bundle received from the hub (or the shipped demo)."""

    __tablename__ = "situation_bundles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(20))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    signed_by: Mapped[str] = mapped_column(String(120), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[dt.datetime]
    sequence: Mapped[int | None] = mapped_column(Integer)
    """The bundle's place in its authority's order (None: received before bundles carried one)."""
    issued_at: Mapped[dt.datetime | None]
    expires: Mapped[dt.datetime | None]
    digest: Mapped[str] = mapped_column(String(64), default="")
    """SHA-256 of the bundle as received (a refused bundle seen again is not recorded twice)."""


class DailyAggregate(Base):
    """The counts of one UTC day as this kiosk sent them to the hub, one row per revision (0010).

    A day is sent again only when its counts changed (a new revision, which replaces the old one at the
    hub); the outbox row of each revision is ``identifier`` (``kiosk.aggregates``)."""

    __tablename__ = "daily_aggregates"
    kiosk_id: Mapped[str] = mapped_column(String(60), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, primary_key=True)
    identifier: Mapped[str] = mapped_column(String(120), unique=True)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime]


class FollowUpContact(Base):
    """How to reach a traveller given ``monitor`` (or a referral) during follow-up, for that purpose only,
    with the traveller's consent recorded (0010; ``kiosk.follow_up``). Blanked by the retention policy."""

    __tablename__ = "follow_up_contacts"
    encounter_id: Mapped[str] = mapped_column(ForeignKey("encounters.id"), primary_key=True)
    identifier: Mapped[str] = mapped_column(String(120), unique=True)
    """The follow-up record's outbox identifier."""
    end_date: Mapped[dt.date] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[str] = mapped_column(String(20), default="")
    recorded_at: Mapped[dt.datetime]
    purged_at: Mapped[dt.datetime | None]
