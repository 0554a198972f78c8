"""Qt-free core of the point-of-entry health screening kiosk.

Nothing under ``kiosk`` imports PySide6 or ``ui``: the CLI, the hub services, load generation and the
window all share this core (a test enforces the rule).
"""

__version__ = "0.1.0"
