"""What a referral slip says, as plain texts: for the slip shown on screen when it was not printed.

The printed slip (:mod:`kiosk.referral.slip`) lays these same texts out on paper; this module asks the
slip's own builders for them (the decision banner, the action rows, the traveller's instructions), so
the screen and the paper never say different things. Languages: the traveller's first, then the
``gloss`` language (the officer's), one when they are the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.records import ScreeningRecord
from kiosk.referral import i18n
from kiosk.referral.directory import Directory
from kiosk.referral.qr import ACTUAL
from kiosk.referral.slip import (
    ReferralInfo,
    _action_rows,
    _banner_details,
    _Inputs,
    _Langs,
    _traveller_message,
    primary_assessment,
)


@dataclass(frozen=True)
class SlipLine:
    """One labelled line: ``labels`` in each language of the content (the traveller's first)."""

    key: str
    labels: tuple[str, ...]
    value: str


@dataclass(frozen=True)
class SlipContent:
    referral_id: str
    languages: tuple[str, ...]
    """The traveller's language, then the gloss language when it differs."""
    decision: tuple[str, ...]
    """The decision (isolate, refer, monitor...) in each language, as the slip's banner prints it."""
    details: str
    """Protocol, status and risk, in the gloss language (the banner's second line)."""
    lines: tuple[SlipLine, ...]
    """Point of entry, then the action rows: facility, isolation room, transport, follow-up until."""
    instructions: tuple[str, ...]
    """The traveller's instructions in each language."""
    heading: tuple[str, ...]
    """"For the traveller" in each language."""
    not_real: tuple[str, ...] = ()
    """"Not a real referral" (exercise, test) in each language; empty for a real one."""

    @property
    def rtl(self) -> bool:
        return i18n.is_rtl(self.languages[0])


def slip_content(record: ScreeningRecord, evaluation: Mapping[str, Any], referral: ReferralInfo,
                 directory: Directory, gloss: str) -> SlipContent:
    """The texts of the slip of ``record`` in the traveller's language and ``gloss`` (the officer's)."""
    assessment = primary_assessment(evaluation)
    spoken = referral.traveller_language or (record.traveller.language if record.traveller else "")
    langs = _Langs(i18n.language(gloss), i18n.language(spoken or gloss))
    inputs = _Inputs(record, assessment, referral, directory,
                     directory.route_for(assessment.protocol, assessment.disposition), langs, "", None)
    order = tuple(reversed(langs.both))  # the traveller's own language first

    def labels(key: str) -> tuple[str, ...]:
        return tuple(i18n.label(key, lang) for lang in order)

    lines = [SlipLine("point_of_entry", labels("point_of_entry"), directory.point_of_entry.name)]
    lines += [SlipLine(key, labels(key), value) for key, value in _action_rows(inputs, langs.traveller)]
    return SlipContent(
        referral_id=referral.referral_id, languages=order,
        decision=tuple(i18n.disposition_name(assessment.disposition, lang) for lang in order),
        details=_banner_details(assessment, langs.site), lines=tuple(lines),
        instructions=tuple(_traveller_message(inputs, lang) for lang in order),
        heading=labels("for_traveller"),
        not_real=labels(f"band_{referral.mode}") if referral.mode != ACTUAL else (),
    )
