"""Encrypted backups of a kiosk (``poe-kiosk backup`` / ``poe-kiosk restore``).

A backup holds what a kiosk needs to carry on elsewhere: a consistent copy of the database (SQLite
online backup, taken while the kiosk runs: encounters, officers, audit trail, and the outbox with every
alert's delivery state), the slip-signing key and trusted keys (``<data dir>/referral/``) and the
configuration file. Restored onto a fresh terminal, the kiosk resumes its outbox: alerts the hub
acknowledged stay acknowledged, the others are sent (again).

File format (version 1), all integers big-endian::

    b"POEKBAK1"                      magic
    u32 n, n bytes                   header: UTF-8 JSON {"format": 1, "kdf": {"name": "scrypt", "salt",
                                     "n", "r", "p"}, "nonce_prefix", "chunk_size"} (base64 for bytes)
    repeated: u32 n, n bytes         AES-256-GCM chunks of the plaintext, each at most chunk_size bytes
                                     of plaintext + 16 bytes of tag

The key is scrypt(passphrase, salt, n, r, p) → 32 bytes. Chunk ``i`` uses the 12-byte nonce
``nonce_prefix (7 bytes) ‖ i (u32) ‖ last (1 byte: 1 for the final chunk, else 0)`` and the magic plus
the header as associated data, so a changed header, a reordered, dropped or truncated chunk, or a wrong
passphrase all fail to decrypt (the STREAM construction). The plaintext is a gzip-compressed tar with
``manifest.json`` first (kiosk id, schema revision, SHA-256 and size of every file), then
``kiosk.sqlite``, ``referral/…`` and ``config/kiosk.toml``. Memory stays bounded by one chunk.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import logging
import os
import shutil
import sqlite3
import struct
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kiosk.errors import KioskError
from kiosk.store.upgrade import database_revision, known_revisions, sqlite_copy

log = logging.getLogger(__name__)

MAGIC = b"POEKBAK1"
FORMAT = 1
CHUNK_SIZE = 1 << 20
TAG_SIZE = 16
MAX_HEADER_BYTES = 64_000
SCRYPT = {"n": 1 << 15, "r": 8, "p": 1}
MAX_SCRYPT_N = 1 << 20
MAX_SCRYPT_MEMORY = 256 << 20
"""A header asking for more scrypt work or memory than this is refused (a crafted file must not hang or
exhaust the terminal)."""
MIN_PASSPHRASE_CHARS = 12
DATABASE = "kiosk.sqlite"
CONFIG = "config/kiosk.toml"
KEY_FOLDER = "referral"
MANIFEST = "manifest.json"
MAX_FILE_BYTES = 64 << 30


class BackupError(KioskError):
    """A backup could not be written or restored; the message says why (nothing was overwritten)."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    kiosk_id: str
    schema: str | None
    files: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {"out": str(self.path), "kiosk_id": self.kiosk_id, "schema": self.schema, "files": self.files}


@dataclass(frozen=True)
class RestoreResult:
    data_dir: Path
    config_path: Path
    kiosk_id: str
    schema: str | None
    created_at: str
    replaced: Path | None

    def to_json(self) -> dict[str, Any]:
        return {"data_dir": str(self.data_dir), "config": str(self.config_path), "kiosk_id": self.kiosk_id,
                "schema": self.schema, "backup_created_at": self.created_at,
                "replaced_moved_to": str(self.replaced) if self.replaced else None}


def read_passphrase(path: Path | None) -> str:
    """The passphrase from ``path`` (its first line; ``-`` is standard input), else ``$POE_BACKUP_PASSPHRASE``,
    else asked on the terminal (``kiosk.secret_input``)."""
    from kiosk.secret_input import read_secret

    passphrase = read_secret("passphrase", path=path, env="POE_BACKUP_PASSPHRASE", prompt="Backup passphrase: ")
    if passphrase is None:
        raise BackupError("no passphrase: give --passphrase-file FILE or set POE_BACKUP_PASSPHRASE "
                          "(or run it on a terminal to type one)")
    return passphrase


# ------------------------------------------------------------------------------------------ writing


def write_backup(out: Path, *, database: Path, key_folder: Path, config_file: Path, passphrase: str,
                 kiosk_id: str, now: dt.datetime, chunk_size: int = CHUNK_SIZE) -> BackupResult:
    """Write the encrypted backup of one kiosk to ``out`` (atomically: a partial file never remains)."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise BackupError(f"the passphrase must have at least {MIN_PASSPHRASE_CHARS} characters")
    if not database.is_file():
        raise BackupError(f"{database}: there is no kiosk database to back up")
    if out.exists() and out.is_dir():
        raise BackupError(f"{out} is a folder; give a file name")
    with tempfile.TemporaryDirectory(dir=database.parent, prefix=".backup-") as folder:
        staged = _stage(Path(folder), database, key_folder, config_file)
        manifest = {
            "format": FORMAT, "created_at": now.isoformat(), "kiosk_id": kiosk_id,
            "schema": database_revision(staged[DATABASE]),
            "files": {name: {"sha256": _sha256(path), "size": path.stat().st_size} for name, path in staged.items()},
        }
        partial = out.with_name(out.name + ".partial")
        try:
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as file:
                _write_encrypted(file, passphrase, manifest, staged, chunk_size)
                file.flush()
                os.fsync(file.fileno())
            os.replace(partial, out)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise BackupError(f"{out}: cannot write the backup ({error.strerror})") from None
    log.info("backup of %s written to %s", kiosk_id, out)
    return BackupResult(out, kiosk_id, manifest["schema"], {n: f["size"] for n, f in manifest["files"].items()})


def _stage(folder: Path, database: Path, key_folder: Path, config_file: Path) -> dict[str, Path]:
    staged = {DATABASE: sqlite_copy(database, folder / DATABASE)}
    if key_folder.is_dir():
        for path in sorted(key_folder.iterdir()):
            if path.is_file() and not path.name.startswith("."):
                staged[f"{KEY_FOLDER}/{path.name}"] = path
    if not config_file.is_file():
        raise BackupError(f"{config_file}: the configuration file is missing")
    staged[CONFIG] = config_file
    return staged


def _write_encrypted(file: IO[bytes], passphrase: str, manifest: dict[str, Any], staged: dict[str, Path],
                     chunk_size: int) -> None:
    salt, prefix = os.urandom(16), os.urandom(7)
    header = json.dumps({
        "format": FORMAT, "kdf": {"name": "scrypt", "salt": _b64(salt), **SCRYPT},
        "nonce_prefix": _b64(prefix), "chunk_size": chunk_size,
    }, sort_keys=True).encode()
    file.write(MAGIC + struct.pack(">I", len(header)) + header)
    sink = _EncryptingWriter(file, AESGCM(_derive(passphrase, salt, **SCRYPT)), prefix, MAGIC + header, chunk_size)
    with tarfile.open(fileobj=sink, mode="w|gz") as tar:
        data = json.dumps(manifest, indent=1).encode()
        info = tarfile.TarInfo(MANIFEST)
        info.size, info.mode = len(data), 0o600
        tar.addfile(info, io.BytesIO(data))
        for name, path in staged.items():
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = path.stat().st_size, 0o600, int(path.stat().st_mtime)
            with path.open("rb") as source:
                tar.addfile(info, source)
    sink.finish()


class _EncryptingWriter(io.RawIOBase):
    def __init__(self, file: IO[bytes], aead: AESGCM, prefix: bytes, aad: bytes, chunk_size: int) -> None:
        self._file, self._aead, self._prefix, self._aad = file, aead, prefix, aad
        self._chunk_size = chunk_size
        self._buffer = bytearray()
        self._index = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._buffer += data
        while len(self._buffer) > self._chunk_size:  # keep at least one byte back: the last chunk is marked
            self._emit(bytes(self._buffer[:self._chunk_size]), last=False)
            del self._buffer[:self._chunk_size]
        return len(data)

    def finish(self) -> None:
        self._emit(bytes(self._buffer), last=True)
        self._buffer.clear()

    def _emit(self, chunk: bytes, *, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._prefix, self._index, last), chunk, self._aad)
        self._file.write(struct.pack(">I", len(sealed)) + sealed)
        self._index += 1


# ------------------------------------------------------------------------------------------ reading


class _DecryptingReader(io.RawIOBase):
    def __init__(self, file: IO[bytes], aead: AESGCM, prefix: bytes, aad: bytes, chunk_size: int) -> None:
        self._file, self._aead, self._prefix, self._aad = file, aead, prefix, aad
        self._limit = chunk_size + TAG_SIZE
        self._buffer = b""
        self._index = 0
        self.finished = False

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self._buffer and not self.finished:
            self._buffer = self._next_chunk()
        count = min(len(target), len(self._buffer))
        target[:count] = self._buffer[:count]
        self._buffer = self._buffer[count:]
        return count

    def _next_chunk(self) -> bytes:
        length = self._file.read(4)
        if len(length) < 4:
            raise BackupError("the backup is truncated (its last part is missing)")
        (size,) = struct.unpack(">I", length)
        if not TAG_SIZE <= size <= self._limit:
            raise BackupError("the backup is damaged (a part has an impossible length)")
        sealed = self._file.read(size)
        if len(sealed) < size:
            raise BackupError("the backup is truncated (its last part is missing)")
        for last in (False, True):
            try:
                chunk = self._aead.decrypt(_nonce(self._prefix, self._index, last), sealed, self._aad)
            except InvalidTag:
                continue
            self._index += 1
            if last:
                self.finished = True
                if self._file.read(1):
                    raise BackupError("the backup is damaged (data after its end)")
            return chunk
        if self._index == 0:
            raise BackupError("wrong passphrase, or the file is damaged")
        raise BackupError("the backup is damaged (a part does not decrypt)")


def open_backup(file: IO[bytes], passphrase: str) -> _DecryptingReader:
    if file.read(len(MAGIC)) != MAGIC:
        raise BackupError("not a poe-kiosk backup (wrong magic)")
    raw = file.read(4)
    if len(raw) < 4 or not 2 <= (length := struct.unpack(">I", raw)[0]) <= MAX_HEADER_BYTES:
        raise BackupError("the backup's header is damaged")
    header_bytes = file.read(length)
    try:
        header = json.loads(header_bytes)
        kdf, prefix = header["kdf"], base64.b64decode(header["nonce_prefix"], validate=True)
        salt, n, r, p = base64.b64decode(kdf["salt"], validate=True), int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        chunk_size = int(header["chunk_size"])
    except (ValueError, KeyError, TypeError):
        raise BackupError("the backup's header is damaged") from None
    if header.get("format") != FORMAT or kdf.get("name") != "scrypt":
        raise BackupError(f"backup format {header.get('format')!r} is not supported (this version reads {FORMAT})")
    if not (2 <= n <= MAX_SCRYPT_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 4
            and 128 * n * r <= MAX_SCRYPT_MEMORY and len(prefix) == 7
            and 1 <= chunk_size <= 16 * CHUNK_SIZE and len(salt) >= 8):
        raise BackupError("the backup's header asks for settings this version refuses")
    return _DecryptingReader(file, AESGCM(_derive(passphrase, salt, n, r, p)), prefix, MAGIC + header_bytes, chunk_size)


def restore_backup(archive: Path, *, data_dir: Path, config_path: Path, passphrase: str, force: bool = False,
                   now: dt.datetime) -> RestoreResult:
    """Bring a backup back: database and keys into ``data_dir``, the configuration to ``config_path``.

    Refuses to replace an existing kiosk (a database in ``data_dir`` or a configuration file) unless
    ``force``; then the replaced files are moved to ``<data_dir>/replaced-<time>/``, never deleted.
    Everything is decrypted and checked (hashes, database integrity, schema known) before a file moves.
    """
    existing = [path for path in (data_dir / DATABASE, config_path) if path.exists()]
    if existing and not force:
        raise BackupError(f"{existing[0]} exists: this terminal already has a kiosk; restore onto a fresh one "
                          "or add --force (the current files are moved aside)")
    _make_private_dir(data_dir)
    with tempfile.TemporaryDirectory(dir=data_dir, prefix=".restore-") as folder:
        staging = Path(folder)
        manifest = _extract(archive, passphrase, staging)
        _check_database(staging / DATABASE)
        replaced = move_aside(data_dir, config_path, now) if existing else None
        _install(staging, manifest, data_dir, config_path)
    log.info("restored %s into %s", manifest.get("kiosk_id"), data_dir)
    return RestoreResult(data_dir, config_path, str(manifest.get("kiosk_id", "")), manifest.get("schema"),
                         str(manifest.get("created_at", "")), replaced)


def _extract(archive: Path, passphrase: str, staging: Path) -> dict[str, Any]:
    try:
        file = archive.open("rb")
    except OSError as error:
        raise BackupError(f"{archive}: cannot read ({error.strerror})") from None
    with file:
        reader = open_backup(file, passphrase)
        manifest: dict[str, Any] | None = None
        try:
            with tarfile.open(fileobj=reader, mode="r|gz") as tar:
                for member in tar:
                    manifest = _take(tar, member, staging, manifest)
            while not reader.finished:  # the tar's end may come before the final chunk was read
                if reader.read(CHUNK_SIZE):
                    raise BackupError("the backup is damaged (data after the archive)")
        except (tarfile.TarError, EOFError, OSError, ValueError) as error:
            raise BackupError(f"the backup is damaged ({type(error).__name__}: {error})") from None
    if manifest is None:
        raise BackupError("the backup has no manifest")
    for name, facts in manifest["files"].items():
        path = staging / name
        if not path.is_file() or path.stat().st_size != facts["size"] or _sha256(path) != facts["sha256"]:
            raise BackupError(f"the backup is damaged ({name} does not match its manifest)")
    if DATABASE not in manifest["files"] or CONFIG not in manifest["files"]:
        raise BackupError("the backup lacks the database or the configuration")
    return manifest


def _take(tar: tarfile.TarFile, member: tarfile.TarInfo, staging: Path,
          manifest: dict[str, Any] | None) -> dict[str, Any]:
    """Check one archive member against the manifest and write it into ``staging``."""
    if manifest is None:
        if member.name != MANIFEST or not member.isfile() or member.size > MAX_HEADER_BYTES:
            raise BackupError("the backup has no manifest")
        try:
            loaded = json.loads(tar.extractfile(member).read())  # type: ignore[union-attr]
            files = loaded["files"]
            if loaded.get("format") != FORMAT or not isinstance(files, dict):
                raise ValueError
            return loaded
        except (ValueError, KeyError, TypeError):
            raise BackupError("the backup's manifest is damaged") from None
    if member.name not in manifest["files"] or not member.isfile() or not _allowed(member.name):
        raise BackupError(f"the backup holds an unexpected entry {member.name!r}")
    if member.size > MAX_FILE_BYTES:
        raise BackupError(f"the backup's {member.name} is too large")
    target = staging / member.name
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    source = tar.extractfile(member)
    assert source is not None
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        shutil.copyfileobj(source, out, CHUNK_SIZE)
    return manifest


def _allowed(name: str) -> bool:
    parts = name.split("/")
    if name in (DATABASE, CONFIG):
        return True
    return len(parts) == 2 and parts[0] == KEY_FOLDER and parts[1] not in ("", ".", "..") and not parts[1].startswith(".")


def _check_database(path: Path) -> None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            result = db.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"the backup's database is not usable ({error})") from None
    if not result or result[0] != "ok":
        raise BackupError(f"the backup's database fails its integrity check ({result[0] if result else '?'})")
    revision = database_revision(path)
    if revision is not None and revision not in known_revisions():
        raise BackupError(f"the backup's database is at schema {revision}, newer than this version knows: "
                          "restore it with the version that made it")


def move_aside(data_dir: Path, config_path: Path, now: dt.datetime) -> Path:
    """Move a kiosk's database, keys and configuration to ``<data_dir>/replaced-<time>/`` (never deleted):
    what ``restore --force`` and ``provision`` do to the kiosk they replace."""
    aside = data_dir / f"replaced-{now.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"
    _make_private_dir(aside)
    for name in (DATABASE, f"{DATABASE}-wal", f"{DATABASE}-shm", KEY_FOLDER):
        if (data_dir / name).exists():
            os.replace(data_dir / name, aside / name)
    if config_path.exists():
        os.replace(config_path, aside / config_path.name)
    return aside


def _install(staging: Path, manifest: dict[str, Any], data_dir: Path, config_path: Path) -> None:
    keys = [name for name in manifest["files"] if name.startswith(f"{KEY_FOLDER}/")]
    if keys:
        _make_private_dir(data_dir / KEY_FOLDER)
    for name in keys:
        os.replace(staging / name, data_dir / name)
    os.replace(staging / DATABASE, data_dir / DATABASE)
    config_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(staging / CONFIG, config_path)  # may be on another file system (/etc)
    os.chmod(config_path, 0o600)


def _make_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)


# ------------------------------------------------------------------------------------------ helpers


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(CHUNK_SIZE), b""):
            digest.update(block)
    return digest.hexdigest()


def iter_backup_names(archive: Path, passphrase: str) -> Iterator[str]:
    """The entries of a backup (for tests and for checking a backup without restoring it)."""
    with archive.open("rb") as file, tarfile.open(fileobj=open_backup(file, passphrase), mode="r|gz") as tar:
        for member in tar:
            yield member.name
