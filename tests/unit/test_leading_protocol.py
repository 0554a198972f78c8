"""One leading flag for every output: for every pair of shipped protocols, the stored encounter, the
referral row, the history, the alert, the slip, its QR and the FHIR bundle name the same protocol."""

from __future__ import annotations

import itertools

import pytest

from kiosk.alerts.cap import parse_cap
from kiosk.history import today_history
from kiosk.protocols import leading_protocol, load_catalog
from kiosk.records import parse_record
from kiosk.referral.directory import load_directory
from kiosk.referral.fhir import referral_bundle
from kiosk.referral.records import slip_source
from kiosk.referral.slip import ReferralInfo, claims_for, primary_assessment
from kiosk.screening import REFERRAL_DISPOSITIONS, Decision
from kiosk.services import core_services
from kiosk.store import models as m

ARRIVAL = "2026-11-29"
CASES = {  # one record per shipped protocol, each raising that protocol's most severe flag (demo situation)
    "EVD": {"temperature_c": 38.5, "symptoms": ["headache"], "itinerary": [{"country": "GN", "left": "2026-11-20"}]},
    "MVD": {"temperature_c": 38.5, "symptoms": ["headache"], "itinerary": [{"country": "RW", "left": "2026-11-10"}]},
    "CHOLERA": {"symptoms": ["watery_diarrhoea"], "itinerary": [{"country": "HT", "left": "2026-11-25"}]},
    "RESP": {"temperature_c": 38.5, "symptoms": ["cough"], "itinerary": [{"country": "CN", "left": "2026-11-25"}]},
    "MEASLES": {"temperature_c": 38.5, "symptoms": ["maculopapular_rash", "cough"]},
    "MPOX": {"temperature_c": 38.5, "symptoms": ["vesicular_rash"]},
    "YF": {"itinerary": [{"country": "NG", "left": "2026-11-25"}]},
    "POLIO": {"itinerary": [{"country": "AF", "left": "2026-11-25"}]},
    "FEVER": {"temperature_c": 38.5},
}
PAIRS = list(itertools.combinations(sorted(CASES), 2))


def merged(first: str, second: str) -> dict:
    a, b = CASES[first], CASES[second]
    record: dict = {"arrival_date": ARRIVAL, "age_years": 30,
                    "symptoms": sorted({*a.get("symptoms", []), *b.get("symptoms", [])}),
                    "itinerary": [*a.get("itinerary", []), *b.get("itinerary", [])]}
    temperatures = [c["temperature_c"] for c in (a, b) if "temperature_c" in c]
    if temperatures:
        record["temperature_c"] = max(temperatures)
    return record


def test_every_shipped_protocol_has_a_case():
    assert set(CASES) == set(load_catalog().codes)


@pytest.fixture
def services(store, clock, shipped_rules, context):
    return core_services(store, context, clock, shipped_rules)


@pytest.mark.parametrize(("first", "second"), PAIRS, ids=[f"{a}+{b}" for a, b in PAIRS])
def test_every_output_names_the_leading_protocol(services, first, second):
    service = services.screening
    record = merged(first, second)
    evaluation = service.evaluate(record)
    leading = leading_protocol(evaluation)
    assert leading == evaluation.flags[0].protocol
    assert leading in (first, second) or leading == "FEVER"
    chosen = evaluation.disposition if evaluation.disposition in REFERRAL_DISPOSITIONS else "refer"
    draft = service.start(officer_id=None, sop_id="primary", sop_version="1")
    done = service.complete(draft, record, Decision("1001", chosen, "" if chosen == evaluation.disposition
                                                    else "pair test: a referral for every pair"))

    named = {"completed": done.leading_protocol}
    with services.store.reading() as session:
        named["encounter"] = session.get(m.Encounter, draft).leading_protocol
        named["referral"] = session.get(m.Referral, done.referral_id).protocol
        outbox = session.query(m.OutboxMessage).filter_by(encounter_id=draft).one_or_none()
    named["history"] = next(row.protocol for row in today_history(services) if row.encounter_id == draft)
    source = slip_source(services.store, done.referral_id)
    assessment = primary_assessment(source.evaluation)
    named["slip"] = assessment.protocol
    directory = load_directory()
    info = ReferralInfo(referral_id=done.referral_id, issued_at=source.issued_at, kiosk_id=source.kiosk_id)
    named["qr"] = claims_for(info, assessment, directory).protocol
    bundle = referral_bundle(parse_record(source.record), source.evaluation, info, directory)
    risk = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "RiskAssessment")
    named["fhir"] = risk["prediction"][0]["outcome"]["text"]
    leading_flag = evaluation.flags[0]
    if leading_flag.alert is not None:
        assert outbox is not None
        named["alert"] = parse_cap(outbox.payload).infos[0].parameters["protocol"]
    assert named == dict.fromkeys(named, leading), named


def test_an_immediate_alert_leads_a_protocol_of_the_same_disposition(service):
    """The issue's case: cholera and Ebola both isolate; Ebola's alert is Immediate, cholera's Expected."""
    evaluation = service.evaluate(merged("CHOLERA", "EVD"))
    assert [f.protocol for f in evaluation.flags] == ["EVD", "CHOLERA"]
    assert leading_protocol(evaluation) == "EVD" and evaluation.alert.protocol == "EVD"
