"""Refused alerts (dead letters) put back in the queue by a supervisor once the cause is fixed, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from kiosk.alerts.loadgen import synthetic_record
from kiosk.alerts.outbox import add_enqueue_listener, remove_enqueue_listener, requeue_dead, requeue_refused
from kiosk.auth import OfficerInfo, PermissionDenied
from kiosk.screening import Decision, KioskContext, ScreeningService
from kiosk.store import models as m

SUPERVISOR = OfficerInfo("S9", "Sue Supervisor", "supervisor")
ADMIN = OfficerInfo("A9", "Ann Admin", "admin")
HEALTH_OFFICER = OfficerInfo("H9", "Hal Health", "health_officer")


@pytest.fixture
def refused(service: ScreeningService) -> list[str]:
    """Three alerts the broker refused with 0x87, one delivered; the officers of this kiosk."""
    now = service.clock.now()
    with service.store.transaction() as session:
        for officer in (SUPERVISOR, ADMIN, HEALTH_OFFICER):
            session.add(m.Officer(id=officer.id, name=officer.name, role=officer.role, pin_hash="scrypt$x",
                                  failed_attempts=0, active=True, created_at=now))
    for _ in range(4):
        encounter_id = service.start(officer_id=None, sop_id="t", sop_version="1")
        service.complete(encounter_id, synthetic_record(service.clock.today()), Decision(officer_id="O1"))
    with service.store.transaction() as session:
        ids = list(session.scalars(select(m.OutboxMessage.id).order_by(m.OutboxMessage.created_at,
                                                                        m.OutboxMessage.id)))
        session.execute(update(m.OutboxMessage).where(m.OutboxMessage.id.in_(ids[:3])).values(
            status="dead", attempts=1, reason_code=0x87, last_error="refused by the broker: 0x87 Not authorized"))
        session.execute(update(m.OutboxMessage).where(m.OutboxMessage.id == ids[3]).values(status="acked"))
    return ids


def statuses(service: ScreeningService) -> dict[str, tuple[str, int | None, str]]:
    with service.store.reading() as session:
        return {row.id: (row.status, row.reason_code, row.last_error) for row in session.scalars(select(m.OutboxMessage))}


def requeue_audit(service: ScreeningService) -> list[m.AuditEvent]:
    with service.store.reading() as session:
        return list(session.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "alert.requeued")
                                    .order_by(m.AuditEvent.id)))


def test_a_supervisor_requeues_every_refused_alert_audited_and_the_publisher_is_woken(
        service: ScreeningService, context: KioskContext, refused: list[str]) -> None:
    woken: list[bool] = []

    def wake() -> None:
        woken.append(True)

    add_enqueue_listener(wake)
    try:
        count = requeue_refused(service.store, SUPERVISOR, clock=service.clock, context=context,
                                reason="ACL fixed  on the site broker")
    finally:
        remove_enqueue_listener(wake)
    assert count == 3 and woken
    assert [statuses(service)[row_id] for row_id in refused] == [("queued", None, "")] * 3 + [("acked", None, "")]
    events = requeue_audit(service)
    assert [(e.actor, e.entity, e.entity_id, e.kiosk_id) for e in events] == [
        ("S9", "outbox", row_id, context.kiosk_id) for row_id in refused[:3]]
    assert events[0].detail["reason"] == "ACL fixed on the site broker"
    assert events[0].detail["refused_with"] == 0x87 and "Not authorized" in events[0].detail["refusal"]
    assert events[0].at == service.clock.now() and events[0].detail["alert"].startswith(context.site.id)


def test_only_the_chosen_refused_alerts_are_requeued(service: ScreeningService, context: KioskContext,
                                                     refused: list[str]) -> None:
    with service.store.transaction() as session:
        ids = requeue_dead(session, ADMIN, clock=service.clock, context=context,
                           row_ids=[refused[1], refused[3], "no-such-row"])
    assert ids == [refused[1]]  # the acked row and the unknown id are left alone
    assert [statuses(service)[row_id][0] for row_id in refused] == ["dead", "queued", "dead", "acked"]
    assert [e.actor for e in requeue_audit(service)] == ["A9"]


def test_nothing_refused_requeues_nothing(service: ScreeningService, context: KioskContext) -> None:
    with service.store.transaction() as session:
        session.add(m.Officer(id="S9", name="S", role="supervisor", pin_hash="x", failed_attempts=0, active=True,
                              created_at=service.clock.now()))
    assert requeue_refused(service.store, SUPERVISOR, clock=service.clock, context=context) == 0
    assert requeue_audit(service) == []


@pytest.mark.parametrize("officer", [HEALTH_OFFICER, OfficerInfo("X9", "Tess Trainer", "trainer"),
                                     OfficerInfo("S1", "Sam", "screener")])
def test_an_officer_without_the_supervisor_or_admin_role_cannot(service: ScreeningService, context: KioskContext,
                                                                refused: list[str], officer: OfficerInfo) -> None:
    before = statuses(service)
    with pytest.raises(PermissionDenied, match="may not requeue alerts"):
        requeue_refused(service.store, officer, clock=service.clock, context=context)
    assert statuses(service) == before and requeue_audit(service) == []


def test_a_supervisor_deactivated_meanwhile_cannot(service: ScreeningService, context: KioskContext,
                                                   refused: list[str]) -> None:
    with service.store.transaction() as session:
        session.get(m.Officer, SUPERVISOR.id).active = False
    with pytest.raises(PermissionDenied, match="has changed: sign in again"):
        requeue_refused(service.store, SUPERVISOR, clock=service.clock, context=context)
    assert statuses(service)[refused[0]][0] == "dead" and requeue_audit(service) == []
