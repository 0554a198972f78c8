"""Early notice and repeat encounters in the real window: a suspected Ebola case reaches the outbox as
a CAP Alert (certainty Possible) while the screening is still going on, the decision follows as its
Update (or Cancel); the secondary queue shows protocol, severity and waiting time; the same passport
seen again shows the earlier decision and its time on the decision page."""

from __future__ import annotations

import datetime as dt

import pytest
from kiosk_gui_helpers import Taps, find, settle, sign_in, wedge_scan
from sqlalchemy import select

from kiosk.alerts.cap import parse_cap
from kiosk.store import models as m

pytestmark = pytest.mark.gui

MRZ = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def messages(services) -> list:
    with services.store.reading() as session:
        rows = session.scalars(select(m.OutboxMessage).where(m.OutboxMessage.topic.contains("/alerts/"))
                               .order_by(m.OutboxMessage.created_at, m.OutboxMessage.id))
        return [parse_cap(row.payload) for row in rows]  # (a monitor decision also queues a follow-up record)


def add_country(taps: Taps, window, search: str, days_ago: int) -> None:
    """The best match for ``search`` (tapped), left ``days_ago`` days ago (digits, then "… days ago")."""
    find(window, "country_search").setText(search)
    taps.tap("country_result_0")
    for digit in str(days_ago):
        taps.tap(f"date_key_{digit}")
    taps.tap("date_days_ago")
    taps.tap("country_add")


def ebola_traveller_to_documents(qtbot, window, officer: str) -> Taps:
    """Fever, headache, Guinea a week ago: the live flags reach Ebola isolate on the travel page."""
    sign_in(qtbot, window, officer)
    taps = Taps(qtbot, window)
    taps.quick_check("38.7", "feels_unwell", "listed_country")
    taps.symptoms("fever", "headache")
    add_country(taps, window, "Guinea", 7)
    settle(qtbot, window)
    assert "Isolate" in window.screening.flags.banner.text.text()
    taps.tap(window.screening.next)
    taps.tap("chip_body_fluid_contact")
    taps.tap(window.screening.next)
    return taps


def scan_passport(qtbot, window) -> None:
    wedge_scan(qtbot, window, MRZ)
    box = window.controller.boxes["travel_document"].editor
    qtbot.waitUntil(lambda: box.state == "ok", timeout=10_000)
    settle(qtbot, window)


def test_the_early_notice_leaves_before_anyone_decides_and_the_queue_shows_it_first(qtbot, window, services, clock):
    taps = ebola_traveller_to_documents(qtbot, window, "S1")
    assert window.stack.currentWidget() is window.screening  # nobody has decided anything yet
    (notice,) = messages(services)
    assert (notice.msg_type, notice.infos[0].certainty) == ("Alert", "Possible")
    assert notice.infos[0].parameters["assessment"] == "in-progress"
    assert notice.infos[0].parameters["protocol"] == "EVD"
    taps.land_crossing_to_decision()
    taps.tap(window.decision.to_secondary)
    assert len(messages(services)) == 1  # sending to secondary sends nothing more
    clock.advance(minutes=17)
    window.refresh_home()
    settle(qtbot, window)
    row = window.home.queue.item(0).text()
    assert "Ebola" in row and "Severe" in row and "Isolate" in row and "waiting 17 min" in row, row


def test_the_decision_follows_as_an_update_referencing_the_notice(qtbot, window, services, clock):
    taps = ebola_traveller_to_documents(qtbot, window, "H1")
    clock.advance(minutes=6)
    taps.land_crossing_to_decision()
    taps.tap(window.decision.confirm)
    assert window.stack.currentWidget() is window.home
    notice, update = messages(services)
    assert update.msg_type == "Update" and notice.infos[0].certainty == "Possible"
    assert [ref.text() for ref in update.references] == [f"{notice.sender},{notice.identifier},{notice.sent_text}"]
    assert update.infos[0].parameters["disposition"] == "isolate"
    assert update.infos[0].parameters["flagged-at"] == notice.infos[0].parameters["flagged-at"]


def test_the_same_passport_again_shows_the_earlier_isolation_and_its_time(qtbot, window, services, clock):
    taps = ebola_traveller_to_documents(qtbot, window, "H1")
    scan_passport(qtbot, window)
    taps.land_crossing_to_decision()
    assert not window.decision.repeat_note.isVisible()  # first time at this kiosk
    taps.tap(window.decision.confirm)
    with services.store.reading() as session:
        keys = session.scalars(select(m.Encounter.document_key)).all()
    assert keys[0] and "L898902C3" not in keys[0]

    clock.advance(minutes=9)
    taps.quick_check("36.6", "listed_country")
    add_country(taps, window, "France", 0)
    taps.tap(window.screening.next)
    taps.tap("chip_none")
    taps.tap(window.screening.next)
    assert window.screening.step_title.text() == "Documents and journey"
    scan_passport(qtbot, window)
    form_note = window.screening.flags.repeat_note
    assert form_note.isVisible() and "9 min ago" in form_note.text()  # as soon as the passport is read
    taps.land_crossing()
    assert window.screening.next.text() == "Finish"  # no fast lane past the warning
    taps.tap(window.screening.next)
    assert window.stack.currentWidget() is window.decision
    note = window.decision.repeat_note
    assert note.isVisible()
    assert note.text().startswith("This document was screened at this kiosk 9 min ago (")
    assert note.text().endswith("): Isolate — Ebola virus disease"), note.text()
    assert window.decision.banner.text.text() == "Recommended: Clear"
    taps.tap(window.decision.confirm)
    taps.tap(window.home.start)  # the next traveller starts without the warning
    assert not window.screening.flags.repeat_note.isVisible()


def test_the_queue_row_and_the_repeat_warning_in_french(qtbot, qapp, make_window, services, clock):
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from kiosk.repeats import Repeat
    from kiosk.screening import DraftSummary
    from ui.app import install_translators

    translators = install_translators(qapp, "fr")
    try:
        window = make_window(services, "fr")
        controller = window.controller
        now = clock.now()
        waiting = DraftSummary("e1", "primary", "primary", "S1", now - dt.timedelta(minutes=17), {}, [], "fr",
                               recommended="isolate", protocol="EVD", severity="Severe", urgency="Immediate")
        row = controller.queue_text(waiting, now)
        assert row.startswith("Maladie à virus Ebola · Grave · Isoler — attente 17 min (depuis "), row
        earlier = Repeat("e0", now - dt.timedelta(minutes=9), "isolate", "EVD")
        text = controller.repeat_text(earlier, now)
        assert text.startswith("Ce document a été contrôlé à ce poste il y a 9 min ("), text
        assert text.endswith(") : Isoler — Maladie à virus Ebola"), text
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)


def tap_in(taps: Taps, window, field_id: str, name: str) -> None:
    taps.tap(find(find(window, f"field_{field_id}"), name))


def test_secondary_ruling_it_out_sends_a_cancel_of_the_notice(qtbot, window, services, clock):
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    taps.quick_check("38.7", "listed_country")  # feverish at the kiosk, just back from Guinea
    assert window.screening.step_title.text() == "Symptoms"
    tap_in(taps, window, "symptoms", "chip_none")
    tap_in(taps, window, "fever_medicine", "no")
    taps.tap(window.screening.next)
    assert window.screening.step_title.text() == "Travel"
    add_country(taps, window, "Guinea", 7)
    taps.tap(window.screening.next)
    taps.tap("chip_none")
    taps.tap(window.screening.next)
    taps.land_crossing_to_decision()
    assert window.decision.banner.text.text() == "Recommended: Isolate"
    (notice,) = messages(services)
    assert notice.infos[0].certainty == "Possible"
    taps.tap(window.decision.to_secondary)
    taps.tap(window.home.bar.sign_out)

    clock.advance(minutes=25)
    sign_in(qtbot, window, "H1")
    taps.tap(window.home.take)
    screen = window.screening
    assert screen.step_title.text() == "Clinical temperature"
    taps.tap("prefix_36")  # the clinical reading: no fever after all
    taps.tap("key_8")
    taps.tap("chip_oral")
    tap_in(taps, window, "fever_medicine", "no")
    taps.tap("chip_well")
    taps.tap(screen.next)
    assert screen.step_title.text() == "Symptoms"
    tap_in(taps, window, "fever_reported", "no")
    tap_in(taps, window, "symptoms", "chip_none")
    taps.tap(screen.next)
    tap_in(taps, window, "long_stay", "no")
    taps.tap(screen.next)
    assert "exposure" in screen.step_title.text().lower()
    for field_id in ("exp_body_fluids", "exp_care_no_ppe", "exp_household", "exp_funeral", "exp_lab",
                     "exp_health_work", "exp_close_contact", "exp_same_vehicle", "exp_measles", "exp_mpox",
                     "exp_animals"):
        tap_in(taps, window, field_id, "no")
    taps.tap(screen.next)
    tap_in(taps, window, "yf_certificate", "chip_none")
    tap_in(taps, window, "polio_certificate", "chip_none")
    taps.tap(screen.next)
    for name, text in (("text_surname", "DIALLO"), ("text_given_names", "AMINATA"), ("text_phone", "+224 620 00 00 00"),
                       ("text_address", "Hotel du Lac, room 12")):
        widget = find(window, name)
        widget.setText(text)
        widget.editingFinished.emit()
    settle(qtbot, window)
    taps.tap(screen.next)
    assert window.stack.currentWidget() is window.decision, screen.message.text()
    assert window.decision.banner.text.text() == "Recommended: Monitor"
    taps.tap(window.decision.confirm)

    notice, cancel = messages(services)
    assert cancel.msg_type == "Cancel" and cancel.references[0].identifier == notice.identifier
    assert cancel.infos[0].parameters["assessment"] == "ruled-out"
    assert cancel.infos[0].parameters["disposition"] == "monitor"
    assert cancel.sent - notice.sent == dt.timedelta(minutes=25)
