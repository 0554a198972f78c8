"""Scoring a played exercise: per inject, per officer and per exercise, against the scenario's objectives.

Per inject: the disposition right or not, the expected flags missed (and flags raised that were not
expected), the alert sent or not as expected, the required SOP steps skipped, the record fields left
empty, the time to decision and the time to alert. Each shortfall is one plain reason naming the inject,
e.g. ``inject 3 (cholera-case): disposition refer, expected isolate``. The score is JSON (``to_json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.training.play import Outcome, Played
from kiosk.training.scenario import Objective

SCORE_FORMAT = "poe-kiosk/exercise-score/1"


@dataclass(frozen=True)
class InjectScore:
    outcome: Outcome
    reasons: tuple[str, ...]
    flags_expected: int
    flags_missed: tuple[str, ...]
    flags_unexpected: tuple[str, ...]
    steps_required: int
    steps_skipped: tuple[str, ...]
    recorded_required: int
    recorded_missing: tuple[str, ...]

    @property
    def inject_label(self) -> str:
        return self.outcome.inject.label

    @property
    def scored(self) -> bool:
        return not self.outcome.skipped

    @property
    def correct_disposition(self) -> bool:
        return self.outcome.disposition == self.outcome.inject.expected.disposition

    @property
    def passed(self) -> bool:
        return self.scored and not self.reasons

    def to_json(self) -> dict[str, Any]:
        outcome, inject = self.outcome, self.outcome.inject
        return {
            "number": inject.number, "id": inject.id, "title": inject.title, "officer": outcome.officer_id,
            "presented_at_s": _round(outcome.presented_at), "skipped": outcome.skipped or None,
            "disposition": outcome.disposition, "expected_disposition": inject.expected.disposition,
            "recommended": outcome.recommended, "correct_disposition": self.correct_disposition if self.scored else None,
            "flags": [f"{p}/{s}" for p, s in outcome.flags], "flags_missed": list(self.flags_missed),
            "flags_unexpected": list(self.flags_unexpected), "steps_done": list(outcome.steps),
            "steps_skipped": list(self.steps_skipped), "recorded_missing": list(self.recorded_missing),
            "time_to_decision_s": _round(outcome.time_to_decision), "time_to_alert_s": _round(outcome.time_to_alert),
            "alert_delivered_after_s": _round(_delivered_after(outcome)),
            "passed": self.passed, "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class ObjectiveResult:
    objective: Objective
    value: float | None

    @property
    def met(self) -> bool:
        return self.objective.met_by(self.value)

    def to_json(self) -> dict[str, Any]:
        o = self.objective
        return {"id": o.id, "text": o.text, "metric": o.metric, "threshold": o.threshold,
                "value": _round(self.value), "met": self.met}


@dataclass(frozen=True)
class Score:
    played: Played
    injects: tuple[InjectScore, ...]
    objectives: tuple[ObjectiveResult, ...]
    officers: Mapping[str, Mapping[str, Any]]

    @property
    def passed(self) -> bool:
        return all(result.met for result in self.objectives) and all(s.passed for s in self.injects if s.scored)

    @property
    def percent(self) -> float:
        scored = [s for s in self.injects if s.scored]
        return 100.0 * sum(s.passed for s in scored) / len(scored) if scored else 100.0

    @property
    def reasons(self) -> list[str]:
        out = [reason for s in self.injects for reason in s.reasons]
        out += [f"objective {r.objective.id} not met: {_metric_text(r.objective.metric)} {_value_text(r.value, r.objective.metric)}, "
                f"needed {r.objective.threshold}" for r in self.objectives if not r.met]
        return out

    def to_json(self) -> dict[str, Any]:
        scenario = self.played.scenario
        return {
            "format": SCORE_FORMAT, "scenario": scenario.id, "scenario_version": scenario.version,
            "title": scenario.title, "kind": scenario.kind, "exercise_id": self.played.exercise_id,
            "start": scenario.start.isoformat(), "passed": self.passed, "score_percent": round(self.percent, 1),
            "reasons": self.reasons,
            "objectives": [r.to_json() for r in self.objectives],
            "officers": {k: dict(v) for k, v in self.officers.items()},
            "injects": [s.to_json() for s in self.injects],
            "skipped": [f"{s.inject_label}: {s.outcome.skipped}" for s in self.injects if not s.scored],
            "timeline": [a.to_json() for a in self.played.timeline],
            "notes": [a.to_json() for a in self.played.notes],
        }


def score(played: Played) -> Score:
    injects = tuple(score_inject(outcome) for outcome in played.outcomes)
    objectives = tuple(ObjectiveResult(o, metric_value(o.metric, injects)) for o in played.scenario.objectives)
    officers = {officer: officer_summary([s for s in injects if s.outcome.officer_id == officer])
                for officer in played.officers}
    return Score(played, injects, objectives, officers)


def score_inject(outcome: Outcome) -> InjectScore:
    inject, expected = outcome.inject, outcome.inject.expected
    if outcome.skipped:
        return InjectScore(outcome, (), 0, (), (), 0, (), 0, ())
    label = inject.label
    reasons = []
    if outcome.disposition != expected.disposition:
        reasons.append(f"{label}: disposition {outcome.disposition}, expected {expected.disposition}")
    found = set(outcome.flags)
    found_protocols = {protocol for protocol, _ in found}
    missed = tuple(str(f) for f in expected.flags
                   if (f.protocol, f.status) not in found and not (f.status is None and f.protocol in found_protocols))
    expected_protocols = {f.protocol for f in expected.flags}
    unexpected = tuple(f"{p}/{s}" for p, s in outcome.flags if p not in expected_protocols)
    reasons += [f"{label}: flag {flag} missed" for flag in missed]
    reasons += [f"{label}: flag {flag} raised, not expected" for flag in unexpected]
    alerted = outcome.alert_at is not None
    if expected.alert is not None and alerted != expected.alert:
        reasons.append(f"{label}: " + ("no alert sent, expected one" if expected.alert else "alert sent, none expected"))
    skipped_steps = tuple(step for step in expected.steps if step not in outcome.steps)
    reasons += [f"{label}: SOP step {step} skipped" for step in skipped_steps]
    missing = tuple(path for path in expected.recorded if not _filled(outcome.record, path))
    reasons += [f"{label}: {path} not recorded" for path in missing]
    return InjectScore(outcome, tuple(reasons), len(expected.flags), missed, unexpected, len(expected.steps),
                       skipped_steps, len(expected.recorded), missing)


def metric_value(metric: str, injects: Iterable[InjectScore]) -> float | None:
    """The exercise's value of one objective metric over the scored injects (None: nothing to measure)."""
    scored = [s for s in injects if s.scored]
    if not scored:
        return None
    if metric == "correct_dispositions_percent":
        return 100.0 * sum(s.correct_disposition for s in scored) / len(scored)
    if metric == "flags_found_percent":
        return _percent(sum(s.flags_expected - len(s.flags_missed) for s in scored),
                        sum(s.flags_expected + len(s.flags_unexpected) for s in scored))
    if metric == "steps_done_percent":
        return _percent(sum(s.steps_required - len(s.steps_skipped) for s in scored), sum(s.steps_required for s in scored))
    if metric == "recorded_percent":
        return _percent(sum(s.recorded_required - len(s.recorded_missing) for s in scored),
                        sum(s.recorded_required for s in scored))
    if metric == "time_to_decision_s":
        return _largest(s.outcome.time_to_decision for s in scored)
    if metric == "time_to_alert_s":
        return _largest(s.outcome.time_to_alert for s in scored)
    raise ValueError(f"unknown metric {metric!r}")


def officer_summary(scores: list[InjectScore]) -> dict[str, Any]:
    scored = [s for s in scores if s.scored]
    return {
        "injects": len(scored), "passed": sum(s.passed for s in scored),
        **{metric: _round(metric_value(metric, scored)) for metric in (
            "correct_dispositions_percent", "flags_found_percent", "steps_done_percent", "time_to_decision_s",
            "time_to_alert_s")},
    }


def _filled(record: Mapping[str, Any], path: str) -> bool:
    head, _, tail = path.partition(".")
    value = record.get(head)
    if tail:
        value = value.get(tail) if isinstance(value, Mapping) else None
    return value not in (None, "", [], {})


def _delivered_after(outcome: Outcome) -> float | None:
    if outcome.alert_delivered_at is None or outcome.presented_at is None:
        return None
    return outcome.alert_delivered_at - outcome.presented_at


def _percent(done: int, total: int) -> float:
    return 100.0 * done / total if total else 100.0


def _largest(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


_METRIC_TEXT = {
    "correct_dispositions_percent": "correct dispositions", "flags_found_percent": "flags found",
    "steps_done_percent": "required steps done", "recorded_percent": "required fields recorded",
    "time_to_decision_s": "longest time to decision", "time_to_alert_s": "longest time to alert",
}


def _metric_text(metric: str) -> str:
    return _METRIC_TEXT.get(metric, metric)


def _value_text(value: float | None, metric: str) -> str:
    if value is None:
        return "not measured"
    return f"{value:.0f} s" if metric.endswith("_s") else f"{value:.0f} %"
