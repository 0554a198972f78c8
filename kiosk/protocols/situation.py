"""The situation: affected areas per protocol and the national certificate rules (data, not code).

Issued by the national authority and later pushed by the hub as a bundle, so it is loaded either from a
file (:func:`load_situation`) or from already-parsed data (:meth:`Situation.from_data`). Both validate
against ``protocols/situation.schema.json`` and raise :class:`~kiosk.errors.DataFileError`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from kiosk.datafiles import LoadedFile, load_data_file, schema_problems
from kiosk.errors import DataFileError
from kiosk.records import countries

SCHEMA = "protocols/situation.schema.json"
_NONE: Mapping[str, tuple[Any, ...]] = {}
DEMO = "situations/demo.yaml"


@dataclass(frozen=True)
class Event:
    """Transmission of one protocol's disease in some areas; ``ended`` is the date of the last case."""

    protocol: str
    areas: tuple[str, ...]
    since: dt.date
    ended: dt.date | None = None
    note: str = ""

    def affected_on(self, day: dt.date, days_after_last_case: int) -> bool:
        """Whether the areas count as affected on ``day`` (until ``ended`` + the protocol's window)."""
        if day < self.since:
            return False
        return self.ended is None or (day - self.ended).days <= days_after_last_case


@dataclass(frozen=True)
class CertificateRule:
    """This country's entry rule for one certificate (``yellow_fever``, ``polio``…)."""

    required_from: frozenset[str]
    min_age_years: float | None = None
    validity_years: int | None = None
    max_dose_age_days: int | None = None
    min_dose_age_days: int = 0


@dataclass(frozen=True)
class Situation:
    """``sequence``, ``issued_at`` and ``expires`` order the situations of one authority (see
    ``docs/protocols.md``, "Order and expiry"): optional in a file, required in a bundle."""

    version: str
    issued: dt.date
    events: tuple[Event, ...]
    certificates: Mapping[str, CertificateRule]
    name: str = ""
    sequence: int | None = None
    issued_at: dt.datetime | None = None
    """UTC."""
    expires: dt.datetime | None = None
    """UTC."""
    data: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The situation as received (JSON-compatible), e.g. to forward it unchanged."""
    _areas: Mapping[str, Mapping[str, tuple[Event, ...]]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_data(cls, data: Any, name: str = "situation", *, protocols: Collection[str] | None = None) -> Situation:
        """Build from parsed JSON/YAML (e.g. a bundle received over the network); validates it
        (``protocols``: as in :func:`load_situation`)."""
        try:  # dates become ISO strings, as in a file; also copies the caller's data
            plain = json.loads(json.dumps(data, default=str))
        except (TypeError, ValueError) as error:
            raise DataFileError([f"{name}:1: not JSON-compatible data ({error})"]) from None
        return _build(LoadedFile(plain, {}, name), protocols)

    def events_in(self, protocol: str, country: str) -> tuple[Event, ...]:
        """The events of ``protocol`` that list ``country`` (fast: an index built at load)."""
        by_country = self._areas.get(protocol)
        return by_country.get(country, ()) if by_country else ()

    def areas_of(self, protocol: str) -> Mapping[str, tuple[Event, ...]]:
        """Country → the events of ``protocol`` listing it (empty when the protocol has no event)."""
        return self._areas.get(protocol, _NONE)

    def has_events(self, protocol: str) -> bool:
        return protocol in self._areas

    def affected_areas(self, protocol: str, day: dt.date, days_after_last_case: int) -> list[str]:
        """The countries affected by ``protocol`` on ``day``, sorted (for display)."""
        by_country = self._areas.get(protocol, {})
        return sorted(c for c, evs in by_country.items() if any(e.affected_on(day, days_after_last_case) for e in evs))


def load_situation(path: Path | str | None = None, *, protocols: Collection[str] | None = None) -> Situation:
    """Load a situation file (YAML or JSON); the shipped demo situation when ``path`` is None.

    ``protocols``: the codes of the protocols the situation will be evaluated with; an event naming
    any other is refused (it would silently flag nobody). None: not checked.
    """
    if path is None:
        path = Path(str(resources.files("protocols").joinpath(DEMO)))
    return _build(load_data_file(path, SCHEMA), protocols, schema_checked=True)


def check_situation_file(path: Path | str) -> Situation:
    """What ``poe-kiosk validate`` runs on a situation file: its schema, and its events against the
    shipped protocols (the ones a kiosk evaluates with)."""
    return load_situation(path, protocols=shipped_protocol_codes())


def situation_from_loaded(loaded: LoadedFile, protocols: Collection[str] | None = None) -> Situation:
    """Build a situation already parsed with its lines, e.g. the part of a larger file (an exercise
    scenario's own situation): problems come back as ``file:line: message`` like a situation file's."""
    return _build(loaded, protocols)


@cache
def shipped_protocol_codes() -> tuple[str, ...]:
    from kiosk.protocols.catalog import load_catalog  # the catalog's conditions import this module

    return load_catalog().codes


def _build(loaded: LoadedFile, protocols: Collection[str] | None = None, *, schema_checked: bool = False) -> Situation:
    problems = [] if schema_checked else schema_problems(loaded, SCHEMA)  # load_data_file has checked it
    if problems:
        raise DataFileError(problems)
    data = loaded.data
    problems = []
    known = countries()

    def check_country(code: str, path: tuple[str | int, ...]) -> None:
        if code not in known:
            problems.append(f"{loaded.name}:{loaded.line_of(path)}: {_where(path)}: {code!r} is not an ISO 3166-1 alpha-2 code")

    events = []
    for index, item in enumerate(data["events"]):
        if protocols is not None and item["protocol"] not in protocols:
            path = ("events", index, "protocol")
            problems.append(f"{loaded.name}:{loaded.line_of(path)}: {_where(path)}: unknown protocol "
                            f"{item['protocol']!r}; known: {', '.join(sorted(protocols))}")
        for a, area in enumerate(item["areas"]):
            check_country(area, ("events", index, "areas", a))
        since = dt.date.fromisoformat(item["since"])
        ended = dt.date.fromisoformat(item["ended"]) if item.get("ended") else None
        if ended is not None and ended < since:
            path = ("events", index, "ended")
            problems.append(f"{loaded.name}:{loaded.line_of(path)}: {_where(path)}: {ended} is before since {since}")
        events.append(Event(item["protocol"], tuple(item["areas"]), since, ended, item.get("note", "")))
    certificates = {}
    for key, rule in (data.get("certificates") or {}).items():
        for c, code in enumerate(rule["required_from"]):
            check_country(code, ("certificates", key, "required_from", c))
        certificates[key] = CertificateRule(
            required_from=frozenset(rule["required_from"]),
            min_age_years=rule.get("min_age_years"),
            validity_years=rule.get("validity_years"),
            max_dose_age_days=rule.get("max_dose_age_days"),
            min_dose_age_days=rule.get("min_dose_age_days", 0),
        )
    issued_at = _instant(loaded, "issued_at", problems)
    expires = _instant(loaded, "expires", problems)
    if issued_at is not None and expires is not None and expires <= issued_at:
        problems.append(f"{loaded.name}:{loaded.line_of(('expires',))}: expires: {data['expires']} is not after "
                        f"issued_at {data['issued_at']}")
    if problems:
        raise DataFileError(problems)
    areas: dict[str, dict[str, tuple[Event, ...]]] = {}
    for event in events:
        by_country = areas.setdefault(event.protocol, {})
        for area in event.areas:
            by_country[area] = (*by_country.get(area, ()), event)
    return Situation(
        version=data["version"],
        issued=dt.date.fromisoformat(data["issued"]),
        events=tuple(events),
        certificates=certificates,
        name=loaded.name,
        sequence=data.get("sequence"),
        issued_at=issued_at,
        expires=expires,
        data=data,
        _areas=areas,
    )


def _instant(loaded: LoadedFile, key: str, problems: list[str]) -> dt.datetime | None:
    """An RFC 3339 instant of the situation (``2026-11-29T08:00:00Z``) in UTC; None when absent."""
    text = loaded.data.get(key)
    if text is None:
        return None
    where = f"{loaded.name}:{loaded.line_of((key,))}: {key}"
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        problems.append(f"{where}: {text!r} is not an instant like 2026-11-29T08:00:00Z")
        return None
    if value.tzinfo is None:
        problems.append(f"{where}: {text!r} has no UTC offset (add Z for UTC, or e.g. +01:00)")
        return None
    try:
        return value.astimezone(dt.UTC)
    except OverflowError:  # e.g. 0001-01-01T00:00:00+01:00 is in year 0 in UTC
        problems.append(f"{where}: {text!r} is outside the years 1 to 9999 in UTC")
        return None


def _where(path: tuple[str | int, ...]) -> str:
    return "/".join(str(p) for p in path)
