"""Is the kiosk database fit to open? Refuse a lost, empty or damaged one instead of starting afresh.

SQLite happily treats a missing or 0-byte file as a new, empty database: the kiosk would then show
the first-run form and every officer, draft and unsent alert would be gone without a word. So before
the window or a command opens the database of a kiosk, :func:`check_kiosk_database` refuses:

* a **missing** database on a *provisioned* kiosk — one whose slip-signing key
  (``<data dir>/referral/kiosk-key.pem``, made on the first start) exists: the database was there;
* an **empty** (0-byte) file, a file that is **not SQLite** (overwritten, random bytes) or one that
  fails ``PRAGMA quick_check`` (truncated, damaged pages).

The refusal is a :class:`DatabaseUnusable` naming the file and what to do: restore the latest backup
(``poe-kiosk restore``). A fresh install (no key, no database) is not refused.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from kiosk.errors import KioskError

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
KIOSK_KEY = Path("referral") / "kiosk-key.pem"
"""Relative to the data directory: its presence means the kiosk was provisioned."""


class DatabaseUnusable(KioskError):
    """The kiosk database is missing, empty or damaged; the message names the file and the remedy."""


def is_provisioned(data_dir: Path) -> bool:
    """Whether this data directory belongs to a kiosk that has started before (its key exists)."""
    return (data_dir / KIOSK_KEY).is_file()


def restore_hint(path: Path) -> str:
    return (f"restore the latest backup with `poe-kiosk restore BACKUP --data-dir {path.parent} --force` "
            f"(or ask the supervisor for one); the kiosk does not start with it as it is")


def check_kiosk_database(path: Path, *, provisioned: bool) -> None:
    """Raise :class:`DatabaseUnusable` unless ``path`` is a sound SQLite database (or a fresh install)."""
    if not path.exists():
        if provisioned:
            raise DatabaseUnusable(f"the kiosk database {path} is missing although this kiosk was set up "
                                   f"(its key {path.parent / KIOSK_KEY} exists): {restore_hint(path)}")
        return
    problem = database_problem(path)
    if problem:
        raise DatabaseUnusable(f"the kiosk database {path} {problem}: {restore_hint(path)}")


def database_problem(path: Path) -> str:
    """What is wrong with the SQLite file ``path`` ("" when it is sound), without changing it."""
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError as error:
        return f"cannot be read ({error.strerror})"
    if not header:
        return "is empty (0 bytes)"
    if not header.startswith(SQLITE_MAGIC):
        return "is not a SQLite database (overwritten or damaged)"
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        log.debug("quick_check of %s failed", path, exc_info=True)
        return f"is damaged ({error})"
    if rows != [("ok",)]:
        return f"is damaged (integrity check: {str(rows[0][0])[:200]})"
    return ""
