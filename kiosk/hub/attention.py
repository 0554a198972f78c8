"""Which alerts demand the surveillance officer's attention, and when an unanswered one escalates (Qt-free).

One home for the rules the console applies on screen (sound, desktop notification, sort order, the
escalation mark) and in SQL (:mod:`kiosk.hub.finder` sorts by :func:`sort_rank_sql`):

* **Attention-worthy**: a CAP ``Immediate`` alert of severity ``Severe`` or ``Extreme``, and every early
  notice. An early notice (``kiosk.alerts.early_notice``) is an ``Alert`` with certainty ``Possible``
  sent while the screening is still being assessed: it carries ``assessment`` = ``in-progress`` and no
  ``disposition`` (the decision is not made yet), so at the hub it is the Alert stored without one.
* **Until acknowledged**: such an alert sorts above every other while its triage state is ``new``; any
  triage step out of ``new`` (acknowledged, investigating, closed) is the officer's answer.
* **Escalation**: an alert still ``new`` longer than its urgency's limit (:class:`AttentionRules`,
  15 minutes for Immediate by default) is marked on its row and counted in the status bar.

Priority (``highest`` … ``low``) comes from urgency and severity as the console colours it.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol

from sqlalchemy import and_, case, or_

from kiosk.alerts.early_notice import EARLY_CERTAINTY
from kiosk.errors import InputError

URGENCIES = ("Immediate", "Expected", "Future", "Past", "Unknown")
SEVERITIES = ("Extreme", "Severe", "Moderate", "Minor", "Unknown")
CERTAINTIES = ("Observed", "Likely", "Possible", "Unlikely", "Unknown")
"""CAP 1.2 code lists (``<urgency>``, ``<severity>``, ``<certainty>``)."""
GRAVE = ("Extreme", "Severe")
PRIORITIES = ("highest", "high", "medium", "low")

DEFAULT_ESCALATION = MappingProxyType({"Immediate": dt.timedelta(minutes=15), "Expected": dt.timedelta(hours=1)})
"""Urgency → how long an alert may stay ``new`` before it escalates (urgencies not named never do)."""
ESCALATION_MAX = dt.timedelta(days=7)


class Summary(Protocol):
    """What the rules read of an alert (``kiosk.hub.console.AlertSummary`` has it)."""

    urgency: str
    severity: str
    certainty: str
    disposition: str
    msg_type: str
    state: str
    received_at: dt.datetime


def priority(urgency: str, severity: str) -> str:
    """``highest`` (Immediate and Severe/Extreme), ``high`` (either), ``medium`` (Moderate or Expected), ``low``."""
    grave = severity in GRAVE
    immediate = urgency == "Immediate"
    if grave and immediate:
        return "highest"
    if grave or immediate:
        return "high"
    if severity == "Moderate" or urgency == "Expected":
        return "medium"
    return "low"


def is_early_notice(alert: Summary) -> bool:
    return alert.msg_type == "Alert" and alert.certainty == EARLY_CERTAINTY and not alert.disposition


def is_attention_worthy(alert: Summary) -> bool:
    """Immediate and Severe/Extreme, or an early notice: these sound, notify and sort first."""
    return priority(alert.urgency, alert.severity) == "highest" or is_early_notice(alert)


def sorts_first(alert: Summary) -> bool:
    """Attention-worthy and not yet acknowledged (still ``new``)."""
    return alert.state == "new" and is_attention_worthy(alert)


def sort_key(alert: Summary) -> tuple[int, float, int]:
    """The console's order in Python (the same as :func:`sort_rank_sql` then newest received first)."""
    return (rank(alert), -alert.received_at.timestamp(), -getattr(alert, "id", 0))


def rank(alert: Summary) -> int:
    """0 for an alert that sorts first, then 1–4 by priority (highest … low)."""
    return 0 if sorts_first(alert) else 1 + PRIORITIES.index(priority(alert.urgency, alert.severity))


# ---------------------------------------------------------------------------------------- SQL forms


def attention_worthy_sql(table: Any) -> Any:
    """:func:`is_attention_worthy` as a condition on ``hub_alerts`` columns."""
    early = and_(table.msg_type == "Alert", table.certainty == EARLY_CERTAINTY, table.disposition == "")
    return or_(and_(table.urgency == "Immediate", table.severity.in_(GRAVE)), early)


def priority_rank_sql(table: Any) -> Any:
    """1–4 for :func:`priority` highest … low, as SQL."""
    grave, immediate = table.severity.in_(GRAVE), table.urgency == "Immediate"
    return case((and_(grave, immediate), 1), (or_(grave, immediate), 2),
                (or_(table.severity == "Moderate", table.urgency == "Expected"), 3), else_=4)


def sort_rank_sql(table: Any, unacknowledged: Any) -> Any:
    """:func:`rank` as SQL; ``unacknowledged`` is the condition "its triage state is new" (only evaluated
    for attention-worthy rows: a CASE stops at its first true branch)."""
    return case((and_(attention_worthy_sql(table), unacknowledged), 0), else_=priority_rank_sql(table))


# ---------------------------------------------------------------------------------------- escalation


@dataclass(frozen=True)
class AttentionRules:
    """How long an alert of each urgency may stay ``new`` before it escalates (hub configuration)."""

    escalate_after: Mapping[str, dt.timedelta] = field(default_factory=lambda: dict(DEFAULT_ESCALATION))

    def __post_init__(self) -> None:
        for urgency, limit in self.escalate_after.items():
            if urgency not in URGENCIES:
                raise InputError("escalate_after", f"{urgency!r} is not a CAP urgency ({', '.join(URGENCIES)})")
            if not dt.timedelta(0) < limit <= ESCALATION_MAX:
                raise InputError("escalate_after", f"{urgency}: {limit} is not between 1 minute and 7 days")

    def limit(self, urgency: str) -> dt.timedelta | None:
        return self.escalate_after.get(urgency)

    def is_escalated(self, alert: Summary, now: dt.datetime) -> bool:
        """Still ``new`` longer than its urgency's limit."""
        limit = self.limit(alert.urgency)
        return alert.state == "new" and limit is not None and now - alert.received_at >= limit

    def cutoffs(self, now: dt.datetime) -> dict[str, dt.datetime]:
        """Urgency → received before this and still new means escalated."""
        return {urgency: now - limit for urgency, limit in self.escalate_after.items()}

    @classmethod
    def from_toml(cls, text: str) -> AttentionRules:
        """``[attention.escalate_after_minutes]`` ``Immediate = 15`` … (urgencies left out never escalate;
        no section: the defaults)."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise InputError("hub configuration", str(error)) from None
        section = data.get("attention", {}).get("escalate_after_minutes")
        if section is None:
            return cls()
        if not isinstance(section, dict):
            raise InputError("attention.escalate_after_minutes", "a table of urgency = minutes")
        limits = {}
        for urgency, minutes in section.items():
            if isinstance(minutes, bool) or not isinstance(minutes, int | float):
                raise InputError("attention.escalate_after_minutes", f"{urgency}: {minutes!r} is not a number")
            limits[urgency] = dt.timedelta(minutes=minutes)
        return cls(limits)


DEFAULT_RULES = AttentionRules()
