"""FHIR R4 export of a referral: a ``collection`` Bundle (DOMAIN.md §8.2).

Patient (identity, passport as identifier), Encounter (the screening at the point of entry),
Observation (body temperature, LOINC 8310-5, UCUM Cel), RiskAssessment (protocol, qualitative risk),
ServiceRequest (SNOMED 3457005 "Patient referral", intent order, to the receiving facility) and a
DocumentReference carrying the slip PDF as a base64 attachment. Resources reference each other with
``urn:uuid:`` full URLs derived from the referral id, so the same referral always gives the same ids.
Plain dicts here; tests validate them with ``fhir.resources.R4B``.

A referral made in an exercise or a test is marked on the Bundle and on every resource (a resource may
be taken out of the Bundle): ``meta.tag`` HTEST (v3-ActReason "test health data") and
``urn:poe-kiosk:mode`` exercise|test; its ServiceRequest's first note says it is not a real referral.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Mapping
from typing import Any

from kiosk.records import ScreeningRecord
from kiosk.referral.directory import Directory
from kiosk.referral.qr import ACTUAL, mode_warning
from kiosk.referral.slip import ReferralInfo, primary_assessment

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
PASSPORT_SYSTEM = "urn:poe-kiosk:passport:"
REFERRAL_SYSTEM = "urn:poe-kiosk:referral-id"
MODE_SYSTEM = "urn:poe-kiosk:mode"
ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason"
_RISK_CODES = {"high": "high", "some": "moderate", "low": "low", "none": "negligible"}


def _uuid(referral_id: str, kind: str) -> str:
    return str(uuid.UUID(bytes=hashlib.sha256(f"{referral_id}/{kind}".encode()).digest()[:16], version=5))


def _dt(value: Any) -> str:
    return value.isoformat().replace("+00:00", "Z")


def referral_bundle(
    record: ScreeningRecord,
    evaluation: Mapping[str, Any],
    referral: ReferralInfo,
    directory: Directory,
    pdf: bytes | None = None,
) -> dict[str, Any]:
    """The referral as a FHIR R4 Bundle (JSON-ready dict)."""
    ids = {kind: _uuid(referral.referral_id, kind) for kind in
           ("bundle", "patient", "encounter", "temperature", "risk", "request", "document")}
    ref = {kind: f"urn:uuid:{value}" for kind, value in ids.items()}
    assessment = primary_assessment(evaluation)
    route = directory.route_for(assessment.protocol, assessment.disposition)
    issued = _dt(referral.issued_at)
    resources = [
        _patient(record, ids["patient"]),
        _encounter(ids["encounter"], ref["patient"], directory, issued),
    ]
    if record.temperature_c is not None:
        resources.append(_temperature(record, ids["temperature"], ref, issued))
    resources.append(_risk(assessment, ids["risk"], ref, issued))
    resources.append(_request(assessment, route, referral, ids["request"], ref, issued))
    if pdf is not None:
        resources.append(_document(pdf, referral, ids["document"], ref, issued))
    bundle = {
        "resourceType": "Bundle",
        "id": ids["bundle"],
        "identifier": {"system": REFERRAL_SYSTEM, "value": referral.referral_id},
        "type": "collection",
        "timestamp": issued,
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
    }
    tags = _mode_tags(referral)
    if tags:
        for resource in (bundle, *resources):
            resource["meta"] = {"tag": [dict(tag) for tag in tags]}
    return bundle


def _mode_tags(referral: ReferralInfo) -> list[dict[str, str]]:
    """``meta.tag`` of an exercise or test referral (none for a real one)."""
    if referral.mode == ACTUAL:
        return []
    return [{"system": ACT_REASON, "code": "HTEST", "display": "test health data"},
            {"system": MODE_SYSTEM, "code": referral.mode}]


def _patient(record: ScreeningRecord, rid: str) -> dict[str, Any]:
    patient: dict[str, Any] = {"resourceType": "Patient", "id": rid}
    t = record.traveller
    if t is None:
        return patient
    if t.document_number:
        patient["identifier"] = [{
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "PPN"}]},
            "system": PASSPORT_SYSTEM + (t.issuing_state or "unknown"), "value": t.document_number,
        }]
    if t.surname or t.given_names:
        name: dict[str, Any] = {"use": "official"}
        if t.surname:
            name["family"] = t.surname
        if t.given_names:
            name["given"] = t.given_names.split()
        patient["name"] = [name]
    if t.sex:
        patient["gender"] = t.sex
    if t.birth_date:
        patient["birthDate"] = t.birth_date.isoformat()
    if t.phone:
        patient["telecom"] = [{"system": "phone", "value": t.phone}]
    if t.address:
        patient["address"] = [{"text": t.address, "use": "temp"}]
    if t.language:
        patient["communication"] = [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": t.language}]}}]
    return patient


def _encounter(rid: str, patient: str, directory: Directory, issued: str) -> dict[str, Any]:
    poe = directory.point_of_entry
    return {
        "resourceType": "Encounter", "id": rid, "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "FLD", "display": "field"},
        "subject": {"reference": patient},
        "period": {"end": issued},
        "location": [{"location": {"identifier": {"system": "urn:poe-kiosk:point-of-entry", "value": poe.id},
                                   "display": poe.name}}],
    }


def _temperature(record: ScreeningRecord, rid: str, ref: dict[str, str], issued: str) -> dict[str, Any]:
    return {
        "resourceType": "Observation", "id": rid, "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                  "code": "vital-signs"}]}],
        "code": {"coding": [{"system": LOINC, "code": "8310-5", "display": "Body temperature"}]},
        "subject": {"reference": ref["patient"]}, "encounter": {"reference": ref["encounter"]},
        "effectiveDateTime": _dt(record.temperature_at) if record.temperature_at else issued,
        "valueQuantity": {"value": record.temperature_c, "unit": "Cel", "system": UCUM, "code": "Cel"},
    }


def _risk(assessment: Any, rid: str, ref: dict[str, str], issued: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "resourceType": "RiskAssessment", "id": rid, "status": "final",
        "subject": {"reference": ref["patient"]}, "encounter": {"reference": ref["encounter"]},
        "occurrenceDateTime": issued,
        "prediction": [{"outcome": {"text": assessment.protocol or "fever, no protocol matched"}}],
    }
    if assessment.risk in _RISK_CODES:
        out["prediction"][0]["qualitativeRisk"] = {"coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/risk-probability", "code": _RISK_CODES[assessment.risk]}]}
    if assessment.reasons:
        out["note"] = [{"text": reason} for reason in assessment.reasons]
    return out


def _request(assessment: Any, route: Any, referral: ReferralInfo, rid: str, ref: dict[str, str],
             issued: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "resourceType": "ServiceRequest", "id": rid,
        "identifier": [{"system": REFERRAL_SYSTEM, "value": referral.referral_id}],
        "status": "active", "intent": "order",
        "priority": "stat" if assessment.disposition == "isolate" else "urgent",
        "code": {"coding": [{"system": SNOMED, "code": "3457005", "display": "Patient referral"}]},
        "subject": {"reference": ref["patient"]}, "encounter": {"reference": ref["encounter"]},
        "authoredOn": issued,
        "performer": [{"display": f"{route.facility.name} ({route.facility.phone})"}],
        "reasonReference": [{"reference": ref["risk"]}],
        "note": [{"text": f"disposition: {assessment.disposition}; transport: {route.transport}"}],
    }
    warning = mode_warning(referral.mode, referral.exercise_id)
    if warning:
        out["note"].insert(0, {"text": warning})
    if referral.officer_id:
        out["requester"] = {"display": referral.officer_id}
    return out


def _document(pdf: bytes, referral: ReferralInfo, rid: str, ref: dict[str, str], issued: str) -> dict[str, Any]:
    return {
        "resourceType": "DocumentReference", "id": rid, "status": "current",
        "type": {"text": "Referral slip"},
        "subject": {"reference": ref["patient"]}, "date": issued,
        "context": {"encounter": [{"reference": ref["encounter"]}], "related": [{"reference": ref["request"]}]},
        "content": [{"attachment": {
            "contentType": "application/pdf", "data": base64.b64encode(pdf).decode("ascii"),
            "title": f"Referral slip {referral.referral_id}", "size": len(pdf),
            "hash": base64.b64encode(hashlib.sha1(pdf).digest()).decode("ascii"),  # FHIR R4 mandates SHA-1
        }}],
    }
