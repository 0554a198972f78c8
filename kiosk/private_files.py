"""Files that hold personal data or secrets: the data directory 0700, every file in it 0600.

The database (names, documents, birth dates, phones, health answers, PIN hashes), ``kiosk.toml``
(the broker password), keys, backups and slips are made private whatever the process's ``umask``:
directories with :func:`private_dir`, new files with :func:`write_private`, files made by another
library (SQLite's database, ``-wal``, ``-shm`` and ``-journal``) with :func:`make_private` after it
created them.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) and make it 0700; returns it."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    os.chmod(path, DIR_MODE)
    return path


def make_private(*paths: Path) -> None:
    """chmod 0600 each of ``paths`` that exists (a file that vanished meanwhile is no error)."""
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, FILE_MODE)


def write_private(path: Path, data: bytes | str) -> Path:
    """Write ``path`` atomically (temporary file + rename) with mode 0600 from its first byte."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(raw)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def sqlite_files(database: Path) -> tuple[Path, ...]:
    """The database file and the companions SQLite makes beside it."""
    return (database, *(database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal")))
