"""Core subcommands: ``validate`` (data files) and ``evaluate`` (one screening record)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Filled in with the protocol engine."""
