"""The printable A4 pathway chart ("ring card") of a point of entry, from its referral directory."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from kiosk.referral import i18n
from kiosk.referral.directory import WILDCARD, Directory
from kiosk.referral.text import para, style

MARGIN = 14 * mm


def render_pathway_chart(directory: Directory, out: Path | str | None = None, lang: str | None = None) -> bytes:
    """Render the chart in ``lang`` (default: the site language); write it to ``out`` when given."""
    lang = i18n.language(lang or directory.point_of_entry.site_language)
    rtl = i18n.is_rtl(lang)
    width = A4[0] - 2 * MARGIN
    st = {name: style(f"chart-{name}", size, bold=bold, rtl=rtl) for name, size, bold in (
        ("title", 18, True), ("big", 15, True), ("head", 11, True), ("body", 9, False), ("cellb", 9, True),
        ("small", 7.5, False))}
    poe = directory.point_of_entry
    story: list[Flowable] = [
        para(f"{i18n.label('chart_title', lang)} — {poe.name}", st["title"], width, rtl=rtl), Spacer(1, 4),
        para(f"{i18n.label('chart_emergency', lang)}{i18n.colon(lang)}{directory.hotline.name} {directory.hotline.phone}",
             st["big"], width, rtl=rtl),
        Spacer(1, 6), para(i18n.label("chart_routes", lang), st["head"], width, rtl=rtl), Spacer(1, 2),
        _routes_table(directory, lang, width, st, rtl), Spacer(1, 8),
        para(i18n.label("chart_contacts", lang), st["head"], width, rtl=rtl), Spacer(1, 2),
        _contacts_table(directory, width, st, rtl), Spacer(1, 8),
        para(i18n.label("ipc", lang), st["head"], width, rtl=rtl), Spacer(1, 2),
    ]
    for protocols, _texts in directory.infection_control:
        names = ", ".join(i18n.label("chart_any", lang) if p == "default" else p for p in protocols)
        story.append(para(names, st["cellb"], width, rtl=rtl))
        for line in directory.ipc_for(protocols[0] if protocols[0] != "default" else "", lang):
            story.append(para(f"• {line}", st["body"], width, rtl=rtl))
        story.append(Spacer(1, 3))
    story.append(para(f"{i18n.label('chart_version', lang)}{i18n.colon(lang)}{directory.version}", st["small"], width, rtl=rtl))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                      bottomMargin=MARGIN, title=f"Referral pathway {poe.id}", invariant=1).build(story)
    pdf = buffer.getvalue()
    if out is not None:
        Path(out).write_bytes(pdf)
    return pdf


def _table(rows: list[list[object]], widths: list[float], rtl: bool) -> Table:
    if rtl:
        rows = [list(reversed(row)) for row in rows]
        widths = list(reversed(widths))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
    ]))
    return table


def _routes_table(directory: Directory, lang: str, width: float, st: dict, rtl: bool) -> Table:
    widths = [0.2 * width, 0.34 * width, 0.22 * width, 0.24 * width]
    heads = ["chart_when", "facility", "isolation", "transport"]
    rows: list[list[object]] = [[para(i18n.label(h, lang), st["cellb"], w - 12, rtl=rtl) for h, w in zip(heads, widths, strict=True)]]
    for route in directory.routes:
        protocols = i18n.label("chart_any", lang) if WILDCARD in route.protocols else ", ".join(route.protocols)
        dispositions = "*" if WILDCARD in route.dispositions else ", ".join(
            i18n.disposition_name(d, lang).lower() for d in route.dispositions)
        transport = i18n.transport_name(route.transport, lang)
        if route.ambulance:
            transport += f": {route.ambulance.name} {route.ambulance.phone}"
        cells = [
            f"{protocols} → {dispositions}",
            f"{route.facility.name}\n{route.facility.phone}",
            route.isolation.name if route.isolation else "—",
            transport + ("\n" + i18n.label("call_before", lang) if route.notify_before_transfer else ""),
        ]
        rows.append([para(c, st["body"], w - 12, rtl=rtl) for c, w in zip(cells, widths, strict=True)])
    return _table(rows, widths, rtl)


def _contacts_table(directory: Directory, width: float, st: dict, rtl: bool) -> Table:
    widths = [0.35 * width, 0.65 * width]
    rows: list[list[object]] = []
    for service in directory.services.values():
        contacts = "\n".join(c.summary for c in service.contacts)
        extra = "\n".join(p for p in (service.address, service.notes) if p)
        rows.append([para(service.name, st["cellb"], widths[0] - 12, rtl=rtl),
                     para(contacts + ("\n" + extra if extra else ""), st["body"], widths[1] - 12, rtl=rtl)])
    return _table(rows, widths, rtl)
