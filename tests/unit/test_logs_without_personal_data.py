"""A failed database write of an encounter leaves no personal data in the log (nor in the error's text)."""

from __future__ import annotations

import logging
import traceback

import pytest
from sqlalchemy import text

from kiosk.screening import Decision, ScreeningService
from kiosk.store import Store

TRAVELLER = {"surname": "KOUROUMAXYZ", "given_names": "ADAMAQ", "nationality": "GN", "document_number": "G98765432",
             "birth_date": "1983-07-14", "phone": "+224 620 55 41 98"}
RECORD = {"arrival_date": "2026-11-29", "temperature_c": 38.4, "symptoms": ["vomiting"],
          "itinerary": [{"country": "GN", "left": "2026-11-20"}], "exposures": ["direct_care_without_ppe"],
          "traveller": TRAVELLER}
PERSONAL = ("KOUROUMAXYZ", "ADAMAQ", "G98765432", "1983-07-14", "620 55 41 98")


@pytest.mark.parametrize("table", ["travellers", "referrals", "outbox"])
def test_a_failed_encounter_write_logs_no_personal_data(table, tmp_path, clock, shipped_rules, context, caplog):
    store = Store(f"sqlite:///{tmp_path / 'kiosk.sqlite'}")
    service = ScreeningService(store, clock, shipped_rules, context)
    service.ensure_site()
    draft = service.start(officer_id=None, sop_id="primary", sop_version="1")
    with store.connection() as connection:  # the disk "fails" on this table's insert
        connection.execute(text(f"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} "
                                "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"))
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)  # even with SQL echo on
    try:
        with pytest.raises(Exception) as failed:
            service.complete(draft, RECORD, Decision("1001"))
        assert "disk I/O error" in str(failed.value)  # the failure is the one provoked
        # what the window's background helper and the CLI do with an unexpected failure
        logging.getLogger("ui.tasks").error("background operation failed", exc_info=failed.value)
        logging.getLogger("kiosk.cli").debug("unexpected failure", exc_info=failed.value)
        written = caplog.text + str(failed.value) + repr(failed.value) + "".join(
            traceback.format_exception(failed.value))
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        store.close()
    leaked = [value for value in PERSONAL if value in written]
    assert leaked == []
