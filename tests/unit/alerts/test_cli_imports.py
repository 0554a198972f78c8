"""``poe-kiosk`` builds its parser from every area's ``commands`` module: the alerts and hub ones must not
load paho, SQLAlchemy or lxml just to add their sub-commands (that cost every command ~1.7 s)."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("paho", "sqlalchemy", "lxml", "kiosk.alerts.transport", "kiosk.alerts.outbox", "kiosk.hub.ingest")


def _loaded_after(code: str) -> list[str]:
    """Heavy modules present in a fresh interpreter after ``code`` (a fresh one: this one has them all)."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_alerts_and_hub_commands_register_without_heavy_imports() -> None:
    code = (
        "import argparse\n"
        "import kiosk.alerts.commands, kiosk.hub.commands\n"
        "sub = argparse.ArgumentParser().add_subparsers()\n"
        "kiosk.alerts.commands.register(sub)\n"
        "kiosk.hub.commands.register(sub)\n"
    )
    assert _loaded_after(code) == []


def test_building_the_whole_cli_parser_loads_neither_paho_nor_sqlalchemy() -> None:
    loaded = _loaded_after("import kiosk.cli\nkiosk.cli.build_parser()")
    assert "paho" not in loaded and "sqlalchemy" not in loaded, loaded


def test_the_probe_sees_heavy_imports_when_they_happen() -> None:
    """Positive control: the check above would notice paho and SQLAlchemy being imported."""
    loaded = _loaded_after("import kiosk.alerts.transport")
    assert {"paho", "sqlalchemy", "kiosk.alerts.transport"} <= set(loaded), loaded
