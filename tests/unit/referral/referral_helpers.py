"""Shared helpers of the referral tests: records with long names, a pinned issue time, rasterising."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

from PIL import Image
from pyzbar.pyzbar import decode

from kiosk.records import parse_record
from kiosk.referral.slip import ReferralInfo

ISSUED = dt.datetime(2026, 11, 29, 14, 5, tzinfo=dt.UTC)
KIOSK_ID = "TEST-KIOSK-1"
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

EVALUATION = {
    "disposition": "isolate",
    "alert": {"urgency": "Immediate", "severity": "Severe"},
    "flags": [
        {"protocol": "EVD", "status": "suspected", "risk": "high", "actions": ["isolate", "notify"],
         "follow_up_until": "2026-12-11",
         "reasons": ["38.4 °C ≥ 38.0 °C", "left GN 9 days before arrival ≤ 21 days",
                     "exposure: direct_care_without_ppe (high risk)"]},
        {"protocol": "YF", "status": "certificate", "risk": "low", "actions": ["vaccinate"],
         "follow_up_until": None, "reasons": ["no yellow fever certificate"]},
    ],
    "protocols_version": "test", "situation_version": "test",
}

ADDRESSES = {
    "en": "Flat 14B, Riverside Court, 221 Long Embankment Road, Kessa, care of the Diallo-Montgomery family",
    "fr": "Résidence Les Flamboyants, bâtiment C, appartement 1207, 45 boulevard de l'Indépendance, Kessa",
    "pt": "Rua Marechal Francisco Xavier de Albuquerque e Vasconcelos, n.º 1234, 3.º esquerdo, Kessa",
    "ar": "فندق النهر، الغرفة 12، شارع الاستقلال، مدينة كيسا",
}


def make_record(lang: str) -> dict:
    return {
        "arrival_date": "2026-11-29", "temperature_c": 38.4, "temperature_at": "2026-11-29T13:58:00Z",
        "symptoms": ["vomiting", "headache", "muscle_pain", "unexplained_bleeding", "abdominal_pain"],
        "symptom_onset": "2026-11-27",
        "itinerary": [{"country": "GN", "left": "2026-11-20"}, {"country": "SL", "left": "2026-11-12"},
                      {"country": "LR", "left": "2026-11-10"}],
        "exposures": ["direct_care_without_ppe", "funeral_body_contact", "same_flight_symptomatic"],
        "traveller": {
            "surname": "Wolfeschlegelsteinhausenbergerdorff-Montgomery-Vasconcelos",
            "given_names": "Maria Conceição Aparecida Layla Fernanda", "birth_date": "1991-04-03",
            "sex": "female", "nationality": "LB", "document_type": "P", "document_number": "RL1234567890123",
            "issuing_state": "LB", "phone": "+000 70 555 123 456", "address": ADDRESSES[lang], "language": lang,
        },
        "conveyance": {"type": "land", "carrier": "TransSahel International Coaches", "vehicle": "KS-4471-BX",
                       "seat": "14C", "origin": "Conakry", "destination": "Kessa"},
    }




def referral(site: str = "", referral_id: str = "DEMO-KESSA-261129-7F3K", *, mode: str = "actual",
             exercise_id: str = "") -> ReferralInfo:
    return ReferralInfo(referral_id, ISSUED, "OFFICER-0017", KIOSK_ID, site_language=site, mode=mode,
                        exercise_id=exercise_id)


def record(lang: str):
    return parse_record(make_record(lang))


def rasterise(pdf: bytes, tmp_path: Path, page: int = 1) -> Image.Image:
    assert shutil.which("pdftoppm"), "poppler-utils (pdftoppm) is required"
    src = tmp_path / "slip.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "200", "-f", str(page), "-l", str(page), "-png", str(src),
                    str(tmp_path / "page")], check=True, timeout=60)
    (png,) = sorted(tmp_path.glob("page*.png"))
    image = Image.open(png)
    image.load()
    png.unlink()
    return image


def qr_texts(image: Image.Image) -> list[str]:
    return [symbol.data.decode("ascii") for symbol in decode(image) if symbol.type == "QRCODE"]


def margin_is_blank(image: Image.Image, margin_px: int) -> bool:
    gray = image.convert("L")
    w, h = gray.size
    strips = [(0, 0, w, margin_px), (0, h - margin_px, w, h), (0, 0, margin_px, h), (w - margin_px, 0, w, h)]
    return all(gray.crop(box).getextrema()[0] > 200 for box in strips)


def pdf_text(pdf: bytes, tmp_path: Path, page: int) -> str:
    """The text of one page as pdftotext extracts it, in one line: Arabic presentation forms back to
    letters (NFKC), bidi marks dropped, any run of white space (a line break too) as one space."""
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is required"
    src = tmp_path / "text.pdf"
    src.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", str(src), "-"],
                          check=True, timeout=60, capture_output=True)
    text = unicodedata.normalize("NFKC", done.stdout.decode("utf-8"))
    return " ".join(_BIDI_MARKS.sub("", text).split())
