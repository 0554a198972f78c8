"""PySide6 presentation of the kiosk, the hub console and the trainer console."""
