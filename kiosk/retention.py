"""The retention policy: personal data of finished screenings is purged after a number of days.

A screening is *finished* when it was completed, abandoned, or closed by its secondary screening. Once
it ended more than ``days`` ago, :func:`purge_personal_data` removes what identifies the traveller:

* the draft answers (every typed field, free text included) and the officer's free-text override reason;
* the traveller's identity in the stored record (names, birth date, document, phone, address, seat,
  vehicle), keeping the age in whole years, sex, nationality and language for the aggregates;
* the traveller row's identity fields, once none of that traveller's screenings still needs them;
* the referral slip PDFs saved on disk;
* the keyed hash of the document number (``kiosk.repeats``): a purged screening is no repeat any more.

What stays: every row and the columns the counts are made of (status, dispositions, protocols, times,
the evaluation, the pseudonymous traveller reference), the audit trail (plus one ``retention.purged``
event per run with the counts), and everything about a screening whose alert the hub has not yet
acknowledged: it is left untouched until the Ack comes. Running it again purges nothing more.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import and_, exists, func, not_, select, update

from kiosk.clock import Clock
from kiosk.config import RETENTION_DAYS_RANGE
from kiosk.errors import InputError
from kiosk.screening import KioskContext, record_audit
from kiosk.store import Store
from kiosk.store import models as m

log = logging.getLogger(__name__)

FINISHED_STATUSES = ("completed", "abandoned", "closed_in_secondary")
IDENTITY_FIELDS = ("surname", "given_names", "birth_date", "document_type", "document_number",
                   "issuing_state", "phone", "address")
"""Traveller fields that identify a person: blanked on the traveller row and removed from the record."""
KEPT_TRAVELLER_FIELDS = ("sex", "nationality", "language")
"""Traveller fields kept for the aggregates (every field of :class:`kiosk.records.Traveller` is in one list)."""
PERSONAL_CONVEYANCE_FIELDS = ("seat", "vehicle")
"""A seat (with the flight) or a vehicle registration points at one person."""
BATCH = 500
"""Encounters purged per transaction: memory and lock time stay bounded on a large database."""
AUDIT_ACTION = "retention.purged"


@dataclass(frozen=True)
class PurgeResult:
    days: int
    cutoff: dt.datetime
    encounters: int
    """Finished screenings whose personal data was removed by this run."""
    travellers: int
    slips_deleted: int
    waiting_for_ack: int
    """Old finished screenings left untouched because their alert is not yet acknowledged by the hub."""
    slips_not_deleted: tuple[str, ...] = ()
    """Slip files that could not be deleted (their screenings are retried on the next run)."""

    def to_json(self) -> dict[str, Any]:
        return {"days": self.days, "cutoff": self.cutoff.isoformat(), "encounters": self.encounters,
                "travellers": self.travellers, "slips_deleted": self.slips_deleted,
                "waiting_for_ack": self.waiting_for_ack, "slips_not_deleted": list(self.slips_not_deleted)}


def check_days(days: int) -> int:
    low, high = RETENTION_DAYS_RANGE
    if isinstance(days, bool) or not isinstance(days, int) or not low <= days <= high:
        raise InputError("days", f"{days!r} is not a whole number of days ({low}–{high})")
    return days


def purge_personal_data(store: Store, clock: Clock, context: KioskContext, days: int, *,
                        slip_folders: Iterable[Path] = ()) -> PurgeResult:
    """Apply the retention policy once (see the module docstring); audited as ``retention.purged``.

    ``slip_folders`` are where slips are saved (``printer.fallback_folder``): a slip named after a
    purged referral is deleted there even when its path was not recorded.
    """
    days = check_days(days)
    cutoff = clock.now() - dt.timedelta(days=days)
    folders = tuple(Path(folder) for folder in slip_folders)
    encounters = slips = 0
    failed: list[str] = []
    blocked: set[str] = set()
    while batch := _next_batch(store, cutoff, blocked):
        done, deleted, not_deleted, kept = _purge_batch(store, clock, batch, folders)
        encounters += done
        slips += deleted
        failed.extend(not_deleted)
        blocked |= kept
    travellers = _purge_travellers(store, clock, cutoff)
    from kiosk.follow_up import purge_contacts

    purge_contacts(store, clock, context)  # the hub acknowledged them: the kiosk needs no copy
    result = PurgeResult(days, cutoff, encounters, travellers, slips, _waiting_for_ack(store, cutoff),
                         tuple(failed))
    with store.connection() as connection:
        record_audit(connection, clock, context, None, AUDIT_ACTION, "retention", "", result.to_json())
    log.info("retention: %s", result.to_json())
    return result


# ------------------------------------------------------------------------------------------ selection


def _ended_at() -> Any:
    return func.coalesce(m.Encounter.completed_at, m.Encounter.updated_at)


def _unacknowledged_alert() -> Any:
    om = m.OutboxMessage
    return exists().where(om.encounter_id == m.Encounter.id, om.status != "acked")


def _due(cutoff: dt.datetime) -> Any:
    return and_(m.Encounter.status.in_(FINISHED_STATUSES), m.Encounter.purged_at.is_(None), _ended_at() < cutoff)


@dataclass(frozen=True)
class _Row:
    id: str
    answers: Any
    record: Any
    override_reason: str | None
    slip_paths: tuple[str, ...]


def _next_batch(store: Store, cutoff: dt.datetime, skip: set[str]) -> list[_Row]:
    query = (
        select(m.Encounter.id, m.Encounter.answers, m.Encounter.record, m.Encounter.override_reason,
               m.Referral.id, m.Referral.pdf_path)
        .outerjoin(m.Referral, m.Referral.encounter_id == m.Encounter.id)
        .where(_due(cutoff), not_(_unacknowledged_alert()))
        .order_by(m.Encounter.id)
    )
    if skip:
        query = query.where(m.Encounter.id.not_in(sorted(skip)))
    rows = []
    with store.reading() as session:
        for encounter_id, answers, record, reason, referral_id, pdf_path in session.execute(query.limit(BATCH)):
            paths = tuple(p for p in (pdf_path,) if p) + ((f"slip-{referral_id}.pdf",) if referral_id else ())
            rows.append(_Row(encounter_id, answers, record, reason, paths))
    return rows


def _waiting_for_ack(store: Store, cutoff: dt.datetime) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(m.Encounter)
                              .where(_due(cutoff), _unacknowledged_alert())) or 0


# ------------------------------------------------------------------------------------------ purging


def _purge_batch(store: Store, clock: Clock, batch: list[_Row], folders: tuple[Path, ...]
                 ) -> tuple[int, int, list[str], set[str]]:
    """Delete the batch's slip files, then blank its rows; a row whose slip could not be deleted is left
    as it is (retried on the next run). Returns (purged, slips deleted, slips not deleted, rows left)."""
    deleted, failed, blocked = 0, [], set()
    for row in batch:
        for path in _slip_files(row.slip_paths, folders):
            try:
                path.unlink()
                deleted += 1
            except FileNotFoundError:
                continue
            except OSError as error:
                log.error("retention: cannot delete the slip %s: %s", path, error.strerror)
                failed.append(str(path))
                blocked.add(row.id)
    now = clock.now()
    purged = 0
    with store.transaction() as session:
        for row in batch:
            if row.id in blocked:
                continue
            purged += session.execute(
                update(m.Encounter).where(m.Encounter.id == row.id, m.Encounter.purged_at.is_(None)).values(
                    answers={}, record=strip_record(row.record), override_reason=None, document_key=None,
                    purged_at=now)
            ).rowcount
            session.execute(update(m.Referral).where(m.Referral.encounter_id == row.id).values(pdf_path=""))
    return purged, deleted, failed, blocked


def _slip_files(paths: tuple[str, ...], folders: tuple[Path, ...]) -> Iterable[Path]:
    seen = set()
    for text in paths:
        path = Path(text)
        candidates = [path] if path.is_absolute() else [folder / path.name for folder in folders]
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                yield candidate


def strip_record(record: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The stored record without what identifies the traveller (the age kept in whole years)."""
    if record is None:
        return None
    out = dict(record)
    traveller = dict(out.get("traveller") or {})
    if traveller:
        birth = traveller.get("birth_date")
        if out.get("age_years") is None and birth and out.get("arrival_date"):
            try:
                years = (dt.date.fromisoformat(out["arrival_date"]) - dt.date.fromisoformat(birth)).days // 365.25
                out["age_years"] = float(max(years, 0))
            except (TypeError, ValueError):
                pass
        kept = {key: traveller[key] for key in KEPT_TRAVELLER_FIELDS if traveller.get(key)}
        if kept:
            out["traveller"] = kept
        else:
            out.pop("traveller", None)
    conveyance = {k: v for k, v in (out.get("conveyance") or {}).items() if k not in PERSONAL_CONVEYANCE_FIELDS}
    if conveyance:
        out["conveyance"] = conveyance
    else:
        out.pop("conveyance", None)
    return out


def _purge_travellers(store: Store, clock: Clock, cutoff: dt.datetime) -> int:
    """Blank the identity of travellers none of whose screenings still keeps personal data."""
    tr, en = m.Traveller, m.Encounter
    still_needed = exists().where(en.traveller_id == tr.id, en.purged_at.is_(None))
    blank: dict[str, Any] = {name: "" for name in IDENTITY_FIELDS}
    blank["birth_date"] = None
    with store.transaction() as session:
        return session.execute(
            update(tr).where(tr.purged_at.is_(None), tr.created_at < cutoff, not_(still_needed))
            .values(**blank, purged_at=clock.now())
        ).rowcount
