"""Labels and code names printed on referral slips and pathway charts, in every language.

The texts live in the language files (``kiosk/data/languages/<code>.yaml``, section ``slip``; see
:mod:`kiosk.languages`): tables ``labels``, ``dispositions``, ``traveller_messages``, ``transport``,
``sexes``, ``risks``, ``statuses`` and ``protocols``. Only printed text lives there; the infection-control
instructions belong to each point of entry and live in its referral directory
(``protocols/pathways/*.yaml``). Unknown languages and missing texts fall back to English.
"""

from __future__ import annotations

import re

from kiosk import languages
from kiosk.protocols.labels import EXPOSURE_LABELS, SYMPTOM_LABELS
from kiosk.protocols.labels import label as code_label

FALLBACK = languages.REFERENCE


def language(code: str | None) -> str:
    """A known language code for ``code`` (``fr-FR`` → ``fr``); unknown codes fall back to English."""
    return languages.normalise(code)


def is_rtl(lang: str) -> bool:
    return languages.is_rtl(lang)


def colon(lang: str) -> str:
    """The label separator: French sets a (no-break) space before the colon, the others do not."""
    return languages.get(lang).colon


def _pick(table: str, key: str, lang: str, default: str | None = None) -> str:
    return languages.text("slip", table, key, lang, default)


def label(key: str, lang: str) -> str:
    return _pick("labels", key, lang)


def disposition_name(code: str, lang: str) -> str:
    return _pick("dispositions", code, lang, code.upper())


def traveller_message(kind: str, lang: str) -> str:
    return _pick("traveller_messages", kind, lang)


def transport_name(code: str, lang: str) -> str:
    return _pick("transport", code, lang)


def sex_name(code: str, lang: str) -> str:
    return _pick("sexes", code, lang)


def risk_name(code: str, lang: str) -> str:
    return _pick("risks", code, lang)


def status_name(code: str, lang: str) -> str:
    return _pick("statuses", code, lang, code.replace("_", " "))


def protocol_name(code: str, lang: str) -> str:
    return _pick("protocols", code, lang, code)


def symptom_name(code: str, lang: str) -> str:
    """Symptom names come from the protocol engine's one label table (also used in its reasons)."""
    return code_label(SYMPTOM_LABELS, code, lang)


def exposure_name(code: str, lang: str) -> str:
    return code_label(EXPOSURE_LABELS, code, lang)


_CODE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")


def humanise_codes(text: str, lang: str) -> str:
    """Replace symptom and exposure codes inside free text (the evaluator's reasons, say
    ``exposure: direct_care_without_ppe``) by their names in ``lang``; other words are left alone."""

    def name(match: re.Match[str]) -> str:
        code = match.group(0)
        if code in EXPOSURE_LABELS:
            return exposure_name(code, lang)
        if code in SYMPTOM_LABELS:
            return symptom_name(code, lang)
        return code

    return _CODE.sub(name, text)


def all_label_keys() -> tuple[str, ...]:
    return tuple(languages.table("slip", "labels"))
