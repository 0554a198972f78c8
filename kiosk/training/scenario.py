"""Exercise scenarios as data: ``scenarios/*.yaml`` checked against ``scenarios/scenario.schema.json``.

A scenario holds the exercise's objectives (with thresholds), its own situation (used only inside the
exercise, never in place of the kiosk's real one), a timed list of injects (synthetic travellers: a
screening record, SOP answers, documents to generate and the expected outcome), crowds generated from a
seed (a mass arrival) and events (hub link down, printer fails, a new situation bundle). Every problem
is reported as ``file:line: message``, as for SOPs and protocols. Format: ``docs/exercises.md``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import Any

from kiosk.clock import FixedClock
from kiosk.datafiles import LoadedFile, Path_, data_files, load_data_file
from kiosk.errors import DataFileError, InputError, KioskError
from kiosk.protocols import Situation
from kiosk.protocols.situation import situation_from_loaded
from kiosk.records import parse_record

SCHEMA = "scenarios/scenario.schema.json"
DEFAULT_SOP = "primary"
SECONDARY_SOP = "secondary"
DEFAULT_DECIDE_AFTER_S = 60.0


@dataclass(frozen=True)
class Objective:
    id: str
    text: str
    metric: str
    minimum: float | None = None
    maximum: float | None = None

    @property
    def threshold(self) -> str:
        unit = "s" if self.metric.endswith("_s") else "%"
        return f"≥ {self.minimum:g} {unit}" if self.minimum is not None else f"≤ {self.maximum:g} {unit}"

    def met_by(self, value: float | None) -> bool:
        """Whether ``value`` meets the threshold (None, e.g. no alert to time, meets it)."""
        if value is None:
            return True
        if self.minimum is not None:
            return value >= self.minimum
        return value <= (self.maximum if self.maximum is not None else value)


@dataclass(frozen=True)
class ExpectedFlag:
    protocol: str
    status: str | None = None

    def __str__(self) -> str:
        return f"{self.protocol}/{self.status}" if self.status else self.protocol


@dataclass(frozen=True)
class Expected:
    disposition: str
    flags: tuple[ExpectedFlag, ...] = ()
    alert: bool | None = None
    steps: tuple[str, ...] = ()
    recorded: tuple[str, ...] = ()


@dataclass(frozen=True)
class Inject:
    """One synthetic traveller presented at ``at`` seconds after the exercise start."""

    id: str
    number: int
    """1-based position in time order, as the trainer and the score name it ("inject 3")."""
    at: float
    title: str
    record: Mapping[str, Any]
    expected: Expected
    answers: Mapping[str, Any] = field(default_factory=dict)
    documents: tuple[str, ...] = ()
    brief: str = ""
    decide_after: float = DEFAULT_DECIDE_AFTER_S
    missing: tuple[str, ...] = ()
    """Record features this kiosk lacks (from ``requires``): the inject is skipped and says why."""

    @property
    def label(self) -> str:
        return f"inject {self.number} ({self.id})"


@dataclass(frozen=True)
class Event:
    at: float
    type: str
    minutes: float | None = None
    note: str = ""
    situation: Situation | None = None

    @property
    def description(self) -> str:
        if self.type == "situation_bundle" and self.situation is not None:
            return f"new situation bundle {self.situation.version} arrives"
        what = {"hub_link_down": "hub link down", "printer_fails": "printer fails"}.get(self.type, self.type)
        return f"{what} for {self.minutes:g} min" if self.minutes else what


@dataclass(frozen=True)
class Scenario:
    id: str
    version: str
    title: str
    kind: str
    start: dt.datetime
    sop_id: str
    objectives: tuple[Objective, ...]
    situation: Situation
    injects: tuple[Inject, ...]
    """Hand-written and generated injects together, in time order."""
    events: tuple[Event, ...] = ()
    description: str = ""
    site_kind: str = ""
    source: str = ""
    desks: int = 1

    def situation_at(self, seconds: float) -> Situation:
        """The exercise situation in force ``seconds`` after the start (bundles that arrived by then)."""
        situation = self.situation
        for event in self.events:
            if event.situation is not None and event.at <= seconds:
                situation = event.situation
        return situation

    def inject(self, inject_id: str) -> Inject:
        for inject in self.injects:
            if inject.id == inject_id:
                return inject
        raise KioskError(f"scenario {self.id} has no inject {inject_id!r}")


# ---------------------------------------------------------------------------------------------- loading


def load_scenario(path: Path | str) -> Scenario:
    """Load and fully check one scenario file; a shipped scenario by id (``"ebola-land-crossing"``) too."""
    text = str(path)
    if not isinstance(path, Path) and not text.endswith((".yaml", ".yml", ".json")) and "/" not in text:
        shipped = {p.stem: p for p in data_files("scenarios")}
        if text not in shipped:
            raise DataFileError([f"{text}:1: no shipped scenario with this id (shipped: {', '.join(sorted(shipped))})"])
        path = shipped[text]
    return _Builder(load_data_file(Path(path), SCHEMA)).build()


def shipped_scenarios() -> list[Scenario]:
    """Every scenario shipped in ``scenarios/``, by file name."""
    return [load_scenario(path) for path in data_files("scenarios")]


class _Builder:
    def __init__(self, loaded: LoadedFile) -> None:
        self.loaded = loaded
        self.name = loaded.name
        self.problems: list[str] = []

    def problem(self, path: Path_, message: str) -> None:
        where = "/".join(str(p) for p in path)
        self.problems.append(f"{self.name}:{self.loaded.line_of(path)}: {where}: {message}")

    def build(self) -> Scenario:
        data = self.loaded.data
        sop_id = data.get("sop", DEFAULT_SOP)
        steps, fields = self._sop(sop_id)
        catalog_codes = _protocol_codes()
        situation = self._situation(("situation",), catalog_codes)
        injects: list[Inject] = []
        for index, raw in enumerate(data.get("injects", [])):
            injects.append(self._inject(("injects", index), raw, steps, fields, catalog_codes))
        for index, raw in enumerate(data.get("crowds", [])):
            injects.extend(self._crowd(("crowds", index), raw, steps, catalog_codes))
        self._unique_ids(injects)
        events = tuple(self._event(("events", index), raw, catalog_codes) for index, raw in enumerate(data.get("events", [])))
        objectives = tuple(Objective(o["id"], o["text"], o["metric"], o.get("min"), o.get("max")) for o in data["objectives"])
        start = self._start(data["start"])
        if self.problems or situation is None or start is None:
            raise DataFileError(self.problems or [f"{self.name}:1: situation: not valid"])
        ordered = sorted(injects, key=lambda inject: inject.at)  # stable: file order within one instant
        numbered = tuple(_renumber(inject, number) for number, inject in enumerate(ordered, start=1))
        scenario = Scenario(
            id=data["id"], version=data["version"], title=data["title"], kind=data["kind"],
            start=start, sop_id=sop_id, objectives=objectives,
            situation=situation, injects=numbered, events=tuple(sorted(events, key=lambda e: e.at)),
            description=data.get("description", ""), site_kind=data.get("site_kind", ""), source=self.name,
            desks=data.get("desks", 1),
        )
        self._walks(scenario)
        if self.problems:
            raise DataFileError(self.problems)
        return scenario

    def _walks(self, scenario: Scenario) -> None:
        """Every inject's answers must take the officer through the SOPs to their end (as --auto does)."""
        from kiosk.screening import Rules
        from kiosk.sop import SopRun, load_sop
        from kiosk.training.answers import RulesReader, walk

        sop, secondary = load_sop(scenario.sop_id), load_sop(SECONDARY_SOP)
        clock = FixedClock(scenario.start)
        where = {raw["id"]: ("injects", index) for index, raw in enumerate(self.loaded.data.get("injects", []))}
        for inject in scenario.injects:
            if inject.missing:
                continue
            clock.set(scenario.start + dt.timedelta(seconds=inject.at))
            reader = RulesReader(Rules(_catalog(), scenario.situation_at(inject.at)), clock)
            path = where.get(inject.id, ("crowds",))
            try:
                for walked, answers in ((sop, inject.answers), (secondary, {})):
                    if walked is secondary and inject.expected.disposition == "clear":
                        continue
                    run = SopRun(walked, clock=clock)
                    walk(run, run.answer, partial(_answer, record=inject.record, reader=reader, answers=answers))
            except KioskError as error:
                self.problem((*path, "answers") if inject.answers else path, f"{inject.label}: {error}")

    def _start(self, text: str) -> dt.datetime | None:
        try:
            start = dt.datetime.fromisoformat(text)
            if start.tzinfo is None:
                raise ValueError
            return start.astimezone(dt.UTC)
        except (ValueError, OverflowError):
            self.problem(("start",), f"{text!r} is not an instant like 2026-11-29T08:00:00Z")
            return None

    def _sop(self, sop_id: str) -> tuple[frozenset[str], frozenset[str]]:
        from kiosk.sop import load_sop

        try:
            sop = load_sop(sop_id)
        except DataFileError:
            self.problem(("sop",), f"no shipped SOP {sop_id!r}")
            return frozenset(), frozenset()
        secondary = load_sop(SECONDARY_SOP)  # expected steps may be those of secondary screening too
        return (frozenset(s.id for s in (*sop.steps, *secondary.steps)),
                frozenset(f.id for s in sop.steps for f in s.fields))

    def _situation(self, path: Path_, protocols: tuple[str, ...], data: Any = None) -> Situation | None:
        data = self.loaded.data[path[0]] if data is None else data
        prefix_len = len(path)
        lines = {p[prefix_len:]: line for p, line in self.loaded.lines.items() if p[:prefix_len] == path}
        try:
            return situation_from_loaded(LoadedFile(data, lines, self.name), protocols)
        except DataFileError as error:
            where = "/".join(str(p) for p in path)
            head = re.compile(rf"^({re.escape(self.name)}:\d+: )(\(top level\): )?")
            self.problems.extend(head.sub(lambda m: f"{m.group(1)}{where}/", p, count=1).rstrip("/") for p in error.problems)
            return None

    def _record(self, path: Path_, record: Any) -> None:
        try:
            parse_record(record)
        except InputError as error:
            self.problem((*path, *_field_path(error.field)), error.reason)

    def _expected(self, path: Path_, raw: Mapping[str, Any], steps: frozenset[str], protocols: tuple[str, ...]) -> Expected:
        for index, step in enumerate(raw.get("steps", [])):
            if steps and step not in steps:
                self.problem((*path, "steps", index), f"no step {step!r} in the SOP (steps: {', '.join(sorted(steps))})")
        flags = []
        for index, flag in enumerate(raw.get("flags", [])):
            if flag["protocol"] not in protocols:
                self.problem((*path, "flags", index, "protocol"), f"unknown protocol {flag['protocol']!r}; "
                                                                  f"shipped: {', '.join(protocols)}")
            flags.append(ExpectedFlag(flag["protocol"], flag.get("status")))
        return Expected(raw["disposition"], tuple(flags), raw.get("alert"), tuple(raw.get("steps", [])),
                        tuple(raw.get("recorded", [])))

    def _inject(self, path: Path_, raw: Mapping[str, Any], steps: frozenset[str], fields: frozenset[str],
                protocols: tuple[str, ...]) -> Inject:
        missing = tuple(feature for feature in raw.get("requires", []) if not FEATURES[feature]())
        if not missing:
            self._record((*path, "record"), raw["record"])
        for key in raw.get("answers", {}):
            if fields and key not in fields:
                self.problem((*path, "answers", key), f"no field {key!r} in the SOP")
        return Inject(
            id=raw["id"], number=0, at=float(raw["at"]), title=raw["title"], record=raw["record"],
            expected=self._expected((*path, "expected"), raw["expected"], steps, protocols),
            answers=raw.get("answers", {}), documents=tuple(raw.get("documents", [])), brief=raw.get("brief", ""),
            decide_after=float(raw.get("decide_after", DEFAULT_DECIDE_AFTER_S)), missing=missing,
        )

    def _crowd(self, path: Path_, raw: Mapping[str, Any], steps: frozenset[str], protocols: tuple[str, ...]) -> list[Inject]:
        expected = self._expected((*path, "expected"), raw["expected"], steps, protocols)
        try:
            parse_record(raw["record"])
        except InputError as error:
            self.problem((*path, "record", *_field_path(error.field)), error.reason)
            return []
        seats = raw.get("vary", {}).get("seats")
        if seats and raw["count"] > (seats["rows"][1] - seats["rows"][0] + 1) * len(set(seats["letters"])):
            self.problem((*path, "vary", "seats"), f"fewer seats than the {raw['count']} travellers")
            return []
        records = crowd_records(raw)
        for record in records:
            try:
                parse_record(record)
            except InputError as error:
                self.problem((*path, "vary"), f"a generated traveller is not valid: {error}")
                return []
        title = raw.get("title", "Traveller of a mass arrival")
        return [Inject(
            id=f"{raw['id']}-{index:03d}", number=0, at=float(raw["at"]) + (index - 1) * float(raw["every"]),
            title=f"{title} ({index}/{raw['count']})", record=record, expected=expected,
            documents=tuple(raw.get("documents", [])),
            decide_after=float(raw.get("decide_after", DEFAULT_DECIDE_AFTER_S)),
        ) for index, record in enumerate(records, start=1)]

    def _event(self, path: Path_, raw: Mapping[str, Any], protocols: tuple[str, ...]) -> Event:
        situation = None
        if raw["type"] == "situation_bundle":
            situation = self._situation((*path, "situation"), protocols, raw["situation"])
        return Event(float(raw["at"]), raw["type"], raw.get("minutes"), raw.get("note", ""), situation)

    def _unique_ids(self, injects: list[Inject]) -> None:
        seen: set[str] = set()
        for index, inject in enumerate(injects):
            if inject.id in seen:
                self.problem(("injects", index, "id"), f"inject id {inject.id!r} is used twice")
            seen.add(inject.id)


def _answer(sop_field: Any, step: Any, *, record: Mapping[str, Any], reader: Any, answers: Mapping[str, Any]) -> Any:
    from kiosk.training.answers import answer_for

    return answer_for(sop_field, step, record, reader, answers)


def _renumber(inject: Inject, number: int) -> Inject:
    from dataclasses import replace

    return replace(inject, number=number)


def _field_path(field_name: str) -> Path_:
    """``itinerary[0].left`` → ``("itinerary", 0, "left")``."""
    parts: list[str | int] = []
    for piece in field_name.split("."):
        match = re.fullmatch(r"([^\[]*)((?:\[\d+\])*)", piece)
        if not match:
            parts.append(piece)
            continue
        if match.group(1):
            parts.append(match.group(1))
        parts.extend(int(i) for i in re.findall(r"\[(\d+)\]", match.group(2)))
    return tuple(parts)


@cache
def _catalog() -> Any:
    """The shipped protocols, compiled once per process (answering the quick check reads them)."""
    from kiosk.protocols import load_catalog

    return load_catalog()


@cache
def _protocol_codes() -> tuple[str, ...]:
    from kiosk.protocols.situation import shipped_protocol_codes

    return shipped_protocol_codes()


# ---------------------------------------------------------------------------------------------- crowds

_GIVEN = ("AMINA", "JEAN", "MARIA", "KOFI", "SARA", "DAVID", "FATOU", "LUIS", "NADIA", "PAUL", "ZARA", "OMAR")
_SURNAMES = ("DIALLO", "MARTIN", "SILVA", "MENSAH", "HADDAD", "OKAFOR", "NGUYEN", "BERGER", "KAMARA", "ROSSI")


def crowd_records(raw: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The crowd's travellers, the same for the same seed on every machine (``random.Random(seed)``)."""
    rng = random.Random(raw["seed"])
    vary = raw.get("vary", {})
    base = raw["record"]
    arrival = dt.date.fromisoformat(base["arrival_date"])
    low_t, high_t = vary.get("temperature_c", (36.0, 37.4))
    low_a, high_a = vary.get("age_years", (18, 70))
    origins = vary.get("from", ["FR"])
    seats = vary.get("seats")
    taken: set[str] = set()
    records = []
    for _ in range(raw["count"]):
        record = {key: _copy(value) for key, value in base.items()}
        record["temperature_c"] = round(rng.uniform(low_t, high_t), 1)
        record["age_years"] = int(rng.uniform(low_a, high_a))
        country = rng.choice(origins)
        record["itinerary"] = [{"country": country, "left": (arrival - dt.timedelta(days=1)).isoformat()}]
        record["traveller"] = {
            **(record.get("traveller") or {}), "surname": rng.choice(_SURNAMES), "given_names": rng.choice(_GIVEN),
            "nationality": country, "document_type": "P", "issuing_state": country,
            "document_number": f"{rng.choice('CDEFGHJK')}{rng.randrange(10**7, 10**8)}",
        }
        if seats:
            record["conveyance"] = {**(record.get("conveyance") or {}), "seat": _free_seat(rng, seats, taken)}
        records.append(record)
    return records


def _free_seat(rng: random.Random, seats: Mapping[str, Any], taken: set[str]) -> str:
    first, last = seats["rows"]
    letters = seats["letters"]
    while True:  # the loader checked there are enough seats
        seat = f"{rng.randint(first, last)}{rng.choice(letters)}"
        if seat not in taken:
            taken.add(seat)
            return seat


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


# ---------------------------------------------------------------------------------------------- features


def _has_vaccination_evidence() -> bool:
    """Whether the record model knows ``vaccinations[].evidence`` (a paper ICVP seen in primary)."""
    try:
        parse_record({"arrival_date": "2026-01-10",
                      "vaccinations": [{"vaccine": "yellow_fever", "date": "2020-01-01", "evidence": "paper"}]})
    except InputError:
        return False
    return True


FEATURES: dict[str, Callable[[], bool]] = {"vaccinations.evidence": _has_vaccination_evidence}
"""Record features an inject may require (``requires``), each with its probe."""
