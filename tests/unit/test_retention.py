"""Retention: personal data of finished screenings goes after N days; counts, audit and unsent alerts stay."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from kiosk.cli import main
from kiosk.clock import FixedClock
from kiosk.config import DEMO_CONFIG, ConfigError, load_config
from kiosk.errors import InputError
from kiosk.records import Traveller
from kiosk.retention import (
    AUDIT_ACTION,
    IDENTITY_FIELDS,
    KEPT_TRAVELLER_FIELDS,
    purge_personal_data,
    strip_record,
)
from kiosk.screening import Decision, ScreeningService
from kiosk.store import Store, open_store
from kiosk.store import models as m

EVD_SUSPECT = {
    "arrival_date": "2026-11-29", "temperature_c": 38.4, "symptoms": ["vomiting"],
    "itinerary": [{"country": "GN", "left": "2026-11-20"}], "exposures": ["direct_care_without_ppe"],
    "traveller": {"surname": "KOUROUMA", "given_names": "ADAMA", "nationality": "GN", "document_number": "G123",
                  "birth_date": "1985-03-02", "phone": "+224 555 0199", "address": "12 Rue du Port", "sex": "male"},
    "conveyance": {"type": "air", "carrier": "XL", "flight_number": "XL123", "seat": "14C"},
}
CLEAR = {"arrival_date": "2026-11-29", "temperature_c": 36.8,
         "traveller": {"surname": "SILVA", "given_names": "ANA", "nationality": "PT", "document_number": "P987"}}
PERSONAL = ("KOUROUMA", "ADAMA", "G123", "1985-03-02", "+224 555 0199", "12 Rue du Port", "14C", "SILVA", "P987",
            "coughing")


def _complete(service: ScreeningService, record: dict, **decision: str) -> str:
    draft = service.start(officer_id=None, sop_id="primary", sop_version="1")
    service.save_progress(draft, {"surname": record["traveller"]["surname"], "note": "coughing"}, ["first"])
    return service.complete(draft, record, Decision(officer_id="1001", **decision)).encounter_id


def _ack_all(store: Store) -> None:
    with store.transaction() as session:
        session.execute(update(m.OutboxMessage).values(status="acked"))


def _database_text(store: Store) -> str:
    """Every personal-data-bearing column of the store, as one text to search."""
    with store.reading() as session:
        rows = [*session.execute(select(m.Traveller)).scalars(), *session.execute(select(m.Encounter)).scalars()]
        return json.dumps([{c.name: getattr(row, c.name) for c in row.__table__.columns} for row in rows], default=str)


def test_personal_data_is_gone_after_the_period_and_the_counts_stay(service: ScreeningService, clock: FixedClock,
                                                                     tmp_path: Path) -> None:
    isolated = _complete(service, EVD_SUSPECT)
    with service.store.transaction() as session:  # as the window stores it (kiosk.repeats)
        session.get(m.Encounter, isolated).document_key = "a" * 64
    _complete(service, CLEAR)
    _complete(service, {**EVD_SUSPECT, "traveller": {**EVD_SUSPECT["traveller"], "document_number": "G124"}},
              disposition="refer", override_reason="Traveller coughing, sent to the clinic")
    _ack_all(service.store)
    slips = tmp_path / "slips"
    slips.mkdir()
    with service.store.transaction() as session:
        referral = session.scalars(select(m.Referral).where(m.Referral.encounter_id == isolated)).one()
        (slips / f"slip-{referral.id}.pdf").write_bytes(b"%PDF-1.4 KOUROUMA")
        referral.pdf_path = str(slips / f"slip-{referral.id}.pdf")
    counts_before = service.today()
    assert all(text in _database_text(service.store) for text in PERSONAL)

    clock.advance(days=91)
    result = purge_personal_data(service.store, clock, service.context, 90, slip_folders=[slips])

    assert (result.encounters, result.travellers, result.slips_deleted, result.waiting_for_ack) == (3, 3, 1, 0)
    text = _database_text(service.store)
    assert [item for item in PERSONAL if item in text] == []
    assert list(slips.iterdir()) == []
    with service.store.reading() as session:
        encounter = session.get(m.Encounter, isolated)
        traveller = session.get(m.Traveller, encounter.traveller_id)
        assert encounter.record["traveller"] == {"sex": "male", "nationality": "GN"}
        assert encounter.record["age_years"] == 41.0 and encounter.record["conveyance"]["flight_number"] == "XL123"
        assert encounter.answers == {} and encounter.purged_at == clock.now()
        assert encounter.document_key is None
        assert traveller.reference.startswith("T") and traveller.nationality == "GN"
        assert all(not getattr(traveller, name) for name in IDENTITY_FIELDS)
        assert session.scalar(select(func.count()).select_from(m.Encounter)) == 3
        audit = session.scalars(select(m.AuditEvent).where(m.AuditEvent.action == AUDIT_ACTION)).one()
        assert audit.detail["encounters"] == 3 and audit.detail["days"] == 90
        assert session.scalar(select(func.count()).select_from(m.AuditEvent)
                              .where(m.AuditEvent.action == "encounter.completed")) == 3
    clock.advance(days=-91)
    assert service.today() == counts_before


def test_screenings_whose_alert_is_not_acknowledged_are_left_whole(service: ScreeningService,
                                                                     clock: FixedClock) -> None:
    waiting = _complete(service, EVD_SUSPECT)
    clock.advance(days=200)

    result = purge_personal_data(service.store, clock, service.context, 90)

    assert (result.encounters, result.waiting_for_ack) == (0, 1)
    assert "KOUROUMA" in _database_text(service.store)
    with service.store.reading() as session:
        message = session.scalars(select(m.OutboxMessage).where(m.OutboxMessage.encounter_id == waiting)).one()
        assert message.status == "queued" and session.get(m.Encounter, waiting).purged_at is None
    _ack_all(service.store)
    assert purge_personal_data(service.store, clock, service.context, 90).encounters == 1
    assert "KOUROUMA" not in _database_text(service.store)


def test_recent_and_open_screenings_are_kept_and_a_second_run_purges_nothing(service: ScreeningService,
                                                                             clock: FixedClock) -> None:
    _complete(service, CLEAR)
    draft = service.start(officer_id=None, sop_id="primary", sop_version="1")
    service.save_progress(draft, {"surname": "OPEN-DRAFT"}, ["first"])
    clock.advance(days=89)
    assert purge_personal_data(service.store, clock, service.context, 90).encounters == 0
    clock.advance(days=2)

    first = purge_personal_data(service.store, clock, service.context, 90)
    second = purge_personal_data(service.store, clock, service.context, 90)

    assert (first.encounters, first.travellers) == (1, 1)
    assert (second.encounters, second.travellers, second.slips_deleted) == (0, 0, 0)
    assert "OPEN-DRAFT" in _database_text(service.store) and "SILVA" not in _database_text(service.store)
    with service.store.reading() as session:
        runs = session.scalars(select(m.AuditEvent.detail).where(m.AuditEvent.action == AUDIT_ACTION)).all()
    assert [run["encounters"] for run in runs] == [0, 1, 0]


def test_a_slip_that_cannot_be_deleted_keeps_its_screening_for_the_next_run(service: ScreeningService,
                                                                            clock: FixedClock, tmp_path: Path) -> None:
    encounter_id = _complete(service, EVD_SUSPECT)
    _ack_all(service.store)
    stuck = tmp_path / "stuck"
    (stuck / "slip.pdf").mkdir(parents=True)  # a directory: unlink() fails whoever runs the test
    with service.store.transaction() as session:
        session.execute(update(m.Referral).values(pdf_path=str(stuck / "slip.pdf")))
    clock.advance(days=91)

    result = purge_personal_data(service.store, clock, service.context, 90)

    assert result.encounters == 0 and result.slips_not_deleted == (str(stuck / "slip.pdf"),)
    with service.store.reading() as session:
        assert session.get(m.Encounter, encounter_id).purged_at is None


def test_every_traveller_field_is_either_purged_or_kept_on_purpose() -> None:
    """A new identity field in kiosk.records must be sorted into one list (or it would escape the purge)."""
    assert sorted([*IDENTITY_FIELDS, *KEPT_TRAVELLER_FIELDS]) == sorted(f.name for f in dataclasses.fields(Traveller))


def test_strip_record_keeps_health_facts_only() -> None:
    stripped = strip_record(EVD_SUSPECT)
    assert stripped["symptoms"] == ["vomiting"] and stripped["itinerary"] == EVD_SUSPECT["itinerary"]
    assert stripped["traveller"] == {"sex": "male", "nationality": "GN"} and "seat" not in stripped["conveyance"]
    assert "traveller" not in strip_record({"arrival_date": "2026-11-29", "traveller": {"surname": "X"}})
    assert strip_record(None) is None


@pytest.mark.parametrize("days", [0, -1, 4000, True, 1.5])
def test_an_impossible_period_is_refused(service: ScreeningService, clock: FixedClock, days: object) -> None:
    with pytest.raises(InputError, match="days"):
        purge_personal_data(service.store, clock, service.context, days)  # type: ignore[arg-type]


def test_the_period_is_a_configuration_key_with_a_documented_default(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(DEMO_CONFIG, encoding="utf-8")
    assert load_config(path).retention.days == 90
    path.write_text(DEMO_CONFIG.replace("days = 90", "days = 30"), encoding="utf-8")
    assert load_config(path).retention.days == 30
    path.write_text(DEMO_CONFIG.replace("days = 90", 'days = "ninety"'), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"retention\.days: 'ninety' is not a whole number of days"):
        load_config(path)
    docs = Path(__file__).parents[2] / "docs"
    assert "`retention.days`" in (docs / "ui.md").read_text(encoding="utf-8")


def test_retention_run_command_uses_the_configured_kiosk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config_path = tmp_path / "kiosk.toml"
    config_path.write_text(DEMO_CONFIG.replace('data_dir = ""', f'data_dir = "{tmp_path / "data"}"'), encoding="utf-8")
    config = load_config(config_path)
    store = open_store(config.database_url)
    old = FixedClock(dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.UTC))
    from kiosk.screening import KioskContext, Rules, SiteInfo

    site = config.site
    service = ScreeningService(store, old, Rules.shipped(),
                               KioskContext(SiteInfo(site.id, site.name, site.kind, site.country), config.kiosk.id))
    service.ensure_site()
    _complete(service, {**CLEAR, "arrival_date": "2025-01-06"})
    store.close()

    assert main(["retention", "run", "--config", str(config_path), "--days", "30"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["encounters"], out["travellers"], out["days"]) == (1, 1, 30)
    assert main(["retention", "run", "--config", str(config_path), "--days", "0"]) == 2
    assert "days: 0 is not a whole number of days" in capsys.readouterr().err
