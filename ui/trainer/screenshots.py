"""``python -m ui.trainer.screenshots OUTDIR``: the trainer console during a demo exercise, one PNG.

A throw-away SQLite kiosk database; the yellow-fever scenario started, three injects released, two decided
at the kiosk through the screening core (one wrongly, on purpose), an observer note. Run it under Xvfb
(``xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m ui.trainer.screenshots docs/screenshots``).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from kiosk.auth import OfficerInfo
from kiosk.clock import FixedClock
from kiosk.screening import KioskContext, SiteInfo
from kiosk.services import core_services
from kiosk.store import Store
from kiosk.training.console import ExerciseConsole, screen_inject
from ui.app import create_application

CONTEXT = KioskContext(site=SiteInfo("XL-AIR-01", "Lakeside International Airport", "airport", "XL"),
                       kiosk_id="XL-AIR-01-K2")


def main(out: Path) -> int:
    from ui import theme
    from ui.trainer.window import TrainerConsoleWindow

    app = create_application()
    theme.apply(app)
    folder = Path(tempfile.mkdtemp(prefix="trainer-shot-"))
    store = Store(f"sqlite:///{folder / 'kiosk.sqlite'}")
    clock = FixedClock(dt.datetime(2026, 11, 29, 6, 30, tzinfo=dt.UTC))
    console = ExerciseConsole(core_services(store, CONTEXT, clock), OfficerInfo("T1", "Tariq Trainer", "trainer"))
    state = console.start("yellow-fever-airport")
    kiosk = core_services(store, CONTEXT, clock)
    officer = OfficerInfo("S1", "S1", "screener")
    for inject_id, wait_s in (("yf-valid", 60), ("yf-not-yet-valid", 60), ("yf-missing", 50)):
        console.release(inject_id)
        clock.advance(seconds=wait_s)
    screen_inject(kiosk, state.scenario.inject("yf-valid"), officer)
    clock.advance(seconds=40)
    screen_inject(kiosk, state.scenario.inject("yf-not-yet-valid"), officer, "clear", "vaccinated last week")
    console.note("Officer did not check the vaccination date against the 10-day rule", "improve")
    clock.advance(seconds=35)
    window = TrainerConsoleWindow(console, folder / "reports", refresh_ms=60_000)
    window.resize(1280, 800)
    window.show()
    deadline = time.monotonic() + 10
    while window.table.rowCount() == 0 or window.tasks.pending:
        if time.monotonic() > deadline:
            raise TimeoutError("the console did not show the exercise")
        app.processEvents()
        time.sleep(0.01)
    window.table.selectRow(3)
    app.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / "trainer-console.png"))
    window.shutdown()
    store.close()
    return 0


if __name__ == "__main__":
    from ui.app import exit_now

    exit_now(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
