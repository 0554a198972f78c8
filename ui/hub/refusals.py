"""What the hub console says when the core refuses something, in the officer's language.

The core (``kiosk.hub``) words its refusals in English for the CLI and the logs. The console shows them
translated: a refusal that carries its English ``template`` and ``values`` (``kiosk.hub.assessment``) is
translated from the template; the triage refusals of ``kiosk.hub.console`` are recognised by their type
and field (:data:`INPUT_REFUSALS`); anything else is shown as the core wrote it, or by its type.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TR_NOOP

from kiosk.auth import PermissionDenied
from kiosk.errors import InputError, KioskError, NotFound
from kiosk.hub.assessment import fill
from kiosk.hub.console import TRIAGE_STATES, TriageConflict
from ui.hub.views.parts import state_name, tr

FIELD_NAMES = {"officer": QT_TR_NOOP("Officer"), "note": QT_TR_NOOP("Note"), "outcome": QT_TR_NOOP("Outcome"),
               "state": QT_TR_NOOP("Triage")}
INPUT_REFUSALS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"enter the surveillance officer's name"), QT_TR_NOOP("enter the surveillance officer's name")),
    (re.compile(r"at most (\d+) characters \((\d+) given\)"), QT_TR_NOOP("at most %1 characters (%2 given)")),
    (re.compile(r"the name contains control characters"), QT_TR_NOOP("the name contains control characters")),
    (re.compile(r"an alert that is (\w+) cannot become (\w+)"), QT_TR_NOOP("an alert that is %1 cannot become %2")),
    (re.compile(r"write the note to add"), QT_TR_NOOP("write the note to add")),
    (re.compile(r"an outcome is recorded only when the alert is closed"),
     QT_TR_NOOP("an outcome is recorded only when the alert is closed")),
)
"""``kiosk.hub.console``'s input refusals (what its ``reason`` starts with) → their translatable words;
``%1``… are the pattern's groups (a triage state is shown by its name)."""


def refusal_text(error: BaseException) -> str:
    """What the officer reads for ``error``: translated when the console knows it (see the module)."""
    template = getattr(error, "template", None)
    if isinstance(template, str):
        return fill(tr(template), tuple(getattr(error, "values", ())))
    if isinstance(error, TriageConflict):
        return _conflict(str(error))
    if isinstance(error, NotFound):
        return tr("This alert is not in the hub database.")
    if isinstance(error, PermissionDenied):
        return _permission_refusal(str(error))
    if isinstance(error, InputError) and (text := _input_refusal(error)):
        return text
    if isinstance(error, KioskError):
        text = str(error)
        return text[:1].upper() + text[1:]
    return f"{type(error).__name__}: {str(error).splitlines()[0][:200] if str(error) else ''}"


_ROLE_REFUSAL = re.compile(r"^(.+) \S+ may not .+$")
_JURISDICTION_REFUSAL = re.compile(r"^(\S+) is not in the jurisdiction of \S+$")
_CHANGED_ACCOUNT = re.compile(r"^the account of \S+ has changed")


def _permission_refusal(text: str) -> str:
    """``kiosk.hub.accounts``' refusals: the role may not, outside the jurisdiction, the account changed."""
    from kiosk.hub.accounts import ROLE_LABELS
    from ui.hub.signin import role_name

    if found := _ROLE_REFUSAL.match(text):
        roles = {label: key for key, label in ROLE_LABELS.items()}
        role = role_name(roles.get(found.group(1), found.group(1)))
        return fill(tr("Your role (%1) does not allow this."), (role,))
    if found := _JURISDICTION_REFUSAL.match(text):
        return fill(tr("%1 is not in your jurisdiction."), (found.group(1),))
    if _CHANGED_ACCOUNT.match(text):
        return tr("Your account has changed: sign in again.")
    return tr("You are not allowed to do this.")


_CONFLICT = re.compile(r"the alert is now (\w+) by (.+) at (.+) UTC;")


def _conflict(text: str) -> str:
    """``kiosk.hub.console``'s two conflicts: changed since the officer looked (by whom, when), or at the
    same moment."""
    found = _CONFLICT.match(text)
    if found is None:
        return tr("Another officer changed this alert since you looked; look at it again before changing it.")
    state, officer, at = found.groups()
    return fill(tr("The alert is now %1 by %2 at %3 UTC; look at it again before changing it."),
                (state_name(state).lower(), officer, at))


def _input_refusal(error: InputError) -> str:
    for pattern, words in INPUT_REFUSALS:
        found = pattern.match(error.reason)
        if found:
            values = tuple(state_name(value) if value in TRIAGE_STATES else value for value in found.groups())
            text = fill(tr(words), values)
            field = FIELD_NAMES.get(error.field)
            text = tr("%1: %2").replace("%1", tr(field)).replace("%2", text) if field else text
            return text[:1].upper() + text[1:]
    return ""

