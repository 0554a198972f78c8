"""The alerts still waiting for an officer's answer (``hub_waiting``): kept by the database, read by the finder.

Why a table: the attention rules (``kiosk.hub.attention``) ask "which attention-worthy alerts are still
``new``" and "how many alerts are ``new`` past their urgency's limit". Answering that from ``hub_alerts``
and ``hub_triage`` alone checks every alert against its triage (an anti-join over the whole hub: about
1 s at 1,000,000 alerts on PostgreSQL), because nothing on the alert says "answered". ``hub_waiting``
holds one row per alert with no triage step out of ``new`` yet: in a hub that is kept up, a few dozen rows,
so both questions read only those.

Who writes it: nobody in Python. Two triggers (hub migration 0007) keep it: a row is added when ingest
stores an alert (``AFTER INSERT ON hub_alerts``; an ``ON CONFLICT DO NOTHING`` duplicate adds nothing)
and removed by the first triage step out of ``new`` (``AFTER INSERT ON hub_triage``; a note on a new alert
keeps it). Triage is append-only and never leads back to ``new``, so a removed row never returns. On
PostgreSQL the trigger functions are ``SECURITY DEFINER`` (they run as the tables' owner): the desktops'
least-privilege role (``packaging/hub/desktop-role.sql``) appends triage and only reads this table, and
ingest's role only inserts alerts.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.hub.models import _ID, HubBase


class HubWaiting(HubBase):
    """An alert not yet answered (no triage step out of ``new``), with the columns of it the attention
    rules read (copied by the trigger, so that the floor and the escalation count never join
    ``hub_alerts``); kept by triggers, see the module."""

    __tablename__ = "hub_waiting"
    alert_id: Mapped[int] = mapped_column(_ID, ForeignKey("hub_alerts.id"), primary_key=True,
                                          autoincrement=False)
    status: Mapped[str] = mapped_column(String(10))
    msg_type: Mapped[str] = mapped_column(String(10))
    poe: Mapped[str] = mapped_column(String(60))
    urgency: Mapped[str] = mapped_column(String(12))
    severity: Mapped[str] = mapped_column(String(12))
    certainty: Mapped[str] = mapped_column(String(12))
    disposition: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[dt.datetime]


COPIED = ("status", "msg_type", "poe", "urgency", "severity", "certainty", "disposition", "received_at")
"""The ``hub_alerts`` columns the triggers copy (hub migration 0007 names them too)."""


TRIGRAM_INDEX = "ix_hub_alerts_identifier_trgm"
"""PostgreSQL only, and only where ``CREATE EXTENSION pg_trgm`` was allowed (hub migration 0007): a GIN
trigram index on ``hub_alerts.identifier`` serving the finder's part-of-a-reference search (``ILIKE
'%…%'``). Not declared in the models (it is optional); ``trigram_search_indexed`` says whether it is there."""
