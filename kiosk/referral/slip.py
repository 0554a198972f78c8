"""Referral slips: A6 sheets and 80 mm thermal-roll slips, bilingual, with the signed QR.

``render_slip`` takes the screening record, the evaluation JSON (the ``evaluate`` output), the
referral facts and the point of entry's directory, and returns the PDF bytes. Layout is platypus only
(Paragraphs in Tables in one Frame), never ``drawString`` for body text, so text wraps instead of
running off the paper. The A6 slip is shrunk step by step until it fits one sheet; the roll slip is as
long as its content. After the build every paragraph is checked for a line wider than its frame and
the result lists any overflow (tests assert the list is empty).

Languages: the *site* language (the directory's, or ``site_language``) is the main one; the
traveller's language (``traveller.language``) is added to every label, the action, the traveller's
instructions and the infection-control instructions. When both are the same, the slip has one language.

A slip printed in an exercise or a test (``ReferralInfo.mode``) starts every side with a framed "not a
real referral" band (the roll ends with it too), and its QR carries the mode; a real slip is unchanged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import zoneinfo
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib import colors
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.country_names import country_names
from kiosk.errors import KioskError
from kiosk.protocols.reasons import TEMPLATES as REASON_TEMPLATES
from kiosk.protocols.reasons import render as render_reason
from kiosk.records import ScreeningRecord
from kiosk.referral import i18n
from kiosk.referral.directory import Contact, Directory, Route
from kiosk.referral.qr import ACTUAL, SlipClaims, check_mode, qr_matrix, sign_slip
from kiosk.referral.text import (
    estimate_scale,
    estimating,
    isolate_ltr,
    para,
    paragraph_overflows,
    style,
    text_width,
)

FORMATS = ("a6", "80mm")
LOOK_BACK_DAYS = 21
ROLL_WIDTH = 80 * mm
SCALES = (1.0, 0.93, 0.86, 0.8, 0.75, 0.7)


@dataclass(frozen=True)
class ReferralInfo:
    """The facts of the referral that are not in the record or the evaluation."""

    referral_id: str
    issued_at: dt.datetime
    officer_id: str = ""
    kiosk_id: str = ""
    site_language: str = ""
    traveller_language: str = ""
    mode: str = ACTUAL
    """actual, exercise or test (the screening's ``KioskContext.mode``); other than actual, every side of
    the slip carries a "not a real referral" band and the QR says so."""
    exercise_id: str = ""
    """The exercise's id (exercise mode only): printed in the band and signed in the QR."""


@dataclass(frozen=True)
class Assessment:
    """The leading flag (``kiosk.protocols.leading_flag``), as the slip, its QR and FHIR show it."""

    disposition: str
    protocol: str = ""
    risk: str = ""
    status: str = ""
    follow_up_until: dt.date | None = None
    reasons: tuple[str, ...] = ()
    reason_items: tuple[tuple[str, Mapping[str, Any]], ...] = ()
    """Structured reasons (key, params) when the evaluation was stored with ``to_json(full=True)``."""


@dataclass
class SlipResult:
    pdf: bytes
    qr_text: str
    pages: int
    format: str
    overflow: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Geometry:
    page_width: float
    margin: float
    label_width: float
    qr_size: float
    base_size: float

    @property
    def width(self) -> float:
        return self.page_width - 2 * self.margin


_GEOMETRY = {
    "a6": _Geometry(A6[0], 5 * mm, 27 * mm, 27 * mm, 7.6),
    "80mm": _Geometry(ROLL_WIDTH, 4 * mm, 24 * mm, 28 * mm, 8.0),
}


# --------------------------------------------------------------------------------------- inputs


def make_referral_id(point_of_entry: str, issued_at: dt.datetime, record: ScreeningRecord) -> str:
    """A referral id that is stable for one record and instant: ``<PoE>-<yymmdd>-<4 chars>``."""
    digest = hashlib.sha256(repr((record.to_json(), issued_at.isoformat())).encode()).digest()
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
    tail = "".join(alphabet[b % 32] for b in digest[:4])
    return f"{point_of_entry[:20]}-{issued_at.astimezone(dt.UTC):%y%m%d}-{tail}"


def primary_assessment(evaluation: Mapping[str, Any]) -> Assessment:
    """The flag the slip is about: the leading flag (``kiosk.protocols.leading_flag``).

    ``evaluation`` is an ``evaluate`` result, whose flags come in the lead order, or a stored one with the
    encounter's ``leading_protocol`` added (as ``kiosk.referral.records.slip_source`` gives it).
    """
    disposition = str(evaluation.get("disposition") or "refer")
    flags = [f for f in evaluation.get("flags") or [] if isinstance(f, Mapping)]
    follow_dates = [_date(f.get("follow_up_until")) for f in flags]
    follow = max((d for d in follow_dates if d), default=None)
    if not flags:
        return Assessment(disposition, follow_up_until=follow)
    leading = evaluation.get("leading_protocol")
    best = next((f for f in flags if leading and f.get("protocol") == leading), flags[0])
    return Assessment(
        disposition=disposition, protocol=str(best.get("protocol") or ""), risk=str(best.get("risk") or ""),
        status=str(best.get("status") or ""), follow_up_until=_date(best.get("follow_up_until")) or follow,
        reasons=tuple(str(r) for r in best.get("reasons") or ()),
        reason_items=_reason_items(best.get("reason_items")),
    )


def _reason_items(items: Any) -> tuple[tuple[str, Mapping[str, Any]], ...]:
    if not isinstance(items, list):
        return ()
    usable = [(item["key"], item.get("params") or {}) for item in items
              if isinstance(item, Mapping) and item.get("key") in REASON_TEMPLATES]
    return tuple(usable) if len(usable) == len(items) else ()


def _date(value: Any) -> dt.date | None:
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return value if isinstance(value, dt.date) else None


def claims_for(referral: ReferralInfo, assessment: Assessment, directory: Directory) -> SlipClaims:
    """The QR claims of a slip: the one payload builder behind the printed and the on-screen QR."""
    return SlipClaims(
        kiosk_id=referral.kiosk_id or "UNKNOWN", referral_id=referral.referral_id,
        point_of_entry=directory.point_of_entry.id, issued_at=referral.issued_at,
        disposition=assessment.disposition, protocol=assessment.protocol,
        follow_up_until=assessment.follow_up_until, mode=referral.mode, exercise_id=referral.exercise_id,
    )


# --------------------------------------------------------------------------------------- content


@dataclass(frozen=True)
class _Langs:
    site: str
    traveller: str

    @property
    def both(self) -> tuple[str, ...]:
        return (self.site,) if self.site == self.traveller else (self.site, self.traveller)


def _languages(record: ScreeningRecord, referral: ReferralInfo, directory: Directory) -> _Langs:
    site = i18n.language(referral.site_language or directory.point_of_entry.site_language)
    spoken = referral.traveller_language or (record.traveller.language if record.traveller else "")
    return _Langs(site, i18n.language(spoken) if spoken else site)


def _local_time(value: dt.datetime, directory: Directory) -> str:
    local = value.astimezone(zoneinfo.ZoneInfo(directory.point_of_entry.timezone))
    offset = local.utcoffset() or dt.timedelta()
    hours, minutes = divmod(int(offset.total_seconds()) // 60, 60)
    sign = "+" if offset >= dt.timedelta() else "-"  # no-break spaces: a time never splits over lines
    return f"{local:%Y-%m-%d}\u00a0{local:%H:%M}\u00a0UTC{sign}{abs(hours):02d}:{minutes:02d}"


def _traveller_rows(record: ScreeningRecord, lang: str) -> list[tuple[str, str]]:
    t = record.traveller
    conv = record.conveyance
    age = record.age
    birth = " / ".join(p for p in (
        t.birth_date.isoformat() if t and t.birth_date else "",
        f"{int(age)} {i18n.label('years', lang)}" if age is not None else "",
    ) if p)
    document = ""
    if t and t.document_number:
        document = " ".join(p for p in (t.document_type, t.document_number, f"({t.issuing_state})" if t.issuing_state else "") if p)
    nationality = ""
    if t and t.nationality:
        nationality = f"{t.nationality} {country_names(lang).get(t.nationality, '')}".strip()
    seat = ""
    if conv:
        ident = " ".join(p for p in (conv.carrier, conv.flight_number, conv.vessel, conv.vehicle) if p)
        journey = "→".join(p for p in (conv.origin, conv.destination) if p)
        seat = ", ".join(p for p in (ident, journey, f"{i18n.label('conveyance', lang).split(' / ')[-1]} {conv.seat}" if conv.seat else "") if p)
    return [
        ("name", t.display_name if t else ""),
        ("birth", birth),
        ("sex", i18n.sex_name(t.sex, lang) if t and t.sex else ""),
        ("nationality", nationality),
        ("document", document),
        ("phone", t.phone if t else ""),
        ("address", t.address if t else ""),
        ("conveyance", seat),
    ]


def _clinical_rows(record: ScreeningRecord, lang: str, directory: Directory) -> list[tuple[str, str]]:
    stays = [s for s in record.itinerary if (record.arrival_date - s.left).days <= LOOK_BACK_DAYS]
    places = "; ".join(
        f"{s.country} {country_names(lang).get(s.country, '')} ({i18n.label('left', lang)} {s.left.isoformat()}, "
        f"D-{(record.arrival_date - s.left).days})" for s in stays
    )
    if record.temperature_c is not None:
        temperature = f"{record.temperature_c:.1f}\u00a0°C"
        if record.temperature_at:
            temperature += f", {_local_time(record.temperature_at, directory)}"
    else:
        temperature = i18n.label("not_measured", lang)
    if record.fever_reported:
        temperature += f"; {i18n.label('fever_reported', lang)}"
    symptoms = ", ".join(i18n.symptom_name(code, lang) for code in sorted(record.symptoms))
    if symptoms and record.symptom_onset:
        symptoms += f" ({record.symptom_onset.isoformat()})"
    exposures = ", ".join(i18n.exposure_name(code, lang) for code in sorted(record.exposures))
    none = i18n.label("none", lang)
    return [
        ("countries", places or none),
        ("temperature", temperature),
        ("symptoms", symptoms or none),
        ("exposures", exposures or none),
    ]


# --------------------------------------------------------------------------------------- layout


class _Builder:
    """Builds the flowables of one slip at one type size."""

    def __init__(self, geo: _Geometry, langs: _Langs, scale: float) -> None:
        self.geo = geo
        self.langs = langs
        size = geo.base_size * scale
        self.size = size
        rtl = i18n.is_rtl(langs.site)
        self.site_rtl = rtl
        self.st = {
            "body": style("body", size, rtl=rtl),
            "bold": style("bold", size, bold=True, rtl=rtl),
            "small": style("small", size * 0.86, rtl=rtl),
            "label": style("label", size * 0.92, bold=True, rtl=rtl),
            "title": style("title", size * 1.25, bold=True, rtl=rtl),
            "big": style("big", size * 1.5, bold=True, rtl=rtl, textColor=colors.white),
            "banner": style("banner", size * 1.05, bold=True, rtl=rtl, textColor=colors.white),
            "band": style("band", size * 1.3, bold=True, rtl=rtl),
            "heading": style("heading", size * 1.05, bold=True, rtl=rtl),
            "id": style("id", size * 1.3, bold=True, rtl=rtl),
        }

    def p(self, text: str, kind: str, width: float, lang: str | None = None) -> Paragraph:
        lang = lang or self.langs.site
        rtl = i18n.is_rtl(lang)
        st = self.st[kind]
        if rtl != self.site_rtl:
            st = style(f"{kind}-{lang}", st.fontSize, bold=st.fontName.endswith("Bold"), rtl=rtl,
                       textColor=st.textColor, leading=st.leading / st.fontSize)
        return para(text, st, width, rtl=rtl)

    def labels(self, key: str, width: float) -> list[Paragraph]:
        out = [self.p(i18n.label(key, self.langs.site), "label", width)]
        if len(self.langs.both) > 1:
            out.append(self.p(i18n.label(key, self.langs.traveller), "small", width, self.langs.traveller))
        return out

    def _pair(self, left: Any, right: Any) -> list[Any]:
        return [right, left] if self.site_rtl else [left, right]

    def _widths(self, first: float) -> list[float]:
        rest = self.geo.width - first
        return [rest, first] if self.site_rtl else [first, rest]

    def rows(self, rows: Sequence[tuple[str, str]]) -> Table:
        label_w = self.geo.label_width
        value_w = self.geo.width - label_w
        pad = 2.4
        data = [
            self._pair(self.labels(key, label_w - pad), self.p(value or "—", "body", value_w - pad))
            for key, value in rows
        ]
        table = _Table(data, colWidths=self._widths(label_w))
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.2), ("RIGHTPADDING", (0, 0), (-1, -1), 1.2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.black),
        ]))
        return table

    def heading(self, key: str) -> Table:
        text = "  ·  ".join(i18n.label(key, lang) for lang in self.langs.both).upper()
        cell = self.p(text, "heading", self.geo.width - 2)
        table = _Table([[cell]], colWidths=[self.geo.width])
        table.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        return table

    def banner(self, assessment: Assessment) -> Table:
        width = self.geo.width - 6
        cells: list[Flowable] = [
            self.p(i18n.disposition_name(assessment.disposition, lang), "big", width, lang) for lang in self.langs.both
        ]
        cells.append(self.p(_banner_details(assessment, self.langs.site), "banner", width))
        table = _Table([[c] for c in cells], colWidths=[self.geo.width])
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        return table

    def mode_band(self, referral: ReferralInfo) -> list[Flowable]:
        """The band of an exercise or test slip: "not a real referral" in every language of the slip, then
        the exercise id. A heavy frame, not the black fill of the action banner, so the two never merge."""
        if referral.mode == ACTUAL:
            return []
        width = self.geo.width - 8
        cells = [[self.p(i18n.label(f"band_{referral.mode}", lang), "band", width, lang)] for lang in self.langs.both]
        if referral.exercise_id:
            name = " · ".join(i18n.label("exercise", lang) for lang in self.langs.both)
            value = isolate_ltr(referral.exercise_id) if self.site_rtl else referral.exercise_id
            cells.append([self.p(f"{name}{i18n.colon(self.langs.site)}{value}", "bold", width)])
        table = _Table(cells, colWidths=[self.geo.width])
        table.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 2.4, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (0, 0), 3), ("BOTTOMPADDING", (0, -1), (-1, -1), 3),
            ("TOPPADDING", (0, 1), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -2), 0.5),
        ]))
        return [table, Spacer(1, 2)]

    def header(self, qr: QrModules, lines: Sequence[tuple[str, str]], referral_id: str) -> Table:
        qr_flowable = QrFlowable(qr, self.geo.qr_size)
        text_w = self.geo.width - self.geo.qr_size - 2
        title = " · ".join(i18n.label("slip_title", lang) for lang in self.langs.both)
        id_style = self.st["id"]
        id_size = min(id_style.fontSize, id_style.fontSize * (text_w - 1) / text_width(referral_id, id_style.fontSize, True))
        if id_size < id_style.fontSize:
            id_style = style("id-fit", id_size, bold=True, rtl=self.site_rtl)
        stack: list[Flowable] = [self.p(title, "title", text_w), para(referral_id, id_style, text_w)]
        for key, value in lines:
            stack.append(self.p(f"{i18n.label(key, self.langs.site)}{i18n.colon(self.langs.site)}{value}", "small", text_w))
        table = _Table([self._pair(stack, qr_flowable)], colWidths=self._widths(text_w + 2))
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        return table

    def bullets(self, lines_by_lang: Sequence[tuple[str, Sequence[str]]], width: float | None = None) -> list[Flowable]:
        out: list[Flowable] = []
        for lang, lines in lines_by_lang:
            for line in lines:
                out.append(self.p(f"• {line}", "body", width or self.geo.width, lang))
            out.append(_Space(1, self.size * 0.3))
        return out

    def form(self, rows: Sequence[tuple[str, str]], wide: frozenset[str] = frozenset()) -> Table:
        """Compact form: label above value, two fields per line; ``wide`` keys take the full width."""
        half = self.geo.width / 2
        label_text = {key: " · ".join(i18n.label(key, lang) for lang in self.langs.both) for key, _ in rows}

        def cell(key: str, value: str, width: float) -> list[Flowable]:
            return [self.p(label_text[key], "label", width - 2.4), self.p(value or "—", "body", width - 2.4)]

        data: list[list[Any]] = []
        spans: list[int] = []
        pending: tuple[str, str] | None = None
        for key, value in rows:
            if key in wide:
                if pending:
                    data.append(self._pair(cell(*pending, half), ""))
                    pending = None
                spans.append(len(data))
                data.append([cell(key, value, self.geo.width), ""])
            elif pending:
                data.append(self._pair(cell(*pending, half), cell(key, value, half)))
                pending = None
            else:
                pending = (key, value)
        if pending:
            data.append(self._pair(cell(*pending, half), ""))
        table = _Table(data, colWidths=[half, half])
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.2), ("RIGHTPADDING", (0, 0), (-1, -1), 1.2),
            ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.black),
        ]
        commands += [("SPAN", (0, row), (1, row)) for row in spans]
        table.setStyle(TableStyle(commands))
        return table

    def side_by_side(self, columns: Sequence[tuple[str, list[Flowable]]]) -> Table | list[Flowable]:
        """Columns of flowables next to each other (one per language); one column is returned as is."""
        if len(columns) == 1:
            return columns[0][1]
        cells = [flowables for _, flowables in columns]
        if self.site_rtl:
            cells.reverse()
        width = self.geo.width / len(cells)
        table = _Table([cells], colWidths=[width] * len(cells))
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.5), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("LINEAFTER", (0, 0), (0, -1), 0.3, colors.black),
        ]))
        return table

    def text(self, text: str, kind: str = "body", lang: str | None = None) -> Paragraph:
        return self.p(text, kind, self.geo.width, lang)


QrModules = list[list[bool]]


class _Table(Table):
    """A Table that remembers its last wrap, like ``text._Para``: the slip measures its story (to fit
    the A6 side, or to size the roll), then the frame wraps the same flowables again while drawing."""

    _wrapped_for: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if estimate_scale() is not None:  # an estimate: recalculate, and recalculate again for real
            self._wrapped_for = None
            return super().wrap(availWidth, availHeight)
        if self._wrapped_for is not None and self._wrapped_for[0] == availWidth:
            return self._wrapped_for[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped_for = (availWidth, size)
        return size


class _Space(Spacer):
    """Vertical space proportional to the type size (scaled in estimates, unlike fixed Spacers)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        scale = estimate_scale()
        return (self.width, self.height) if scale is None else (self.width, self.height * scale)


class QrFlowable(Flowable):
    """The slip QR as vector graphics: one filled path of module runs, 4-module quiet zone.

    Drawing the modules as one path instead of a Group of rectangle shapes (QrCodeWidget.draw) keeps
    the PDF small and the render fast; it prints crisp on a 203-dpi thermal head. ``modules`` is
    :func:`kiosk.referral.qr.qr_matrix` of the slip text, computed once per slip.
    """

    def __init__(self, modules: QrModules, size: float) -> None:
        super().__init__()
        self.size = size
        self.modules = modules
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        box = self.size / len(self.modules)  # the matrix includes the quiet zone
        canvas = self.canv
        path = canvas.beginPath()
        for r, row in enumerate(self.modules):
            y = self.size - (r + 1) * box
            c = 0
            for dark, run in itertools.groupby(row):
                n = len(list(run))
                if dark:
                    path.rect(c * box, y, n * box, box)
                c += n
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


@dataclass(frozen=True)
class _Inputs:
    record: ScreeningRecord
    assessment: Assessment
    referral: ReferralInfo
    directory: Directory
    route: Route
    langs: _Langs
    qr_text: str
    qr: QrModules


def _story(inputs: _Inputs, b: _Builder) -> list[Flowable]:
    site, langs, directory, route = inputs.langs.site, inputs.langs, inputs.directory, inputs.route
    a = inputs.assessment
    poe = directory.point_of_entry
    header_lines = [
        ("point_of_entry", poe.name),
        ("issued", _local_time(inputs.referral.issued_at, directory)),
        ("officer", inputs.referral.officer_id or "—"),
    ]
    story: list[Flowable] = [*b.mode_band(inputs.referral),
                             b.header(inputs.qr, header_lines, inputs.referral.referral_id), Spacer(1, 3),
                             b.banner(a), Spacer(1, 2)]
    story += [b.heading("section_action"), b.rows(_action_rows(inputs, site))]
    if route.notify_before_transfer and a.disposition in ("isolate", "refer"):
        story.append(b.text(i18n.label("call_before", site), "bold"))
    story += [b.heading("section_traveller"), b.rows(_traveller_rows(inputs.record, site))]
    story += [b.heading("section_clinical"), b.rows(_clinical_rows(inputs.record, site, directory))]
    assessment_rows = [("protocol", _protocol_text(a, site))]
    if a.reasons:
        assessment_rows.append(("reasons", _reasons(a, site)))
    story += [b.heading("section_assessment"), b.rows(assessment_rows)]
    story += [b.heading("ipc")]
    story += b.bullets([(lang, directory.ipc_for(a.protocol, lang)) for lang in langs.both])
    story += [b.heading("for_traveller")]
    for lang in reversed(langs.both):  # the traveller's own language first
        story.append(b.text(_traveller_message(inputs, lang), "body", lang))
        story.append(_Space(1, b.size * 0.3))
    story += _footer(inputs, b)
    if inputs.referral.mode != ACTUAL:  # a roll slip is long: the band closes it too
        story += [Spacer(1, 2), *b.mode_band(inputs.referral)]
    return story


_WIDE = frozenset({"facility", "transport", "countries", "symptoms", "exposures", "protocol", "reasons",
                   "address", "conveyance", "name", "isolation"})


def _a6_front(inputs: _Inputs, b: _Builder) -> list[Flowable]:
    """Side 1 of the A6 slip: what the receiving facility and the ambulance crew need."""
    site, directory, a = inputs.langs.site, inputs.directory, inputs.assessment
    header_lines = [
        ("point_of_entry", directory.point_of_entry.name),
        ("issued", _local_time(inputs.referral.issued_at, directory)),
        ("officer", inputs.referral.officer_id or "—"),
    ]
    story: list[Flowable] = [*b.mode_band(inputs.referral),
                             b.header(inputs.qr, header_lines, inputs.referral.referral_id), Spacer(1, 2),
                             b.banner(a), Spacer(1, 1)]
    story.append(b.form(_action_rows(inputs, site), _WIDE))
    if inputs.route.notify_before_transfer and a.disposition in ("isolate", "refer"):
        story.append(b.text(i18n.label("call_before", site), "bold"))
    identity = [row for row in _traveller_rows(inputs.record, site) if row[0] in _FRONT_IDENTITY]
    story += [b.heading("section_traveller"), b.form(identity, _WIDE)]
    clinical = [row for row in _clinical_rows(inputs.record, site, directory) if row[0] != "exposures"]
    clinical.append(("protocol", _protocol_text(a, site)))
    story += [b.heading("section_clinical"), b.form(clinical, _WIDE)]
    story.append(b.text(_hotline_line(inputs), "heading"))
    return story


_FRONT_IDENTITY = frozenset({"name", "birth", "sex", "nationality", "document"})


def _hotline_line(inputs: _Inputs) -> str:
    hotline = " · ".join(i18n.label("hotline", lang) for lang in inputs.langs.both)
    return f"{hotline}{i18n.colon(inputs.langs.both[-1])}{isolate_ltr(_phone(inputs.directory.hotline.phone))}"


def _a6_back(inputs: _Inputs, b: _Builder) -> list[Flowable]:
    """Side 2 of the A6 slip: infection control and the traveller's instructions, side by side."""
    langs, directory, a = inputs.langs, inputs.directory, inputs.assessment
    name = inputs.record.traveller.display_name if inputs.record.traveller else ""
    half = b.geo.width / len(langs.both) - 3
    story: list[Flowable] = [*b.mode_band(inputs.referral),
                             b.text(" · ".join(p for p in (inputs.referral.referral_id, name) if p), "bold")]
    site = langs.site
    contact = [row for row in _traveller_rows(inputs.record, site) if row[0] not in _FRONT_IDENTITY]
    more = [row for row in _clinical_rows(inputs.record, site, directory) if row[0] == "exposures"]
    if a.reasons:
        more.append(("reasons", _reasons(a, site)))
    story += [b.form(contact + more, _WIDE), b.heading("ipc")]
    ipc = [(lang, b.bullets([(lang, directory.ipc_for(a.protocol, lang))], half)) for lang in langs.both]
    story += _as_list(b.side_by_side(ipc))
    story.append(b.heading("for_traveller"))
    messages = [(lang, [b.p(_traveller_message(inputs, lang), "body", half, lang)]) for lang in langs.both]
    story += _as_list(b.side_by_side(messages))
    story += _footer(inputs, b)
    return story


def _banner_details(a: Assessment, lang: str) -> str:
    """The banner's line under the decision: protocol, status, risk (the on-screen slip shows it too)."""
    what = i18n.protocol_name(a.protocol, lang)
    details = [a.protocol, what] if a.protocol else [what]
    if a.status:
        details.append(i18n.status_name(a.status, lang))
    if a.risk:
        details.append(f"{i18n.label('protocol', lang).split(' / ')[-1]}{i18n.colon(lang)}{i18n.risk_name(a.risk, lang)}")
    return " · ".join(details)


def _as_list(item: Flowable | list[Flowable]) -> list[Flowable]:
    return item if isinstance(item, list) else [item]


def _action_rows(inputs: _Inputs, lang: str) -> list[tuple[str, str]]:
    route, a = inputs.route, inputs.assessment
    rows = [("facility", f"{route.facility.name} — {_phone(route.facility.phone)}")]
    if route.isolation is not None and a.disposition == "isolate":
        rows.append(("isolation", route.isolation.name))
    transport = i18n.transport_name(route.transport, lang)
    if route.ambulance is not None:
        transport += f" — {route.ambulance.name}, {_phone(route.ambulance.phone)}"
    rows.append(("transport", transport))
    rows.append(("follow_up", a.follow_up_until.isoformat() if a.follow_up_until else "—"))
    return rows


def _reasons(a: Assessment, lang: str) -> str:
    """The evaluator's reasons in ``lang`` (from the structured items; else the English text as given)."""
    if a.reason_items:
        return "; ".join(render_reason(key, params, lang) for key, params in a.reason_items)
    return "; ".join(i18n.humanise_codes(reason, lang) for reason in a.reasons)


def _contact(contact: Contact) -> str:
    return contact.summary.replace(contact.phone, _phone(contact.phone))


def _phone(number: str) -> str:
    """A phone number that never breaks across lines (no-break spaces)."""
    return number.replace(" ", "\u00a0")


def _protocol_text(a: Assessment, lang: str) -> str:
    parts = [f"{a.protocol} — {i18n.protocol_name(a.protocol, lang)}" if a.protocol else i18n.protocol_name("", lang)]
    if a.status:
        parts.append(i18n.status_name(a.status, lang))
    if a.risk:
        parts.append(i18n.risk_name(a.risk, lang))
    return " / ".join(parts)


def _traveller_message(inputs: _Inputs, lang: str) -> str:
    a, directory = inputs.assessment, inputs.directory
    kind = {"isolate": "referred", "refer": "referred", "monitor": "monitored"}.get(a.disposition, "other")
    mark = isolate_ltr if i18n.is_rtl(lang) else str
    return i18n.traveller_message(kind, lang).format(
        facility=mark(inputs.route.facility.name), hotline=mark(directory.hotline.phone),
        date=mark(a.follow_up_until.isoformat() if a.follow_up_until else "—"),
    )


def _footer(inputs: _Inputs, b: _Builder) -> list[Flowable]:
    site, directory = inputs.langs.site, inputs.directory
    surveillance = directory.surveillance_officer
    out: list[Flowable] = [
        Spacer(1, 3),
        b.text(_hotline_line(inputs), "title"),
        b.text(f"{i18n.label('surveillance', site)}{i18n.colon(site)}{_contact(surveillance.contacts[0])}", "small"),
        _Space(1, b.size * 2.2),
        b.text("_" * 12 + f"  {i18n.label('signature', site)}", "small"),
        Spacer(1, 2),
    ]
    out += [b.text(i18n.label("verify", lang), "small", lang) for lang in inputs.langs.both]
    version = f"{inputs.referral.referral_id} · {inputs.referral.kiosk_id or '—'} · {directory.version}"
    out.append(b.text(version, "small"))
    return out


# --------------------------------------------------------------------------------------- render


def _height(story: Sequence[Flowable], width: float, limit: float) -> float:
    total = 0.0
    for flowable in story:
        _, h = flowable.wrap(width, limit)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _audit(story: Sequence[Flowable], width: float) -> list[str]:
    """Lines wider than their frame or cell, tables wider than the frame."""
    problems: list[str] = []

    def walk(item: Any, where: str) -> None:
        if isinstance(item, list | tuple):
            for index, sub in enumerate(item):
                walk(sub, f"{where}[{index}]")
        elif isinstance(item, Paragraph):
            if paragraph_overflows(item):
                problems.append(f"{where}: text wider than its frame: {item.getPlainText()[:60]!r}")
        elif isinstance(item, Table):
            if sum(item._colWidths) > width + 0.5:
                problems.append(f"{where}: table wider than the frame")
            walk(item._cellvalues, where)
        elif isinstance(item, QrFlowable) and item.size > width + 0.5:
            problems.append(f"{where}: QR wider than the frame")

    walk(list(story), "slip")
    return problems


def render_slip(
    record: ScreeningRecord,
    evaluation: Mapping[str, Any],
    referral: ReferralInfo,
    directory: Directory,
    *,
    qr_text: str,
    fmt: str = "a6",
) -> SlipResult:
    """Render a slip; ``qr_text`` is the signed text from :func:`kiosk.referral.qr.sign_slip`."""
    layout = _layout(record, evaluation, referral, directory, qr_text, fmt)
    pdf, pages = _write(layout, referral, directory)
    return SlipResult(pdf, qr_text, pages, fmt, _audit(layout.story, layout.geo.width))


@dataclass(frozen=True)
class _Layout:
    """A slip ready to draw: its flowables (already wrapped) and its page size."""

    story: list[Flowable]
    geo: _Geometry
    page_height: float


def _layout(record: ScreeningRecord, evaluation: Mapping[str, Any], referral: ReferralInfo, directory: Directory,
            qr_text: str, fmt: str) -> _Layout:
    if fmt not in FORMATS:
        raise KioskError(f"unknown slip format {fmt!r}; use one of {', '.join(FORMATS)}")
    if referral.issued_at.tzinfo is None:
        raise KioskError("referral issued_at needs a time zone")
    check_mode(referral.mode, referral.exercise_id)
    geo = _GEOMETRY[fmt]
    assessment = primary_assessment(evaluation)
    inputs = _Inputs(record, assessment, referral, directory, directory.route_for(assessment.protocol, assessment.disposition),
                     _languages(record, referral, directory), qr_text, qr_matrix(qr_text))
    if fmt == "a6":
        page_h = A6[1]
        frame_h = page_h - 2 * geo.margin
        story = [*_fit(_a6_front, inputs, geo, frame_h), PageBreak(), *_fit(_a6_back, inputs, geo, frame_h)]
    else:
        story = _story(inputs, _Builder(geo, inputs.langs, 1.0))
        page_h = _height(story, geo.width, 10_000) + 2 * geo.margin + 2
    return _Layout(story, geo, page_h)


def _write(layout: _Layout, referral: ReferralInfo, directory: Directory) -> tuple[bytes, int]:
    """Draw the laid-out story into an invariant PDF; returns the bytes and the page count."""
    geo, page_h = layout.geo, layout.page_height
    buffer = io.BytesIO()
    frame = Frame(geo.margin, geo.margin, geo.width, page_h - 2 * geo.margin, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="slip")
    doc = BaseDocTemplate(
        buffer, pagesize=(geo.page_width, page_h), pageTemplates=[PageTemplate("slip", [frame])],
        leftMargin=geo.margin, rightMargin=geo.margin, topMargin=geo.margin, bottomMargin=geo.margin,
        title=f"Referral slip {referral.referral_id}", author=directory.point_of_entry.name,
        subject="Referral slip", creator="poe-kiosk", invariant=1,
    )
    doc.build(list(layout.story), canvasmaker=_binary_canvas)  # build() empties the list it is given
    return buffer.getvalue(), doc.page


def _binary_canvas(*args: Any, **kwargs: Any) -> Canvas:
    """A canvas writing binary (Flate only) streams: no ASCII85 layer, a quarter smaller and faster."""
    return Canvas(*args, useA85=0, **kwargs)


def _fit(build: Any, inputs: _Inputs, geo: _Geometry, frame_h: float) -> list[Flowable]:
    """The story of one A6 side at the largest type size (of SCALES) that fits the sheet.

    The story is built once at full size and its height *estimated* at each smaller size
    (:func:`kiosk.referral.text.estimating`: greedy line counts from cached word widths, real table
    paddings), which costs a fraction of building and breaking a story per size. The chosen size is
    then built and measured for real; should the estimate have been optimistic, the next size down is
    tried. So a side is built once when it fits at full size, else twice.
    """
    limit = frame_h - 1
    first = build(inputs, _Builder(geo, inputs.langs, SCALES[0]))
    index = len(SCALES) - 1
    for candidate, scale in enumerate(SCALES):
        with estimating(scale):
            if _height(first, geo.width, frame_h) <= limit:
                index = candidate
                break
    while True:
        story = first if index == 0 else build(inputs, _Builder(geo, inputs.langs, SCALES[index]))
        if _height(story, geo.width, frame_h) <= limit or index == len(SCALES) - 1:
            return story  # at the smallest size an overflow continues on another sheet (audited)
        index += 1


def make_slip(
    record: ScreeningRecord,
    evaluation: Mapping[str, Any],
    referral: ReferralInfo,
    directory: Directory,
    key: Ed25519PrivateKey,
    *,
    fmt: str = "a6",
) -> SlipResult:
    """Sign the QR claims with the kiosk key and render the slip."""
    claims = claims_for(referral, primary_assessment(evaluation), directory)
    return render_slip(record, evaluation, referral, directory, qr_text=sign_slip(claims, key), fmt=fmt)
