"""Shared helpers of the referral tests: records with long names, a pinned issue time, rasterising."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

from PIL import Image

from kiosk.records import parse_record
from kiosk.referral.slip import ReferralInfo

ISSUED = dt.datetime(2026, 11, 29, 14, 5, tzinfo=dt.UTC)
KIOSK_ID = "TEST-KIOSK-1"

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




def referral(site: str = "", referral_id: str = "DEMO-KESSA-261129-7F3K") -> ReferralInfo:
    return ReferralInfo(referral_id, ISSUED, "OFFICER-0017", KIOSK_ID, site_language=site)


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
