"""Reports at ingest: the kiosks' messages other than alerts (daily aggregates, follow-up records), taken by
the same ingest workers, in the same batch and transaction as the alerts, with the same rules.

Each report kind (``kiosk.alerts.outbox.REPORT_KINDS``) has a parser that refuses bad input with a reason
and a store function that is idempotent. The sender is checked as an alert's is: the message names the
topic's kiosk, point of entry and country, and that kiosk is enrolled there. A refused report goes to the
quarantine (reason ``invalid-report``, ``spoofed-topic``, ``unknown-kiosk``); an accepted one is
acknowledged to its kiosk with a CAP Ack naming its id, which settles its outbox row.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from kiosk.alerts.cap import Reference
from kiosk.alerts.outbox import REPORT_KINDS, ack_topic_for_report_topic, report_filter
from kiosk.hub.ingest import RejectedMessage, enrolment_problem, enrolments_of, quarantine_row

log = logging.getLogger(__name__)

REPORT_FILTERS = tuple(report_filter(kind) for kind in REPORT_KINDS)


@dataclass(frozen=True)
class ParsedReport:
    """What ingest needs of any report: who sent it, its id (for the Ack) and the row to store."""

    identifier: str
    kiosk_id: str
    poe: str
    country: str
    sent_text: str
    row: dict[str, Any]


@dataclass(frozen=True)
class ReportKind:
    parse: Callable[[bytes, dt.datetime], ParsedReport]
    """Raises ``ValueError`` naming what is wrong."""
    store: Callable[[Connection, list[dict[str, Any]]], None]


def _kinds() -> dict[str, ReportKind]:
    from kiosk.hub import aggregates, follow_up

    return {"aggregates": ReportKind(aggregates.parse_report, aggregates.store_aggregates),
            "follow-up": ReportKind(follow_up.parse_report, follow_up.store_follow_ups)}


def report_kind(topic: str) -> str | None:
    """The report kind of a topic (``poe/v1/{country}/{poe}/{kiosk}/{kind}``), None for any other topic."""
    return topic.rsplit("/", 1)[-1] if ack_topic_for_report_topic(topic) else None


@dataclass
class ReportBatch:
    """The reports of one ingest batch: parsed outside the transaction, stored inside it."""

    kinds: dict[str, ReportKind] = field(default_factory=_kinds)
    accepted: list[tuple[str, str, bytes, ParsedReport]] = field(default_factory=list)

    def take(self, topic: str, payload: bytes, now: dt.datetime, refused: list[dict[str, Any]]) -> None:
        """Parse one report; a bad one becomes a quarantine row in ``refused``."""
        kind = report_kind(topic)
        _, _, country, poe, kiosk_id, _ = topic.split("/")
        try:
            if kind not in self.kinds:
                raise RejectedMessage(f"not a report topic: {topic[:200]}", "invalid-report")
            try:
                report = self.kinds[kind].parse(payload, now)
            except ValueError as error:
                raise RejectedMessage(f"{kind}: {error}", "invalid-report") from None
            for name, on_topic in (("kiosk_id", kiosk_id), ("poe", poe), ("country", country)):
                if getattr(report, name) != on_topic:
                    raise RejectedMessage(f"{kind} {name} {getattr(report, name)!r} is not the topic's {on_topic!r}",
                                          "spoofed-topic", sender=report.kiosk_id, identifier=report.identifier)
        except RejectedMessage as error:
            log.warning("hub ingest: quarantined a report on %s (%s)", topic[:200], error.reason)
            refused.append(quarantine_row(topic, payload, error, now))
            return
        self.accepted.append((kind, topic, payload, report))

    def store(self, connection: Connection, now: dt.datetime,
              refused: list[dict[str, Any]]) -> list[tuple[str, Reference]]:
        """Check the senders' enrolment and store the accepted reports, in the caller's transaction;
        ``(ack topic, reference)`` of each report to acknowledge (the refused ones join ``refused``)."""
        if not self.accepted:
            return []
        enrolments = enrolments_of(connection, (report.kiosk_id for _k, _t, _p, report in self.accepted))
        rows: dict[str, list[dict[str, Any]]] = {}
        acks = []
        for kind, topic, payload, report in self.accepted:
            problem = enrolment_problem({"kiosk_id": report.kiosk_id, "country": report.country, "poe": report.poe,
                                         "sender": report.kiosk_id, "identifier": report.identifier}, enrolments)
            if problem is not None:
                log.warning("hub ingest: quarantined a report on %s (%s)", topic[:200], problem.reason)
                refused.append(quarantine_row(topic, payload, problem, now))
                continue
            rows.setdefault(kind, []).append(report.row)
            acks.append((ack_topic_for_report_topic(topic) or "", Reference(report.kiosk_id, report.identifier,
                                                                             report.sent_text)))
        for kind, kind_rows in rows.items():
            self.kinds[kind].store(connection, kind_rows)
        return acks
