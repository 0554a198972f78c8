"""The window of a provisioned kiosk whose database is empty or damaged says so, and offers no sign-in."""

from __future__ import annotations

import random

import pytest

from kiosk.config import load_config, write_demo_config
from kiosk.store import Store


def _zero(path):
    path.write_bytes(b"")


def _random(path):
    path.write_bytes(random.Random(3).randbytes(20_000))


def _truncate(path):
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 2)


def _missing(path):
    for file in path.parent.glob("kiosk.sqlite*"):
        file.unlink()


@pytest.mark.parametrize("damage", [_zero, _random, _truncate, _missing],
                         ids=["empty", "random-bytes", "truncated", "missing"])
def test_window_refuses_a_damaged_database(qtbot, qapp, tmp_path, damage):
    from ui import theme
    from ui.app import build_window

    data = tmp_path / "data"
    path = tmp_path / "kiosk.toml"
    write_demo_config(path, data_dir=data)
    (data / "referral").mkdir(parents=True)
    (data / "referral" / "kiosk-key.pem").write_text("key")
    database = data / "kiosk.sqlite"
    Store(f"sqlite:///{database}").close()
    damage(database)
    theme.apply(qapp)
    window = build_window(load_config(path), qapp)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.cannot_start, timeout=20_000)
    detail = window.cannot_start.detail.text()
    assert str(database) in detail and "poe-kiosk restore" in detail
    assert window.services is None
    assert not window.signin.isVisible()  # no sign-in, no first-run form
    assert not database.exists() or damage is not _missing  # nothing made in its place
