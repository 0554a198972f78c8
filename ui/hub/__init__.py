"""The hub console: the PySide6 window surveillance officers use to receive, triage and report alerts."""
