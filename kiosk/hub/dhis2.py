"""The hub report in DHIS2's aggregate import format (``dataValueSets`` JSON), through a mapping file.

The mapping (``kiosk/data/dhis2/mapping.schema.json``, example ``mapping.example.yaml``) names the DHIS2
data set, an organisation unit per point of entry and the data elements (with an optional category
option combo) for: all alerts, alerts by protocol, alerts by urgency, and travellers screened.

The export is one **data value set per point of entry and UTC day** (DHIS2's daily period
``yyyyMMdd``): the unit DHIS2 enters, validates and counts for completeness, so each can be posted
to ``/api/dataValueSets`` as it is. They are written together as ``{"dataValueSets": [...]}``; post
each element (``jq -c '.dataValueSets[]'``). Every mapped point of entry gets a set for every day of
the period, zeros included (a day without alerts is reported as none, not left unknown); a day that is
not over yet (today, UTC) has no ``completeDate``. Screened counts are sent only for days the kiosks
reported (unknown is never sent as zero). Each set is checked against the schema derived from the
DHIS2 documentation (``kiosk/data/dhis2/datavalueset.schema.json``, its SOURCE.txt) before it is
returned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.clock import Clock, SystemClock
from kiosk.datafiles import load_data_file, schema
from kiosk.errors import DataFileError, KioskError
from kiosk.hub.poe_report import PoeReport

MAPPING_SCHEMA = "kiosk/data/dhis2/mapping.schema.json"
DATA_VALUE_SET_SCHEMA = "kiosk/data/dhis2/datavalueset.schema.json"
UID_PATTERN = "^[A-Za-z][A-Za-z0-9]{10}$"
UID_WORDS = "is not a DHIS2 UID (11 letters or digits, the first a letter)"


@dataclass(frozen=True)
class Target:
    data_element: str
    category_option_combo: str | None = None

    def value(self, count: int) -> dict[str, str]:
        out = {"dataElement": self.data_element}
        if self.category_option_combo:
            out["categoryOptionCombo"] = self.category_option_combo
        out["value"] = str(count)
        return out


@dataclass(frozen=True)
class Dhis2Mapping:
    data_set: str
    org_units: Mapping[str, str]
    alerts: Target | None = None
    by_protocol: Mapping[str, Target] | None = None
    by_urgency: Mapping[str, Target] | None = None
    screened: Target | None = None
    attribute_option_combo: str | None = None
    skip_unmapped: bool = False
    name: str = "mapping"


def load_mapping(path: Path | str) -> Dhis2Mapping:
    """Read and check a mapping file; :class:`DataFileError` lists every problem as ``file:line: message``."""
    try:
        loaded = load_data_file(path, MAPPING_SCHEMA)
    except DataFileError as error:  # the schema's pattern, said in words
        raise DataFileError([problem.replace(f"does not match {UID_PATTERN!r}", UID_WORDS)
                             for problem in error.problems]) from None
    data = loaded.data
    elements = data["dataElements"]
    problems, seen = [], {}
    for where, target in _targets(elements):
        key = (target["dataElement"], target.get("categoryOptionCombo"))
        if key in seen:
            problems.append(f"{loaded.name}:{loaded.line_of(('dataElements', *where))}: dataElements/"
                            f"{'/'.join(where)}: the same data element and category option combo as "
                            f"{'/'.join(seen[key])} (DHIS2 would keep only one of the two values)")
        seen[key] = where
    if problems:
        raise DataFileError(problems)

    def target(raw: Mapping[str, str] | None) -> Target | None:
        return Target(raw["dataElement"], raw.get("categoryOptionCombo")) if raw else None

    def targets(raw: Mapping[str, Mapping[str, str]] | None) -> dict[str, Target] | None:
        return {key: Target(v["dataElement"], v.get("categoryOptionCombo")) for key, v in raw.items()} if raw else None

    return Dhis2Mapping(data_set=data["dataSet"], org_units=dict(data["orgUnits"]), alerts=target(elements.get("alerts")),
                        by_protocol=targets(elements.get("alerts_by_protocol")),
                        by_urgency=targets(elements.get("alerts_by_urgency")), screened=target(elements.get("screened")),
                        attribute_option_combo=data.get("attributeOptionCombo"),
                        skip_unmapped=data.get("unmapped", "refuse") == "skip", name=loaded.name)


def _targets(elements: Mapping[str, Any]) -> Iterator[tuple[tuple[str, ...], Mapping[str, str]]]:
    for key in ("alerts", "screened"):
        if key in elements:
            yield (key,), elements[key]
    for key in ("alerts_by_protocol", "alerts_by_urgency"):
        for name, target in elements.get(key, {}).items():
            yield (key, name), target


class Dhis2ExportError(KioskError):
    """The report has figures the mapping does not place (and the mapping says ``unmapped: refuse``)."""


def unmapped(report: PoeReport, mapping: Dhis2Mapping) -> list[str]:
    """What the report counts and the mapping does not name, as sentences (empty when all is placed)."""
    problems = []
    poes = sorted({f.poe for f in report.figures} - set(mapping.org_units))
    if poes:
        problems.append(f"point(s) of entry {', '.join(poes)} have alerts but no orgUnit in {mapping.name}")
    if mapping.by_protocol is not None:
        protocols = sorted({f.protocol for f in report.figures if f.poe in mapping.org_units} - set(mapping.by_protocol))
        if protocols:
            problems.append(f"protocol(s) {', '.join(protocols)} have alerts but no entry under "
                            f"dataElements/alerts_by_protocol in {mapping.name}")
    if mapping.by_urgency is not None:
        urgencies = sorted({f.urgency for f in report.figures if f.poe in mapping.org_units} - set(mapping.by_urgency))
        if urgencies:
            problems.append(f"urgenc(ies) {', '.join(urgencies)} have alerts but no entry under "
                            f"dataElements/alerts_by_urgency in {mapping.name}")
    return problems


def data_value_sets(report: PoeReport, mapping: Dhis2Mapping, *, clock: Clock | None = None) -> dict[str, Any]:
    """``{"dataValueSets": [...]}``: one set per mapped point of entry and day of the report.

    Raises :class:`Dhis2ExportError` naming what is unmapped (unless the mapping says ``skip``).
    """
    problems = unmapped(report, mapping)
    if problems and not mapping.skip_unmapped:
        raise Dhis2ExportError("DHIS2 export refused: " + "; ".join(problems) +
                               " (add them to the mapping, or set 'unmapped: skip')")
    now = (clock or SystemClock()).now()
    cells = {(day, poe): cell for day, poe, cell in report.day_cells()}
    sets = []
    for poe, org_unit in sorted(mapping.org_units.items()):
        for day in report.period.each_day():
            values = _values(report, mapping, day, poe, cells.get((day, poe)))
            if not values:
                continue
            made: dict[str, Any] = {"dataSet": mapping.data_set}
            if day < now.astimezone(dt.UTC).date():
                made["completeDate"] = now.astimezone(dt.UTC).date().isoformat()
            made["period"] = f"{day:%Y%m%d}"
            made["orgUnit"] = org_unit
            if mapping.attribute_option_combo:
                made["attributeOptionCombo"] = mapping.attribute_option_combo
            made["dataValues"] = values
            sets.append(made)
    document = {"dataValueSets": sets}
    check_data_value_sets(document)
    return document


def _values(report: PoeReport, mapping: Dhis2Mapping, day: dt.date, poe: str,
            cell: Mapping[str, Mapping[str, int]] | None) -> list[dict[str, str]]:
    by_protocol = cell["protocol"] if cell else {}
    by_urgency = cell["urgency"] if cell else {}
    values = []
    if mapping.alerts is not None:
        values.append(mapping.alerts.value(sum(by_protocol.values())))
    for counts, targets in ((by_protocol, mapping.by_protocol), (by_urgency, mapping.by_urgency)):
        for name, target in sorted((targets or {}).items()):
            values.append(target.value(counts.get(name, 0)))
    denominator = report.denominator(day, poe)
    if mapping.screened is not None and denominator is not None:
        values.append(mapping.screened.value(denominator.screened))
    return values


def data_value_set_problems(document: Any) -> list[str]:
    """Every way ``document`` (one data value set) departs from the DHIS2 structure, as ``path: message``."""
    import jsonschema  # loaded only when exporting

    validator = jsonschema.Draft202012Validator(schema(DATA_VALUE_SET_SCHEMA))
    return [f"{'/'.join(str(p) for p in error.absolute_path) or '(top level)'}: {error.message}"
            for error in validator.iter_errors(document)]


def check_data_value_sets(document: Mapping[str, Any]) -> None:
    problems = [f"dataValueSets/{index}/{problem}" for index, one in enumerate(document["dataValueSets"])
                for problem in data_value_set_problems(one)]
    if problems:
        raise Dhis2ExportError("the DHIS2 export does not match the dataValueSet structure: " + "; ".join(problems[:5]))
