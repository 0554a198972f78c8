"""Referral slip render time beside a bare reportlab page with the same text and QR, in one run.

Project: ``kiosk.referral.slip.make_slip`` for a French-site slip of an Arabic-speaking traveller: sign
the QR claims, make the QR matrix, build the bilingual story (Arabic shaped and reordered), fit each A6
side to its sheet (the roll is as long as its content), draw the PDF (fonts subset and embedded),
audit every line for overflow.

Baseline, timed the same way and interleaved with the project (one project slip, then its bare page):
a ``SimpleDocTemplate`` on the same page size, with the same fonts (registered once per process,
before timing, as the project does), holding every paragraph the slip prints, as plain Paragraphs, in
the same order, with the same markup (Arabic runs in the Arabic font, the same forced line breaks)
and the same style (font, size, leading, colour), a page break where the A6 slip turns over, plus the
same QR: its matrix computed from the same text with the same function and drawn as the same vector
path. No tables, no fitting, no shaping or bidi, no signing, no audit. The markup is prepared before
timing; constructing the Paragraphs (reportlab's markup parser), breaking, drawing and saving are timed.

Each repeat renders a different slip (referral id, name, phone, hence QR text), so no per-slip cache
can flatter either side; both sides see the same sequence. ``value``/``baseline`` are wall-clock
medians; ``cpu_ms``/``baseline_cpu_ms`` (in ``--json``) are the CPU-time medians of the same calls,
steadier when other jobs load the machine. Target (issue 5): at most 1.5x and under 50 ms per slip.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import tempfile
import time
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Table

from kiosk.records import parse_record
from kiosk.referral import slip as slip_module
from kiosk.referral.directory import Directory, load_directory
from kiosk.referral.qr import generate_kiosk_key, qr_matrix, sign_slip
from kiosk.referral.slip import QrFlowable, ReferralInfo, make_slip
from kiosk.referral.text import BOLD, markup, register_fonts

REPEATS = 21
ISSUED = dt.datetime(2026, 11, 29, 14, 5, tzinfo=dt.UTC)
RECORD = {
    "arrival_date": "2026-11-29", "temperature_c": 38.4, "temperature_at": "2026-11-29T13:58:00Z",
    "symptoms": ["vomiting", "headache", "muscle_pain"], "symptom_onset": "2026-11-27",
    "itinerary": [{"country": "GN", "left": "2026-11-20"}], "exposures": ["direct_care_without_ppe"],
    "traveller": {"surname": "Haddad", "given_names": "Layla", "birth_date": "1991-04-03", "sex": "female",
                  "nationality": "LB", "document_type": "P", "document_number": "RL1234567", "phone": "+000 70 555 123",
                  "address": "Hôtel du Fleuve, chambre 12, Kessa", "language": "ar"},
    "conveyance": {"type": "land", "carrier": "TransSahel", "vehicle": "KS-4471", "seat": "14C"},
}
EVALUATION = {"disposition": "isolate", "alert": None, "flags": [
    {"protocol": "EVD", "status": "suspected", "risk": "high", "actions": ["isolate", "notify"],
     "follow_up_until": "2026-12-11", "reasons": ["38.4 °C ≥ 38.0 °C", "left GN 9 days before arrival ≤ 21 days"]}],
    "protocols_version": "bench", "situation_version": "bench"}
GIVEN_NAMES = ("Layla", "Mariam", "Nour", "Yasmin", "Salma", "Rania", "Huda")


def _variant(index: int) -> tuple[dict, ReferralInfo]:
    """A different traveller and referral per repeat (name, phone, referral id, hence QR text)."""
    raw = {**RECORD, "traveller": {**RECORD["traveller"], "given_names": GIVEN_NAMES[index % len(GIVEN_NAMES)],
                                   "phone": f"+000 70 555 {100 + index:03d}"}}
    referral = ReferralInfo(f"DEMO-KESSA-261129-{7000 + index:04d}", ISSUED + dt.timedelta(minutes=index), "OFF-1", "K1")
    return raw, referral


def _paragraphs(item: object, out: list[Flowable]) -> list[Flowable]:
    """The paragraphs of a laid-out slip in drawing order, with a PageBreak where a side ends."""
    if isinstance(item, list | tuple):
        for sub in item:
            _paragraphs(sub, out)
    elif isinstance(item, Paragraph | PageBreak):
        out.append(item)
    elif isinstance(item, Table):
        _paragraphs(item._cellvalues, out)
    return out


def _bare_inputs(record, referral: ReferralInfo, directory: Directory, qr_text: str, fmt: str):
    """What the bare page draws: (markup, style) per paragraph of the slip, page size, margin, QR size."""
    layout = slip_module._layout(record, EVALUATION, referral, directory, qr_text, fmt)
    items: list[tuple[str, object] | None] = []
    for flowable in _paragraphs(layout.story, []):
        if isinstance(flowable, PageBreak):
            items.append(None)
        else:
            lines = flowable.text.split("\n")  # kiosk paragraphs keep their display-order lines here
            bold = flowable.style.fontName == BOLD
            items.append(("<br/>".join(markup(line, bold) for line in lines), flowable.style))
    geo = layout.geo
    return items, (geo.page_width, layout.page_height), geo.margin, geo.qr_size


def _bare(items, qr_text: str, qr_size: float, pagesize: tuple[float, float], margin: float) -> bytes:
    story: list[Flowable] = [QrFlowable(qr_matrix(qr_text), qr_size)]
    story += [PageBreak() if item is None else Paragraph(item[0], item[1]) for item in items]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=margin,
                      bottomMargin=margin, invariant=1).build(story)
    return buffer.getvalue()


def _ms(action) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one call; CPU time is steadier when other jobs share the machine."""
    start, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000


def run() -> list[dict]:
    register_fonts()
    directory = load_directory()
    key = generate_kiosk_key(Path(tempfile.mkdtemp()) / "bench.pem")
    variants = [_variant(index) for index in range(REPEATS)]
    records = [parse_record(raw) for raw, _ in variants]
    rows = []
    for fmt in slip_module.FORMATS:
        project, baseline = [], []
        for index, (record, (_, referral)) in enumerate(zip(records, variants, strict=True)):
            claims = slip_module.claims_for(referral, slip_module.primary_assessment(EVALUATION), directory)
            if index == 0:  # warm-up: imports, font tables, the labels' shaping (constant on every slip)
                make_slip(record, EVALUATION, referral, directory, key, fmt=fmt)
            project.append(_ms(lambda: make_slip(record, EVALUATION, referral, directory, key, fmt=fmt)))  # noqa: B023
            qr_text = sign_slip(claims, key)  # prepared after the project slip: it must not warm anything
            items, page, margin, qr_size = _bare_inputs(record, referral, directory, qr_text, fmt)
            if index == 0:
                _bare(items, qr_text, qr_size, page, margin)
            baseline.append(_ms(lambda: _bare(items, qr_text, qr_size, page, margin)))  # noqa: B023
        value, base = (statistics.median(t[0] for t in project), statistics.median(t[0] for t in baseline))
        cpu, base_cpu = (statistics.median(t[1] for t in project), statistics.median(t[1] for t in baseline))
        rows.append({"name": f"slip render {fmt} (fr+ar)", "value": round(value, 2), "unit": "ms/slip",
                     "baseline": round(base, 2), "ratio": round(value / base, 2),
                     "target": "<= 1.5x and < 50 ms", "cpu_ms": round(cpu, 2), "baseline_cpu_ms": round(base_cpu, 2)})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
