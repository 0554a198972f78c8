"""Referral slip render time beside a bare reportlab page with the same text and QR, in one run.

Project: ``kiosk.referral.slip.make_slip`` (sign the QR claims, build the bilingual story, fit, audit,
write the PDF). Baseline: a ``SimpleDocTemplate`` page of the same size holding the same strings as
plain Paragraphs in the same font plus the same QR flowable, with none of the slip's work (no shaping,
no bidi, no fitting, no audit, no signing). Target (issue 5): at most 1.5x and under 50 ms per slip.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from kiosk.records import parse_record
from kiosk.referral import slip as slip_module
from kiosk.referral.directory import load_directory
from kiosk.referral.qr import generate_kiosk_key
from kiosk.referral.slip import QrFlowable, ReferralInfo, make_slip
from kiosk.referral.text import REGULAR, register_fonts

REPEATS = 15
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


def _texts(item: object, out: list[str]) -> list[str]:
    if isinstance(item, list | tuple):
        for sub in item:
            _texts(sub, out)
    elif isinstance(item, Paragraph):
        out.append(item.getPlainText())
    elif isinstance(item, Table):
        _texts(item._cellvalues, out)
    return out


def _bare(texts: list[str], qr_text: str, qr_size: float, pagesize: tuple[float, float], margin: float) -> bytes:
    style = ParagraphStyle("bare", fontName=REGULAR, fontSize=8, leading=9.8)
    story = [QrFlowable(qr_text, qr_size), *(Paragraph(escape(t), style) for t in texts)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=margin,
                      bottomMargin=margin, invariant=1).build(story)
    return buffer.getvalue()


def _median_ms(action) -> float:
    samples = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def run() -> list[dict]:
    register_fonts()
    record = parse_record(RECORD)
    directory = load_directory()
    key = generate_kiosk_key(Path(tempfile.mkdtemp()) / "bench.pem")
    referral = ReferralInfo("DEMO-KESSA-261129-7F3K", dt.datetime(2026, 11, 29, 14, 5, tzinfo=dt.UTC), "OFF-1", "K1")
    rows = []
    for fmt in slip_module.FORMATS:
        result = make_slip(record, EVALUATION, referral, directory, key, fmt=fmt)  # warm caches and fonts
        geo = slip_module._GEOMETRY[fmt]
        assessment = slip_module.primary_assessment(EVALUATION)
        inputs = slip_module._Inputs(record, assessment, referral, directory,
                                     directory.route_for(assessment.protocol, assessment.disposition),
                                     slip_module._languages(record, referral, directory), result.qr_text)
        texts = _texts(slip_module._story(inputs, slip_module._Builder(geo, inputs.langs, 1.0)), [])
        page = (geo.page_width, 148 * 72 / 25.4 if fmt == "a6" else 1400.0)
        _bare(texts, result.qr_text, geo.qr_size, page, geo.margin)
        project = _median_ms(lambda fmt=fmt: make_slip(record, EVALUATION, referral, directory, key, fmt=fmt))
        baseline = _median_ms(lambda texts=texts, result=result, geo=geo, page=page:
                              _bare(texts, result.qr_text, geo.qr_size, page, geo.margin))
        rows.append({"name": f"slip render {fmt} (fr+ar)", "value": round(project, 2), "unit": "ms/slip",
                     "baseline": round(baseline, 2), "ratio": round(project / baseline, 2),
                     "target": "<= 1.5x and < 50 ms"})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
