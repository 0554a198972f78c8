"""The core objects one kiosk works with, built from the configuration (no Qt): the window, the CLI
and the benchmarks wire them the same way (:func:`build_services`, :func:`core_services`).

Everything the screens do to data goes through these objects (in the window, from ``ui.tasks`` only).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kiosk.auth import AuthService
from kiosk.clock import Clock, SystemClock
from kiosk.config import LANGUAGES as DEFAULT_LANGUAGES
from kiosk.config import Config
from kiosk.exercises import ExerciseService
from kiosk.screening import KioskContext, Rules, ScreeningService, SiteInfo
from kiosk.store import Store, open_store
from kiosk.store import models as m

log = logging.getLogger(__name__)

PRIMARY_SOP = "primary"
SECONDARY_SOP = "secondary"


@dataclass(frozen=True)
class ConnectionStatus:
    """What the connection indicator and the delivery card show (plain data, made off the GUI thread).

    ``queued`` counts alerts not yet acknowledged by the hub (waiting on the kiosk + at the broker).
    ``configured`` is False when no broker URL is configured: nothing is being sent, say so.
    """

    online: bool
    queued: int
    last_error: str = ""
    configured: bool = True
    waiting: int = 0
    """Not yet taken by the broker."""
    at_broker: int = 0
    acked: int = 0
    dead: int = 0
    last_ack_at: dt.datetime | None = None
    situation_version: str | None = None
    situation_warning: str = ""
    exercise: Any = None
    """``kiosk.alerts.transport.ModeCounts`` of the exercise and test alerts (never in the counts above)."""


def status_from_delivery(status: Any) -> ConnectionStatus:
    """A :class:`ConnectionStatus` from the publisher's ``DeliveryStatus`` snapshot (no database): the real
    alerts' counts, the exercise and test alerts' apart (``exercise``)."""
    apart = getattr(status, "exercise", None)

    def real(name: str) -> int:
        return max(0, int(getattr(status, name)) - (int(getattr(apart, name)) if apart is not None else 0))

    return ConnectionStatus(
        online=bool(status.online), queued=real("queued") + real("at_broker"),
        last_error=str(status.last_error or ""), configured=True, waiting=real("queued"),
        at_broker=real("at_broker"), acked=real("acked"), dead=real("dead"),
        last_ack_at=status.last_ack_at, situation_version=status.situation_version,
        situation_warning=str(status.situation_warning or ""), exercise=apart,
    )


@dataclass(frozen=True)
class SlipSetup:
    """How this kiosk makes and prints referral slips."""

    directory: Any
    """``kiosk.referral.directory.Directory`` of this point of entry."""
    key: Any
    """The kiosk's Ed25519 private key (signs the slip QR)."""
    print_config: Any
    """``kiosk.referral.printing.PrintConfig``."""
    format: str = "a6"
    site_language: str = ""


@dataclass
class Services:
    store: Store
    clock: Clock
    context: KioskContext
    """The kiosk as configured (site, kiosk id, configured mode); the mode in force, which an exercise
    changes, is ``screening.context``."""
    screening: ScreeningService
    auth: AuthService
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    idle_minutes: float = 5.0
    delivery_status: Callable[[], Any] | None = None
    """Returns a DeliveryStatus-like object (``online``, ``queued``, ``last_error``), or None."""
    sops: dict[str, Any] = field(default_factory=dict)
    publisher: Any = None
    """``kiosk.alerts.transport.Publisher`` when a broker is configured (see :func:`attach_delivery`)."""
    hub_configured: bool = False
    slips: SlipSetup | None = None
    """None: referral slips are not printed by this window (tests of other screens)."""
    warnings: list[str] = field(default_factory=list)
    """Set-up problems the officer should see on the home screen (not fatal)."""
    data_dir: Path | None = None
    """Where the database, keys and trust lists live (None for in-memory test set-ups)."""
    exercises: Any = None
    """``kiosk.exercises.ExerciseService``: trainers switch the kiosk into exercise mode and back."""
    repeats: Any = None
    """``kiosk.repeats.RepeatCheck``: the same document seen here before (None: no repeat warnings)."""

    def sop(self, sop_id: str) -> Any:
        """The SOP by id (loaded once; the loader validates it)."""
        if sop_id not in self.sops:
            from kiosk.sop import check_languages, load_sop, shipped_sops

            sop = shipped_sops().get(sop_id) or load_sop(sop_id)
            check_languages(sop, self.languages)  # a clear error naming every text an enabled language lacks
            self.sops[sop_id] = sop
        return self.sops[sop_id]

    def connection(self) -> ConnectionStatus:
        """The connection indicator's state: the publisher's snapshot, else an honest count from the outbox."""
        status = self.publisher.status() if self.publisher is not None else (
            self.delivery_status() if self.delivery_status is not None else None)
        if status is not None and hasattr(status, "at_broker"):
            return status_from_delivery(status)
        if status is not None:
            return ConnectionStatus(bool(status.online), int(status.queued), str(status.last_error or ""))
        from kiosk.alerts.transport import ModeCounts

        counts, apart = outbox_counts(self.store, real=True), outbox_counts(self.store, real=False)
        return ConnectionStatus(
            online=False, queued=counts.get("queued", 0) + counts.get("sent", 0), configured=self.hub_configured,
            waiting=counts.get("queued", 0), at_broker=counts.get("sent", 0), acked=counts.get("acked", 0),
            dead=counts.get("dead", 0), situation_version=real_rules(self).situation.version,
            exercise=ModeCounts(apart.get("queued", 0), apart.get("sent", 0), apart.get("acked", 0),
                                apart.get("dead", 0)),
        )

    def start_delivery(self) -> None:
        """Start the publisher (connects in the background, retrying); nothing without a broker."""
        if self.publisher is not None:
            self.publisher.start()

    def close(self) -> None:
        """Stop the publisher (says ``offline`` to the broker), then close the database."""
        if self.publisher is not None:
            try:
                self.publisher.stop(timeout=5)
            except Exception:  # closing must go on: the database still has to be closed
                log.exception("the alert publisher did not stop cleanly")
            self.publisher = None
        self.store.close()


def outbox_counts(store: Store, real: bool | None = None) -> dict[str, int]:
    """Outbox rows by status (queued, sent, acked, dead): all of them, or (``real``) the real alerts alone,
    or (``real=False``) the exercise and test alerts alone."""
    from kiosk.alerts.transport import NOT_REAL

    with store.reading() as session:
        om = m.OutboxMessage
        query = select(om.status, func.count()).group_by(om.status)
        if real is not None:
            query = query.where(om.mode.not_in(NOT_REAL) if real else om.mode.in_(NOT_REAL))
        return dict(session.execute(query).all())


def queued_alerts(store: Store) -> int:
    """Alerts in the outbox not yet acknowledged by the hub."""
    with store.reading() as session:
        return session.scalar(
            select(func.count()).select_from(m.OutboxMessage).where(m.OutboxMessage.status.in_(("queued", "sent")))
        ) or 0


def dead_letters(store: Store) -> list[tuple[str, int | None, str, dt.datetime]]:
    """Refused alerts for the officer: ``(topic, reason code, reason, created_at)``, newest first."""
    from kiosk.alerts.outbox import dead_letters as rows

    with store.reading() as session:
        return [(row.topic, row.reason_code, row.last_error or "", row.created_at) for row in rows(session)]


def attach_delivery(services: Services, settings: Any, hub_public_key: str = "", *,
                    reconnect_delay: tuple[float, float] = (0.5, 30.0), **publisher_options: Any) -> None:
    """Create (not start) the publisher for ``settings`` (a ``BrokerSettings``) with signed situation updates.

    A bundle from the hub signed by one of the keys of ``hub_public_key`` (comma-separated while the
    hub changes its key) and newer than the situation in force replaces it (``Rules.replace_situation``);
    without a key every bundle is refused and the officer is told.
    ``publisher_options`` go to ``Publisher`` (e.g. ``resend_after``).
    """
    from kiosk.alerts.situation_updates import SituationUpdates, load_public_keys
    from kiosk.alerts.transport import Publisher
    from kiosk.errors import KioskError

    rules = real_rules(services)
    keys = None
    if hub_public_key:
        try:
            keys = load_public_keys(hub_public_key)
        except KioskError as error:
            services.warnings.append(f"Situation updates are refused: {error}")
    updates = SituationUpdates(services.store, keys, rules.replace_situation, in_force=rules.situation,
                               protocols=rules.catalog.codes, clock=services.clock)
    services.publisher = Publisher(services.store, settings, services.context, situation_version=rules.situation.version,
                                   situation_updates=updates, reconnect_delay=reconnect_delay, **publisher_options)
    services.hub_configured = True


def broker_settings(config: Config) -> Any:
    """``BrokerSettings`` from the ``[broker]`` table; None when no broker URL is configured."""
    from kiosk.alerts.transport import BrokerSettings

    broker = config.broker
    if not broker.url:
        return None
    return BrokerSettings(url=broker.url, username=broker.username or None, password=broker.password or None,
                          ca_file=broker.ca_file or None, cert_file=broker.cert_file or None,
                          key_file=broker.key_file or None)


def real_rules(services: Services) -> Rules:
    """The kiosk's own rules: not an exercise's scenario situation in force at the moment (``kiosk.exercises``)."""
    exercises = services.exercises
    return exercises.real_rules if exercises is not None else services.screening.rules


def restore_situation(services: Services) -> None:
    """Put the situation last activated from the hub back in force (it survives a restart offline),
    unless the configured one is newer (``situation_updates.situation_at_start``)."""
    from kiosk.alerts.situation_updates import situation_at_start

    rules = real_rules(services)
    rules.replace_situation(situation_at_start(services.store, rules.situation, protocols=rules.catalog.codes))


def provision_kiosk_key(folder: Path, kiosk_id: str) -> Any:
    """The kiosk's slip-signing key (``kiosk.referral.qr.ensure_kiosk_key``: made on first run)."""
    from kiosk.referral.qr import KIOSK_KEY_FILE, ensure_kiosk_key

    if not (folder / KIOSK_KEY_FILE).exists():
        log.info("making the kiosk's slip-signing key in %s", folder)
    return ensure_kiosk_key(folder, kiosk_id)


def slip_setup(config: Config) -> tuple[SlipSetup, list[str]]:
    """The referral directory, the kiosk key and the printer settings; plus warnings for the officer."""
    from kiosk.referral.directory import load_directory
    from kiosk.referral.printing import PrintConfig

    directory = load_directory(config.referral.directory)
    warnings = []
    if directory.point_of_entry.id != config.site.id:
        warnings.append(f"The referral directory is for {directory.point_of_entry.id}, but this kiosk is "
                        f"configured for {config.site.id}: slips name {directory.point_of_entry.name}.")
    # the media option depends on each slip (a roll slip is as long as its content): ui.printing adds it
    printing = PrintConfig(queue=config.printer.queue, fallback_dir=config.printer.fallback_folder)
    key = provision_kiosk_key(config.referral_dir, config.kiosk.id)
    return SlipSetup(directory, key, printing, config.printer.format, config.referral.site_language), warnings


def core_services(store: Store, context: KioskContext, clock: Clock | None = None, rules: Rules | None = None,
                  **options: Any) -> Services:
    """The screening, sign-in and exercise services over ``store`` (the site row made if missing): the one
    wiring of the window (:func:`build_services`), the CLI (``poe-kiosk screening run``) and the benchmarks.
    ``options`` are further :class:`Services` fields (``languages``, ``idle_minutes``, ``data_dir``...)."""
    clock = clock or SystemClock()
    screening = ScreeningService(store, clock, rules or Rules.shipped(), context)
    screening.ensure_site()
    return Services(store=store, clock=clock, context=context, screening=screening,
                    auth=AuthService(store, clock, context), exercises=ExerciseService(screening, clock), **options)


def build_services(config: Config, clock: Clock | None = None, rules: Rules | None = None) -> Services:
    """Open (and migrate) the database, load the rules and make sure the site row exists."""
    from kiosk import languages as language_registry
    from kiosk.private_files import private_dir
    from kiosk.store.integrity import check_kiosk_database, is_provisioned

    language_registry.check_complete((*config.kiosk.languages, config.kiosk.officer_language))
    private_dir(config.data_dir)
    check_kiosk_database(config.database_path, provisioned=is_provisioned(config.data_dir))
    site = config.site
    context = KioskContext(SiteInfo(site.id, site.name, site.kind, site.country), config.kiosk.id, config.kiosk.mode,
                           "configured" if config.kiosk.mode == "exercise" else None)
    services = core_services(open_store(config.database_url), context, clock, rules, languages=config.kiosk.languages,
                             idle_minutes=config.kiosk.idle_sign_out_minutes, data_dir=config.data_dir)
    restore_situation(services)
    services.slips, warnings = slip_setup(config)
    from kiosk.repeats import RepeatCheck

    services.repeats = RepeatCheck.for_folder(config.referral_dir)  # its key beside the slip-signing key
    services.warnings.extend(warnings)
    settings = broker_settings(config)
    if settings is not None:
        attach_delivery(services, settings, config.broker.hub_public_key)
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
