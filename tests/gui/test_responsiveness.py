"""The mechanisms that keep the GUI thread free (docs/ui.md, "Keeping the GUI thread free"): held
operations keep their order and are never lost, the wedge scanner listens only when asked, the slip
renderer falls back to the calling thread, the step progress, theme-sized pad keys. (The timings
themselves are measured by ``bench/bench_startup.py``, not here.)"""

from __future__ import annotations

import threading

import pytest
from kiosk_gui_helpers import type_line
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ui import theme
from ui.scanning import ScannerInput
from ui.tasks import Tasks
from ui.views.widgets import NumberPad, StepProgress

pytestmark = pytest.mark.gui


def test_held_operations_run_after_the_pause_in_submission_order(qtbot):
    tasks = Tasks()
    ran: list[str] = []
    delivered: list[str] = []
    held = tasks.run(lambda: ran.append("save") or "save", delivered.append, after_paint=True)
    later = tasks.run(lambda: ran.append("complete") or "complete", delivered.append)  # not held itself
    assert tasks.pending == 2 and ran == []  # nothing started before the answer is painted
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5000)
    assert ran == ["save", "complete"] and delivered == ["save", "complete"]
    assert held.result(timeout=1) == "save" and later.result(timeout=1) == "complete"
    tasks.shutdown()


def test_a_held_failure_reaches_its_future_and_its_callback(qtbot):
    tasks = Tasks()
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("no")

    future = tasks.run(boom, on_failure=errors.append, after_paint=True)
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5000)
    assert isinstance(errors[0], ValueError)
    assert isinstance(future.exception(timeout=1), ValueError)
    tasks.shutdown()


def test_shutdown_runs_held_saves_at_once():
    tasks = Tasks()
    done = threading.Event()
    tasks.run(done.set, after_paint=True)
    tasks.shutdown()  # no event loop turn in between: the hold timer never fired
    assert done.is_set()
    assert tasks.run(lambda: None) is None  # closed: dropped


def test_the_scanner_listens_only_while_active(qtbot):
    root = QWidget()
    field = QLineEdit()
    QVBoxLayout(root).addWidget(field)
    qtbot.addWidget(root)
    scanner = ScannerInput(root, clock=lambda: 0.0, active=False)
    root.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    lines: list[str] = []
    scanner.line.connect(lines.append)
    type_line(field, "M1ABCDEF")
    assert lines == [] and field.text() == "M1ABCDEF" and not scanner.active
    field.clear()
    scanner.set_active(True)
    type_line(field, "M1ABCDEF")
    assert lines == ["M1ABCDEF"] and field.text() == "" and scanner.active
    scanner.set_active(False)
    type_line(field, "M1GHIJKL")
    assert lines == ["M1ABCDEF"] and field.text() == "M1GHIJKL"


def test_slip_renderer_falls_back_to_this_thread_when_no_process_starts(monkeypatch):
    from ui import printing

    renderer = printing.SlipRenderer()

    def no_process() -> None:
        raise OSError("fork refused")

    monkeypatch.setattr(renderer, "_executor", no_process)
    monkeypatch.setattr(printing, "render_pdf", lambda source, setup: (b"%PDF-here", ["wide"]))

    class Key:
        def private_bytes(self, *args: object) -> bytes:
            return b"k" * 32

    setup = printing.SlipSetup(directory=None, key=Key(), print_config=None)
    assert renderer.render(object(), setup) == (b"%PDF-here", ["wide"])
    renderer.warm_up()  # a failed start is logged, never raised
    assert renderer.warm
    renderer.shutdown()


def test_step_progress_clamps_like_a_progress_bar(qtbot):
    bar = StepProgress()
    qtbot.addWidget(bar)
    bar.setMaximum(0)
    assert bar.maximum() == 1
    bar.setMaximum(5)
    bar.setValue(7)
    assert bar.value() == 5
    bar.setValue(-1)
    assert bar.value() == 0


def test_pad_keys_take_their_size_from_the_theme(qtbot):
    compact = NumberPad(decimal=True, key_size=theme.COMPACT_KEY, outer_size=True)
    full = NumberPad()
    odd = NumberPad(key_size=70)
    for pad in (compact, full, odd):
        qtbot.addWidget(pad)
    assert compact.keys["1"].property("pad") == "compact" and not compact.keys["1"].styleSheet()
    assert full.keys["1"].property("pad") == "full" and not full.keys["1"].styleSheet()
    assert odd.keys["1"].property("pad") is None and "min-height: 70px" in odd.keys["1"].styleSheet()
