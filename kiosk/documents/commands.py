"""CLI subcommands of kiosk.documents (filled in by the issue that builds this area)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to poe-kiosk."""
