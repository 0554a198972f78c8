"""The referral pathway directory of a point of entry: who receives whom, how they get there, whom to call.

One YAML file per point of entry (``protocols/pathways/*.yaml``), validated by
``protocols/referral-directory.schema.json`` through :func:`kiosk.datafiles.load_data_file`, then
cross-checked here (every referenced service exists and has the right kind, a catch-all route exists,
a ``default`` infection-control entry exists). Errors come back as ``file:line: message``.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from kiosk.datafiles import LoadedFile, load_data_file
from kiosk.errors import DataFileError
from kiosk.referral import i18n

SCHEMA = "protocols/referral-directory.schema.json"
WILDCARD = "*"


def demo_directory_path() -> Path:
    """The shipped directory of the fictional demo land crossing."""
    return Path(str(resources.files("protocols"))) / "pathways" / "demo.yaml"


@dataclass(frozen=True)
class Contact:
    phone: str
    role: str = ""
    name: str = ""
    radio: str = ""
    email: str = ""
    hours: str = ""

    @property
    def summary(self) -> str:
        who = f"{self.role} ({self.name})" if self.role and self.name else self.role or self.name
        extra = ", ".join(p for p in (self.radio, self.hours) if p)
        return " ".join(p for p in (who + (":" if who else ""), self.phone, f"[{extra}]" if extra else "") if p)


@dataclass(frozen=True)
class Service:
    id: str
    kind: str
    name: str
    contacts: tuple[Contact, ...]
    address: str = ""
    notes: str = ""

    @property
    def phone(self) -> str:
        """The first contact's phone: the number printed next to the service on a slip."""
        return self.contacts[0].phone


@dataclass(frozen=True)
class PointOfEntry:
    id: str
    name: str
    type: str
    site_language: str
    timezone: str = "UTC"
    country: str = ""
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Route:
    protocols: tuple[str, ...]
    dispositions: tuple[str, ...]
    facility: Service
    transport: str
    isolation: Service | None = None
    ambulance: Service | None = None
    notify_before_transfer: bool = False

    def matches(self, protocol: str, disposition: str) -> bool:
        return (WILDCARD in self.protocols or protocol in self.protocols) and (
            WILDCARD in self.dispositions or disposition in self.dispositions
        )


@dataclass(frozen=True)
class Directory:
    version: str
    point_of_entry: PointOfEntry
    services: dict[str, Service]
    routes: tuple[Route, ...]
    hotline: Service
    surveillance_officer: Service
    infection_control: tuple[tuple[tuple[str, ...], dict[str, tuple[str, ...]]], ...]
    source: str = ""

    def route_for(self, protocol: str, disposition: str) -> Route:
        """The first route matching ``protocol`` and ``disposition`` (a catch-all always exists)."""
        for route in self.routes:
            if route.matches(protocol or "", disposition):
                return route
        return self.routes[-1]

    def ipc_for(self, protocol: str, lang: str) -> tuple[str, ...]:
        """Infection-control instructions for ``protocol`` in ``lang`` (else English; else the default)."""
        entry = next((texts for protocols, texts in self.infection_control if protocol in protocols), None)
        if entry is None:
            entry = next(texts for protocols, texts in self.infection_control if "default" in protocols)
        return entry.get(i18n.language(lang)) or entry["en"]


def load_directory(path: Path | str | None = None) -> Directory:
    """Load and check a directory file (the shipped demo when ``path`` is None)."""
    loaded = load_data_file(path or demo_directory_path(), SCHEMA)
    return _build(loaded)


def _build(loaded: LoadedFile) -> Directory:
    data = loaded.data
    problems: list[str] = []

    def problem(where: tuple[str | int, ...], message: str) -> None:
        problems.append(f"{loaded.name}:{loaded.line_of(where)}: {'/'.join(map(str, where))}: {message}")

    services: dict[str, Service] = {}
    for index, raw in enumerate(data["services"]):
        if raw["id"] in services:
            problem(("services", index, "id"), f"duplicate service id {raw['id']!r}")
        services[raw["id"]] = _service(raw)

    def ref(where: tuple[str | int, ...], service_id: str | None, kind: str) -> Service | None:
        if service_id is None:
            return None
        service = services.get(service_id)
        if service is None:
            problem(where, f"unknown service {service_id!r}; known: {', '.join(sorted(services))}")
        elif service.kind != kind:
            problem(where, f"service {service_id!r} is a {service.kind}, expected a {kind}")
        return service

    routes = []
    for index, raw in enumerate(data["routes"]):
        where = ("routes", index)
        facility = ref((*where, "facility"), raw["facility"], "facility")
        isolation = ref((*where, "isolation"), raw.get("isolation"), "isolation_room")
        ambulance = ref((*where, "ambulance"), raw.get("ambulance"), "ambulance")
        if raw["transport"] == "ambulance" and "ambulance" not in raw:
            problem(where, "transport is ambulance but no ambulance service is named")
        if facility is not None:
            routes.append(Route(
                tuple(raw["protocols"]), tuple(raw["dispositions"]), facility, raw["transport"], isolation,
                ambulance, bool(raw.get("notify_before_transfer", False)),
            ))
    last = data["routes"][-1]
    if last["protocols"] != [WILDCARD] or last["dispositions"] != [WILDCARD]:
        problem(("routes", len(data["routes"]) - 1), 'the last route must catch everything: protocols ["*"], dispositions ["*"]')
    try:
        zoneinfo.ZoneInfo(data["point_of_entry"].get("timezone", "UTC"))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        problem(("point_of_entry", "timezone"), "unknown time zone (use an IANA name such as Africa/Abidjan)")
    hotline = ref(("hotline",), data["hotline"], "hotline")
    surveillance = ref(("surveillance_officer",), data["surveillance_officer"], "surveillance_officer")
    ipc = _infection_control(data["infection_control"], problem)
    if problems:
        raise DataFileError(problems)
    assert hotline is not None and surveillance is not None  # guaranteed when no problems
    return Directory(
        version=data["version"], point_of_entry=_point_of_entry(data["point_of_entry"]), services=services,
        routes=tuple(routes), hotline=hotline, surveillance_officer=surveillance, infection_control=ipc,
        source=loaded.name,
    )


def _infection_control(entries: list[dict[str, Any]], problem: Any) -> tuple[Any, ...]:
    seen: dict[str, int] = {}
    out = []
    for index, raw in enumerate(entries):
        for protocol in raw["protocols"]:
            if protocol in seen:
                problem(("infection_control", index, "protocols"), f"{protocol} already listed in entry {seen[protocol]}")
            seen[protocol] = index
        texts = {lang: tuple(lines) for lang, lines in raw.items() if lang != "protocols"}
        out.append((tuple(raw["protocols"]), texts))
    if "default" not in seen:
        problem(("infection_control",), 'one entry must list protocols: [default]')
    return tuple(out)


def _service(raw: dict[str, Any]) -> Service:
    contacts = tuple(Contact(**contact) for contact in raw["contacts"])
    return Service(raw["id"], raw["kind"], raw["name"], contacts, raw.get("address", ""), raw.get("notes", ""))


def _point_of_entry(raw: dict[str, Any]) -> PointOfEntry:
    return PointOfEntry(
        id=raw["id"], name=raw["name"], type=raw["type"], site_language=raw["site_language"],
        timezone=raw.get("timezone", "UTC"), country=raw.get("country", ""),
        languages=tuple(raw.get("languages", ())),
    )
