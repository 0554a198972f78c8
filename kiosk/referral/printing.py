"""Silent printing of slips to the terminal's CUPS queue, with a save-to-folder fallback.

The printer is a hardware seam: everything goes through the ``lp`` command (CUPS), so tests put a fake
``lp`` on PATH. When printing fails (no queue configured, ``lp`` missing, CUPS refusing, a timeout) the
PDF is saved in the fallback folder and the result says so; the slip is never lost.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from kiosk.private_files import private_dir, write_private

log = logging.getLogger(__name__)

PRINTED = "printed"
SAVED = "saved"
FAILED = "failed"
LP_TIMEOUT_S = 20.0
_JOB_ID = re.compile(r"request id is (\S+)")
ROLL_MEDIA = "Custom.80x{height}mm"


@dataclass(frozen=True)
class PrintConfig:
    """Per-terminal printing settings: the CUPS queue (empty: never print) and the fallback folder."""

    queue: str = ""
    fallback_dir: Path | None = None
    options: tuple[str, ...] = ()
    lp_command: str = "lp"
    timeout_s: float = LP_TIMEOUT_S


@dataclass(frozen=True)
class PrintResult:
    """``status`` is printed, saved or failed; ``message`` is for the officer; ``path`` is the saved PDF."""

    status: str
    message: str
    path: Path | None = None
    job_id: str = ""


def print_pdf(pdf: bytes, name: str, config: PrintConfig) -> PrintResult:
    """Send ``pdf`` to the configured queue; on any failure save it as ``<fallback_dir>/<name>.pdf``."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:80] or "slip"
    problem = _send(pdf, safe, config) if config.queue else "no printer queue is configured"
    if isinstance(problem, PrintResult):
        return problem
    log.warning("printing %s failed: %s", safe, problem)
    return _save(pdf, safe, config, problem)


def _send(pdf: bytes, name: str, config: PrintConfig) -> PrintResult | str:
    lp = shutil.which(config.lp_command)
    if lp is None:
        return f"the print command {config.lp_command!r} is not installed"
    command = [lp, "-d", config.queue, "-t", name, *[arg for opt in config.options for arg in ("-o", opt)], "-"]
    try:
        done = subprocess.run(command, input=pdf, capture_output=True, timeout=config.timeout_s, check=False)
    except subprocess.TimeoutExpired:
        return f"the printer did not answer within {config.timeout_s:g} s"
    except OSError as error:
        return f"cannot run {config.lp_command}: {error.strerror}"
    output = done.stdout.decode("utf-8", "replace")
    if done.returncode != 0:
        detail = (done.stderr.decode("utf-8", "replace").strip() or output.strip()).splitlines()
        return f"queue {config.queue} refused the job: {detail[0] if detail else f'exit status {done.returncode}'}"
    match = _JOB_ID.search(output)
    job = match.group(1) if match else ""
    return PrintResult(PRINTED, f"Sent to printer {config.queue}" + (f" (job {job})" if job else ""), None, job)


def _save(pdf: bytes, name: str, config: PrintConfig, reason: str) -> PrintResult:
    if config.fallback_dir is None:
        return PrintResult(FAILED, f"Not printed ({reason}) and no folder is configured to save it")
    try:
        folder = Path(config.fallback_dir)
        if not folder.exists():
            private_dir(folder)
        path = write_private(folder / f"{name}.pdf", pdf)  # a slip names the traveller: 0600
    except OSError as error:
        return PrintResult(FAILED, f"Not printed ({reason}) and not saved ({error.strerror})")
    return PrintResult(SAVED, f"Not printed ({reason}); the slip was saved as {path}", path)
