"""The next traveller's pages are built while the current one is screened, and the last traveller's pages
are hidden at once and deleted a page per event-loop turn (docs/ui.md, "Keeping the GUI thread free";
the timings are ``bench/bench_startup.py``'s)."""

from __future__ import annotations

import pytest
import shiboken6
from kiosk_gui_helpers import Taps, sign_in
from PySide6.QtCore import QTimer

pytestmark = pytest.mark.gui


def evd_traveller_to_isolation(taps: Taps, window) -> None:
    taps.quick_check("38.6", "feels_unwell", "listed_country")
    taps.symptoms("fever", "headache")
    taps.travelled_from("Guinea")
    taps.tap("chip_body_fluid_contact")
    taps.tap(window.screening.next)
    taps.land_crossing_to_decision()
    taps.tap(window.decision.confirm)
    assert window.stack.currentWidget() is window.home


def test_the_next_travellers_pages_are_built_during_this_screening(qtbot, window, services, monkeypatch):
    monkeypatch.setattr("ui.dialogs.confirm", lambda parent, title, text, yes, no: True)
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    controller = window.controller
    taps.tap(window.home.start)
    first_pages = {id(page) for page, _ in controller._pages.values()}
    qtbot.waitUntil(lambda: controller.prepared, timeout=20000)  # the first traveller is still on screen
    assert controller.current is not None
    ahead = controller._spare
    steps = {(sop.id, sop.version, step.id) for sop in services.sops.values() for step in sop.steps if step.fields}
    assert steps <= set(ahead)  # every step of every SOP, for the next traveller
    assert all(len(boxes) == len(step.fields) for sop in services.sops.values() for step in sop.steps
               if step.fields for page, boxes in [ahead[(sop.id, sop.version, step.id)]])
    assert not any(page.isVisible() for page, _ in ahead.values())
    assert not first_pages & {id(page) for page, _ in ahead.values()}  # pages of their own
    built_ahead = {id(page) for page, _ in ahead.values()}
    taps.tap(window.screening.cancel)  # the first traveller left (the draft stays)
    assert window.stack.currentWidget() is window.home and controller.current is None
    taps.tap(window.home.start)
    assert controller._pages is ahead and id(window.screening.form) in built_ahead


def test_the_last_travellers_pages_are_hidden_at_once_and_deleted_later(qtbot, window, monkeypatch):
    monkeypatch.setattr("ui.dialogs.confirm", lambda parent, title, text, yes, no: True)
    sign_in(qtbot, window, "H1")
    taps = Taps(qtbot, window)
    evd_traveller_to_isolation(taps, window)
    used = [page for page, _ in window.controller._pages.values()]
    assert len(used) > 3
    seen: list[list[tuple[bool, bool]]] = []
    fresh_pages = window.controller._fresh_pages

    def fresh_pages_seen() -> None:  # the moment the next traveller takes their pages
        fresh_pages()
        seen.append([(shiboken6.isValid(page), page.isVisible()) for page in used])

    monkeypatch.setattr(window.controller, "_fresh_pages", fresh_pages_seen)
    turns = [0]
    ticker = QTimer()
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))  # a 0 ms timer: once per loop pass
    ticker.start(0)
    deleted_in_turn: list[int] = []
    for page in used:
        page.destroyed.connect(lambda *_: deleted_in_turn.append(turns[0]))
    taps.tap(window.home.start)
    assert seen == [[(True, False)] * len(used)]  # hidden at once, none deleted in that turn
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(page) for page in used), timeout=10000)
    ticker.stop()
    assert len(deleted_in_turn) == len(used) and len(set(deleted_in_turn)) == len(used)  # one per turn
    assert window.screening.form.isVisible() and window.screening.form not in used
