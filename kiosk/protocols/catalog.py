"""Protocol files → compiled protocols, and the evaluator that runs a record through all of them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from kiosk.datafiles import LoadedFile, data_files, load_data_file, schema_problems
from kiosk.errors import DataFileError, NotFound
from kiosk.protocols.conditions import Context, Env, Node, TravelWindow, affected_stays, compile_condition
from kiosk.protocols.model import Alert, CertificateCheck, Evaluation, Flag, lead_key
from kiosk.protocols.situation import Situation
from kiosk.records import EXPOSURES, SYMPTOMS, VACCINES, ScreeningRecord

SCHEMA = "protocols/protocol.schema.json"
SUSPECTED = "suspected"
"""A flag with this status explains the traveller's fever; otherwise fallback protocols run."""


@dataclass(frozen=True)
class Rule:
    status: str
    node: Node
    disposition: str
    actions: tuple[str, ...]
    risk: str | None
    follow_up_days: int | None
    alert: Mapping[str, str] | None


@dataclass(frozen=True)
class CertificateRule:
    """A protocol's certificate (``certificate`` block): when it is required and when one is valid."""

    key: str
    vaccine: str
    required: Node
    valid: Node

    def check(self, protocol: str, ctx: Context) -> CertificateCheck | None:
        """The certificate the record shows, when the itinerary and age require one (else None)."""
        if not self.required.test(ctx):
            return None
        valid = self.valid.test(ctx)
        doses = [v for v in ctx.record.vaccinations if v.vaccine == self.vaccine]
        used = next((v for v in doses if valid and self._valid_alone(v, ctx)), None)
        return CertificateCheck(protocol, self.key, valid, used, tuple(dict.fromkeys(self.valid.explain(ctx, valid))))

    def _valid_alone(self, dose: Any, ctx: Context) -> bool:
        """Whether this one vaccination makes the certificate valid (the one a valid outcome used)."""
        alone = dataclasses.replace(ctx.record, vaccinations=(dose,))
        return self.valid.test(Context(alone, ctx.situation, ctx.as_of, ctx.groups))


@dataclass(frozen=True)
class Protocol:
    """One compiled protocol. ``data`` keeps the file as loaded (names, sources, questions…)."""

    code: str
    name: Mapping[str, str]
    version: str
    sources: tuple[Mapping[str, str], ...]
    fever_threshold_c: float
    look_back_days: int
    affected_days_after_last_case: int
    follow_up_days: int | None
    ihr_notifiable: str
    """``always``, ``annex2`` (run through the IHR Annex 2 algorithm) or ``no``."""
    event: Mapping[str, str]
    """The CAP ``event`` text per language ({} when the protocol never alerts)."""
    symptom_sets: Mapping[str, frozenset[str]]
    exposure_categories: Mapping[str, frozenset[str]]
    fallback: bool
    group: str | None
    """Protocols of one group (``filovirus``: EVD, MVD) share exposure codes; see ``exposures_attributed``."""
    rules: tuple[Rule, ...] = field(repr=False)
    risks: tuple[tuple[str, Node | None], ...] = field(repr=False)
    data: Mapping[str, Any] = field(repr=False, compare=False)
    certificate: CertificateRule | None = field(default=None, repr=False)

    def label(self, language: str = "en") -> str:
        return self.name.get(language) or self.name["en"]

    @cached_property
    def _checks(self) -> tuple[tuple[Callable[[Context], bool], Rule], ...]:
        return tuple((rule.node.test, rule) for rule in self.rules)

    def evaluate(self, ctx: Context) -> Flag | None:
        for test, rule in self._checks:
            if test(ctx):
                return None if rule.disposition == "clear" else self._flag(rule, ctx)
        return None

    @property
    def travel_window(self) -> TravelWindow:
        return TravelWindow(self.code, self.look_back_days, self.affected_days_after_last_case)

    def _flag(self, rule: Rule, ctx: Context) -> Flag:
        reasons = tuple(dict.fromkeys(rule.node.explain(ctx, True)))
        follow_up = None
        if rule.follow_up_days is not None:
            follow_up = self.last_exposure(ctx) + dt.timedelta(days=rule.follow_up_days)
        alert = None
        if rule.alert is not None:
            alert = Alert(rule.alert["urgency"], rule.alert["severity"], rule.alert["certainty"], self.code,
                          self.event["en"], self.event)
        return Flag(self.code, rule.status, rule.risk or self.risk(ctx), rule.actions, follow_up, reasons,
                    rule.disposition, alert)

    def risk(self, ctx: Context) -> str:
        for name, node in self.risks:
            if node is None or node.test(ctx):
                return name
        return "unknown"

    def last_exposure(self, ctx: Context) -> dt.date:
        """Latest departure from an affected area within the look-back, else the arrival date."""
        stays = affected_stays(ctx, self.code, self.look_back_days, self.affected_days_after_last_case)
        return max((stay.left for stay, _ in stays), default=ctx.arrival)


@dataclass(frozen=True)
class Catalog:
    """All loaded protocols, main ones first and fallbacks (unexplained fever) last."""

    protocols: tuple[Protocol, ...]

    @cached_property
    def version(self) -> str:
        """Every protocol's version, e.g. ``CHOLERA=2026.1;EVD=2026.1;…`` (sorted by code)."""
        return ";".join(f"{p.code}={p.version}" for p in sorted(self.protocols, key=lambda p: p.code))

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.protocols)

    @cached_property
    def groups(self) -> Mapping[str, tuple[TravelWindow, ...]]:
        """Group name → the travel windows of its protocols (for ``exposures_attributed``)."""
        groups: dict[str, tuple[TravelWindow, ...]] = {}
        for p in self.protocols:
            if p.group is not None:
                groups[p.group] = (*groups.get(p.group, ()), p.travel_window)
        return groups

    def protocol(self, code: str) -> Protocol:
        for p in self.protocols:
            if p.code == code:
                return p
        raise NotFound(f"no protocol {code!r}; loaded: {', '.join(self.codes)}")

    def __iter__(self) -> Iterator[Protocol]:
        return iter(self.protocols)

    def __len__(self) -> int:
        return len(self.protocols)

    @classmethod
    def from_data(cls, items: Iterable[tuple[Any, str]]) -> Catalog:
        """Protocols from parsed data, e.g. a bundle from the hub: ``[(data, name), …]``."""
        loaded = []
        for data, name in items:
            try:
                plain = json.loads(json.dumps(data, default=str))
            except (TypeError, ValueError) as error:
                raise DataFileError([f"{name}:1: not JSON-compatible data ({error})"]) from None
            loaded.append(LoadedFile(plain, {}, name))
        return _catalog(loaded)


def load_catalog(paths: Iterable[Path | str] | None = None) -> Catalog:
    """Load and compile protocol files; all shipped ``protocols/*.yaml`` when ``paths`` is None."""
    files = list(data_files("protocols") if paths is None else paths)
    problems: list[str] = []
    loaded = []
    for path in files:
        try:
            loaded.append(load_data_file(path, SCHEMA))
        except DataFileError as error:
            problems.extend(error.problems)
    if problems:
        raise DataFileError(problems)
    return _catalog(loaded)


def load_protocol(path: Path | str) -> Protocol:
    """Load and compile one protocol file (used by ``poe-kiosk validate``)."""
    return compile_protocol(load_data_file(path, SCHEMA))


def _catalog(loaded: list[LoadedFile]) -> Catalog:
    problems: list[str] = []
    protocols: list[Protocol] = []
    for file in loaded:
        try:
            protocol = compile_protocol(file)
        except DataFileError as error:
            problems.extend(error.problems)
            continue
        if any(p.code == protocol.code for p in protocols):
            problems.append(f"{file.name}:{file.line_of(('code',))}: code: protocol {protocol.code} is loaded twice")
        protocols.append(protocol)
    if problems:
        raise DataFileError(problems)
    if not protocols:
        raise DataFileError(["protocols:1: no protocol files"])
    protocols.sort(key=lambda p: p.fallback)
    return Catalog(tuple(protocols))


def compile_protocol(file: LoadedFile) -> Protocol:
    """Check one schema-valid protocol's codes and names, and compile its conditions to closures."""
    problems = schema_problems(file, SCHEMA) if not file.lines else []
    if problems:
        raise DataFileError(problems)
    data = file.data
    env = Env(
        loaded=file,
        code=data["code"],
        fever_c=float(data["fever_threshold_c"]),
        look_back_days=data.get("look_back_days", 21),
        window_days=data.get("affected_days_after_last_case", 0),
        group=data.get("group"),
        symptom_sets={},
        exposure_sets={},
        certificate=data.get("certificate"),
        named=data.get("conditions", {}),
        problems=[],
    )
    env.symptom_sets = _sets(data, "symptom_sets", SYMPTOMS, env)
    env.exposure_sets = _sets(data, "exposure_categories", EXPOSURES, env)
    for i, question in enumerate(data.get("exposure_questions", [])):
        if question["exposure"] not in EXPOSURES:
            env.problem(("exposure_questions", i, "exposure"), f"unknown exposure {question['exposure']!r}")
    if env.certificate and env.certificate["vaccine"] not in VACCINES:
        env.problem(("certificate", "vaccine"), f"unknown vaccine; valid: {', '.join(VACCINES)}")
    rules = tuple(_rule(rule, i, data, env) for i, rule in enumerate(data["rules"]))
    risks = _risks(data.get("risk", []), env)
    certificate = None
    if env.certificate:
        certificate = CertificateRule(env.certificate["situation_key"], env.certificate["vaccine"],
                                      compile_condition("certificate_required", ("certificate",), env),
                                      compile_condition("certificate_valid", ("certificate",), env))
    for name in env.named:  # compile unused named conditions too, so their mistakes are reported
        compile_condition(name, ("conditions", name), env)
    if env.problems:
        raise DataFileError(env.problems)
    return Protocol(
        code=data["code"],
        name=data["name"],
        version=data["version"],
        sources=tuple(data["sources"]),
        fever_threshold_c=env.fever_c,
        look_back_days=env.look_back_days,
        affected_days_after_last_case=env.window_days,
        follow_up_days=data.get("follow_up_days"),
        ihr_notifiable=data["ihr"]["notifiable"],
        event=(data.get("alert") or {}).get("event", {}),
        symptom_sets=env.symptom_sets,
        exposure_categories=env.exposure_sets,
        fallback=bool(data.get("fallback", False)),
        group=data.get("group"),
        rules=rules,
        risks=risks,
        data=data,
        certificate=certificate,
    )


def _sets(data: Mapping[str, Any], key: str, valid: tuple[str, ...], env: Env) -> dict[str, frozenset[str]]:
    sets = {}
    for name, codes in (data.get(key) or {}).items():
        for i, code in enumerate(codes):
            if code not in valid:
                env.problem((key, name, i), f"unknown code {code!r}; valid codes: {', '.join(valid)}")
        sets[name] = frozenset(codes)
    return sets


def _rule(rule: Mapping[str, Any], index: int, data: Mapping[str, Any], env: Env) -> Rule:
    path = ("rules", index)
    node = compile_condition(rule["when"], (*path, "when"), env)
    alert = rule.get("alert")
    if alert is not None:
        base = data.get("alert") or {}
        if not base.get("event"):
            env.problem((*path, "alert"), "the rule sends an alert but the protocol has no alert.event text")
        alert = {"urgency": alert["urgency"], "severity": alert["severity"], "certainty": alert["certainty"]}
    return Rule(
        status=rule["status"],
        node=node,
        disposition=rule["disposition"],
        actions=tuple(rule["actions"]),
        risk=rule.get("risk"),
        follow_up_days=rule.get("follow_up_days"),
        alert=alert,
    )


def _risks(items: list[Mapping[str, Any]], env: Env) -> tuple[tuple[str, Node | None], ...]:
    risks = []
    for i, item in enumerate(items):
        node = compile_condition(item["when"], ("risk", i, "when"), env) if "when" in item else None
        risks.append((item["risk"], node))
    return tuple(risks)


# ---------------------------------------------------------------------------------------------- evaluation


def _alert_of(flags: list[Flag], alerts: list[Alert]) -> Alert | None:
    """The leading flag's alert; when it raises none, the most pressing alert of the other flags."""
    if flags and flags[0].alert is not None:
        return flags[0].alert
    return min(alerts, key=Alert.sort_key) if alerts else None


def evaluate(record: ScreeningRecord, catalog: Catalog, situation: Situation,
             as_of: dt.date | None = None) -> Evaluation:
    """Run ``record`` through every protocol under ``situation``.

    ``as_of`` (default: the arrival date) is the day certificates must be valid on and the last day an
    event of the situation may have started to count. Fallback protocols (unexplained fever → refer)
    run only when no main protocol found a suspected case.
    """
    as_of = as_of or record.arrival_date
    ctx = Context(record, situation, as_of, catalog.groups)
    flags: list[Flag] = []
    explained = False
    for protocol in catalog.protocols:
        if protocol.fallback and explained:
            break
        flag = protocol.evaluate(ctx)
        if flag is not None:
            flags.append(flag)
            explained = explained or flag.status == SUSPECTED
    if len(flags) > 1:
        flags.sort(key=lead_key)  # the leading flag first (``leading_flag``)
    alerts = [f.alert for f in flags if f.alert is not None]
    certificates = [check for p in catalog.protocols if p.certificate is not None
                    for check in (p.certificate.check(p.code, ctx),) if check is not None]
    return Evaluation(
        disposition=flags[0].disposition if flags else "clear",
        alert=_alert_of(flags, alerts),
        flags=tuple(flags),
        protocols_version=catalog.version,
        situation_version=situation.version,
        as_of=as_of,
        certificates=tuple(certificates),
    )
