"""The screening service: drafts saved as answered, one transaction per completion, audited decisions."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kiosk.errors import InputError, KioskError
from kiosk.screening import Decision, ScreeningService
from kiosk.store import models as m

CLEAR = {"arrival_date": "2026-11-29", "temperature_c": 36.8}
EVD_SUSPECT = {
    "arrival_date": "2026-11-29", "temperature_c": 38.4, "symptoms": ["vomiting"],
    "itinerary": [{"country": "GN", "left": "2026-11-20"}], "exposures": ["direct_care_without_ppe"],
    "traveller": {"surname": "KOUROUMA", "given_names": "ADAMA", "nationality": "GN", "document_number": "G123"},
}


def _start(service: ScreeningService, stage: str = "primary") -> str:
    return service.start(officer_id=None, sop_id=stage, sop_version="1", stage=stage)


def _count(service: ScreeningService, model: type) -> int:
    with service.store.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_draft_answers_are_saved_and_offered_for_resumption(service: ScreeningService) -> None:
    draft = _start(service)
    service.save_progress(draft, {"temperature": 37.0, "any_symptoms": False}, ["first"], language="ar")
    (summary,) = service.drafts()
    assert summary.encounter_id == draft
    assert summary.answers == {"temperature": 37.0, "any_symptoms": False}
    assert summary.path == ["first"] and summary.language == "ar"


def test_clear_traveller_completes_without_referral_or_alert(service: ScreeningService) -> None:
    done = service.complete(_start(service), CLEAR, Decision(officer_id="1001"))
    assert (done.disposition, done.referral_id, done.alert_identifier) == ("clear", None, None)
    assert _count(service, m.Referral) == 0 and _count(service, m.OutboxMessage) == 0
    assert service.drafts() == []
    assert service.today().screened == 1 and service.today().flagged == 0


def test_evd_suspect_writes_encounter_referral_alert_and_audit_together(service: ScreeningService) -> None:
    done = service.complete(_start(service), EVD_SUSPECT, Decision(officer_id="1001"))
    assert done.disposition == "isolate" and done.referral_id and done.alert_identifier
    with service.store.reading() as session:
        encounter = session.get(m.Encounter, done.encounter_id)
        referral = session.get(m.Referral, done.referral_id)
        message = session.scalars(select(m.OutboxMessage)).one()
        actions = session.scalars(select(m.AuditEvent.action)).all()
        traveller = session.get(m.Traveller, encounter.traveller_id)
    assert encounter.status == "completed" and encounter.evaluation["flags"][0]["protocol"] == "EVD"
    assert referral.protocol == "EVD" and referral.follow_up_until == dt.date(2026, 12, 11)
    assert message.status == "queued" and message.encounter_id == done.encounter_id
    assert b"KOUROUMA" not in message.payload and b"G123" not in message.payload
    assert traveller.reference.encode() in message.payload
    assert "encounter.completed" in actions
    counts = service.today()
    assert (counts.flagged, counts.isolated) == (1, 1)


def test_override_needs_a_reason_and_is_audited(service: ScreeningService) -> None:
    draft = _start(service)
    with pytest.raises(InputError, match="override_reason"):
        service.complete(draft, CLEAR, Decision(officer_id="1001", disposition="refer"))
    assert service.encounter(draft).status == "draft"
    done = service.complete(draft, CLEAR, Decision("1001", "refer", "traveller reports chest pain"))
    assert (done.recommended, done.disposition) == ("clear", "refer")
    with service.store.reading() as session:
        event = session.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "decision.override")).one()
    assert event.detail == {"recommended": "clear", "chosen": "refer", "reason": "traveller reports chest pain"}
    assert event.actor == "1001"


def test_bad_record_is_refused_and_the_draft_is_kept(service: ScreeningService) -> None:
    draft = _start(service)
    service.save_progress(draft, {"temperature": 51}, ["first"])
    with pytest.raises(InputError, match="temperature_c"):
        service.complete(draft, {**CLEAR, "temperature_c": 51}, Decision("1001"))
    assert service.drafts()[0].answers == {"temperature": 51}


def test_a_failure_inside_the_transaction_leaves_nothing(service: ScreeningService, monkeypatch) -> None:
    draft = _start(service)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(service, "_alert_for", broken)
    with pytest.raises(RuntimeError):
        service.complete(draft, EVD_SUSPECT, Decision("1001"))
    assert service.encounter(draft).status == "draft"
    assert _count(service, m.Referral) == 0 and _count(service, m.Traveller) == 0


def test_completed_encounter_cannot_be_completed_again(service: ScreeningService) -> None:
    draft = _start(service)
    service.complete(draft, CLEAR, Decision("1001"))
    with pytest.raises(KioskError, match="already completed"):
        service.complete(draft, CLEAR, Decision("1001"))


def test_primary_to_secondary_queue_and_completion(service: ScreeningService) -> None:
    with service.store.transaction() as session:
        session.add(m.Officer(id="1001", name="H. Officer", role="health_officer", pin_hash="x",
                              failed_attempts=0, active=True, created_at=service.clock.now()))
    primary = _start(service)
    service.refer_to_secondary(primary, EVD_SUSPECT, officer_id="2001")
    (queued,) = service.secondary_queue()
    assert queued.encounter_id == primary
    secondary = service.start(officer_id="1001", sop_id="secondary", sop_version="1", stage="secondary",
                              parent_id=primary)
    assert service.secondary_queue() == []
    service.complete(secondary, EVD_SUSPECT, Decision("1001"))
    assert service.encounter(primary).status == "closed_in_secondary"
    assert service.today().screened == 1


def test_same_document_reuses_the_traveller_pseudonym(service: ScreeningService) -> None:
    first = service.complete(_start(service), EVD_SUSPECT, Decision("1001"))
    second = service.complete(_start(service), EVD_SUSPECT, Decision("1001"))
    assert first.traveller_reference == second.traveller_reference
    assert _count(service, m.Traveller) == 1


def test_secondary_queue_is_worst_first_with_protocol_and_severity(service: ScreeningService, clock) -> None:
    fever = _start(service)
    service.refer_to_secondary(fever, {"arrival_date": "2026-11-29", "temperature_c": 38.6}, None)
    clock.advance(minutes=5)
    evd = _start(service)
    service.refer_to_secondary(evd, EVD_SUSPECT, None)
    first, second = service.secondary_queue()
    assert (first.encounter_id, first.protocol, first.severity, first.recommended) == (evd, "EVD", "Severe", "isolate")
    assert (second.encounter_id, second.protocol, second.severity, second.recommended) == (fever, "FEVER", "", "refer")
