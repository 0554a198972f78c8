"""The Qt binding keeps Python's reference counts right: PySide6 6.12.0 dropped one reference to ``None``
per call of a method returning nothing on Python 3.11, and a long session then aborted with
``Fatal Python error: none_dealloc`` (the hub console lost ~25 references per idle poll). The project
pins a version without the fault; this test fails on one that has it."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 (PEP 683)"),
]


def test_a_thousand_calls_returning_nothing_keep_the_references_to_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        label.setVisible(False)
    assert sys.getrefcount(None) - before > -100  # 6.12.0: -2000
