"""The fast lane: an asymptomatic traveller with nothing flagged is cleared in at most 5 taps from home."""

from __future__ import annotations

from kiosk_gui_helpers import Taps, sign_in
from sqlalchemy import select

from kiosk.store import models as m

pytestmark = [__import__("pytest").mark.gui]


def test_fast_lane_clear_in_five_taps(qtbot, window, services):
    sign_in(qtbot, window, "S1")
    taps = Taps(qtbot, window)
    taps.tap(window.home.start)
    assert window.stack.currentWidget() is window.screening
    taps.tap("prefix_36")
    taps.tap("key_6")
    taps.tap("chip_none")
    assert window.screening.next.text().startswith("Clear traveller")
    assert window.screening.flags.banner.text.text() == "Recommended so far: Clear"
    taps.tap(window.screening.next)
    assert taps.count <= 5
    assert window.stack.currentWidget() is window.home
    assert window.home.count_values["screened"].text() == "1"
    with services.store.reading() as session:
        encounter = session.scalars(select(m.Encounter)).one()
    assert encounter.status == "completed" and encounter.disposition == "clear"
    assert encounter.record["temperature_c"] == 36.6
    assert encounter.decided_by == "S1"
