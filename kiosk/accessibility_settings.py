"""The kiosk's accessibility settings, chosen by an officer on the home screen and kept across restarts in
the data directory (``accessibility.json``, beside the database): the high-contrast theme and whether the
traveller's questions are read aloud. Both are off until an officer turns them on.

A file that cannot be read is refused with a message naming the file and the setting; the kiosk then
starts with both off and says why on the home screen.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from kiosk.errors import KioskError
from kiosk.private_files import write_private

FILE_NAME = "accessibility.json"


class AccessibilitySettingsError(KioskError):
    """``accessibility.json`` is not what this version writes."""


@dataclass(frozen=True)
class AccessibilitySettings:
    high_contrast: bool = False
    """The high-contrast palette (text ≥ 7:1, thick borders and focus rings) instead of the normal one."""
    spoken_questions: bool = False
    """Read each traveller question aloud in the traveller's language, where a voice exists."""


def load(folder: Path | None) -> AccessibilitySettings:
    """The settings saved in ``folder`` (defaults when there is no folder or no file yet)."""
    if folder is None or not (folder / FILE_NAME).exists():
        return AccessibilitySettings()
    path = folder / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise AccessibilitySettingsError(f"{path}: not readable JSON ({error})") from None
    return parse(data, str(path))


def parse(data: object, where: str = FILE_NAME) -> AccessibilitySettings:
    """Settings from the JSON object ``data``; anything else is refused naming ``where`` and the key."""
    if not isinstance(data, dict):
        raise AccessibilitySettingsError(f"{where}: must be a JSON object, not {type(data).__name__}")
    known = {item.name for item in fields(AccessibilitySettings)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise AccessibilitySettingsError(f"{where}: unknown setting {', '.join(map(str, unknown))} "
                                         f"(known: {', '.join(sorted(known))})")
    for key, value in data.items():
        if not isinstance(value, bool):
            raise AccessibilitySettingsError(f"{where}: {key} must be true or false, not {value!r}")
    return AccessibilitySettings(**data)


def save(folder: Path | None, settings: AccessibilitySettings) -> None:
    """Keep ``settings`` in ``folder`` (nothing is written without a data directory: test set-ups)."""
    if folder is not None:
        write_private(folder / FILE_NAME, json.dumps(asdict(settings), indent=2) + "\n")
