"""The window of a terminal just provisioned (``poe-kiosk provision``) starts on the site and kiosk it
was given and asks for the first administrator: the key and empty database provisioning made are what
a first start expects, not a lost database (``kiosk.store.integrity``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import load_config

pytestmark = pytest.mark.gui

REPO = Path(__file__).parents[2]


@pytest.fixture(autouse=True)
def translators_removed(qapp, monkeypatch):
    """``build_window`` installs the site's officer language on the shared QApplication: take it off
    again, or every later test in the session runs in that language."""
    import ui.app

    installed = []
    real = ui.app.install_translators

    def install(*args, **kwargs):
        made = real(*args, **kwargs)
        installed.extend(made)
        return made

    monkeypatch.setattr(ui.app, "install_translators", install)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_a_provisioned_kiosk_starts_and_asks_for_its_first_administrator(qtbot, qapp, tmp_path, capsys):
    from ui import theme
    from ui.app import build_window

    config_path = tmp_path / "etc" / "kiosk.toml"
    site = tmp_path / "site.yaml"  # English officer screens: the window installs its translator for the whole app
    site.write_text((REPO / "packaging" / "site.example.yaml").read_text().replace("officer_language: fr",
                                                                                   "officer_language: en"))
    assert main(["provision", "--site", str(site), "--kiosk-id", "XL-LND-01-K5",
                 "--broker", "mqtts://broker.lnd01.example:8883", "--config", str(config_path),
                 "--data-dir", str(tmp_path / "data"), "--out", str(tmp_path)]) == 0, capsys.readouterr().err
    theme.apply(qapp)
    window = build_window(load_config(config_path), qapp)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None and window.signin.pages.currentIndex() == 1, timeout=20_000)
    assert window.stack.currentWidget() is not window.cannot_start
    assert window.services.context.kiosk_id == "XL-LND-01-K5" and window.services.context.site.id == "XL-LND-01"
    window.close()

