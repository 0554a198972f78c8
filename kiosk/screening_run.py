"""``poe-kiosk screening run``: travellers screened headless through the window's own session.

Each traveller (one JSON object: ``record``, ``answers``, ``scans``, ``language``, ``role``, ``decision``)
walks the SOP page by page as taps would: the session answers each question on the page from the record
through the field's binding (``answers`` add or override, by SOP field id), scans go to the scan question
of the page that takes them (the window's merge rules), then the page is left with ``next``. The
session is headless (``SopRun.headless``): a required question the input does not answer does not stop
the walk; the output lists it under ``unanswered``. Every
traveller of an input is walked in memory first: a refusal (exit 2, one line naming the field) stores
nothing. Then each is stored as the window stores it: a draft saved after the answers, completed with
``complete``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from kiosk.auth import ROLES, OfficerInfo, may
from kiosk.errors import InputError
from kiosk.session import ScreeningSession

TRAVELLER_KEYS = ("record", "answers", "scans", "language", "role", "decision")
DECISION_KEYS = ("disposition", "override_reason")
MAX_STEPS = 200
PROTOCOL_PARTS = ("vaccinations", "itinerary")
"""Record parts a document can fill that the protocols read."""


@dataclasses.dataclass
class Planned:
    """One traveller walked in memory: the session, the pages shown, the documents read."""

    session: ScreeningSession
    pages: list[str]
    documents: list[dict[str, Any]]
    decision: Mapping[str, Any] | None


def run_travellers(services: Any, items: list[Any], *, complete: bool) -> list[dict[str, Any]]:
    """Walk every traveller (refusing before anything is stored), then store and report each."""
    planned = [plan(services, item, f"[{index}]" if len(items) > 1 else "", complete=complete)
               for index, item in enumerate(items)]
    return [store(services, item, complete=complete) for item in planned]


# ---------------------------------------------------------------------------------------- walking


def plan(services: Any, item: Any, where: str = "", *, complete: bool = True) -> Planned:
    """Walk one traveller through the SOP in memory; InputError names the field at fault."""
    try:
        planned = _plan(services, item)
        if complete:
            _check_role(planned, services.screening.context.mode)
        return planned
    except InputError as error:
        raise InputError(f"{where}.{error.field}" if where else error.field, error.reason) from None


def _plan(services: Any, item: Any) -> Planned:
    if not isinstance(item, Mapping):
        raise InputError("traveller", "must be a JSON object")
    for key in item:
        if key not in TRAVELLER_KEYS:
            raise InputError(str(key), f"is not a traveller field ({', '.join(TRAVELLER_KEYS)})")
    record = _object(item.get("record"), "record")
    answers = _object(item.get("answers"), "answers")
    scans = item.get("scans") or []
    if not isinstance(scans, list) or not all(isinstance(text, str) for text in scans):
        raise InputError("scans", "must be a list of texts")
    language = item.get("language") or services.languages[0]
    if language not in services.languages:
        raise InputError("language", f"{language!r} is not one of {', '.join(services.languages)}")
    role = item.get("role") or "health_officer"
    if role not in ROLES:
        raise InputError("role", f"{role!r} is not one of {', '.join(ROLES)}")
    decision = _decision(item.get("decision"))
    from kiosk.records import parse_record

    screening = services.screening
    record = {"arrival_date": services.clock.today().isoformat(), **record}
    try:
        parse_record(record)  # the record's own refusals first, named as in ``evaluate``
    except InputError as error:
        raise InputError(f"record.{error.field}" if error.field != "record" else "record", error.reason) from None
    sop = services.sop("primary")
    officer = OfficerInfo(id="CLI", name="screening run", role=role)
    session = ScreeningSession(screening, sop, encounter_id=f"planned-{uuid.uuid4()}", stage="primary",
                               language=language, arrival=dt.date.fromisoformat(str(record["arrival_date"])),
                               officer=officer, headless=True)
    pages, documents = _walk(services, session, record, answers, scans)
    _check_consistent(session)
    planned = Planned(session, pages, documents, decision)
    _check_decision(planned)
    return planned


def _check_consistent(session: ScreeningSession) -> None:
    """The completion's consistency check (age vs birth date), made while nothing is stored yet."""
    from kiosk.consistency import ContradictoryAge, check_consistent
    from kiosk.records import parse_record

    record, _ = session.record()
    if record is None:
        return
    try:
        check_consistent(parse_record(record))
    except ContradictoryAge as error:
        raise InputError("record.age_years, record.traveller.birth_date", error.reason) from None


def _object(value: Any, name: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InputError(name, "must be a JSON object")
    return dict(value)


def _decision(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InputError("decision", "must be a JSON object")
    for key in value:
        if key not in DECISION_KEYS:
            raise InputError(f"decision.{key}", f"is not a decision field ({', '.join(DECISION_KEYS)})")
    disposition = value.get("disposition")
    if disposition is not None and not isinstance(disposition, str):
        raise InputError("decision.disposition", "must be a text")
    reason = value.get("override_reason", "")
    if not isinstance(reason, str):
        raise InputError("decision.override_reason", "must be a text")
    return {"disposition": disposition, "override_reason": reason}


def _walk(services: Any, session: ScreeningSession, record: dict[str, Any], answers: dict[str, Any],
          scans: list[str]) -> tuple[list[str], list[dict[str, Any]]]:
    from kiosk.scan import parse_texts

    for field_id in answers:
        if not session.sop.has_field(str(field_id)):
            raise InputError(f"answers.{field_id}", "is not a question of this SOP")
    results = parse_texts(scans, services.clock.now(), None) if scans else []
    waiting = list(results)
    documents: list[dict[str, Any]] = []
    pages: list[str] = []
    run = session.run
    while run.current_step is not None and not run.is_finished:
        if len(pages) >= MAX_STEPS:
            raise InputError("answers", "the SOP does not come to an end with these answers")
        step = run.current_step
        pages.append(step.id)
        waiting = _scan_on_page(session, waiting, documents)
        for _ in range(3):  # an answer can show further questions (conveyance type → flight number)
            _answer_page(services, session, record, answers)
        errors = session.next()
        if errors:
            raise _refusal(session, errors[0])
    for result in waiting:
        documents.append(_document(result, applied=False))
    return pages, documents


def _scan_on_page(session: ScreeningSession, results: list[Any], documents: list[dict[str, Any]]) -> list[Any]:
    """Give each document to the page's scan question that takes it; the others wait for a later page."""
    from kiosk.documents.usage import usable_prefill

    left = []
    for result in results:
        target = session.target_for(result.kind)
        if target is None:
            left.append(result)
            continue
        outcome = session.apply_document(target.id, result, result.kind)
        fill = usable_prefill(result)
        used = outcome.applied and any(fill.data.get(part) for part in PROTOCOL_PARTS)
        documents.append(_document(result, applied=outcome.applied, used=used))
    return left


def _document(result: Any, *, applied: bool, used: bool = False) -> dict[str, Any]:
    from kiosk.documents.usage import assess

    use = assess(result)
    return {"kind": result.kind, "verified": bool(use.verified), "usable": bool(use.usable), "applied": applied,
            "used_by_protocols": used}


def _answer_page(services: Any, session: ScreeningSession, record: Mapping[str, Any],
                 answers: Mapping[str, Any]) -> None:
    run = session.run
    for field in run.visible_fields():
        if field.type == "document_scan":
            continue
        if field.id in answers:
            value = answers[field.id]
        elif field.id in run.raw_answers:
            continue
        else:
            value = answer_from_record(field, record, services)
            if value is None:
                continue
        errors = session.answer(field.id, value)
        if errors and errors[0].key != "required":
            raise _refusal(session, errors[0], given=field.id in answers)


def _refusal(session: ScreeningSession, error: Any, given: bool = False) -> InputError:
    """An answer error named by the input field it came from (``answers.<id>`` or ``record.<binds>``)."""
    field_id = error.field.split("[")[0].split(".")[0]
    field = session.sop.field(field_id) if session.sop.has_field(field_id) else None
    if field is not None and field.binds and not given:
        name = f"record.{field.binds}"
    else:
        name = f"answers.{field_id}"
    return InputError(name, f"{error.message} (question {field_id!r} on page {session.step.id!r})")


def answer_from_record(field: Any, record: Mapping[str, Any], services: Any) -> Any:
    """The answer a record gives to an SOP question through its binding (None: no answer).

    Unbound questions take their cautious default: a yes/no question ``no``, a list with "none of
    these" none, the quick check's list what the record shows (fever, symptoms, a listed country,
    an exposure); ``answers`` override them.
    """
    target = field.binds or ""
    if not target:
        return _unbound_default(field, record, services)
    head, _, name = target.partition(".")
    if target in ("temperature_c", "age_years", "fever_reported", "symptom_onset"):
        return record.get(target)
    if target in ("symptoms", "exposures"):
        given = record.get(target) or []
        return [code for code in given if code in field.choice_codes]
    if head in ("symptoms", "exposures") and name:
        return name in (record.get(head) or [])
    if target == "itinerary":
        return record.get("itinerary") or []
    if head == "vaccinations" and name:
        dose = next((d for d in record.get("vaccinations") or [] if d.get("vaccine") == name), None)
        return dose.get("date") if dose else None
    if head in ("traveller", "conveyance") and name:
        return (record.get(head) or {}).get(name)
    return None


def _unbound_default(field: Any, record: Mapping[str, Any], services: Any) -> Any:
    if field.id == "red_flags":
        return _quick_check(field, record, services)
    if not field.required:
        return None
    if field.type == "yes_no":
        return False
    if field.type == "multi_choice" and field.none_label:
        return []
    return None


def _quick_check(field: Any, record: Mapping[str, Any], services: Any) -> list[str]:
    """The quick check's "does any of this apply" from the record: what an officer would tick."""
    rules = services.screening.rules
    today = services.clock.today()
    listed: set[str] = set()
    for protocol in rules.catalog.protocols:
        listed.update(rules.situation.affected_areas(protocol.code, today, protocol.affected_days_after_last_case))
    for rule in rules.situation.certificates.values():
        listed.update(rule.required_from)
    temperature = record.get("temperature_c")
    chosen = []
    if record.get("symptoms") or record.get("fever_reported") or (temperature is not None and temperature >= 38.0):
        chosen.append("feels_unwell")
    if any(stay.get("country") in listed for stay in record.get("itinerary") or []):
        chosen.append("listed_country")
    if record.get("exposures"):
        chosen.append("contact_sick")
    return [code for code in chosen if code in field.choice_codes]


def _check_decision(planned: Planned) -> None:
    session = planned.session
    session.took(session.evaluate_job()())
    decision = planned.decision or {}
    if session.live.evaluation is None:
        raise InputError("record", session.live.problem or "is not complete")
    try:
        session.check_decision(decision.get("disposition"), decision.get("override_reason", ""), confirmed=True)
    except InputError as error:
        raise InputError(f"decision.{error.field}", error.reason) from None


def _check_role(planned: Planned, mode: str) -> None:
    """A screener clears what the protocols clear; every other decision is a health officer's (or, in an
    exercise, a trainer's: :func:`kiosk.auth.may`)."""
    session = planned.session
    chosen = (planned.decision or {}).get("disposition") or session.live.evaluation.disposition
    concern = bool(session.run.answers.get("officer_concern"))
    if not may(session.officer, "decide", mode) and (chosen != "clear" or concern):
        raise InputError("role", f"a {session.officer.role} cannot record {chosen}: a health officer decides "
                                 "(the window sends the traveller to secondary screening)")


# ---------------------------------------------------------------------------------------- storing


def store(services: Any, planned: Planned, *, complete: bool) -> dict[str, Any]:
    """Open the encounter, save the answers as the window does, complete it (``complete``); the report."""
    session = planned.session
    screening = services.screening
    session.encounter_id = screening.start(officer_id=None, sop_id=session.sop.id, sop_version=session.sop.version,
                                           stage="primary", language=session.language)
    session.save()
    evaluation = session.live.evaluation
    _live_checks(services, session)
    decision = planned.decision or {}
    chosen = decision.get("disposition") or evaluation.disposition
    out: dict[str, Any] = {
        "pages": planned.pages,
        "unanswered": [{"page": page, "field": field_id} for page, field_id in session.run.unanswered()],
        "disposition": chosen, "recommended": evaluation.disposition,
        "leading": _leading(evaluation), "flags": [_flag(flag) for flag in evaluation.flags],
        "documents": planned.documents, "warnings": list(session.warnings),
    }
    if not complete:
        out["alerts"] = _alerts(services, session.encounter_id)
        return out
    done = session.complete(decision.get("disposition") if chosen != evaluation.disposition else None,
                            decision.get("override_reason", ""), confirmed=True)
    out["disposition"] = done.disposition
    out["encounter"] = {"id": done.encounter_id, "leading_protocol": done.leading_protocol or None,
                        "traveller_reference": done.traveller_reference}
    out["referral"] = {"id": done.referral_id, "protocol": _referral_protocol(services, done.referral_id)} \
        if done.referral_id else None
    out["alerts"] = _alerts(services, session.encounter_id)
    out["slip"] = _slip(services, done.referral_id) if done.referral_id else None
    return out


def _live_checks(services: Any, session: ScreeningSession) -> None:
    """As the window's worker does after each answer: the early notice of a suspected case, and the
    earlier screenings of the same document at this kiosk as ``warnings`` (``kiosk.live_checks``)."""
    from kiosk.live_checks import LiveChecks

    record, _ = session.record()
    earlier = LiveChecks(services.screening, services.repeats).after_evaluation(
        session.encounter_id, record, session.live.evaluation)
    now = services.clock.now()
    session.warnings.extend(repeat.text(now) for repeat in earlier)


def _leading(evaluation: Any) -> dict[str, str] | None:
    from kiosk.protocols import leading_flag

    flag = leading_flag(evaluation)
    return {"protocol": flag.protocol, "status": flag.status} if flag else None


def _flag(flag: Any) -> dict[str, Any]:
    return {"protocol": flag.protocol, "status": flag.status, "risk": flag.risk, "disposition": flag.disposition,
            "actions": list(flag.actions),
            "follow_up_until": flag.follow_up_until.isoformat() if flag.follow_up_until else None}


def _referral_protocol(services: Any, referral_id: str) -> str:
    from kiosk.store import models as m

    with services.store.reading() as session:
        return session.get(m.Referral, referral_id).protocol


def _alerts(services: Any, encounter_id: str) -> list[dict[str, Any]]:
    """Every alert of the encounter in the outbox, in order (an early notice, its update...)."""
    from sqlalchemy import select

    from kiosk.alerts.cap import parse_cap
    from kiosk.store import models as m

    with services.store.reading() as session:
        rows = session.execute(select(m.OutboxMessage.payload).where(m.OutboxMessage.encounter_id == encounter_id)
                               .order_by(m.OutboxMessage.created_at, m.OutboxMessage.id)).scalars().all()
    alerts = []
    for payload in rows:
        message = parse_cap(payload)
        info = message.infos[0] if message.infos else None
        alerts.append({
            "identifier": message.identifier, "msg_type": message.msg_type, "status": message.status,
            "certainty": info.certainty if info else "", "urgency": info.urgency if info else "",
            "severity": info.severity if info else "", "event": info.event if info else "",
            "protocol": (info.parameters.get("protocol", "") if info else ""),
            "references": [reference.text() for reference in message.references],
        })
    return alerts


def _slip(services: Any, referral_id: str) -> dict[str, Any]:
    from kiosk.referral.directory import load_directory
    from kiosk.referral.records import slip_source
    from kiosk.referral.slip import ReferralInfo, claims_for, primary_assessment

    source = slip_source(services.store, referral_id)
    directory = services.slips.directory if services.slips is not None else load_directory()
    assessment = primary_assessment(source.evaluation)
    info = ReferralInfo(referral_id=source.referral_id, issued_at=source.issued_at, officer_id=source.officer_id,
                        kiosk_id=source.kiosk_id, traveller_language=source.language, mode=source.mode,
                        exercise_id=source.exercise_id)
    claims = claims_for(info, assessment, directory)
    return {"protocol": assessment.protocol, "qr_claims": {
        key: (value.isoformat() if isinstance(value, dt.date | dt.datetime) else value)
        for key, value in dataclasses.asdict(claims).items()}}
