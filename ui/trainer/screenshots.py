"""``python -m ui.trainer.screenshots OUTDIR``: the trainer console during a demo exercise, two PNGs.

A throw-away SQLite kiosk database with three officers; an earlier Ebola drill ended (its report in the
history); the yellow-fever scenario started with two officers on the roster, four injects released, two
decided at the kiosk through the screening core (one wrongly, on purpose), a third traveller on a page of
the primary SOP, a pause of five minutes (not counted), an observer note. ``trainer-console.png`` is the
live exercise, ``trainer-console-history.png`` the past exercises. Run it under Xvfb
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
    from kiosk.session import ScreeningSession

    console = ExerciseConsole(core_services(store, CONTEXT, clock), OfficerInfo("T1", "Tariq Trainer", "trainer"))
    auth = console.services.auth
    admin = auth.create_first_admin("A1", "Ada Admin", "9999")
    auth.create_officer(admin, "S1", "Sam Screener", "screener", "2468")
    auth.create_officer(admin, "H1", "Hana Health", "health_officer", "1357")
    kiosk = core_services(store, CONTEXT, clock)
    screener, health = OfficerInfo("S1", "Sam Screener", "screener"), OfficerInfo("H1", "Hana Health", "health_officer")
    drill = console.start("ebola-land-crossing", ["H1"])  # an earlier, short drill, for the history
    console.release()
    clock.advance(seconds=30)
    kiosk.exercises.restore()
    screen_inject(kiosk, drill.scenario.inject("well-driver"), health)
    console.end(folder / "reports")
    clock.advance(hours=1)
    state = console.start("yellow-fever-airport", ["S1", "H1"])
    kiosk.exercises.restore()
    for inject_id, wait_s in (("yf-valid", 60), ("yf-not-yet-valid", 60), ("yf-missing", 50), ("yf-infant", 30)):
        console.release(inject_id)
        clock.advance(seconds=wait_s)
    screen_inject(kiosk, state.scenario.inject("yf-valid"), screener)
    clock.advance(seconds=40)
    screen_inject(kiosk, state.scenario.inject("yf-not-yet-valid"), screener, "clear", "vaccinated last week")
    console.pause()
    clock.advance(minutes=5)  # a pause: not exercise time
    console.resume()
    on_page = ScreeningSession.open_primary(kiosk.screening, kiosk.sop("primary"), health, "en")
    on_page.answer("temperature", 38.4)
    on_page.answer("red_flags", ["feels_unwell"])
    on_page.next()  # the third traveller is on the symptoms page
    on_page.save()
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
    window.tabs.setCurrentWidget(window.history)
    window.history.table.selectRow(0)
    app.processEvents()
    window.grab().save(str(out / "trainer-console-history.png"))
    window.shutdown()
    store.close()
    return 0


if __name__ == "__main__":
    from ui.app import exit_now

    exit_now(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
