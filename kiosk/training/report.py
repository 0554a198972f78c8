"""The after-action report of an exercise, as JSON and as an A4 PDF (HSEEP-style).

Built from the score JSON (``poe-kiosk exercise run --auto``) and the observer notes: objectives met or
not, the timeline of injects, actions and events, strengths and areas for improvement, and an
improvement-plan table (issue, corrective action, responsible, due). Every page says EXERCISE: the
report is training data, never a record of real screening. The PDF uses the slip's shipped fonts.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kiosk.errors import KioskError

REPORT_FORMAT = "poe-kiosk/after-action/1"
MAX_NOTES = 500
MAX_NOTE_CHARS = 400
_NOTE = re.compile(r"^\s*(?:\[?\+?(\d{1,3}):(\d{2})\]?\s+)?(?:(strength|improve)\s*:\s*)?(.+?)\s*$", re.IGNORECASE)

# Corrective actions proposed for each kind of shortfall (the trainer edits the plan before it is signed).
_METRIC_KINDS = {"correct_dispositions_percent": "disposition", "flags_found_percent": "flag", "steps_done_percent": "step",
                 "recorded_percent": "recorded", "time_to_decision_s": "time", "time_to_alert_s": "alert"}
_ACTIONS = {
    "disposition": ("Refresher on the {protocol} decision rules (docs/protocols.md); re-run the scenario",
                    "PoE health officer"),
    "flag": ("Review the {protocol} case definition and the affected areas with the screening team", "PoE health officer"),
    "alert": ("Drill the alert path: decision, alert to the hub, delivery status", "PoE supervisor"),
    "step": ("Walk the SOP step by step with the officer; check the job aid at the desk", "PoE supervisor"),
    "recorded": ("Practise recording conveyance and seat for contact tracing", "PoE supervisor"),
    "time": ("Plan staffing and desk flow (desks, fast lane) to meet the time objective", "PoE supervisor"),
    "note": ("Follow up the observer's note", "Exercise director"),
}


def read_notes(path: Path) -> list[dict[str, Any]]:
    """Observer notes from a text file: one per line, ``[+MM:SS] [strength:|improve:] text``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise KioskError(f"cannot read the notes {path}: {error}") from None
    notes = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if len(notes) >= MAX_NOTES:
            raise KioskError(f"{path}:{number}: more than {MAX_NOTES} notes")
        match = _NOTE.match(line)
        if match is None:
            raise KioskError(f"{path}:{number}: not a note")
        minutes, seconds, kind, text = match.groups()
        at = int(minutes) * 60 + int(seconds) if minutes is not None else None
        notes.append({"at_s": at, "kind": (kind or "observation").lower(), "text": text[:MAX_NOTE_CHARS]})
    return notes


def build_report(score: Mapping[str, Any]) -> dict[str, Any]:
    """The after-action report (JSON-compatible) of one scored exercise."""
    notes = [n for n in score.get("notes", []) if isinstance(n, Mapping)]
    strengths = _strengths(score) + [n["text"] for n in notes if n.get("kind") == "strength"]
    areas = list(score.get("reasons", [])) + [n["text"] for n in notes if n.get("kind") == "improve"]
    timeline = sorted([*score.get("timeline", []),
                       *({"at_s": n.get("at_s"), "kind": "observer", "text": f"observer: {n['text']}"}
                         for n in notes if n.get("at_s") is not None)], key=lambda a: a.get("at_s") or 0)
    return {
        "format": REPORT_FORMAT, "exercise_id": score.get("exercise_id"), "scenario": score.get("scenario"),
        "scenario_version": score.get("scenario_version"), "title": score.get("title"), "kind": score.get("kind"),
        "start": score.get("start"), "passed": score.get("passed"), "score_percent": score.get("score_percent"),
        "officers": score.get("officers", {}), "objectives": score.get("objectives", []),
        "injects": score.get("injects", []), "timeline": timeline, "strengths": strengths,
        "areas_for_improvement": areas, "observer_notes": notes, "skipped": score.get("skipped", []),
        "improvement_plan": _plan(score, notes),
    }


def _strengths(score: Mapping[str, Any]) -> list[str]:
    out = [f"Objective met: {o['text']} ({_value(o)}, needed {o['threshold']})"
           for o in score.get("objectives", []) if o.get("met") and o.get("value") is not None]
    injects = [i for i in score.get("injects", []) if not i.get("skipped")]
    if injects and all(i.get("passed") for i in injects):
        out.append(f"All {len(injects)} travellers handled as expected: disposition, flags, alert and SOP steps")
    return out


def _value(objective: Mapping[str, Any]) -> str:
    unit = "s" if str(objective.get("metric", "")).endswith("_s") else "%"
    return f"{objective['value']:g} {unit}"


def _plan(score: Mapping[str, Any], notes: list[Mapping[str, Any]]) -> list[dict[str, str]]:
    rows = []
    for inject in score.get("injects", []):
        protocol = _protocols([inject])
        for reason in inject.get("reasons", []):
            kind = _kind_of(reason)
            action, owner = _ACTIONS[kind]
            rows.append({"issue": reason, "corrective_action": action.format(protocol=protocol), "responsible": owner,
                         "due": "before the next exercise"})
    for objective in score.get("objectives", []):
        if not objective.get("met"):
            action, owner = _ACTIONS[_METRIC_KINDS.get(objective.get("metric", ""), "time")]
            rows.append({"issue": f"Objective not met: {objective['text']} ({_value(objective)}, needed "
                                  f"{objective['threshold']})", "corrective_action": action.format(protocol=_protocols(score.get("injects", []))),
                         "responsible": owner,
                         "due": "before the next exercise"})
    for note in notes:
        if note.get("kind") == "improve":
            action, owner = _ACTIONS["note"]
            rows.append({"issue": note["text"], "corrective_action": action, "responsible": owner,
                         "due": "before the next exercise"})
    return rows


def _protocols(injects: list[Mapping[str, Any]]) -> str:
    found = {f.split("/")[0] for i in injects for f in [*i.get("flags", []), *i.get("flags_missed", [])]}
    return ", ".join(sorted(found)) or "screening"


def _kind_of(reason: str) -> str:
    for marker, kind in ((": disposition ", "disposition"), (": flag ", "flag"), ("alert", "alert"),
                         (": SOP step ", "step"), (" not recorded", "recorded")):
        if marker in reason:
            return kind
    return "note"


# ---------------------------------------------------------------------------------------------- files


def write_report(score: Mapping[str, Any], folder: Path) -> dict[str, Path]:
    """Write ``after-action-<exercise>.json`` and ``.pdf`` in ``folder``; returns {"json": …, "pdf": …}."""
    report = build_report(score)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"after-action-{report['exercise_id'] or report['scenario']}"
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    pdf_path.write_bytes(render_pdf(report))
    return {"json": json_path, "pdf": pdf_path}


def render_pdf(report: Mapping[str, Any]) -> bytes:
    """The report as an A4 PDF."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from kiosk.referral.text import BOLD, REGULAR, register_fonts, style

    register_fonts()
    margin = 15 * mm
    width = A4[0] - 2 * margin
    st = {name: style(f"aar-{name}", size, bold=bold) for name, size, bold in (
        ("title", 16, True), ("head", 12, True), ("body", 9, False), ("cell", 8, False), ("cellb", 8, True),
        ("small", 7, False))}

    def p(text: Any, kind: str = "body") -> Paragraph:
        return Paragraph(_escape(str(text)), st[kind])

    def table(header: list[str], rows: list[list[Any]], widths: list[float], marks: list[bool | None] | None = None) -> Table:
        data = [[p(h, "cellb") for h in header]] + [[p(c, "cell") for c in row] for row in rows]
        made = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
        commands: list[Any] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e3e3")),
                               ("FONTNAME", (0, 0), (-1, -1), REGULAR)]
        for index, ok in enumerate(marks or [], start=1):
            if ok is not None:
                commands.append(("BACKGROUND", (0, index), (-1, index),
                                 colors.HexColor("#e6f4e6") if ok else colors.HexColor("#fbe3e3")))
        made.setStyle(TableStyle(commands))
        return made

    verdict = "PASSED" if report.get("passed") else "NOT PASSED"
    officers = ", ".join(report.get("officers", {})) or "—"
    story: list[Any] = [
        p(f"After-action report — {report.get('title')}", "title"), Spacer(1, 4),
        p(f"Exercise {report.get('exercise_id')} · scenario {report.get('scenario')} {report.get('scenario_version')} · "
          f"{str(report.get('kind', '')).replace('_', '-')} · start {report.get('start')} · officers: {officers}"),
        Spacer(1, 3),
        p(f"Result: {verdict} — {report.get('score_percent')} % of the injects handled as expected", "head"),
        Spacer(1, 6), p("Objectives", "head"), Spacer(1, 2),
        table(["Objective", "Threshold", "Result", "Met"],
              [[o["text"], o["threshold"], _value(o) if o.get("value") is not None else "not measured",
                "yes" if o["met"] else "NO"] for o in report.get("objectives", [])],
              [0.58, 0.14, 0.16, 0.12], [o["met"] for o in report.get("objectives", [])]),
        Spacer(1, 6), p("Officers", "head"), Spacer(1, 2),
        table(["Officer", "Travellers", "Passed", "Dispositions", "Flags", "Steps", "To decision (max)",
               "To alert (max)"], [_officer_row(name, o) for name, o in report.get("officers", {}).items()],
              [0.16, 0.13, 0.09, 0.15, 0.09, 0.09, 0.15, 0.14]),
        Spacer(1, 6), p("Injects", "head"), Spacer(1, 2),
        table(["#", "Traveller", "Officer", "Decision (expected)", "To decision", "To alert", "Result"],
              [_inject_row(i) for i in report.get("injects", [])],
              [0.05, 0.33, 0.13, 0.19, 0.1, 0.08, 0.12],
              [None if i.get("skipped") else i.get("passed") for i in report.get("injects", [])]),
        Spacer(1, 6),
        KeepTogether([p("Strengths", "head"), Spacer(1, 2),
                      *([p(f"• {s}") for s in report.get("strengths", [])] or [p("—")])]),
        Spacer(1, 6),
        KeepTogether([p("Areas for improvement", "head"), Spacer(1, 2),
                      *([p(f"• {a}") for a in report.get("areas_for_improvement", [])] or [p("None found.")])]),
        Spacer(1, 6), p("Improvement plan", "head"), Spacer(1, 2),
        table(["Issue", "Corrective action", "Responsible", "Due"],
              [[r["issue"], r["corrective_action"], r["responsible"], r["due"]] for r in report.get("improvement_plan", [])]
              or [["No issue found", "—", "—", "—"]], [0.36, 0.36, 0.14, 0.14]),
        Spacer(1, 6), p("Timeline", "head"), Spacer(1, 2),
        table(["Time", "What happened"], [[_clock(a.get("at_s")), a.get("text", "")] for a in report.get("timeline", [])],
              [0.1, 0.9]),
    ]
    if report.get("skipped"):
        story += [Spacer(1, 6), p("Not played", "head"), *[p(f"• {s}") for s in report["skipped"]]]

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(colors.HexColor("#b00020"))
        canvas.drawString(margin, A4[1] - 9 * mm, f"EXERCISE — NOT REAL — {report.get('exercise_id')}")
        canvas.setFont(REGULAR, 7)
        canvas.setFillColor(colors.black)
        canvas.drawRightString(A4[0] - margin, 8 * mm, f"page {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=14 * mm,
                      bottomMargin=14 * mm, title=f"After-action report {report.get('exercise_id')}",
                      invariant=1).build(story, onFirstPage=page, onLaterPages=page)
    return buffer.getvalue()


def _officer_row(name: str, officer: Mapping[str, Any]) -> list[Any]:
    def percent(key: str) -> str:
        return "—" if officer.get(key) is None else f"{officer[key]:.0f} %"

    return [name, officer.get("injects"), officer.get("passed"), percent("correct_dispositions_percent"),
            percent("flags_found_percent"), percent("steps_done_percent"), _seconds(officer.get("time_to_decision_s")),
            _seconds(officer.get("time_to_alert_s"))]


def _inject_row(inject: Mapping[str, Any]) -> list[Any]:
    decision = "—" if inject.get("skipped") else f"{inject.get('disposition')} ({inject.get('expected_disposition')})"
    result = "not played" if inject.get("skipped") else ("as expected" if inject.get("passed") else "; ".join(
        r.split(": ", 1)[-1] for r in inject.get("reasons", [])))
    return [inject.get("number"), inject.get("title"), inject.get("officer") or "—", decision,
            _seconds(inject.get("time_to_decision_s")), _seconds(inject.get("time_to_alert_s")), result]


def _seconds(value: Any) -> str:
    return "—" if value is None else f"{value:.0f} s"


def _clock(seconds: Any) -> str:
    if seconds is None:
        return "—"
    seconds = int(seconds)
    return f"+{seconds // 60:02d}:{seconds % 60:02d}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
