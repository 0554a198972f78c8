"""The site file: what every kiosk of one point of entry shares (``site.schema.json``).

Read with :func:`kiosk.datafiles.load_data_file`, so every mistake is reported as ``file:line: message``.
Only the structure is checked here; the values are checked as the kiosk's configuration they become
(:func:`kiosk.config.parse_config`), so the site file and ``kiosk.toml`` cannot disagree on what is valid.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.datafiles import load_data_file
from kiosk.errors import DataFileError

SCHEMA = "kiosk/provisioning/site.schema.json"


@dataclass(frozen=True)
class SiteFile:
    path: Path
    data: dict[str, Any]

    def table(self, name: str) -> dict[str, Any]:
        return dict(self.data.get(name) or {})

    @property
    def site_id(self) -> str:
        return str(self.data["site"]["id"])

    @property
    def country(self) -> str:
        return str(self.data["site"]["country"])

    @property
    def referral_directory(self) -> Path | None:
        """The referral directory file it names, relative to the site file; None for the shipped demo."""
        directory = self.table("referral").get("directory")
        if not directory:
            return None
        path = Path(directory).expanduser()
        return path if path.is_absolute() else self.path.parent / path


def load_site(path: Path | str) -> SiteFile:
    """Read and check a site file; DataFileError lists every problem with its line."""
    loaded = load_data_file(path, SCHEMA)
    if not isinstance(loaded.data, dict):  # the schema says object; this keeps type checkers honest
        raise DataFileError([f"{path}:1: a site file is a mapping"])
    return SiteFile(Path(path), loaded.data)
