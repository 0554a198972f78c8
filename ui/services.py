"""Moved to :mod:`kiosk.services` (Qt-free: the window, the CLI and the benchmarks share it); kept for
imports from before the move."""

from kiosk.services import (  # noqa: F401
    PRIMARY_SOP,
    SECONDARY_SOP,
    ConnectionStatus,
    Services,
    SlipSetup,
    attach_delivery,
    broker_settings,
    build_services,
    dead_letters,
    outbox_counts,
    preload,
    provision_kiosk_key,
    queued_alerts,
    restore_situation,
    slip_setup,
    status_from_delivery,
)
