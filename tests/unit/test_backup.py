"""Encrypted backups: what goes in, what comes back, and every way a bad file or passphrase is refused."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.backup import (
    MAGIC,
    BackupError,
    iter_backup_names,
    open_backup,
    restore_backup,
    write_backup,
)
from kiosk.cli import main
from kiosk.config import DEMO_CONFIG, load_config
from kiosk.store import Store
from kiosk.store import models as m
from kiosk.store.upgrade import head_revision

HEAD = head_revision()

FROZEN = Path(__file__).parents[1] / "data" / "db" / "kiosk-0003.sqlite"
NOW = dt.datetime(2026, 11, 29, 9, 30, tzinfo=dt.UTC)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def kiosk(tmp_path: Path) -> tuple[Path, Path]:
    """(config file, data dir) of a kiosk with a database, a signing key and a trusted-keys file."""
    data = tmp_path / "kiosk-data"
    (data / "referral").mkdir(parents=True)
    shutil.copy(FROZEN, data / "kiosk.sqlite")
    Store(f"sqlite:///{data / 'kiosk.sqlite'}").close()  # migrated, WAL mode, as a running kiosk has it
    (data / "referral" / "kiosk-key.pem").write_text("-----BEGIN PRIVATE KEY-----\nabc\n", encoding="utf-8")
    (data / "referral" / "trusted-kiosk-keys.json").write_text('{"XL-LND-01-K1": "pub"}', encoding="utf-8")
    config = tmp_path / "kiosk.toml"
    config.write_text(DEMO_CONFIG.replace('data_dir = ""', f'data_dir = "{data}"'), encoding="utf-8")
    return config, data


def _backup(config: Path, out: Path, passphrase: str = PASSPHRASE, **options: int) -> None:
    loaded = load_config(config)
    write_backup(out, database=loaded.data_dir / "kiosk.sqlite", key_folder=loaded.referral_dir, config_file=config,
                 passphrase=passphrase, kiosk_id=loaded.kiosk.id, now=NOW, **options)


def test_backup_then_restore_onto_a_fresh_directory_brings_everything_back(kiosk: tuple[Path, Path],
                                                                          tmp_path: Path) -> None:
    config, _ = kiosk
    archive = tmp_path / "kiosk.poebak"
    _backup(config, archive)
    assert b"X1234567" not in archive.read_bytes() and b"BEGIN PRIVATE KEY" not in archive.read_bytes()
    assert oct(archive.stat().st_mode & 0o777) == "0o600"

    fresh, fresh_config = tmp_path / "fresh" / "data", tmp_path / "fresh" / "kiosk.toml"
    result = restore_backup(archive, data_dir=fresh, config_path=fresh_config, passphrase=PASSPHRASE, now=NOW)

    assert (result.kiosk_id, result.schema) == ("DEMO-KESSA-K1", HEAD)
    assert fresh_config.read_text(encoding="utf-8") == config.read_text(encoding="utf-8")
    assert (fresh / "referral" / "kiosk-key.pem").read_text(encoding="utf-8").startswith("-----BEGIN")
    assert oct(fresh.stat().st_mode & 0o777) == "0o700"
    assert oct((fresh / "kiosk.sqlite").stat().st_mode & 0o777) == "0o600"
    store = Store(f"sqlite:///{fresh / 'kiosk.sqlite'}")
    with store.reading() as session:
        assert {row.id: row.status for row in session.query(m.OutboxMessage)} == {
            "o-1": "queued", "o-2": "sent", "o-3": "acked"}
    store.close()
    assert [p.name for p in fresh.iterdir() if p.name.startswith(".")] == []


def test_the_backup_is_consistent_while_the_kiosk_writes(kiosk: tuple[Path, Path], tmp_path: Path) -> None:
    """A write committed to the WAL (not yet checkpointed into the main file) is in the backup."""
    config, data = kiosk
    store = Store(f"sqlite:///{data / 'kiosk.sqlite'}")
    with store.transaction() as session:
        session.get(m.OutboxMessage, "o-1").status = "dead"
    archive = tmp_path / "b.poebak"
    _backup(config, archive)  # the store is still open: its WAL holds the change
    store.close()
    restore_backup(archive, data_dir=tmp_path / "r", config_path=tmp_path / "r.toml", passphrase=PASSPHRASE, now=NOW)
    restored = Store(f"sqlite:///{tmp_path / 'r' / 'kiosk.sqlite'}")
    with restored.reading() as session:
        assert session.get(m.OutboxMessage, "o-1").status == "dead"
    restored.close()


def test_restore_refuses_to_overwrite_a_kiosk_unless_forced(kiosk: tuple[Path, Path], tmp_path: Path) -> None:
    config, data = kiosk
    archive = tmp_path / "b.poebak"
    _backup(config, archive)
    before = (data / "kiosk.sqlite").read_bytes()

    with pytest.raises(BackupError, match="already has a kiosk"):
        restore_backup(archive, data_dir=data, config_path=config, passphrase=PASSPHRASE, now=NOW)
    assert (data / "kiosk.sqlite").read_bytes() == before

    result = restore_backup(archive, data_dir=data, config_path=config, passphrase=PASSPHRASE, force=True, now=NOW)
    assert result.replaced is not None and (result.replaced / "kiosk.sqlite").read_bytes() == before
    assert (result.replaced / "kiosk.toml").exists() and (data / "kiosk.sqlite").exists()


def test_a_wrong_passphrase_or_a_changed_byte_is_refused_and_nothing_is_written(kiosk: tuple[Path, Path],
                                                                               tmp_path: Path) -> None:
    config, _ = kiosk
    archive = tmp_path / "b.poebak"
    _backup(config, archive)
    target = tmp_path / "target"

    with pytest.raises(BackupError, match="wrong passphrase"):
        restore_backup(archive, data_dir=target, config_path=tmp_path / "c.toml", passphrase="x" * 20, now=NOW)
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0x01
    (tmp_path / "flipped").write_bytes(bytes(data))
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(tmp_path / "flipped", data_dir=target, config_path=tmp_path / "c.toml", passphrase=PASSPHRASE,
                       now=NOW)
    (tmp_path / "short").write_bytes(archive.read_bytes()[:-40])
    with pytest.raises(BackupError, match=r"truncated|damaged"):
        restore_backup(tmp_path / "short", data_dir=target, config_path=tmp_path / "c.toml", passphrase=PASSPHRASE,
                       now=NOW)
    assert list(target.iterdir()) == [] and not (tmp_path / "c.toml").exists()


def test_a_dropped_final_chunk_is_detected(kiosk: tuple[Path, Path], tmp_path: Path) -> None:
    """Cutting the file exactly at a chunk boundary leaves valid chunks: the missing last one must show."""
    config, _ = kiosk
    archive = tmp_path / "b.poebak"
    _backup(config, archive, chunk_size=4096)
    raw = archive.read_bytes()
    (header_length,) = struct.unpack(">I", raw[8:12])
    first_chunk_end = 12 + header_length + 4 + struct.unpack(">I", raw[12 + header_length:16 + header_length])[0]
    assert first_chunk_end < len(raw)
    assert sorted(iter_backup_names(archive, PASSPHRASE))[0] == "config/kiosk.toml"
    (tmp_path / "cut").write_bytes(raw[:first_chunk_end])
    with pytest.raises(BackupError, match="truncated"):
        list(iter_backup_names(tmp_path / "cut", PASSPHRASE))


def test_short_passphrases_are_refused(kiosk: tuple[Path, Path], tmp_path: Path) -> None:
    config, _ = kiosk
    with pytest.raises(BackupError, match="at least 12 characters"):
        _backup(config, tmp_path / "b.poebak", passphrase="short")
    assert not (tmp_path / "b.poebak").exists()


def test_the_commands_back_up_and_restore(kiosk: tuple[Path, Path], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    config, _ = kiosk
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    archive = tmp_path / "b.poebak"

    assert main(["backup", "--config", str(config), "--out", str(archive), "--passphrase-file", str(secret)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["kiosk_id"] == "DEMO-KESSA-K1" and "referral/kiosk-key.pem" in out["files"]
    assert main(["restore", str(archive), "--data-dir", str(tmp_path / "new"), "--config", str(tmp_path / "n.toml"),
                 "--passphrase-file", str(secret)]) == 0
    assert json.loads(capsys.readouterr().out)["schema"] == HEAD
    assert main(["restore", str(archive), "--data-dir", str(tmp_path / "new"), "--config", str(tmp_path / "n.toml"),
                 "--passphrase-file", str(secret)]) == 2
    assert "already has a kiosk" in capsys.readouterr().err


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_any_bytes_are_refused_with_a_backup_error(data: bytes) -> None:
    with pytest.raises(BackupError):
        reader = open_backup(io.BytesIO(MAGIC + data), PASSPHRASE)
        reader.read(100)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(["format", "kdf", "nonce_prefix", "chunk_size", "x"]),
                       st.one_of(st.integers(-5, 1 << 40), st.text(max_size=20), st.none(),
                                 st.fixed_dictionaries({"name": st.just("scrypt"), "salt": st.just("AAAAAAAAAAA="),
                                                        "n": st.integers(0, 1 << 30), "r": st.integers(-1, 99),
                                                        "p": st.integers(-1, 99)}))))
def test_crafted_headers_are_refused_in_bounded_time(header: dict) -> None:
    text = json.dumps(header).encode()
    with pytest.raises(BackupError):
        open_backup(io.BytesIO(MAGIC + struct.pack(">I", len(text)) + text), PASSPHRASE).read(10)
