"""Daily aggregates at the kiosk: counts of the day's real screenings (exercise ones apart), checked against
encounters the test makes and counts itself; each day queued once per revision, a changed day as the next."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from aggregate_forge import expected_counts, make_encounters
from sqlalchemy import select

from kiosk.aggregates import age_band, send_day, send_due
from kiosk.clock import FixedClock
from kiosk.errors import InputError
from kiosk.hub.aggregates import parse_aggregate
from kiosk.store import models as m

DAY = dt.date(2026, 11, 28)


def outbox(store) -> list[m.OutboxMessage]:
    with store.reading() as session:
        return list(session.scalars(select(m.OutboxMessage).order_by(m.OutboxMessage.created_at)))


def test_the_counts_are_the_days_real_screenings_with_exercises_apart(store, clock, context) -> None:
    made = make_encounters(store, context.site, DAY, 400, kiosk_ids=("XL-LND-01-K1", "XL-LND-01-K2"))
    result = send_day(store, clock, context, DAY)
    [row] = outbox(store)
    message = json.loads(row.payload)
    expected = expected_counts(made, "XL-LND-01-K1", DAY)
    assert expected["totals"]["screened"] > 20, "the fixture made too few screenings to test anything"
    assert message["counts"] == expected
    assert message["exercise"] == expected_counts(made, "XL-LND-01-K1", DAY, real=False)["totals"]
    assert message["exercise"]["screened"] > 0
    assert (message["day"], message["revision"], message["kiosk_id"]) == ("2026-11-28", 1, "XL-LND-01-K1")
    assert result.sent and result.screened == expected["totals"]["screened"]
    assert row.topic == "poe/v1/XL/XL-LND-01/XL-LND-01-K1/aggregates" and row.encounter_id is None
    parsed = parse_aggregate(row.payload, received_at=clock.now())  # what the kiosk builds, the hub takes
    assert parsed.counts == expected and parsed.revision == 1


def test_a_day_is_queued_once_and_again_only_as_the_next_revision_when_it_changed(store, clock, context) -> None:
    today = clock.today()
    make_encounters(store, context.site, today, 50)
    first = send_day(store, clock, context, today)
    again = send_day(store, clock, context, today)
    assert first.sent and not again.sent and again.revision == 1
    assert len(outbox(store)) == 1
    make_encounters(store, context.site, today, 30, seed=99)  # more screenings later in the day
    clock.advance(hours=2)
    corrected = send_day(store, clock, context, today)
    rows = outbox(store)
    assert corrected.sent and corrected.revision == 2 and len(rows) == 2
    assert [json.loads(r.payload)["revision"] for r in rows] == [1, 2]
    assert rows[1].alert_identifier == f"AGG-XL-LND-01-K1-{today:%Y%m%d}-2"


def test_the_daily_run_sends_each_finished_day_since_the_first_screening(store, context) -> None:
    clock = FixedClock(dt.datetime(2026, 12, 1, 0, 15, tzinfo=dt.UTC))
    make_encounters(store, context.site, dt.date(2026, 11, 29), 20)
    days = [result.day for result in send_due(store, clock, context)]
    assert days[0] <= dt.date(2026, 11, 29) and days[-1] == dt.date(2026, 11, 30)
    assert days == sorted(days) and len(set(days)) == len(days)
    assert all(not result.sent for result in send_due(store, clock, context)), "nothing changed: nothing sent"


def test_a_day_in_the_future_is_refused(store, clock, context) -> None:
    with pytest.raises(InputError, match="after today"):
        send_day(store, clock, context, clock.today() + dt.timedelta(days=1))


@pytest.mark.parametrize(("age", "band"), [(None, "unknown"), (0, "0-4"), (4.99, "0-4"), (5, "5-14"), (14.9, "5-14"),
                                           (15, "15-24"), (44.5, "25-44"), (64.99, "45-64"), (65, "65+"), (120, "65+")])
def test_age_bands(age: float | None, band: str) -> None:
    assert age_band(age) == band


def test_the_send_command_queues_a_day_of_the_configured_kiosk_once(tmp_path, capsys) -> None:
    from aggregate_forge import make_encounters as make

    from kiosk.cli import main
    from kiosk.config import DEMO_CONFIG, load_config
    from kiosk.screening import KioskContext, ScreeningService, SiteInfo
    from kiosk.screening import Rules as ShippedRules
    from kiosk.store import open_store

    config_path = tmp_path / "kiosk.toml"
    config_path.write_text(DEMO_CONFIG.replace('data_dir = ""', f'data_dir = "{tmp_path / "data"}"'), encoding="utf-8")
    config = load_config(config_path)
    store = open_store(config.database_url)
    site = config.site
    context = KioskContext(SiteInfo(site.id, site.name, site.kind, site.country), config.kiosk.id)
    ScreeningService(store, FixedClock(dt.datetime(2026, 11, 28, tzinfo=dt.UTC)), ShippedRules.shipped(),
                     context).ensure_site()
    made = make(store, context.site, DAY, 30, kiosk_ids=(config.kiosk.id,))
    store.close()
    for sent in (True, False):  # the second run finds the same counts: nothing queued
        assert main(["aggregates", "send", "--config", str(config_path), "--day", "2026-11-28"]) == 0
        [day] = json.loads(capsys.readouterr().out)["days"]
        assert (day["day"], day["revision"], day["sent"]) == ("2026-11-28", 1, sent)
        assert day["screened"] == expected_counts(made, config.kiosk.id, DAY)["totals"]["screened"]
    assert main(["aggregates", "send", "--config", str(config_path), "--day", "28/11/2026"]) == 2
    assert "day: '28/11/2026' is not a date" in capsys.readouterr().err
