"""Plain-language labels for the codes that appear in reasons, and the reason templates, in every language.

One table per kind of code (symptom, exposure, vaccine, exposure category, protocol group, and a flag's
status, risk and actions for display) and one template per reason key. The texts live in the language
files (``kiosk/data/languages/<code>.yaml``, section ``protocol``; see :mod:`kiosk.languages`), one table
each: ``symptoms``, ``exposures``, ``vaccines``, ``evidences``, ``categories``, ``groups``, ``statuses``, ``risks``,
``actions`` and ``templates``. Labels are written for the officer (short noun phrases, lower case: they are
list items in a flag card); the wording of the symptom and exposure labels follows the translated SOP
choices in ``sops/``. English is the reference: the ``evaluate`` JSON carries the English text, and a
missing translation falls back to it. Tests check that every code of :mod:`kiosk.records` has a label in
every shipped language and that every template uses the same placeholders in every language (the
language loader refuses a file whose placeholders differ).
"""

from __future__ import annotations

from collections.abc import Mapping

from kiosk import languages

Labels = Mapping[str, Mapping[str, str]]

SYMPTOM_LABELS: Labels = languages.table("protocol", "symptoms")
EXPOSURE_LABELS: Labels = languages.table("protocol", "exposures")
VACCINE_LABELS: Labels = languages.table("protocol", "vaccines")
"""Also used for a certificate's ``situation_key`` (``yellow_fever``, ``polio``)."""
EVIDENCE_LABELS: Labels = languages.table("protocol", "evidences")
"""A vaccination's ``evidence`` (``kiosk.records.EVIDENCE``)."""
CATEGORY_LABELS: Labels = languages.table("protocol", "categories")
"""Names of ``exposure_categories`` in the shipped protocols; another name is shown as ``<name> risk``
(underscores as spaces)."""
GROUP_LABELS: Labels = languages.table("protocol", "groups")
"""Values of a protocol's ``group``; another value is shown as it is."""
STATUS_LABELS: Labels = languages.table("protocol", "statuses")
"""A flag's ``status`` (rule ``status`` in the protocol files), for display; the JSON keeps the code."""
RISK_LABELS: Labels = languages.table("protocol", "risks")
ACTION_LABELS: Labels = languages.table("protocol", "actions")
"""A flag's ``actions``; a code missing here is shown as it is (``label`` falls back to the code)."""
TEMPLATES: Labels = languages.table("protocol", "templates")
"""Reason key → template per language; ``{name}`` placeholders are the reason's params, rendered by
:func:`kiosk.protocols.reasons.render` (codes become labels, countries ``Guinea (GN)``, numbers use the
language's decimal mark)."""


def label(table: Labels, code: str, language: str = "en") -> str:
    """The label of ``code`` in ``language`` (English if missing there; the code itself if unknown)."""
    labels = table.get(code)
    if labels is None:
        return code
    return labels.get(language) or labels["en"]


__all__ = ["ACTION_LABELS", "CATEGORY_LABELS", "EVIDENCE_LABELS", "EXPOSURE_LABELS", "GROUP_LABELS", "RISK_LABELS",
           "STATUS_LABELS", "SYMPTOM_LABELS", "TEMPLATES", "VACCINE_LABELS", "label"]
