"""The condition language of protocol files, compiled once into Python closures.

A condition is a name (``fever``, ``travel``, ``certificate_required``, ``certificate_valid`` or a key
of the protocol's ``conditions``) or an object with one operator: ``all``, ``any``, ``not``, ``fever``,
``symptoms_any``, ``symptoms_all``, ``exposures_any``, ``exposures_attributed``, ``travel``,
``age_at_least``, ``age_below``. Each compiles to a :class:`Node`: ``test(ctx) -> bool`` runs for every
record and does no string work; ``explain(ctx, truth) -> list[Reason]`` runs only for a rule that matched
and gives the structured reasons with their numbers (rendered lazily: "38.4 °C ≥ 38.0 °C").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from kiosk.datafiles import LoadedFile
from kiosk.protocols.reasons import Reason, reason
from kiosk.protocols.situation import Situation
from kiosk.records import EXPOSURES, SYMPTOMS, ScreeningRecord, Stay, Vaccination

BUILTINS = ("fever", "travel", "certificate_required", "certificate_valid")
Path_ = tuple[str | int, ...]


class TravelWindow(NamedTuple):
    """What the plain ``travel`` condition of one protocol means: its code and windows."""

    code: str
    within: int
    window: int


_NO_GROUPS: Mapping[str, tuple[TravelWindow, ...]] = {}


class Context:
    """One record prepared for evaluation against every protocol (built once per record).

    ``groups`` (from the catalog) maps a protocol ``group`` to its members' travel windows, for
    ``exposures_attributed``.
    """

    __slots__ = ("_group_travel", "age", "arrival", "as_of", "exposures", "fever_reported", "groups", "record",
                 "situation", "stays", "symptoms", "temperature")

    def __init__(self, record: ScreeningRecord, situation: Situation, as_of: dt.date,
                 groups: Mapping[str, tuple[TravelWindow, ...]] = _NO_GROUPS) -> None:
        self.groups = groups
        self._group_travel: dict[str, tuple[str, ...]] = {}
        self.record = record
        self.situation = situation
        self.as_of = as_of
        self.arrival = record.arrival_date
        self.symptoms = record.symptoms
        self.exposures = record.exposures
        self.stays = record.itinerary
        self.temperature = record.temperature_c
        self.fever_reported = record.fever_reported or "fever" in record.symptoms
        self.age = record.age

    def group_travel(self, group: str, me: TravelWindow) -> tuple[str, ...]:
        """The codes of the ``group``'s protocols this traveller has a travel link to (sorted, cached)."""
        found = self._group_travel.get(group)
        if found is None:
            members = self.groups.get(group) or (me,)
            found = tuple(sorted(m.code for m in members if affected_stays(self, m.code, m.within, m.window)))
            self._group_travel[group] = found
        return found


class Node(NamedTuple):
    test: Callable[[Context], bool]
    explain: Callable[[Context, bool], list[Reason]]


@dataclass
class Env:
    """What a protocol's conditions may refer to while compiling; collects problems with lines."""

    loaded: LoadedFile
    code: str
    fever_c: float
    look_back_days: int
    window_days: int
    group: str | None
    symptom_sets: Mapping[str, frozenset[str]]
    exposure_sets: Mapping[str, frozenset[str]]
    certificate: Mapping[str, Any] | None
    named: Mapping[str, Any]
    problems: list[str]

    def __post_init__(self) -> None:
        self._compiled: dict[str, Node] = {}
        self._stack: list[str] = []

    @property
    def exposure_category(self) -> dict[str, str]:
        """Exposure code → the name of its category (``high``, ``some``, ``low``)."""
        return {c: name for name, codes in self.exposure_sets.items() for c in codes}

    def problem(self, path: Path_, message: str) -> None:
        where = "/".join(str(p) for p in path)
        self.problems.append(f"{self.loaded.name}:{self.loaded.line_of(path)}: {where}: {message}")


# ---------------------------------------------------------------------------------------------- compiler


def compile_condition(node: Any, path: Path_, env: Env) -> Node:
    if isinstance(node, str):
        return _named(node, path, env)
    if not isinstance(node, dict) or len(node) != 1:
        env.problem(path, "a condition is a name or an object with exactly one operator")
        return _constant(False)
    (op, arg), = node.items()
    builder = _OPERATORS.get(op)
    if builder is None:
        env.problem(path, f"unknown operator {op!r}; valid: {', '.join(sorted(_OPERATORS))}")
        return _constant(False)
    return builder(arg, (*path, op), env)


def _named(name: str, path: Path_, env: Env) -> Node:
    if name == "fever":
        return _fever(env.fever_c)
    if name == "travel":
        return _travel(env.code, env.look_back_days, env.window_days)
    if name in ("certificate_required", "certificate_valid"):
        if env.certificate is None:
            env.problem(path, f"{name} needs a 'certificate' block in the protocol")
            return _constant(False)
        return (_certificate_required if name == "certificate_required" else _certificate_valid)(env.certificate)
    if name not in env.named:
        valid = ", ".join([*BUILTINS, *sorted(env.named)])
        env.problem(path, f"unknown condition {name!r}; valid names: {valid}")
        return _constant(False)
    if name in env._compiled:
        return env._compiled[name]
    if name in env._stack:
        env.problem(path, f"condition {name!r} refers to itself ({' → '.join([*env._stack, name])})")
        return _constant(False)
    env._stack.append(name)
    compiled = compile_condition(env.named[name], ("conditions", name), env)
    env._stack.pop()
    env._compiled[name] = compiled
    return compiled


def _constant(value: bool) -> Node:
    return Node(lambda ctx: value, lambda ctx, truth: [])


def _all(arg: list[Any], path: Path_, env: Env) -> Node:
    parts = [compile_condition(item, (*path, i), env) for i, item in enumerate(arg)]
    tests = tuple(p.test for p in parts)

    def test(ctx: Context) -> bool:  # a plain loop: measurably faster than all(<generator>) on this hot path
        for t in tests:  # noqa: SIM110
            if not t(ctx):
                return False
        return True

    def explain(ctx: Context, truth: bool) -> list[Reason]:
        if truth:
            return [reason for p in parts for reason in p.explain(ctx, True)]
        first_false = next(p for p in parts if not p.test(ctx))
        return first_false.explain(ctx, False)

    return Node(test, explain)


def _any(arg: list[Any], path: Path_, env: Env) -> Node:
    parts = [compile_condition(item, (*path, i), env) for i, item in enumerate(arg)]
    tests = tuple(p.test for p in parts)

    def test(ctx: Context) -> bool:
        for t in tests:  # noqa: SIM110 (hot path, see _all)
            if t(ctx):
                return True
        return False

    def explain(ctx: Context, truth: bool) -> list[Reason]:
        chosen = [p for p in parts if p.test(ctx)] if truth else parts
        return [reason for p in chosen for reason in p.explain(ctx, truth)]

    return Node(test, explain)


def _not(arg: Any, path: Path_, env: Env) -> Node:
    inner = compile_condition(arg, path, env)
    inner_test = inner.test
    return Node(lambda ctx: not inner_test(ctx), lambda ctx, truth: inner.explain(ctx, not truth))


def _fever_op(arg: Any, path: Path_, env: Env) -> Node:
    return _fever(float((arg or {}).get("min_c", env.fever_c)))


def _fever(threshold: float) -> Node:
    def test(ctx: Context) -> bool:
        t = ctx.temperature
        return (t is not None and t >= threshold) or ctx.fever_reported

    def explain(ctx: Context, truth: bool) -> list[Reason]:
        t = ctx.temperature
        if truth:
            if t is not None and t >= threshold:
                return [reason("fever_measured", temperature=t, threshold=threshold)]
            return [reason("fever_reported")]
        if t is not None:
            return [reason("no_fever_measured", temperature=t, threshold=threshold)]
        return [reason("no_fever")]

    return Node(test, explain)


def _codes(arg: Any, path: Path_, env: Env, sets: Mapping[str, frozenset[str]], valid: tuple[str, ...],
           what: str) -> frozenset[str]:
    """A code list where each item is a code or the name of one of the protocol's sets."""
    items = [arg] if isinstance(arg, str) else list(arg)
    codes: set[str] = set()
    for i, item in enumerate(items):
        if item in sets:
            codes |= sets[item]
        elif item in valid:
            codes.add(item)
        else:
            where = path if isinstance(arg, str) else (*path, i)
            names = f"; sets: {', '.join(sorted(sets))}" if sets else ""
            env.problem(where, f"unknown {what} {item!r}; valid codes: {', '.join(valid)}{names}")
    return frozenset(codes)


def _symptoms_any(arg: Any, path: Path_, env: Env) -> Node:
    wanted = _codes(arg, path, env, env.symptom_sets, SYMPTOMS, "symptom")
    listed = _in_order(wanted, SYMPTOMS)

    def explain(ctx: Context, truth: bool) -> list[Reason]:
        if truth:
            return [reason("symptom", symptom=code) for code in listed if code in ctx.symptoms]
        return [reason("no_symptom_among", symptoms=listed)]

    return Node(lambda ctx: not wanted.isdisjoint(ctx.symptoms), explain)


def _symptoms_all(arg: Any, path: Path_, env: Env) -> Node:
    wanted = _codes(arg, path, env, env.symptom_sets, SYMPTOMS, "symptom")
    listed = _in_order(wanted, SYMPTOMS)

    def explain(ctx: Context, truth: bool) -> list[Reason]:
        if truth:
            return [reason("symptom", symptom=code) for code in listed]
        return [reason("missing_symptoms", symptoms=tuple(c for c in listed if c not in ctx.symptoms))]

    return Node(lambda ctx: wanted <= ctx.symptoms, explain)


def _in_order(codes: frozenset[str], order: tuple[str, ...]) -> tuple[str, ...]:
    """``codes`` in the order of the code list (the order of the SOP questions), for stable reasons."""
    return tuple(code for code in order if code in codes)


def _exposure_reasons(ctx: Context, listed: tuple[str, ...], category: Mapping[str, str]) -> list[Reason]:
    return [reason("exposure_in_category", exposure=code, category=category[code]) if code in category
            else reason("exposure", exposure=code) for code in listed if code in ctx.exposures]


def _exposures_any(arg: Any, path: Path_, env: Env) -> Node:
    wanted = _codes(arg, path, env, env.exposure_sets, EXPOSURES, "exposure")
    listed = _in_order(wanted, EXPOSURES)
    category = env.exposure_category

    def explain(ctx: Context, truth: bool) -> list[Reason]:
        if not truth:
            return [reason("no_exposure_among", exposures=listed)]
        return _exposure_reasons(ctx, listed, category)

    return Node(lambda ctx: not wanted.isdisjoint(ctx.exposures), explain)


def _exposures_attributed(arg: Any, path: Path_, env: Env) -> Node:
    """Like ``exposures_any``, for protocols of a ``group`` that share exposure codes (EVD and MVD).

    The exposure counts for this protocol unless the traveller has a travel link to another protocol of
    the group and none to this one: the exposure most likely happened in that other area. With no travel
    link to any protocol of the group it counts for all of them, and the reasons say it is ambiguous.
    """
    wanted = _codes(arg, path, env, env.exposure_sets, EXPOSURES, "exposure")
    listed = _in_order(wanted, EXPOSURES)
    category = env.exposure_category
    group = env.group
    if group is None:
        env.problem(path, "exposures_attributed needs the protocol's 'group' (protocols sharing exposure codes)")
        return _constant(False)
    me = TravelWindow(env.code, env.look_back_days, env.window_days)

    def test(ctx: Context) -> bool:
        if wanted.isdisjoint(ctx.exposures):
            return False
        linked = ctx.group_travel(group, me)
        return not linked or me.code in linked

    def explain(ctx: Context, truth: bool) -> list[Reason]:
        if wanted.isdisjoint(ctx.exposures):
            return [reason("no_exposure_among", exposures=listed)]
        linked = ctx.group_travel(group, me)
        if not truth:
            return [reason("exposure_elsewhere", protocols=linked)]
        reasons = _exposure_reasons(ctx, listed, category)
        members = tuple(sorted(m.code for m in ctx.groups.get(group, ())))
        if not linked and len(members) > 1:
            reasons.append(reason("exposure_group_unknown", group=group, protocols=members))
        return reasons

    return Node(test, explain)


def _travel_op(arg: Any, path: Path_, env: Env) -> Node:
    return _travel(env.code, int((arg or {}).get("within_days", env.look_back_days)), env.window_days)


def affected_stays(ctx: Context, code: str, within: int, window: int) -> list[tuple[Stay, int]]:
    """Stays left ≤ ``within`` days before arrival from an area affected by ``code`` on the day left."""
    found = []
    by_country = ctx.situation.areas_of(code)
    for stay in ctx.stays:
        events = by_country.get(stay.country)
        if not events:
            continue
        days = (ctx.arrival - stay.left).days
        if days > within:
            continue
        for event in events:
            if event.since <= ctx.as_of and event.affected_on(stay.left, window):
                found.append((stay, days))
                break
    return found


def _travel(code: str, within: int, window: int) -> Node:
    def test(ctx: Context) -> bool:
        by_country = ctx.situation.areas_of(code)
        if not by_country:
            return False
        for stay in ctx.stays:
            if stay.country in by_country:
                return bool(affected_stays(ctx, code, within, window))
        return False

    def explain(ctx: Context, truth: bool) -> list[Reason]:
        if truth:
            return [reason("travel", country=stay.country, days=days, within=within)
                    for stay, days in affected_stays(ctx, code, within, window)]
        return [reason("no_travel", protocol=code, within=within)]

    return Node(test, explain)


def _age_at_least(arg: Any, path: Path_, env: Env) -> Node:
    limit = float(arg)

    def explain(ctx: Context, truth: bool) -> list[Reason]:
        if ctx.age is None:
            return [reason("age_unknown")]
        return [reason("age_at_least" if truth else "age_below", age=ctx.age, limit=limit)]

    return Node(lambda ctx: ctx.age is None or ctx.age >= limit, explain)


def _age_below(arg: Any, path: Path_, env: Env) -> Node:
    limit = float(arg)

    def explain(ctx: Context, truth: bool) -> list[Reason]:
        if ctx.age is None:
            return [reason("age_unknown")]
        return [reason("age_below" if truth else "age_at_least", age=ctx.age, limit=limit)]

    return Node(lambda ctx: ctx.age is not None and ctx.age < limit, explain)


# ---------------------------------------------------------------------------------------------- certificates


def _certificate_required(cert: Mapping[str, Any]) -> Node:
    """The itinerary includes a country of the situation's ``required_from`` and the age rule applies."""
    key = cert["situation_key"]

    def required_stays(ctx: Context) -> list[Stay]:
        rule = ctx.situation.certificates.get(key)
        if rule is None:
            return []
        return [s for s in ctx.stays if s.country in rule.required_from]

    def test(ctx: Context) -> bool:
        rule = ctx.situation.certificates.get(key)
        if rule is None or not ctx.stays or not any(s.country in rule.required_from for s in ctx.stays):
            return False
        return rule.min_age_years is None or ctx.age is None or ctx.age >= rule.min_age_years

    def explain(ctx: Context, truth: bool) -> list[Reason]:
        rule = ctx.situation.certificates.get(key)
        stays = required_stays(ctx)
        if not stays or rule is None:
            return [reason("certificate_not_required", certificate=key)]
        countries = tuple(dict.fromkeys(s.country for s in stays))
        reasons = [reason("certificate_required", certificate=key, countries=countries)]
        if rule.min_age_years is not None:
            if ctx.age is None:
                reasons.append(reason("age_unknown"))
            else:
                above = ctx.age >= rule.min_age_years
                limit = float(rule.min_age_years)
                reasons.append(reason("age_at_least" if above else "age_below", age=ctx.age, limit=limit))
        return reasons

    return Node(test, explain)


def _certificate_valid(cert: Mapping[str, Any]) -> Node:
    if cert["rule"] == "dose_before_leaving":
        return _dose_before_leaving(cert["situation_key"], cert["vaccine"])
    return _valid_from_days(cert["situation_key"], cert["vaccine"], int(cert.get("valid_from_days", 10)))


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _valid_from_days(key: str, vaccine: str, valid_from: int) -> Node:
    """Valid from the vaccination date + ``valid_from`` days, for life unless ``validity_years`` is set."""
    delta = dt.timedelta(days=valid_from)

    def valid(ctx: Context, date: dt.date) -> bool:
        rule = ctx.situation.certificates.get(key)
        years = rule.validity_years if rule else None
        if date + delta > ctx.as_of:
            return False
        return years is None or ctx.as_of <= _add_years(date, years)

    def describe(ctx: Context, date: dt.date) -> Reason:
        rule = ctx.situation.certificates.get(key)
        years = rule.validity_years if rule else None
        params: dict[str, Any] = {"vaccine": vaccine, "date": date.isoformat(),
                                  "valid_from": (date + delta).isoformat(), "days": valid_from}
        if date + delta > ctx.as_of:
            return reason("vaccination_not_yet_valid", **params)
        if years is not None and ctx.as_of > _add_years(date, years):
            return reason("vaccination_expired", vaccine=vaccine, date=date.isoformat(), years=years)
        if years is None:
            return reason("vaccination_valid_for_life", **params)
        return reason("vaccination_valid_years", **params, years=years)

    def test(ctx: Context) -> bool:
        return any(valid(ctx, v.date) for v in ctx.record.vaccinations if v.vaccine == vaccine)

    def explain(ctx: Context, truth: bool) -> list[Reason]:
        doses = [v for v in ctx.record.vaccinations if v.vaccine == vaccine]
        if not doses:
            return [reason("no_vaccination", vaccine=vaccine)]
        return [item for v in doses if valid(ctx, v.date) == truth
                for item in (*_evidence(v), describe(ctx, v.date))]

    return Node(test, explain)


def _evidence(dose: Vaccination) -> tuple[Reason, ...]:
    """Which certificate a vaccination was read from (paper, read by the officer; verified digital), if known."""
    if dose.evidence is None:
        return ()
    return (reason("vaccination_evidence", vaccine=dose.vaccine, date=dose.date.isoformat(), evidence=dose.evidence),)


def _dose_before_leaving(key: str, vaccine: str) -> Node:
    """Every stay in a ``required_from`` country was left within ``max_dose_age_days`` of a dose."""

    def window(ctx: Context) -> tuple[frozenset[str], int, int]:
        rule = ctx.situation.certificates.get(key)
        if rule is None:
            return frozenset(), 0, 0
        return rule.required_from, rule.min_dose_age_days, rule.max_dose_age_days or 365

    def dose_for(ctx: Context, stay: Stay, low: int, high: int) -> dt.date | None:
        return next((v.date for v in ctx.record.vaccinations
                     if v.vaccine == vaccine and low <= (stay.left - v.date).days <= high), None)

    def test(ctx: Context) -> bool:
        required, low, high = window(ctx)
        return all(dose_for(ctx, s, low, high) for s in ctx.stays if s.country in required)

    def explain(ctx: Context, truth: bool) -> list[Reason]:
        required, low, high = window(ctx)
        reasons = []
        for stay in (s for s in ctx.stays if s.country in required):
            dose = dose_for(ctx, stay, low, high)
            if dose and truth:
                reasons.append(reason("dose_before_leaving", vaccine=vaccine, date=dose.isoformat(),
                                      days=(stay.left - dose).days, country=stay.country, max_days=high))
            elif not dose and not truth:
                reasons.append(reason("no_dose_before_leaving", vaccine=vaccine, max_days=high,
                                      country=stay.country, left=stay.left.isoformat()))
        return reasons or [reason("no_certificate_rule", certificate=key)]

    return Node(test, explain)


_OPERATORS: dict[str, Callable[[Any, Path_, Env], Node]] = {
    "all": _all,
    "any": _any,
    "not": _not,
    "fever": _fever_op,
    "symptoms_any": _symptoms_any,
    "symptoms_all": _symptoms_all,
    "exposures_any": _exposures_any,
    "exposures_attributed": _exposures_attributed,
    "travel": _travel_op,
    "age_at_least": _age_at_least,
    "age_below": _age_below,
}

__all__ = ["BUILTINS", "Context", "Env", "Node", "TravelWindow", "affected_stays", "compile_condition"]
