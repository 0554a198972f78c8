"""Document scanning on the screening screen: camera-like frames through the real FrameDecoder worker,
MRZ lines from a keyboard-wedge reader, an image file; the form is filled, with provenance and checks,
bad scans fill nothing, and a certificate the kiosk cannot verify is shown as not verified and treated as
not shown."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from document_forge import Signer, icvp_payload
from kiosk_gui_helpers import (
    Taps,
    camera_frame,
    find,
    hold_to_camera,
    pdf417_symbol,
    qr_symbol,
    settle,
    sign_in,
    wedge_scan,
)
from PySide6.QtCore import Qt
from sqlalchemy import select

from kiosk.clock import FixedClock
from kiosk.records import parse_record
from kiosk.store import models as m

pytestmark = pytest.mark.gui
DATA = Path(__file__).resolve().parents[1] / "data"
DCC = json.loads((DATA / "dcc/DE/2DCode/raw/1.json").read_text("utf-8-sig"))
BCBP = json.loads((DATA / "bcbp/public_cases.json").read_text("utf-8"))["cases"][1]["input"]
MRZ = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


@pytest.fixture
def clock() -> FixedClock:
    """The DCC test vector's validation clock: its certificate is in force then."""
    return FixedClock(dt.datetime(2021, 6, 1, 18, 0, tzinfo=dt.UTC))


def to_documents_page(qtbot, window) -> Taps:
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    taps.quick_check("36.6", "listed_country")
    find(window, "country_search").setText("France")
    taps.tap("country_result_0")
    taps.tap("country_add")
    taps.tap(window.screening.next)
    taps.tap("chip_none")
    taps.tap(window.screening.next)
    assert window.screening.step_title.text() == "Documents and journey"
    return taps


def scan_box(window, field_id: str):
    return window.controller.boxes[field_id].editor


def wait_state(qtbot, window, field_id: str, *states: str) -> None:
    box = scan_box(window, field_id)
    qtbot.waitUntil(lambda: box.state in states, timeout=10_000)
    settle(qtbot, window)


def answers(window) -> dict:
    return window.controller.current.run.raw_answers


def saved_answers(services) -> dict:
    with services.store.reading() as session:
        return session.scalars(select(m.Encounter)).one().answers


def test_scans_fill_the_form_with_provenance(qtbot, window, services):
    taps = to_documents_page(qtbot, window)
    controller = window.controller
    scanning = controller.scanning
    assert "No camera attached" in scan_box(window, "travel_document").source.text()  # said calmly...
    assert scan_box(window, "travel_document").file_button.isEnabled()  # ...and the other inputs work

    # a passport read by the desk MRZ reader, two lines typed as fast keystrokes
    wedge_scan(qtbot, window, MRZ)
    wait_state(qtbot, window, "travel_document", "ok")
    passport = scan_box(window, "travel_document")
    assert passport.headline.text() == "✓ Passport MRZ — all check digits valid"
    assert "surname ERIKSSON" in passport.details.text() and "given names ANNA MARIA" in passport.details.text()
    assert "expired on 2012-04-15" in passport.details.text()
    assert answers(window)["travel_document"]["traveller"]["document_number"] == "L898902C3"
    assert saved_answers(services)["travel_document"]["traveller"]["surname"] == "ERIKSSON"  # saved at once

    # the officer types the carrier, then holds the boarding pass (PDF417) to the camera
    taps.tap("chip_air")
    carrier = find(window, "text_carrier")
    carrier.setText("Typed Airways")
    carrier.editingFinished.emit()
    hold_to_camera(qtbot, scanning.frame_decoder, camera_frame(pdf417_symbol(BCBP)))
    wait_state(qtbot, window, "boarding_pass", "ok")
    boarding = scan_box(window, "boarding_pass")
    assert boarding.headline.text() == "✓ Boarding pass — all checks passed"
    assert "leg 2 date inferred: 2020-08-14 (day 227 of the year)" in boarding.details.text()
    assert find(window, "text_flight_number").text() == "LH3664"  # the bound fields show the values
    assert find(window, "text_seat").text() == "12C"
    assert carrier.text() == "Typed Airways"  # what the officer typed stays
    assert "Kept what was typed: carrier" in boarding.details.text()
    # Montréal → Frankfurt → Geneva: the countries the legs leave join the itinerary (France was typed)
    assert "itinerary: Canada (left 2020-08-13), Germany (left 2020-08-14)" in boarding.details.text()

    # an EU DCC QR on the camera; no trust list on this kiosk: not verified, treated as not shown
    hold_to_camera(qtbot, scanning.frame_decoder, camera_frame(qr_symbol(DCC["PREFIX"]), (1280, 720)))
    wait_state(qtbot, window, "vaccination_certificate", "warn")
    certificate = scan_box(window, "vaccination_certificate")
    assert certificate.headline.text() == "⚠ EU digital COVID certificate — not verified: no trust list on this kiosk"
    assert "Treated as not shown: nothing was filled from this document." in certificate.details.text()
    assert "COVID-19" not in certificate.details.text()
    assert "vaccination_certificate" not in answers(window)

    # the officer corrects a filled field: the correction is what the record keeps
    seat = find(window, "text_seat")
    seat.setText("14A")
    seat.editingFinished.emit()
    settle(qtbot, window)
    record = parse_record(controller.current.run.to_record_data(controller.current.arrival))
    assert (record.traveller.surname, record.traveller.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert record.traveller.birth_date == dt.date(1974, 8, 12) and record.traveller.document_number == "L898902C3"
    assert (record.conveyance.carrier, record.conveyance.flight_number, record.conveyance.seat) == \
        ("Typed Airways", "LH3664", "14A")
    assert record.vaccinations == ()  # the unverified certificate filled nothing
    assert [s.country for s in record.itinerary] == ["FR", "CA", "DE"]
    assert saved_answers(services)["seat"] == "14A"


def test_a_trust_list_in_the_data_dir_verifies_the_signature(qtbot, window, services, db_file):
    trust = db_file.parent / "trust"
    trust.mkdir()
    (trust / "signers.json").write_text(json.dumps([{"certificate": DCC["TESTCTX"]["CERTIFICATE"]}]))
    scanning = window.controller.scanning
    to_documents_page(qtbot, window)
    settle(qtbot, window)
    assert scanning.trust is not None and scanning.trust_problem == ""
    hold_to_camera(qtbot, scanning.frame_decoder, camera_frame(qr_symbol(DCC["PREFIX"])))
    wait_state(qtbot, window, "vaccination_certificate", "ok")
    assert scan_box(window, "vaccination_certificate").headline.text() == \
        "✓ EU digital COVID certificate — signature verified, all checks passed"


def test_bad_scans_say_so_and_fill_nothing(qtbot, window, services):
    to_documents_page(qtbot, window)
    passport = scan_box(window, "travel_document")
    wedge_scan(qtbot, window, ["HELLO WORLD 12345"])
    wait_state(qtbot, window, "travel_document", "error")
    assert passport.headline.text() == "✗ Not a recognised document"
    assert "not a recognised document" in passport.details.text()
    assert "travel_document" not in answers(window)

    bad_digit = [MRZ[0], MRZ[1][:9] + "7" + MRZ[1][10:]]  # document number check digit 6 → 7
    wedge_scan(qtbot, window, bad_digit)
    qtbot.waitUntil(lambda: "check failed" in passport.headline.text(), timeout=10_000)
    settle(qtbot, window)
    assert passport.state == "error"
    assert passport.headline.text().startswith("✗ Passport MRZ — check failed: document number check digit")
    assert "Nothing was filled from this document." in passport.details.text()
    assert "travel_document" not in answers(window) and "travel_document" not in saved_answers(services)

    # a good scan, then garbage on the camera: the good one stays
    wedge_scan(qtbot, window, MRZ)
    wait_state(qtbot, window, "travel_document", "ok")
    garbage = camera_frame(qr_symbol("not a document at all"))
    hold_to_camera(qtbot, window.controller.scanning.frame_decoder, garbage)
    wait_state(qtbot, window, "travel_document", "error")
    assert answers(window)["travel_document"]["traveller"]["surname"] == "ERIKSSON"


def test_image_file_is_decoded_off_the_gui_thread(qtbot, window, monkeypatch, tmp_path):
    to_documents_page(qtbot, window)
    chosen = [DATA / "dcc/DE/2DCode/png/1.png"]
    monkeypatch.setattr("ui.scanning.choose_image_file", lambda parent, title: str(chosen[0]))
    taps = Taps(qtbot, window)
    taps.tap(find(scan_box(window, "vaccination_certificate"), "scan_file"))
    wait_state(qtbot, window, "vaccination_certificate", "warn")
    assert "not verified" in scan_box(window, "vaccination_certificate").headline.text()
    assert "vaccination_certificate" not in answers(window)  # no trust list: read, shown, not used

    from PIL import Image

    blank = tmp_path / "blank.png"
    Image.new("L", (200, 100), 255).save(blank)
    chosen[0] = blank
    taps.tap(find(scan_box(window, "travel_document"), "scan_file"))
    wait_state(qtbot, window, "travel_document", "error")
    assert "No barcode or QR code was found" in scan_box(window, "travel_document").details.text()


def test_removing_a_scan_takes_back_what_it_filled(qtbot, window):
    taps = to_documents_page(qtbot, window)
    controller = window.controller
    taps.tap("chip_air")
    hold_to_camera(qtbot, controller.scanning.frame_decoder, camera_frame(pdf417_symbol(BCBP)))
    wait_state(qtbot, window, "boarding_pass", "ok")
    assert find(window, "text_flight_number").text() == "LH3664"
    record = parse_record(controller.current.run.to_record_data(controller.current.arrival))
    assert [s.country for s in record.itinerary] == ["FR", "CA", "DE"]

    taps.tap(find(scan_box(window, "boarding_pass"), "scan_clear"))  # the wrong passenger's pass
    assert scan_box(window, "boarding_pass").headline.text() == "Nothing scanned yet."
    assert find(window, "text_flight_number").text() == ""
    record = parse_record(controller.current.run.to_record_data(controller.current.arrival))
    assert [s.country for s in record.itinerary] == ["FR"] and record.conveyance.flight_number == ""
    assert "boarding_pass" not in answers(window)


def test_home_made_icvp_on_a_fresh_kiosk_is_not_verified_and_the_outcome_stays_vaccinate(qtbot, window, services,
                                                                                          clock):
    """No trust list: a well-formed yellow-fever ICVP signed by its maker's own key fills nothing, says
    "not verified", and the traveller from Nigeria is still to be vaccinated."""
    now = clock.now()
    forged = Signer.make("NG", "Home-made signer").hcert(icvp_payload("2020-03-01"), now - dt.timedelta(days=30),
                                                         now + dt.timedelta(days=3650), issuer="NG")
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    taps.quick_check("36.6", "listed_country")
    find(window, "country_search").setText("Nigeria")
    taps.tap("country_result_0")
    taps.tap("date_-week")
    taps.tap("country_add")
    age = find(window, "field_age_years")
    for key in ("3", "0"):
        qtbot.mouseClick(age.editor.pad.keys[key], Qt.MouseButton.LeftButton)
        settle(qtbot, window)
    taps.tap(window.screening.next)
    taps.tap("chip_none")
    taps.tap(window.screening.next)
    assert window.screening.step_title.text() == "Documents and journey"

    scanning = window.controller.scanning
    hold_to_camera(qtbot, scanning.frame_decoder, camera_frame(qr_symbol(forged), (1280, 720)))
    wait_state(qtbot, window, "vaccination_certificate", "warn")
    box = scan_box(window, "vaccination_certificate")
    assert box.headline.text() == "⚠ WHO vaccination certificate — not verified: no trust list on this kiosk"
    assert "Treated as not shown: nothing was filled from this document." in box.details.text()
    assert "A paper certificate can be recorded in secondary screening." in box.details.text()
    assert "vaccination_certificate" not in answers(window)
    record = parse_record(window.controller.current.run.to_record_data(window.controller.current.arrival))
    assert record.vaccinations == ()

    taps.land_crossing_to_decision()
    assert window.decision.banner.text.text() == "Recommended: Vaccinate"
