"""Referral slips from the window: printed after an isolate decision through a fake ``lp`` on PATH (the
hardware seam), saved in the fallback folder when ``lp`` fails, reprinted from the history screen; the
saved PDF is rasterised and its QR verified."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest
from kiosk_gui_helpers import Taps, find, settle, sign_in
from PIL import Image
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from pyzbar.pyzbar import decode
from sqlalchemy import select

from kiosk.referral.directory import load_directory
from kiosk.referral.printing import PrintConfig
from kiosk.referral.qr import load_trusted_keys, verify_slip_text
from kiosk.scan.decoders import decode_image
from kiosk.screening import Decision
from kiosk.services import SlipSetup, provision_kiosk_key
from kiosk.store import models as m
from ui.printing import PrintOutcome

pytestmark = pytest.mark.gui

EVD_SUSPECT = {
    "arrival_date": "2026-11-29", "temperature_c": 38.4, "temperature_at": "2026-11-29T09:20:00+00:00",
    "symptoms": ["vomiting"], "itinerary": [{"country": "GN", "left": "2026-11-20"}],
    "exposures": ["direct_care_without_ppe"],
    "traveller": {"surname": "KOUROUMA", "given_names": "ADAMA", "nationality": "GN", "document_number": "G123"},
}
GOOD_LP = """#!/bin/sh
printf '%s\\n' "$*" >> "{log}"
cat > "{out}/job-$(wc -l < "{log}" | tr -d ' ').pdf"
echo "request id is slips-$(wc -l < "{log}" | tr -d ' ') (1 file(s))"
"""
BAD_LP = """#!/bin/sh
printf '%s\\n' "$*" >> "{log}"
cat > /dev/null
echo "lp: The printer or class does not exist." >&2
exit 1
"""


def fake_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str) -> Path:
    """Put an ``lp`` that records its arguments (one line per job) first on PATH; returns the log."""
    folder = tmp_path / "bin"
    folder.mkdir(exist_ok=True)
    (tmp_path / "jobs").mkdir(exist_ok=True)
    log = tmp_path / "lp-args.log"
    lp = folder / "lp"
    lp.write_text(script.format(log=log, out=tmp_path / "jobs"), encoding="utf-8")
    lp.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}:{Path('/usr/bin')}:{Path('/bin')}")
    return log


@pytest.fixture
def slip_services(services, tmp_path):
    key_dir = tmp_path / "referral"
    key = provision_kiosk_key(key_dir, services.context.kiosk_id)
    services.slips = SlipSetup(load_directory(), key, PrintConfig(queue="slips", fallback_dir=tmp_path / "fallback"),
                               "a6", "fr")
    services.keys_file = key_dir / "trusted-kiosk-keys.json"
    return services


def complete_evd(qtbot, window, services, language: str = "ar"):
    """Complete an EVD-suspect screening the way the screening controller does: ``complete`` on the
    worker, then its ``completed`` signal on the GUI thread (the window's printer and history listen)."""
    screening = services.screening

    def op():
        encounter = screening.start(officer_id="H1", sop_id="primary", sop_version="1", language=language)
        return screening.complete(encounter, EVD_SUSPECT, Decision("H1"))

    with qtbot.waitSignal(window.controller.completed, timeout=10_000) as blocker:
        window.tasks.run(op, window.controller.completed.emit)
    done = blocker.args[0]
    assert done.disposition == "isolate" and done.referral_id
    wait_printed(qtbot, window)
    return done


def wait_printed(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.printer.pending == 0 and window.tasks.pending == 0, timeout=30_000)


def referral_row(services, referral_id: str) -> m.Referral:
    with services.store.reading() as session:
        return session.scalars(select(m.Referral).where(m.Referral.id == referral_id)).one()


def open_history(qtbot, window) -> None:
    Taps(qtbot, window).tap(window.home.history)
    assert window.stack.currentWidget() is window.history
    settle(qtbot, window)


def qr_text_of(pdf: Path, tmp_path: Path) -> str:
    assert shutil.which("pdftoppm"), "poppler-utils (pdftoppm) is required"
    subprocess.run(["pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=60)
    (png,) = sorted(tmp_path.glob("page*.png"))
    with Image.open(png) as image:
        symbols = decode(image.convert("L"))
    assert len(symbols) == 1, f"{len(symbols)} QR codes found on the slip"
    return symbols[0].data.decode("ascii")


def test_isolate_decision_prints_silently_and_history_shows_printed(qtbot, make_window, slip_services,
                                                                    tmp_path, monkeypatch):
    log = fake_lp(tmp_path, monkeypatch, GOOD_LP)
    window = make_window(slip_services)
    sign_in(qtbot, window, "H1")
    done = complete_evd(qtbot, window, slip_services)

    (args,) = log.read_text().splitlines()
    assert args == f"-d slips -t slip-{done.referral_id} -o media=A6 -"
    job = (tmp_path / "jobs" / "job-1.pdf").read_bytes()
    assert job.startswith(b"%PDF") and b"/MediaBox" in job
    row = referral_row(slip_services, done.referral_id)
    assert (row.print_status, row.printed_at, row.pdf_path) == ("printed", slip_services.clock.now(), "")
    assert row.print_message == "Sent to printer slips (job slips-1)"
    assert window.home.print_notice.isVisible()
    assert window.home.print_notice.text() == "Sent to printer slips (job slips-1)"

    open_history(qtbot, window)
    view = window.history
    assert view.table.rowCount() == 1
    assert view.cell_text(0, "decision") == "Isolate" and view.cell_text(0, "protocol") == "EVD"
    assert view.cell_text(0, "traveller") == done.traveller_reference
    assert view.cell_text(0, "alert") == "queued on this kiosk"
    assert view.cell_text(0, "slip") == "printed"
    assert view.action_button(0).text() == "Reprint"


def test_failing_printer_saves_the_pdf_says_so_and_its_qr_verifies(qtbot, make_window, slip_services, tmp_path,
                                                                   monkeypatch):
    log = fake_lp(tmp_path, monkeypatch, BAD_LP)
    window = make_window(slip_services)
    sign_in(qtbot, window, "H1")
    done = complete_evd(qtbot, window, slip_services)

    assert len(log.read_text().splitlines()) == 1  # lp was tried
    saved = tmp_path / "fallback" / f"slip-{done.referral_id}.pdf"
    assert saved.is_file()
    row = referral_row(slip_services, done.referral_id)
    assert (row.print_status, row.pdf_path, row.printed_at) == ("saved", str(saved), None)
    assert "The printer or class does not exist" in row.print_message and str(saved) in row.print_message
    notice = window.home.print_notice.text()
    assert notice == (f"Referral slip {done.referral_id} not printed: it is shown on screen. Print it later from "
                      "Today's screenings.")  # no file path the officer cannot open
    qtbot.waitUntil(lambda: window.slip_dialog is not None and window.slip_dialog.isVisible(), timeout=5000)
    Taps(qtbot, window).tap(window.slip_dialog.close_button)

    open_history(qtbot, window)
    assert window.history.cell_text(0, "slip") == "saved as PDF"
    assert window.history.action_button(0).text() == "Print"  # print later

    text = qr_text_of(saved, tmp_path)
    result = verify_slip_text(text, load_trusted_keys(slip_services.keys_file))
    assert result["valid"], result["errors"]
    assert result["referral_id"] == done.referral_id and result["disposition"] == "isolate"
    assert result["kiosk_id"] == slip_services.context.kiosk_id and result["protocol"] == "EVD"
    assert result["point_of_entry"] == "DEMO-KESSA"
    tampered = text[:-3] + ("A" if text[-3] != "A" else "B") + text[-2:]
    assert not verify_slip_text(tampered, load_trusted_keys(slip_services.keys_file))["valid"]


def test_reprint_from_history_after_the_printer_is_fixed(qtbot, make_window, slip_services, tmp_path, monkeypatch):
    log = fake_lp(tmp_path, monkeypatch, BAD_LP)
    window = make_window(slip_services)
    sign_in(qtbot, window, "H1")
    done = complete_evd(qtbot, window, slip_services, language="pt")
    assert referral_row(slip_services, done.referral_id).print_status == "saved"
    open_history(qtbot, window)

    fake_lp(tmp_path, monkeypatch, GOOD_LP)  # the paper is back in
    button = find(window, f"print_{done.referral_id}")
    with qtbot.waitSignal(window.printer.changed, timeout=10_000,
                          check_params_cb=lambda outcome: outcome.status == "printed"):
        Taps(qtbot, window).tap(button)
    wait_printed(qtbot, window)
    qtbot.waitUntil(lambda: window.history.cell_text(0, "slip") == "printed", timeout=5000)
    assert len(log.read_text().splitlines()) == 2
    row = referral_row(slip_services, done.referral_id)
    assert row.print_status == "printed" and row.printed_at is not None
    assert row.pdf_path.endswith(f"slip-{done.referral_id}.pdf")  # the earlier saved copy is still known

    # a reprint while one is on its way is not queued twice
    assert window.printer.print_referral(done.referral_id)
    assert not window.printer.print_referral(done.referral_id)
    wait_printed(qtbot, window)
    assert len(log.read_text().splitlines()) == 3


def on_screen_qr_text(dialog) -> str:
    """Grab the on-screen slip's QR widget as pixels and decode it with the kiosk's own decoder."""
    image = dialog.qr.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    symbols = decode_image(bytes(image.constBits()), image.width(), image.height(), image.bytesPerLine())
    assert len(symbols) == 1, f"{len(symbols)} codes on screen"
    return symbols[0].text


@pytest.fixture
def no_printer(slip_services, tmp_path):
    """A kiosk with no print queue configured: slips are saved in the fallback folder."""
    slip_services.slips = dataclasses.replace(slip_services.slips,
                                              print_config=PrintConfig(queue="", fallback_dir=tmp_path / "fallback"))
    return slip_services


def test_no_printer_shows_the_slip_on_screen_with_the_pdf_qr(qtbot, make_window, no_printer, tmp_path):
    window = make_window(no_printer)
    sign_in(qtbot, window, "H1")
    done = complete_evd(qtbot, window, no_printer)

    qtbot.waitUntil(lambda: window.slip_dialog is not None and window.slip_dialog.isVisible(), timeout=5000)
    dialog = window.slip_dialog
    assert dialog.referral_id == done.referral_id
    assert min(dialog.qr.pixmap().width(), dialog.qr.pixmap().height()) >= 400  # a phone reads it off the screen
    text = on_screen_qr_text(dialog)
    saved = tmp_path / "fallback" / f"slip-{done.referral_id}.pdf"
    assert text == qr_text_of(saved, tmp_path)  # the very payload the PDF carries
    result = verify_slip_text(text, load_trusted_keys(no_printer.keys_file))
    assert result["valid"] and result["referral_id"] == done.referral_id and result["disposition"] == "isolate"
    assert "not printed: it is shown on screen" in window.home.print_notice.text()
    assert str(tmp_path) not in window.home.print_notice.text()

    Taps(qtbot, window).tap(dialog.close_button)
    qtbot.waitUntil(lambda: window.slip_dialog is None)
    assert window.home.print_notice.isVisible()  # still this traveller's: it stays until the next one


def test_the_next_traveller_starts_without_the_previous_slip_message(qtbot, make_window, no_printer):
    window = make_window(no_printer)
    sign_in(qtbot, window, "H1")
    done = complete_evd(qtbot, window, no_printer)
    qtbot.waitUntil(lambda: window.slip_dialog is not None, timeout=5000)
    Taps(qtbot, window).tap(window.slip_dialog.close_button)
    assert window.home.print_notice.isVisible()

    Taps(qtbot, window).tap(window.home.start)  # the next traveller
    assert window.stack.currentWidget() is window.screening
    assert not window.home.print_notice.isVisible() and window.home.print_notice.text() == ""
    # a late word about the earlier traveller's slip goes to the history, not to this traveller's screens
    window.printer.changed.emit(PrintOutcome(done.referral_id, "failed", "Not printed (paper out)", "", "POE1:X"))
    assert window.home.print_notice.text() == "" and window.slip_dialog is None

    window.controller.left.emit()  # back home without completing: still nothing about the earlier slip
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    assert not window.home.print_notice.isVisible()


def test_print_later_from_history_shows_the_slip_again_when_still_no_printer(qtbot, make_window, no_printer):
    window = make_window(no_printer)
    sign_in(qtbot, window, "H1")
    done = complete_evd(qtbot, window, no_printer)
    qtbot.waitUntil(lambda: window.slip_dialog is not None, timeout=5000)
    Taps(qtbot, window).tap(window.slip_dialog.close_button)
    Taps(qtbot, window).tap(window.home.start)
    window.controller.left.emit()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    open_history(qtbot, window)

    Taps(qtbot, window).tap(find(window, f"print_{done.referral_id}"))
    wait_printed(qtbot, window)
    qtbot.waitUntil(lambda: window.slip_dialog is not None and window.slip_dialog.isVisible(), timeout=5000)
    assert window.slip_dialog.referral_id == done.referral_id
    assert verify_slip_text(on_screen_qr_text(window.slip_dialog),
                            load_trusted_keys(no_printer.keys_file))["referral_id"] == done.referral_id


def _inside(widget, dialog) -> bool:
    """``widget`` wholly visible inside ``dialog`` (not clipped, not off its edge)."""
    top_left = widget.mapTo(dialog, widget.rect().topLeft())
    return (widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()
            and dialog.rect().contains(QRect(top_left, widget.size())))


@pytest.mark.parametrize("traveller", ["ar", "th"])
def test_the_slip_on_screen_says_what_the_slip_says_in_two_languages(qtbot, make_window, no_printer, traveller):
    """No printer: the slip on screen shows the decision, the facility and transport, the monitoring end
    date, the point of entry and the traveller's instructions, in the traveller's language with the
    (English) officer's beneath, mirrored for Arabic; the QR stays large; all of it fits 1280×800."""
    from kiosk.referral import i18n

    window = make_window(no_printer)
    sign_in(qtbot, window, "H1")
    complete_evd(qtbot, window, no_printer, language=traveller)
    qtbot.waitUntil(lambda: window.slip_dialog is not None and window.slip_dialog.isVisible(), timeout=5000)
    dialog = window.slip_dialog
    content = dialog.content
    assert content is not None and content.languages == (traveller, "en")
    directory = no_printer.slips.directory

    def text(name: str) -> str:
        return find(dialog, name).text().strip("\u2068\u2069")

    assert text("slip_decision_text") == i18n.disposition_name("isolate", traveller)
    assert text("slip_decision_gloss") == i18n.disposition_name("isolate", "en")
    assert text("slip_value_point_of_entry") == directory.point_of_entry.name
    assert text("slip_label_follow_up") == i18n.label("follow_up", traveller)
    assert text("slip_label_gloss_follow_up") == i18n.label("follow_up", "en")
    follow_up = text("slip_value_follow_up")
    assert follow_up == content.lines[-1].value and follow_up[:4].isdigit()  # the monitoring end date
    assert directory.route_for("EVD", "isolate").facility.name in text("slip_value_facility")
    assert text("slip_instructions") == content.instructions[0] and text("slip_instructions_gloss") == \
        content.instructions[1]
    rtl = traveller == "ar"
    assert dialog.texts.layoutDirection() == (Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    edge = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    assert find(dialog, "slip_instructions").alignment() & edge
    assert find(dialog, "slip_instructions_gloss").alignment() & edge
    assert min(dialog.qr.pixmap().width(), dialog.qr.pixmap().height()) >= 400
    qtbot.waitUntil(lambda: dialog.height() >= dialog.minimumHeight())
    assert dialog.width() <= 1280 and dialog.height() <= 800, dialog.size()
    for name in ("slip_decision_text", "slip_value_follow_up", "slip_instructions", "slip_instructions_gloss",
                 "slip_qr", "slip_close"):
        assert _inside(find(dialog, name), dialog), name
    Taps(qtbot, window).tap(dialog.close_button)
