"""Typed domain errors whose message is written for the person at the screen or the terminal."""

from __future__ import annotations


class KioskError(Exception):
    """A failure the user can act on; ``str(error)`` is the one line the CLI prints."""


class InputError(KioskError, ValueError):
    """Bad input, naming the field that is wrong (``field`` uses dots: ``itinerary[0].left``)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.reason = message
        super().__init__(f"{field}: {message}" if field else message)


class DataFileError(KioskError):
    """One or more problems in a data file, each as ``file:line: message``."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(problems[0] if len(problems) == 1 else f"{len(problems)} problems:\n" + "\n".join(problems))


class NotFound(KioskError):
    """A requested object (encounter, officer, referral…) does not exist."""
