"""Secrets reach commands from files or the environment, never from the command line.

Anything on a command line is visible to every user of the machine (``ps``, ``/proc/<pid>/cmdline``)
and lands in shell histories. So passwords, passphrases and database URLs carrying a password are
read from:

* a file (``--password-file FILE``, ``--passphrase-file FILE``; ``-`` is standard input): its first line;
* an environment variable (``POE_BROKER_PASSWORD``, ``POE_BACKUP_PASSPHRASE``, ``POE_KIOSK_PIN``), e.g.
  from a systemd ``EnvironmentFile=`` readable by the service user only;
* for database URLs, ``--db`` takes ``env:NAME`` (the URL is in ``$NAME``) or ``@FILE`` (the URL is the
  file's first line); a literal URL is accepted only without a password.

See docs/deployment.md ("Secrets").
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kiosk.errors import KioskError

MAX_SECRET_CHARS = 4096


class SecretRefused(KioskError):
    """A secret given where everyone can read it, or one that cannot be read."""


def read_secret_file(path: Path, what: str) -> str:
    """The first line of ``path`` (``-``: standard input)."""
    try:
        text = sys.stdin.read(MAX_SECRET_CHARS) if str(path) == "-" else path.read_text(encoding="utf-8")[:MAX_SECRET_CHARS]
    except OSError as error:
        raise SecretRefused(f"{path}: cannot read the {what} file ({error.strerror})") from None
    except UnicodeDecodeError:
        raise SecretRefused(f"{path}: the {what} file is not UTF-8 text") from None
    lines = text.splitlines()
    return lines[0] if lines else ""


def read_secret(what: str, *, path: Path | None, env: str, prompt: str | None = None) -> str | None:
    """``what`` from ``path``, else ``$env``, else typed on the terminal when ``prompt`` is given; else None."""
    if path is not None:
        return read_secret_file(path, what)
    value = os.environ.get(env)
    if value:
        return value
    if prompt is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return None


def resolve_database_url(value: str | None, option: str = "--db") -> str | None:
    """A ``--db`` value as a URL: ``env:NAME`` and ``@FILE`` are read; a literal URL with a password is refused."""
    if value is None:
        return None
    if value.startswith("env:"):
        name = value.removeprefix("env:")
        url = os.environ.get(name, "")
        if not url:
            raise SecretRefused(f"{option} {value}: the environment variable {name} is not set")
        return url
    if value.startswith("@"):
        url = read_secret_file(Path(value[1:]), "database URL").strip()
        if not url:
            raise SecretRefused(f"{option} {value}: the file is empty")
        return url
    if url_has_password(value):
        raise SecretRefused(f"{option}: a database URL with a password would be visible to every user in the process "
                            f"list; put it in a file (--db @FILE) or an environment variable (--db env:NAME)")
    return value


def url_has_password(url: str) -> bool:
    """Whether ``scheme://user:password@host…`` carries a password."""
    _scheme, sep, rest = url.partition("://")
    if not sep:
        return False
    authority = rest.split("/", 1)[0]
    user_info, at, _host = authority.rpartition("@")
    return bool(at) and ":" in user_info and bool(user_info.split(":", 1)[1])
