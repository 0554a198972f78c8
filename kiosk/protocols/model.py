"""Results of an evaluation: dispositions, flags, alerts, and the ``evaluate`` JSON output."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from kiosk.protocols.reasons import Reason

DISPOSITIONS: tuple[str, ...] = ("clear", "advise", "monitor", "vaccinate", "refer", "isolate")
"""From least to most severe; an evaluation's disposition is the most severe of its flags'."""

_RANK = {name: rank for rank, name in enumerate(DISPOSITIONS)}

URGENCIES: tuple[str, ...] = ("Immediate", "Expected", "Future", "Past", "Unknown")
SEVERITIES: tuple[str, ...] = ("Extreme", "Severe", "Moderate", "Minor", "Unknown")
CERTAINTIES: tuple[str, ...] = ("Observed", "Likely", "Possible", "Unlikely", "Unknown")
"""CAP 1.2 words, most pressing first."""


def disposition_rank(disposition: str) -> int:
    """0 for ``clear`` up to 5 for ``isolate``; raises ValueError for an unknown word."""
    try:
        return _RANK[disposition]
    except KeyError:
        raise ValueError(f"unknown disposition {disposition!r}; valid: {', '.join(DISPOSITIONS)}") from None


STATUS_ORDER: tuple[str, ...] = ("suspected", "contact", "no_valid_certificate", "at_risk", "unexplained_fever")
"""Flag statuses, most pressing first (a status not listed comes after these)."""
RISK_ORDER: tuple[str, ...] = ("high", "some", "low", "none", "unknown")
"""Exposure risks, highest first."""
_NO_ALERT = (len(URGENCIES), len(SEVERITIES), len(CERTAINTIES))


def lead_key(flag: Flag) -> tuple[Any, ...]:
    """The one rule for which flag leads (smallest first): the most severe disposition, then the most
    pressing alert (a flag that alerts before one that does not), the most pressing status, the highest
    risk, then the protocol code. ``evaluate`` orders an evaluation's flags by it, so the leading flag is
    the first; the referral row, history, alert, slip, its QR and FHIR all read it (``leading_flag``)."""
    return (-disposition_rank(flag.disposition), flag.alert.sort_key() if flag.alert else _NO_ALERT,
            _index(STATUS_ORDER, flag.status), _index(RISK_ORDER, flag.risk), flag.protocol)


def leading_flag(evaluation: Evaluation) -> Flag | None:
    """The flag the evaluation is about (None without flags): :func:`lead_key`'s first."""
    return min(evaluation.flags, key=lead_key, default=None)


def leading_protocol(evaluation: Evaluation) -> str:
    """The leading flag's protocol code ("" without flags): what is stored with the encounter."""
    flag = leading_flag(evaluation)
    return flag.protocol if flag is not None else ""


def _index(order: tuple[str, ...], value: str) -> int:
    return order.index(value) if value in order else len(order)


def most_severe(dispositions: Iterable[str]) -> str:
    """The most severe disposition of ``dispositions`` (``clear`` when empty)."""
    return max(dispositions, key=disposition_rank, default="clear")


@dataclass(frozen=True)
class Alert:
    """What goes to the surveillance hub: CAP 1.2 urgency/severity/certainty and the event text."""

    urgency: str
    severity: str
    certainty: str
    protocol: str
    event: str
    event_text: Mapping[str, str] = field(default_factory=dict)
    """The event in every language of the protocol (``en``, ``fr``, ``pt``, ``ar``…)."""

    def sort_key(self) -> tuple[int, int, int]:
        return (URGENCIES.index(self.urgency), SEVERITIES.index(self.severity), CERTAINTIES.index(self.certainty))

    def to_json(self, full: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"urgency": self.urgency, "severity": self.severity}
        if full:
            out |= {"certainty": self.certainty, "protocol": self.protocol, "event": self.event}
        return out


@dataclass(frozen=True)
class Flag:
    """One protocol's finding for one traveller.

    ``reason_items`` are structured (:class:`~kiosk.protocols.reasons.Reason`: key, params, English text);
    ``reasons`` is their English text, as in the ``evaluate`` JSON; ``reasons_in(lang)`` translates them.
    """

    protocol: str
    status: str
    risk: str
    actions: tuple[str, ...]
    follow_up_until: dt.date | None
    reason_items: tuple[Reason, ...]
    disposition: str
    alert: Alert | None = None

    @cached_property
    def reasons(self) -> tuple[str, ...]:
        """The reasons in English, e.g. ``("38.4 °C ≥ 38.0 °C", "vomiting", …)``."""
        return tuple(reason.text for reason in self.reason_items)

    def reasons_in(self, language: str) -> tuple[str, ...]:
        """The reasons in ``language`` (en, fr, pt, ar; English for any other)."""
        return tuple(reason.text_in(language) for reason in self.reason_items)

    def to_json(self, full: bool = False) -> dict[str, Any]:
        """The flag of the ``evaluate`` JSON; ``full`` adds ``reason_items`` (key, params, text)."""
        out: dict[str, Any] = {
            "protocol": self.protocol,
            "status": self.status,
            "risk": self.risk,
            "actions": list(self.actions),
            "follow_up_until": self.follow_up_until.isoformat() if self.follow_up_until else None,
            "reasons": list(self.reasons),
        }
        if full:
            out["reason_items"] = [reason.to_json() for reason in self.reason_items]
        return out


@dataclass(frozen=True)
class CertificateCheck:
    """A certificate the itinerary required (e.g. yellow fever): valid or not, and the vaccination used."""

    protocol: str
    certificate: str
    """The situation's certificate key (``yellow_fever``, ``polio``)."""
    valid: bool
    used: Any
    """The :class:`~kiosk.records.Vaccination` that makes it valid (None when not valid)."""
    reason_items: tuple[Reason, ...]

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(reason.text for reason in self.reason_items)

    def to_json(self, full: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"protocol": self.protocol, "certificate": self.certificate, "valid": self.valid,
                               "used": self.used.to_json() if self.used is not None else None,
                               "reasons": list(self.reasons)}
        if full:
            out["reason_items"] = [reason.to_json() for reason in self.reason_items]
        return out


@dataclass(frozen=True)
class Evaluation:
    """The protocols' verdict on one screening record (the officer decides; this advises)."""

    disposition: str
    alert: Alert | None
    flags: tuple[Flag, ...]
    protocols_version: str
    situation_version: str
    as_of: dt.date | None = None
    certificates: tuple[CertificateCheck, ...] = ()
    """Each certificate the itinerary required, with the vaccination that made it valid."""

    def to_json(self, full: bool = False) -> dict[str, Any]:
        """The ``poe-kiosk evaluate`` output; ``full`` adds certainty, protocol and event to ``alert`` and
        ``reason_items`` to each flag."""
        return {
            "disposition": self.disposition,
            "alert": self.alert.to_json(full) if self.alert else None,
            "flags": [flag.to_json(full) for flag in self.flags],
            "certificates": [check.to_json(full) for check in self.certificates],
            "protocols_version": self.protocols_version,
            "situation_version": self.situation_version,
        }

    @property
    def needs_alert(self) -> bool:
        return self.alert is not None

    def flag(self, protocol: str) -> Flag | None:
        return next((f for f in self.flags if f.protocol == protocol), None)

    def reasons_in(self, language: str) -> dict[str, tuple[str, ...]]:
        """Protocol code → its flag's reasons in ``language`` (flags in order, most severe first)."""
        return {flag.protocol: flag.reasons_in(language) for flag in self.flags}
