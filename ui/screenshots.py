"""``python -m ui.screenshots OUTDIR``: the real window, each main screen saved as PNG at two sizes.

Runs against a throw-away data directory with the demo configuration and three demo officers, and
drives the window the way an officer would (the same widgets the GUI tests tap). ``make screenshots``
runs it under Xvfb; it also works offscreen (``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import languages as language_registry
from kiosk.config import ensure_config
from kiosk.screening import Decision
from kiosk.services import build_services
from ui.app import create_application, install_translators
from ui.window import KioskWindow

log = logging.getLogger(__name__)
SIZES = ((1280, 800), (1920, 1080))


SPECIMEN_MRZ = (  # the ICAO 9303 specimen passport of the fictional state Utopia
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)


def settle(app: QApplication, window: KioskWindow, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        app.processEvents()
        if window.tasks.pending == 0:
            app.processEvents()
            if window.tasks.pending == 0:
                return
        if time.monotonic() > deadline:
            raise TimeoutError("background work did not finish")
        time.sleep(0.005)


def tap(app: QApplication, window: KioskWindow, name: str, within: str | None = None) -> None:
    """Click the first visible widget ``name`` (inside the visible field ``within``, e.g. ``field_officer_concern``)."""
    roots = [w for w in window.findChildren(QWidget, within) if w.isVisible()] if within else [window]
    matches = [w for root in roots for w in root.findChildren(QWidget, name) if w.isVisible()]
    if not matches:
        raise LookupError(f"no visible widget {name}" + (f" in {within}" if within else ""))
    widget = matches[0]
    window.screening.scroll.ensureWidgetVisible(widget)
    app.processEvents()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    settle(app, window)


def scroll_to(window: KioskWindow, name: str) -> None:
    """Scroll the screening page so the widget ``name`` is at the top."""
    widget = next(w for w in window.findChildren(QWidget, name) if w.isVisible())
    scroll = window.screening.scroll
    scroll.verticalScrollBar().setValue(widget.mapTo(scroll.widget(), widget.rect().topLeft()).y() - 60)


def seed(services) -> None:
    """A few officers and today's screenings, so the home screen shows real numbers."""
    auth, screening = services.auth, services.screening
    admin = auth.create_first_admin("A1", "Ada Admin", "9999")
    auth.create_officer(admin, "H1", "Hana Haddad", "health_officer", "1357")
    auth.create_officer(admin, "S1", "Samuel Okafor", "screener", "2468")
    auth.create_officer(admin, "T1", "Tomás Ferreira", "trainer", "8080")
    sop = services.sop("primary")
    today = services.clock.today().isoformat()
    for temperature in (36.4, 36.8, 37.0):
        encounter = screening.start(officer_id="S1", sop_id=sop.id, sop_version=sop.version)
        screening.complete(encounter, {"arrival_date": today, "temperature_c": temperature}, Decision("S1"))
    waiting = screening.start(officer_id="S1", sop_id=sop.id, sop_version=sop.version)
    screening.refer_to_secondary(waiting, {"arrival_date": today, "temperature_c": 38.4,
                                           "symptoms": ["fever", "cough"]}, "S1")


def capture(out: Path, language: str = "en") -> list[Path]:
    app = create_application()
    install_translators(app, language)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        config, _ = ensure_config(Path(tmp) / "kiosk.toml", Path(tmp) / "data")
        services = build_services(config)
        # every shipped traveller language, so that the Thai, Amharic... screens are shot too
        services.languages = (*services.languages, *(c for c in language_registry.codes() if c not in services.languages))
        seed(services)
        window = KioskWindow(services, language)
        window.show()
        settle(app, window)

        def shot(name: str, prepare: Callable[[], None] | None = None) -> None:
            for width, height in SIZES:
                window.resize(width, height)
                app.processEvents()
                window.screening.scroll.verticalScrollBar().setValue(0)
                if prepare:
                    prepare()  # e.g. scroll to the widget the picture is about
                settle(app, window)
                path = out / f"{name}-{width}x{height}.png"
                window.grab().save(str(path))
                saved.append(path)

        window.signin.officer_id.setText("H1")
        shot("signin")
        window._signed_in(services.auth.sign_in("H1", "1357"))
        settle(app, window)
        shot("home")
        tap(app, window, "start_screening")
        tap(app, window, "prefix_38")
        tap(app, window, "key_6")
        tap(app, window, "chip_feels_unwell")
        tap(app, window, "chip_listed_country")
        shot("screening-quick-check")
        for code in ("ar", "th"):  # the red-flag question is the traveller's: in two languages
            tap(app, window, f"lang_{code}")
            shot(f"screening-quick-check-{code}")
        window.accessibility.change(high_contrast=True)
        for code in ("en", "ar", "th"):
            tap(app, window, f"lang_{code}")
            shot("high-contrast-quick-check" + ("" if code == "en" else f"-{code}"))
        window.accessibility.change(high_contrast=False)
        tap(app, window, "lang_en")
        tap(app, window, "next")
        for chip in ("chip_fever", "chip_headache", "chip_vomiting"):
            tap(app, window, chip)
        tap(app, window, "date_today")
        tap(app, window, "date_-week")
        tap(app, window, "no")
        for key in "0311":  # the date pad half typed: 03 / 11 / ····
            tap(app, window, f"date_key_{key}")
        shot("date-pad", lambda: scroll_to(window, "date_pad"))
        for code in ("ar", "th"):  # the date pad's words in the traveller's language
            tap(app, window, f"lang_{code}")
            shot(f"date-pad-{code}", lambda: scroll_to(window, "date_pad"))
        tap(app, window, "lang_en")
        tap(app, window, "date_-week")
        for code in services.languages:
            tap(app, window, f"lang_{code}")
            shot(f"screening-{code}")
        tap(app, window, "lang_en")
        tap(app, window, "next")
        if window.screening.message.text():
            raise RuntimeError(f"symptoms page refused: {window.controller.current.run.step_errors()} {window.controller.current.run.raw_answers}")
        picker = window.findChildren(QWidget, "country_search")[0]
        picker.setText("Niger")  # both listed, the exact match first, neither chosen
        shot("country-search", lambda: scroll_to(window, "country_search"))
        for code in ("ar", "th"):  # the travel page in the traveller's language (the names: the officer's)
            tap(app, window, f"lang_{code}")
            shot(f"country-search-{code}", lambda: scroll_to(window, "question_itinerary"))
        tap(app, window, "lang_en")
        picker.setText("Guinea")
        app.processEvents()
        tap(app, window, "country_result_0")
        tap(app, window, "date_-week")
        tap(app, window, "country_add")
        shot("live-flags")
        tap(app, window, "next")
        tap(app, window, "chip_body_fluid_contact")
        tap(app, window, "next")
        window.controller.scanning.scan_texts(["\n".join(SPECIMEN_MRZ)], "scanner")
        settle(app, window)
        shot("documents-scanned")
        tap(app, window, "chip_land")
        tap(app, window, "no", within="field_yf_paper_certificate")
        tap(app, window, "no", within="field_officer_concern")
        tap(app, window, "next")
        shot("decision")
        tap(app, window, "confirm_decision")
        saved.append(slip_on_screen(app, window, out))
        saved += slip_on_screen_in(app, window, services, out, ("ar", "th"))
        window.show_history()
        settle(app, window)
        shot("history")
        window.sign_out()
        window._signed_in(services.auth.sign_in("A1", "9999"))
        window.show_officers()
        settle(app, window)
        window.officers.accounts.setCurrentRow(2)
        shot("officers")
        window.sign_out()
        trainer = services.auth.sign_in("T1", "8080")
        window._exercise_changed(services.exercises.start(trainer, "Ebola drill, arrivals hall"))
        window.sign_out()
        window._signed_in(services.auth.sign_in("H1", "1357"))
        settle(app, window)
        tap(app, window, "start_screening")
        shot("exercise-quick-check")
        window.shutdown()
    return saved


def slip_on_screen(app: QApplication, window: KioskWindow, out: Path, timeout: float = 60.0) -> Path:
    """The demo kiosk has no printer: the slip comes up on screen; its dialog is grabbed, then closed."""
    deadline = time.monotonic() + timeout
    while window.slip_dialog is None:
        if time.monotonic() > deadline:
            raise RuntimeError("the slip was not shown on screen")
        app.processEvents()
        time.sleep(0.05)
    settle(app, window)
    path = out / "slip-on-screen.png"
    window.slip_dialog.grab().save(str(path))
    window.slip_dialog.close()
    settle(app, window)
    return path


def slip_on_screen_in(app: QApplication, window: KioskWindow, services, out: Path,
                      travellers: tuple[str, ...]) -> list[Path]:
    """The same slip on screen as a traveller of each of ``travellers`` would see it (its content in their
    language, the officer's beneath): the stored referral with the traveller's language changed."""
    import dataclasses

    from kiosk.referral.records import slip_source
    from ui.printing import slip_content_of, slip_qr_text

    referral_id = window.slip_referral
    source = slip_source(services.store, referral_id)
    paths = []
    for code in travellers:
        theirs = dataclasses.replace(source, language=code)
        content = slip_content_of(theirs, services.slips, window.officer_language)
        window._show_slip(referral_id, slip_qr_text(theirs, services.slips), content)
        settle(app, window)
        path = out / f"slip-on-screen-{code}.png"
        window.slip_dialog.grab().save(str(path))
        window.slip_dialog.close()
        settle(app, window)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(level=logging.WARNING)
    for path in capture(out):
        log.info("saved %s", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
