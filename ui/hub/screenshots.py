"""``python -m ui.hub.screenshots OUTDIR [LANGUAGE]``: the hub console on a demo hub database, PNGs at two sizes.

A throw-away SQLite hub database gets a week of demo alerts (``ui.hub.demo``: real CAP, stored the way
ingest stores them); two more arrive after the console opened, so they show as new. Run it under
Xvfb like ``make screenshots`` (``xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m
ui.hub.screenshots docs/screenshots``); it also works offscreen (``QT_QPA_PLATFORM=offscreen``). LANGUAGE
``fr`` takes the console in French (``hub-console-<name>-fr-<size>.png``); the default is ``en``.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from kiosk.clock import SystemClock
from kiosk.hub.models import hub_engine
from kiosk.hub.poe_report_files import render_pdf
from ui.app import create_application, install_translators
from ui.hub.demo import DEMO_PASSWORD, DemoAlert, add_alert, add_month, seed
from ui.hub.demo_reports import seed_reports
from ui.hub.views.alerting import Alerting
from ui.hub.window import HubConsoleWindow

log = logging.getLogger(__name__)
SIZES = ((1280, 800), (1920, 1080))
NOTES = {
    "en": ("Called the airport port health unit: traveller in the isolation room.",
           "Transfer to the referral hospital arranged."),
    "fr": ("Appel au service de santé de l'aéroport : voyageur en salle d'isolement.",
           "Transfert vers l'hôpital de référence organisé."),
}


class Silent:
    """No chime while the screenshots are taken (the banner still shows)."""

    def play(self) -> None:
        pass


ASSESSMENT = {
    "en": ("Fever 39.1 °C, nursed a relative who died of Marburg virus disease 9 days ago: meets the case "
           "definition.", ("Marburg virus disease: high case fatality, no licensed vaccine.",
                           "First imported case this year.", "Arrived on an international flight with 180 passengers.",
                           "No restrictions expected: WHO advises against them.")),
    "fr": ("Fièvre 39,1 °C, a soigné un proche décédé de la maladie à virus de Marburg il y a 9 jours : répond à la "
           "définition de cas.", ("Maladie à virus de Marburg : létalité élevée, aucun vaccin homologué.",
                                   "Premier cas importé cette année.", "Arrivé par un vol international de 180 passagers.",
                                   "Aucune restriction attendue : l'OMS les déconseille.")),
}


def assessment_steps(engine: Any, alert_id: int, language: str) -> None:
    """An assessment under way: assigned, verified, the four questions answered (outcome still to choose)."""
    from kiosk.hub import assessment as ihr

    verification, rationales = ASSESSMENT.get(language, ASSESSMENT["en"])
    ihr.assign(engine, alert_id, "amina", actor="jonas")  # the supervisor gives it to the signed-in officer
    ihr.verify(engine, alert_id, "yes", verification, actor="amina")
    values = ("yes", "yes", "yes", "no")
    ihr.assess_risk(engine, alert_id, dict(zip(ihr.QUESTIONS, zip(values, rationales, strict=True), strict=True)),
                    actor="amina")


def wait_for(app: QApplication, condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the console did not get there in time")
        app.processEvents()
        time.sleep(0.005)


def settle(app: QApplication, window: HubConsoleWindow) -> None:
    wait_for(app, lambda: window.tasks.pending == 0)
    app.processEvents()


def select(app: QApplication, window: HubConsoleWindow, view: str, alert_id: int) -> None:
    page = window.pages[view]
    wait_for(app, lambda: page.row_of(alert_id) is not None)
    page.table.selectRow(page.row_of(alert_id))
    wait_for(app, lambda: page.detail.detail is not None and page.detail.detail.summary.id == alert_id)
    settle(app, window)


def seed_ingest_health(engine: Engine, now: dt.datetime) -> None:
    """One healthy ingest worker and two quarantined messages (an unknown kiosk, a spoofed topic)."""
    from sqlalchemy.orm import Session

    from kiosk.hub.ingest import RejectedMessage, quarantine_row, quarantine_statement
    from kiosk.hub.models import HubWorker

    with Session(engine) as session, session.begin():
        session.add(HubWorker(client_id="hub-a-0", host="hub-a", pid=4242, connected=True, database_ok=True,
                              backlog=0, stored=61, quarantined=2, last_commit_at=now, last_error="",
                              updated_at=now + dt.timedelta(hours=1)))  # fresh while the shots are taken
    refused = [("poe/v1/XL/XL-LND-09/XL-LND-09-K1/alerts/actual", "kiosk 'XL-LND-09-K1' is not enrolled at the hub",
                "unknown-kiosk"),
               ("poe/v1/XL/XL-SEA-02/XL-AIR-01-K1/alerts/actual", "the topic names XL-SEA-02, the kiosk is enrolled "
                "at XL-AIR-01", "spoofed-topic")]
    with engine.begin() as connection:
        connection.execute(quarantine_statement(engine.dialect.name), [
            quarantine_row(topic, f"<alert>{index}</alert>".encode(), RejectedMessage(detail, reason),
                           now - dt.timedelta(minutes=40 * index))
            for index, (topic, detail, reason) in enumerate(refused, start=1)])


def capture(out: Path, language: str = "en") -> list[Path]:
    app = create_application()
    install_translators(app, language, "hub")
    suffix = "" if language == "en" else f"-{language}"
    notes = NOTES.get(language, NOTES["en"])
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'hub.sqlite'}"
        engine = hub_engine(url)
        now = SystemClock().now()
        ids = seed(engine, now - dt.timedelta(minutes=5))
        seed_reports(engine, now - dt.timedelta(minutes=5))
        seed_ingest_health(engine, now)
        settings = QSettings(str(Path(tmp) / "hub-console.ini"), QSettings.Format.IniFormat)
        window = HubConsoleWindow(url, refresh_ms=200, alerting=Alerting(sound=Silent(), settings=settings))
        window.resize(*SIZES[0])
        window.show()

        def shot(name: str, prepare: Callable[[], None] | None = None) -> None:
            for width, height in SIZES:
                window.resize(width, height)
                app.processEvents()
                if prepare:
                    prepare()
                settle(app, window)
                path = out / f"hub-console-{name}{suffix}-{width}x{height}.png"
                window.grab().save(str(path))
                saved.append(path)

        signin = window.signin
        wait_for(app, lambda: signin.button.isEnabled())
        signin.user_id.setText("amina")
        signin.password.setText("not the password")
        signin.submit()
        wait_for(app, lambda: signin.message.property("kind") == "error")
        shot("signin")
        signin.password.setText(DEMO_PASSWORD)
        signin.submit()
        wait_for(app, lambda: window.baseline["actual"] is not None)
        select(app, window, "actual", ids["actual"][9])  # a closed alert with its history
        arrived = [add_alert(engine, DemoAlert("XL-AIR-01", "MVD"), now - dt.timedelta(minutes=2)),
                   add_alert(engine, DemoAlert("XL-SEA-02", "CHOLERA", risk="some", disposition="refer",
                                               temperature=38.2), now)]
        wait_for(app, lambda: len(window.unseen["actual"]) == 2)

        shot("alerts")
        select(app, window, "actual", arrived[0])
        detail = window.pages["actual"].detail
        detail.note.setPlainText(notes[0])
        detail.acknowledge.click()
        wait_for(app, lambda: detail.detail.summary.state == "acknowledged")
        detail.note.setPlainText(notes[1])
        detail.close.click()  # no outcome chosen: refused, and the panel says why
        wait_for(app, lambda: detail.message.property("kind") == "error")
        shot("triage")
        page = window.pages["actual"]
        bar = page.filters
        bar.state.setCurrentIndex(bar.state.findData("open"))
        bar.period.setCurrentIndex(bar.period.findData("7"))
        wait_for(app, lambda: page.shown_filter == bar.value())
        select(app, window, "actual", arrived[1])
        shot("filters")
        shot("case", lambda: detail.scroll.verticalScrollBar().setValue(
            detail.facts.card.mapTo(detail.scroll.widget(), QPoint(0, 0)).y()))
        bar.reset()
        wait_for(app, lambda: page.shown_filter == bar.value())
        window.tabs.setCurrentWidget(window.pages["exercise"])
        settle(app, window)
        select(app, window, "exercise", ids["exercise"][0])
        shot("exercise")
        window.tabs.setCurrentWidget(window.report_page)
        wait_for(app, lambda: window.report is not None)
        shot("report")
        window.tabs.setCurrentWidget(window.kiosks_page)
        wait_for(app, lambda: window.kiosks_page.table.rowCount() > 0)
        shot("kiosks")
        window.tabs.setCurrentWidget(window.quarantine_page)
        wait_for(app, lambda: window.quarantine_page.table.rowCount() > 0)
        shot("quarantine")
        assessment_steps(engine, arrived[0], language)  # under way: assigned, its clock running
        window.tabs.setCurrentWidget(window.assessment.panel)
        wait_for(app, lambda: window.assessment.panel.queue.rowCount() > 0 and
                 window.assessment.panel.queue_row_of(arrived[0]) == 0)
        shot("assessment-queue")
        window.tabs.setCurrentWidget(window.pages["actual"])
        select(app, window, "actual", arrived[0])
        window.pages["actual"].detail.assess.click()
        wait_for(app, lambda: window.assessment.panel.assessment is not None)
        panel = window.assessment.panel
        panel.outcome.set_value("notify")
        shot("assessment", lambda: panel.scroll.ensureWidgetVisible(panel.decide, 0, 16))
        window.tabs.setCurrentWidget(window.reporting_page)
        wait_for(app, lambda: bool(window.reporting_page.reports))
        shot("reporting")
        window.tabs.setCurrentWidget(window.follow_up_page)
        wait_for(app, lambda: bool(window.follow_up_page.rows))
        window.follow_up_page.table.selectRow(0)
        shot("follow-up")
        shoot_trends(app, window, engine, now, shot, out if language == "en" else None)
        window.shutdown()
        engine.dispose()
    return saved


def shoot_trends(app: QApplication, window: HubConsoleWindow, engine: Engine, now: dt.datetime,
                 shot: Callable[[str], None], pdf_folder: Path | None) -> None:
    """The trends page over 30 days (a month of older alerts added first), and page 1 of its PDF as a PNG."""
    add_month(engine, now, window.user)
    wait_for(app, lambda: len(window.unseen["actual"]) > 2)
    window.mark_seen("actual")  # a month of history, not news
    window.tabs.setCurrentWidget(window.trends.page)
    wait_for(app, lambda: window.trends.report is not None)
    window.trends.load(30)
    wait_for(app, lambda: window.trends.report.period.days == 30)
    shot("trends")
    if pdf_folder is not None and shutil.which("pdftoppm"):
        pdf = pdf_folder / "hub-report.pdf"
        pdf.write_bytes(render_pdf(window.trends.report))
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(pdf_folder / "hub-report-pdf-page1")], check=True)
        pdf.unlink()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(level=logging.WARNING)
    for path in capture(out, args[1] if len(args) > 1 else "en"):
        log.info("saved %s", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
