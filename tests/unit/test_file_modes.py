"""A fresh install keeps its data private whatever the umask: folders 0700, files 0600."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kiosk.clock import FixedClock
from kiosk.config import load_config, write_demo_config


@pytest.fixture
def permissive_umask():
    previous = os.umask(0)
    yield
    os.umask(previous)


def modes(root: Path) -> dict[str, int]:
    return {str(path.relative_to(root.parent)): stat.S_IMODE(path.stat().st_mode)
            for path in [root, *root.rglob("*")]}


def test_fresh_install_files_are_private_with_a_permissive_umask(tmp_path, permissive_umask, clock: FixedClock):
    from kiosk.backup import write_backup
    from kiosk.referral.printing import print_pdf
    from kiosk.services import build_services

    config_path = tmp_path / "etc" / "kiosk.toml"
    write_demo_config(config_path, data_dir=tmp_path / "data")
    config = load_config(config_path)
    services = build_services(config, clock=clock)
    try:
        with services.store.connection() as connection:  # WAL and shared-memory files exist while open
            connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS probe (x)")
            connection.exec_driver_sql("INSERT INTO probe VALUES (1)")
        saved = print_pdf(b"%PDF-1.4 slip", "slip-1", services.slips.print_config)  # no printer: saved
        assert saved.path is not None
        write_backup(tmp_path / "data" / "kiosk.poebak", database=config.database_path,
                     key_folder=config.referral_dir, config_file=config.path, passphrase="correct horse battery",
                     kiosk_id=config.kiosk.id, now=clock.now())
        found = modes(tmp_path / "data") | modes(tmp_path / "etc")
    finally:
        services.close()
    assert {"data/kiosk.sqlite", "data/kiosk.sqlite-wal", "data/kiosk.sqlite-shm", "data/referral/kiosk-key.pem",
            "data/slips/slip-1.pdf", "etc/kiosk.toml"} <= set(found)
    wrong = {name: oct(mode) for name, mode in found.items()
             if mode != (0o700 if (tmp_path / name).is_dir() else 0o600)}
    assert wrong == {}
