"""A provisioned kiosk whose database is lost, empty or damaged refuses to start (never a new, empty kiosk)."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import write_demo_config
from kiosk.store import Store
from kiosk.store.integrity import DatabaseUnusable, check_kiosk_database


def provisioned_kiosk(tmp_path: Path) -> tuple[Path, Path]:
    """A configured kiosk with its key and a sound database: (config file, database file)."""
    data = tmp_path / "data"
    config = tmp_path / "kiosk.toml"
    write_demo_config(config, data_dir=data)
    (data / "referral").mkdir(parents=True)
    (data / "referral" / "kiosk-key.pem").write_text("key")
    database = data / "kiosk.sqlite"
    Store(f"sqlite:///{database}").close()
    return config, database


def empty(database: Path) -> None:
    database.write_bytes(b"")


def random_bytes(database: Path) -> None:
    database.write_bytes(random.Random(7).randbytes(40_000))


def truncated(database: Path) -> None:
    size = database.stat().st_size
    with database.open("r+b") as file:
        file.truncate(size // 2)


def zeroed_pages(database: Path) -> None:
    raw = bytearray(database.read_bytes())
    raw[4096:len(raw) - 4096] = bytes(len(raw) - 8192)
    database.write_bytes(bytes(raw))


def missing(database: Path) -> None:
    for companion in database.parent.glob("kiosk.sqlite*"):
        companion.unlink()


DAMAGE = {"empty": empty, "random bytes": random_bytes, "truncated": truncated, "zeroed pages": zeroed_pages,
          "missing": missing}
EXPECTED = {"empty": "is empty (0 bytes)", "random bytes": "is not a SQLite database", "truncated": "is damaged",
            "zeroed pages": "is damaged", "missing": "is missing"}


@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_database_is_refused_naming_the_file_and_the_remedy(tmp_path, damage):
    _, database = provisioned_kiosk(tmp_path)
    DAMAGE[damage](database)
    with pytest.raises(DatabaseUnusable) as refused:
        check_kiosk_database(database, provisioned=True)
    message = str(refused.value)
    assert str(database) in message and EXPECTED[damage] in message
    assert "poe-kiosk restore" in message and "\n" not in message


def test_a_sound_database_and_a_fresh_install_pass(tmp_path):
    _, database = provisioned_kiosk(tmp_path)
    check_kiosk_database(database, provisioned=True)
    check_kiosk_database(tmp_path / "new" / "kiosk.sqlite", provisioned=False)


@pytest.mark.parametrize("damage", ["empty", "random bytes", "truncated", "missing"])
@pytest.mark.parametrize("command", [["migrate"], ["retention", "run"]])
def test_cli_refuses_with_one_line_and_leaves_the_file_alone(tmp_path, capsys, damage, command):
    config, database = provisioned_kiosk(tmp_path)
    DAMAGE[damage](database)
    before = database.read_bytes() if database.exists() else None
    code = main([*command, "--config", str(config)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(database) in err and "poe-kiosk restore" in err
    assert (database.read_bytes() if database.exists() else None) == before  # not "repaired" into a new kiosk


def test_migrate_still_creates_the_database_of_a_fresh_install(tmp_path, capsys):
    config = tmp_path / "kiosk.toml"
    write_demo_config(config, data_dir=tmp_path / "data")
    assert main(["migrate", "--config", str(config)]) == 0
    assert (tmp_path / "data" / "kiosk.sqlite").stat().st_size > 0
    assert os.stat(tmp_path / "data").st_mode & 0o777 == 0o700
