"""Fonts shipped with the kiosk for the PDFs it prints (slips, pathway charts).

DejaVu Sans (Latin, Greek, Cyrillic, basic Arabic; Bitstream Vera licence, see LICENSE-DejaVu.txt) and
Noto Sans Arabic, Ethiopic, Thai and Myanmar (SIL OFL 1.1, see LICENSE-OFL-Noto.txt), copied unmodified
from Debian's fonts-dejavu-core 2.37-6 and fonts-noto-core 20201225-1. They ship with the package so that
a slip and the screens look the same on every terminal whatever fonts the system has. Which font prints
which language is data: the ``fonts`` of each language file (:mod:`kiosk.languages`); a site's language
directory may bring its own font file.
"""

from __future__ import annotations

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent

FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "arabic": "NotoSansArabic-Regular.ttf",
    "arabic_bold": "NotoSansArabic-Bold.ttf",
}


def font_path(role: str) -> Path:
    """The path of the shipped font for ``role`` (regular, bold, arabic, arabic_bold)."""
    return FONT_DIR / FILES[role]
