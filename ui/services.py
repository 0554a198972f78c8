"""The core objects one kiosk window works with, built from the configuration (no Qt here).

Everything the screens do to data goes through these objects, called from ``ui.tasks`` only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from kiosk.auth import AuthService
from kiosk.clock import Clock, SystemClock
from kiosk.config import Config
from kiosk.screening import KioskContext, Rules, ScreeningService, SiteInfo
from kiosk.store import Store, open_store
from kiosk.store import models as m

log = logging.getLogger(__name__)

PRIMARY_SOP = "primary"
SECONDARY_SOP = "secondary"


@dataclass(frozen=True)
class ConnectionStatus:
    """What the connection indicator shows. Fed by ``kiosk.alerts.transport.DeliveryStatus`` once the
    publisher runs in the window; until then ``online`` is False and ``queued`` counts the outbox."""

    online: bool
    queued: int
    last_error: str = ""


@dataclass
class Services:
    store: Store
    clock: Clock
    context: KioskContext
    screening: ScreeningService
    auth: AuthService
    languages: tuple[str, ...] = ("en", "fr", "pt", "ar")
    idle_minutes: float = 5.0
    delivery_status: Callable[[], Any] | None = None
    """Returns a DeliveryStatus-like object (``online``, ``queued``, ``last_error``), or None."""
    sops: dict[str, Any] = field(default_factory=dict)

    def sop(self, sop_id: str) -> Any:
        """The SOP by id (loaded once; the loader validates it)."""
        if sop_id not in self.sops:
            from kiosk.sop import load_sop, shipped_sops

            self.sops[sop_id] = shipped_sops().get(sop_id) or load_sop(sop_id)
        return self.sops[sop_id]

    def connection(self) -> ConnectionStatus:
        """The connection indicator's state: the transport's, else an honest "offline, N queued"."""
        if self.delivery_status is not None:
            status = self.delivery_status()
            return ConnectionStatus(bool(status.online), int(status.queued), str(status.last_error or ""))
        return ConnectionStatus(False, queued_alerts(self.store))

    def close(self) -> None:
        self.store.close()


def queued_alerts(store: Store) -> int:
    """Alerts in the outbox not yet acknowledged by the hub."""
    with store.reading() as session:
        return session.scalar(
            select(func.count()).select_from(m.OutboxMessage).where(m.OutboxMessage.status.in_(("queued", "sent")))
        ) or 0


def build_services(config: Config, clock: Clock | None = None, rules: Rules | None = None) -> Services:
    """Open (and migrate) the database, load the rules and make sure the site row exists."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    store = open_store(config.database_url)
    clock = clock or SystemClock()
    site = config.site
    context = KioskContext(SiteInfo(site.id, site.name, site.kind, site.country), config.kiosk.id, config.kiosk.mode,
                           "configured" if config.kiosk.mode == "exercise" else None)
    screening = ScreeningService(store, clock, rules or Rules.shipped(), context)
    screening.ensure_site()
    services = Services(store=store, clock=clock, context=context, screening=screening,
                        auth=AuthService(store, clock, context), languages=config.kiosk.languages,
                        idle_minutes=config.kiosk.idle_sign_out_minutes)
    preload(services)
    return services


def preload(services: Services) -> None:
    """Load what the screens need later (SOPs, the country list) now, off the GUI thread."""
    from kiosk.records import countries
    from kiosk.sop import shipped_sops

    available = shipped_sops()
    for sop_id in (PRIMARY_SOP, SECONDARY_SOP):
        if sop_id in available:
            services.sop(sop_id)
    countries()
