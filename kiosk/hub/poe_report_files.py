"""A hub report (:class:`kiosk.hub.poe_report.PoeReport`) as CSV, JSON and an A4 PDF (Qt-free).

* **CSV, figures**: one row per day × point of entry × protocol × urgency × triage outcome with alerts
  (long form: a spreadsheet's pivot table or DHIS2-side tooling sums it any way it likes).
* **CSV, line list**: one row per alert (:data:`kiosk.hub.poe_report.LINE_LIST_HEADER`).
* **JSON**: the period, totals per point of entry, per-day figures (with screened counts when the
  report has denominators) and the line list.
* **PDF**: totals, a daily trend chart per point of entry, the per-day table and the newest
  :data:`kiosk.hub.poe_report.LINE_LIST_SHOWN` alerts of the line list, in the slip's shipped fonts
  (``kiosk.referral.text``), like the exercise after-action report.

The DHIS2 export is :mod:`kiosk.hub.dhis2`.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from kiosk.errors import KioskError
from kiosk.hub.poe_report import FORMAT, LINE_LIST_HEADER, LINE_LIST_SHOWN, PoeReport

FIGURES_HEADER = ("day", "point_of_entry", "protocol", "urgency", "triage_outcome", "alerts")


def figures_csv(report: PoeReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIGURES_HEADER)
    rows: dict[tuple[str, str, str, str, str], int] = {}
    for f in report.figures:
        key = (f.day.isoformat(), f.poe, f.protocol, f.urgency, f.triage_outcome)
        rows[key] = rows.get(key, 0) + f.alerts
    for key, alerts in sorted(rows.items()):
        writer.writerow([*key, alerts])
    return out.getvalue()


def line_list_csv(report: PoeReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(LINE_LIST_HEADER)
    for entry in report.line_list:
        row = entry.as_json()
        writer.writerow(["" if row[name] is None else row[name] for name in LINE_LIST_HEADER])
    return out.getvalue()


def report_json(report: PoeReport) -> dict[str, Any]:
    """The whole report as JSON-compatible data."""
    period = report.period
    return {
        "format": FORMAT,
        "period": {"from": period.first.isoformat(), "to": period.last.isoformat(), "days": period.days,
                   "day": "UTC day the hub received the alert"},
        "generated_at": report.generated_at.isoformat() if report.generated_at else None,
        "status": "Actual",
        "total": report.total,
        "screened": report.screened(),
        "points_of_entry": [
            {"point_of_entry": poe, "alerts": sum(report.alerts_by("protocol", poe).values()),
             "screened": report.screened(poe), "by_protocol": report.alerts_by("protocol", poe),
             "by_urgency": report.alerts_by("urgency", poe),
             "by_triage_outcome": report.alerts_by("triage_outcome", poe)}
            for poe in report.poes()],
        "daily": [_day_json(report, day, poe, cell) for day, poe, cell in report.day_cells()],
        "line_list": [entry.as_json() for entry in report.line_list],
        "line_list_total": report.line_list_total,
        "not_counted": {"exercise": report.not_counted.get("Exercise", 0), "test": report.not_counted.get("Test", 0)},
    }


def _day_json(report: PoeReport, day: Any, poe: str, cell: Any) -> dict[str, Any]:
    denominator = report.denominator(day, poe)
    return {"day": day.isoformat(), "point_of_entry": poe, "alerts": sum(cell["protocol"].values()),
            "screened": denominator.screened if denominator else None, "by_protocol": cell["protocol"],
            "by_urgency": cell["urgency"], "by_triage_outcome": cell["triage_outcome"]}


def export_bytes(report: PoeReport, kind: str, *, line_list: bool = False) -> bytes:
    """The report in one of ``csv`` (the figures, or the line list), ``json`` and ``pdf``."""
    if kind == "csv":
        return (line_list_csv(report) if line_list else figures_csv(report)).encode("utf-8")
    if kind == "json":
        return (json.dumps(report_json(report), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if kind == "pdf":
        return render_pdf(report)
    raise KioskError(f"format {kind!r} is not one of csv, json, pdf (dhis2 needs a mapping file)")


def write_file(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as error:
        raise KioskError(f"cannot write {path}: {error.strerror or error}") from None


# ---------------------------------------------------------------------------------------- PDF

_SERIES_COLOURS = ("#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f8c8d")


def render_pdf(report: PoeReport) -> bytes:
    """The report as an A4 PDF (figures, one trend chart per point of entry, the line list)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from kiosk.referral.text import REGULAR, register_fonts, style

    register_fonts()
    margin = 15 * mm
    width = A4[0] - 2 * margin
    st = {name: style(f"hubreport-{name}", size, bold=bold) for name, size, bold in (
        ("title", 16, True), ("head", 12, True), ("body", 9, False), ("cell", 7.5, False), ("cellb", 7.5, True),
        ("small", 6.5, False), ("smallb", 6.5, True))}

    def p(text: Any, kind: str = "body") -> Paragraph:
        return Paragraph(_escape(str(text)), st[kind])

    def table(header: list[str], rows: list[list[Any]], widths: list[float], kind: str = "cell") -> Table:
        data = [[p(h, f"{kind}b") for h in header]] + [[p(c, kind) for c in row] for row in rows]
        made = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
        made.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e3e3")),
                                  ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
        return made

    period = report.period
    screened = report.screened()
    story: list[Any] = [
        p("Point-of-entry surveillance report", "title"), Spacer(1, 4),
        p(f"{period.first:%d %b %Y} to {period.last:%d %b %Y} ({period.days} UTC days) · Actual alerts, counted on "
          f"the UTC day the hub received them · generated "
          f"{report.generated_at:%Y-%m-%d %H:%M} UTC" if report.generated_at else ""),
        Spacer(1, 3),
        p(f"{report.total} alert(s); travellers screened: "
          f"{screened if screened is not None else 'not available (no daily aggregates from the kiosks)'}", "head"),
    ]
    exercise, test = report.not_counted.get("Exercise", 0), report.not_counted.get("Test", 0)
    if exercise or test:
        story.append(p(f"Not counted: {exercise} exercise and {test} test alert(s) in the same period."))
    story += [Spacer(1, 6), p("By point of entry", "head"), Spacer(1, 2),
              table(["Point of entry", "Alerts", "Screened", "By protocol", "By urgency", "By triage outcome"],
                    [[poe, sum(report.alerts_by("protocol", poe).values()), _or_dash(report.screened(poe)),
                      _pairs(report.alerts_by("protocol", poe)), _pairs(report.alerts_by("urgency", poe)),
                      _pairs(report.alerts_by("triage_outcome", poe))] for poe in report.poes()]
                    or [["—", 0, "—", "", "", ""]], [0.15, 0.08, 0.11, 0.22, 0.2, 0.24])]
    for poe in report.poes():
        story += [Spacer(1, 6), KeepTogether([p(f"Alerts per day — {poe}", "head"), Spacer(1, 2),
                                              _trend_chart(report, poe, width)])]
    story += [Spacer(1, 6), p("Per day and point of entry", "head"), Spacer(1, 2),
              table(["Day", "Point of entry", "Alerts", "Screened", "By protocol", "By urgency", "By triage outcome"],
                    [[day.isoformat(), poe, sum(cell["protocol"].values()),
                      _or_dash(d.screened if (d := report.denominator(day, poe)) else None), _pairs(cell["protocol"]),
                      _pairs(cell["urgency"]), _pairs(cell["triage_outcome"])]
                     for day, poe, cell in report.day_cells()] or [["—", "—", 0, "—", "", "", ""]],
                    [0.11, 0.13, 0.08, 0.11, 0.18, 0.17, 0.22])]
    shown = report.line_list[:LINE_LIST_SHOWN]
    story += [Spacer(1, 6), p("Line list", "head"),
              p(f"The newest {len(shown)} of {report.line_list_total} alert(s); every one is in the CSV and JSON "
                "exports." if len(shown) < report.line_list_total else f"{report.line_list_total} alert(s)."),
              Spacer(1, 2),
              table(["Reference", "Point of entry", "Protocol", "Flagged (UTC)", "Received (UTC)", "Urgency", "State",
                     "Outcome"],
                    [[e.reference, e.poe, e.protocol, f"{e.flagged_at:%Y-%m-%d %H:%M}" if e.flagged_at else "—",
                      f"{e.received_at:%Y-%m-%d %H:%M}", e.urgency, e.state, e.outcome.replace("_", " ") or "—"]
                     for e in shown] or [["—"] * 8], [0.22, 0.11, 0.09, 0.13, 0.13, 0.09, 0.11, 0.12], "small")]

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7)
        canvas.drawString(margin, 8 * mm, f"Hub report {period.first} – {period.last}")
        canvas.drawRightString(A4[0] - margin, 8 * mm, f"page {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=14 * mm,
                      bottomMargin=14 * mm, title=f"Hub report {period.first} to {period.last}",
                      invariant=1).build(story, onFirstPage=page, onLaterPages=page)
    return buffer.getvalue()


def _trend_chart(report: PoeReport, poe: str, width: float) -> Any:
    """A line per protocol (alerts per day) and the point of entry's total, days along the bottom."""
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    from kiosk.referral.text import REGULAR

    days = report.period.each_day()
    protocols = sorted(report.alerts_by("protocol", poe))
    series = [report.daily_alerts(poe)] + [report.daily_alerts(poe, protocol) for protocol in protocols]
    names = ["all protocols", *protocols]
    drawing = Drawing(width, 130)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 28, 22, width - 140, 100
    chart.data = series
    peak = max((max(s) for s in series), default=0)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, max(peak, 1)
    chart.valueAxis.valueStep = max(1, -(-max(peak, 1) // 5))
    chart.valueAxis.labels.fontName = chart.categoryAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = chart.categoryAxis.labels.fontSize = 6
    step = max(1, len(days) // 10)
    chart.categoryAxis.categoryNames = [f"{d:%d %b}" if i % step == 0 else "" for i, d in enumerate(days)]
    for index in range(len(series)):
        chart.lines[index].strokeColor = colors.HexColor(_SERIES_COLOURS[index % len(_SERIES_COLOURS)])
        chart.lines[index].strokeWidth = 1.6 if index == 0 else 0.9
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 100, 115
    legend.fontName, legend.fontSize = REGULAR, 6.5
    legend.alignment = "right"
    legend.colorNamePairs = [(colors.HexColor(_SERIES_COLOURS[i % len(_SERIES_COLOURS)]), name)
                             for i, name in enumerate(names)]
    drawing.add(legend)
    return drawing


def _pairs(counts: dict[str, int]) -> str:
    return ", ".join(f"{name.replace('_', ' ')} {count}" for name, count in counts.items())


def _or_dash(value: int | None) -> str:
    return "—" if value is None else str(value)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
