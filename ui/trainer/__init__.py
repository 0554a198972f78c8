"""The trainer console window (``poe-kiosk exercise console``): shows :mod:`kiosk.training.console`."""
