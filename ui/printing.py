"""Referral slips from the window: made and printed in the background after every refer/isolate decision.

The steps of one slip, none on the GUI thread:

1. read the referral, its encounter and record (``ui.tasks``: the database worker);
2. render the slip (``kiosk.referral.slip.make_slip``, signed with the kiosk key) in a separate process
   (:class:`SlipRenderer`): reportlab is pure Python, and a thread of this process rendering a slip
   holds the GIL for long stretches, so every tap on the GUI thread waited behind it (a 200 ms block in
   ``bench/bench_startup.py``). Then hand the PDF to CUPS (``kiosk.referral.printing.print_pdf``: ``lp``,
   or the PDF saved in the fallback folder) on a worker thread of its own, because ``lp`` may take up to
   its timeout and saves must not wait behind it;
3. store the outcome on the Referral row (``kiosk.referral.records.save_print_result``, database worker).

:class:`SlipPrinter` emits ``changed(PrintOutcome)`` at each stage, for the home screen and history.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import math
import multiprocessing
import os
import re
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.errors import KioskError
from kiosk.referral.printing import FAILED, ROLL_MEDIA, PrintResult
from kiosk.services import Services, SlipSetup
from ui.tasks import Tasks

log = logging.getLogger(__name__)

PRINTING = "printing"
REFERRAL_DISPOSITIONS = ("refer", "isolate")
_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*[-\d.]+\s+[-\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]")


@dataclass(frozen=True)
class PrintOutcome:
    """``status``: printing (in progress), printed, saved or failed; ``message`` is for the officer."""

    referral_id: str
    status: str
    message: str
    path: str = ""
    qr_text: str = ""
    """The slip's signed QR text (the PDF's own): shown on screen when the slip is not printed."""
    content: Any = None
    """``kiosk.referral.content.SlipContent``: what the slip says, for the slip on screen."""


def media_options(fmt: str, pdf: bytes) -> tuple[str, ...]:
    """CUPS ``-o`` options for a slip: A6, or an 80 mm roll cut to the slip's own length."""
    if fmt != "80mm":
        return ("media=A6",)
    match = _MEDIA_BOX.search(pdf)
    height_mm = math.ceil(float(match.group(2)) * 25.4 / 72) if match else 297
    return (f"media={ROLL_MEDIA.format(height=height_mm)}",)


def render_pdf(source: Any, setup: SlipSetup) -> tuple[bytes, list[str]]:
    """The slip PDF of ``source`` (a ``kiosk.referral.records.SlipSource``) and its overflow notes (Qt-free)."""
    from kiosk.records import parse_record
    from kiosk.referral.slip import make_slip

    record = parse_record(source.record)
    slip = make_slip(record, source.evaluation, _referral_info(source, setup), setup.directory, setup.key,
                     fmt=setup.format)
    return slip.pdf, [str(item) for item in slip.overflow]


def _referral_info(source: Any, setup: SlipSetup) -> Any:
    from kiosk.referral.slip import ReferralInfo

    return ReferralInfo(referral_id=source.referral_id, issued_at=source.issued_at, officer_id=source.officer_id,
                        kiosk_id=source.kiosk_id, site_language=setup.site_language,
                        traveller_language=source.language, mode=source.mode, exercise_id=source.exercise_id)


def slip_qr_text(source: Any, setup: SlipSetup) -> str:
    """The signed QR text of the slip of ``source``: the payload ``make_slip`` puts on the PDF (the same
    claims builder, and Ed25519 signatures are deterministic), for the on-screen slip (Qt-free)."""
    from kiosk.referral.qr import sign_slip
    from kiosk.referral.slip import claims_for, primary_assessment

    claims = claims_for(_referral_info(source, setup), primary_assessment(source.evaluation), setup.directory)
    return sign_slip(claims, setup.key)


def slip_content_of(source: Any, setup: SlipSetup, officer_language: str) -> Any:
    """What the slip of ``source`` says, in the traveller's language and the officer's (Qt-free): the
    slip's own content builder, for the slip on screen."""
    from kiosk.records import parse_record
    from kiosk.referral.content import slip_content

    return slip_content(parse_record(source.record), source.evaluation, _referral_info(source, setup),
                        setup.directory, officer_language)


def _render_in_child(source: Any, setup: SlipSetup, key: bytes) -> tuple[bytes, list[str]]:
    """Runs in the renderer process: the key crosses as raw bytes (key objects do not pickle)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return render_pdf(source, dataclasses.replace(setup, key=Ed25519PrivateKey.from_private_bytes(key)))


def _start_renderer(parent_alive: Any) -> None:
    """Runs as the renderer process starts: low priority, and an end with its parent."""
    _background_priority()
    threading.Thread(target=_exit_with_parent, args=(parent_alive,), name="parent-watch", daemon=True).start()


def _background_priority() -> None:
    """A slip may wait, the officer's taps may not (two-core terminals)."""
    with contextlib.suppress(AttributeError, OSError):  # not on this platform or not allowed: normal priority
        os.nice(10)


def _exit_with_parent(parent_alive: Any) -> None:
    """Block on the read end of a pipe whose only write end the window holds: when the window's process
    ends in any way (SIGKILL included) the kernel closes it, ``recv`` sees end-of-file and the renderer
    exits. (``PR_SET_PDEATHSIG`` would fire when the *thread* that started the process ends, and the
    pool starts it from whichever worker thread submits first.)"""
    with contextlib.suppress(EOFError, OSError):
        while True:
            parent_alive.recv()
    os._exit(0)


def _warm_up() -> None:
    """Runs in the renderer process: import the slip code before the first slip is needed."""
    import kiosk.referral.slip  # noqa: F401


class SlipRenderer:
    """Renders slips in one separate process (spawned on first use, kept for the next slips).

    If the process cannot be started or dies, the slip is rendered in the calling thread instead, so a
    slip is never lost to the optimisation."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._closed = False
        self._warming: Future[None] | None = None
        self._alive: Any = None
        """The write end of the pipe the renderer watches (see :func:`_exit_with_parent`)."""

    def _executor(self) -> ProcessPoolExecutor | None:
        with self._lock:
            if self._pool is None and not self._closed:
                context = multiprocessing.get_context("spawn")
                reader, self._alive = context.Pipe(duplex=False)
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_start_renderer,
                                                 initargs=(reader,))
            return self._pool

    def process_ids(self) -> list[int]:
        """The renderer processes running now (for tests and the self-test)."""
        pool = self._pool
        return list(getattr(pool, "_processes", None) or {}) if pool is not None else []

    def warm_up(self) -> None:
        """Start the process and load the slip code in it (any thread; returns at once)."""
        try:
            pool = self._executor()
            if pool is not None:
                self._warming = pool.submit(_warm_up)
        except (OSError, RuntimeError, BrokenProcessPool) as error:
            log.warning("slip renderer process not started: %s", error)

    def check(self, timeout: float = 60.0) -> str | None:
        """None when the renderer process starts and loads the slip code; else why not (self-test)."""
        self.warm_up()
        if self._warming is None:
            return "the renderer process could not be started"
        try:
            self._warming.result(timeout=timeout)
        except Exception as error:
            return f"{type(error).__name__}: {error}"
        return None

    @property
    def warm(self) -> bool:
        """The process is up with the slip code loaded (or warming up was not asked for, or failed)."""
        return self._warming is None or self._warming.done()

    def render(self, source: Any, setup: SlipSetup) -> tuple[bytes, list[str]]:
        """Blocks the calling (worker) thread, not the GIL, while the process renders."""
        from cryptography.hazmat.primitives import serialization

        raw = setup.key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                      serialization.NoEncryption())
        try:
            pool = self._executor()
            if pool is not None:
                return pool.submit(_render_in_child, source, dataclasses.replace(setup, key=None), raw).result()
        except (OSError, RuntimeError, BrokenProcessPool) as error:
            log.warning("slip renderer process failed (%s): rendering in this process", error)
            with self._lock:
                self._pool = None
        return render_pdf(source, setup)

    def shutdown(self) -> None:
        """Stop the renderer process at once, not waiting for it: a process still starting (importing
        reportlab with cold caches) took more than 10 s, and the kiosk must stop within 2 s."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                with contextlib.suppress(OSError, ValueError):
                    process.kill()
            pool.shutdown(wait=True, cancel_futures=True)  # quick once the process is gone: frees its queues
        if self._alive is not None:
            self._alive.close()
            self._alive = None


def render_and_print(source: Any, setup: SlipSetup, renderer: SlipRenderer | None = None) -> PrintResult:
    """Make the slip of ``source`` (in ``renderer``'s process when given) and print or save it (Qt-free)."""
    from kiosk.referral.printing import print_pdf

    pdf, overflow = renderer.render(source, setup) if renderer is not None else render_pdf(source, setup)
    if overflow:
        log.warning("slip %s: text wider than its frame: %s", source.referral_id, overflow[:3])
    config = dataclasses.replace(setup.print_config,
                                 options=(*setup.print_config.options, *media_options(setup.format, pdf)))
    return print_pdf(pdf, f"slip-{source.referral_id}", config)


class SlipPrinter(QObject):
    """Prints the slip of every referral the window completes; reprints on request."""

    changed = Signal(object)
    """A :class:`PrintOutcome` (the status of one referral's slip changed)."""

    def __init__(self, services: Services, tasks: Tasks, parent: QObject | None = None,
                 officer_language: str = "en") -> None:
        super().__init__(parent)
        if services.slips is None:
            raise ValueError("services have no slip set-up")
        self.officer_language = officer_language
        """The gloss language of the slip on screen (the traveller's is the slip's own)."""
        self.services = services
        self.setup = services.slips
        self.tasks = tasks
        self.worker = Tasks(self)  # render + lp: a thread of their own, never the database worker
        self.renderer = SlipRenderer()
        self.worker.run(self.renderer.warm_up)  # the process starts now, off the GUI thread
        self.in_progress: set[str] = set()

    def on_completed(self, completed: Any) -> None:
        """Slot for ``ScreeningController.completed``: print when the decision made a referral."""
        if completed.referral_id and completed.disposition in REFERRAL_DISPOSITIONS:
            self.print_referral(completed.referral_id)

    def print_referral(self, referral_id: str) -> bool:
        """Print (or reprint) the slip of ``referral_id``; False when it is already on its way."""
        if referral_id in self.in_progress:
            return False
        from kiosk.referral.records import slip_source

        self.in_progress.add(referral_id)
        self.changed.emit(PrintOutcome(referral_id, PRINTING, self.tr("Printing the referral slip…")))
        store = self.services.store
        self.tasks.run(lambda: slip_source(store, referral_id), self._render,
                       lambda error: self._failed(referral_id, error))
        return True

    def _render(self, source: Any) -> None:
        setup, renderer, officer = self.setup, self.renderer, self.officer_language
        self.worker.run(lambda: (render_and_print(source, setup, renderer), slip_qr_text(source, setup),
                                 slip_content_of(source, setup, officer)),
                        lambda done: self._save(source.referral_id, *done),
                        lambda error: self._failed(source.referral_id, error))

    def _failed(self, referral_id: str, error: BaseException) -> None:
        if not isinstance(error, KioskError):
            log.error("slip %s could not be made", referral_id, exc_info=error)
        detail = str(error) if isinstance(error, KioskError) else type(error).__name__
        self._save(referral_id, PrintResult(FAILED, self.tr("The slip could not be made: %1").replace("%1", detail)))

    def _save(self, referral_id: str, result: PrintResult, qr_text: str = "", content: Any = None) -> None:
        from kiosk.referral.records import save_print_result

        store, now = self.services.store, self.services.clock.now()
        outcome = PrintOutcome(referral_id, result.status, result.message, str(result.path or ""), qr_text,
                               content)

        def done(_: Any = None) -> None:
            self.in_progress.discard(referral_id)
            self.changed.emit(outcome)

        def not_saved(error: BaseException) -> None:
            log.error("print status of %s not stored", referral_id, exc_info=error)
            done()

        self.tasks.run(lambda: save_print_result(store, referral_id, result, now), done, not_saved)

    @property
    def pending(self) -> int:
        """Slips not yet finished (tests wait for 0)."""
        return len(self.in_progress)

    def shutdown(self) -> None:
        """Stop without waiting: the kiosk must stop within 2 s. A slip being rendered or printed at that
        moment is not finished; its referral is stored and the slip is printed again from history."""
        self.renderer.shutdown()
        self.worker.shutdown(wait=False)
