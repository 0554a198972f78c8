"""Screening SOPs as data, and the state machine that walks a traveller through one.

>>> from kiosk.sop import SopRun, load_sop
>>> run = SopRun(load_sop("primary"))
>>> run.answer_many({"temperature": 36.6, "red_flags": []})
[]
>>> run.next(), run.is_finished
([], True)
"""

from kiosk.sop.loader import check_languages, load_sop, load_sop_text, shipped_sops
from kiosk.sop.model import END, AltUnit, Choice, Field, FieldError, Rule, Sop, Step, localise
from kiosk.sop.run import Progress, SopRun, resume

__all__ = [
    "END", "AltUnit", "Choice", "Field", "FieldError", "Progress", "Rule", "Sop", "SopRun", "Step",
    "check_languages", "load_sop", "load_sop_text", "localise", "resume", "shipped_sops",
]
