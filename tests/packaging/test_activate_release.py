"""The package's upgrade step (``packaging/deb/activate-release``, run by postinst) in a scratch root.

Each "release" is a payload tar as the .deb ships it, holding a ``poe-kiosk`` that runs this checkout's
real command (the bundle is not needed). A broken release is the same program with a ``migrate`` that
fails, standing in for a release whose migration fails (the real failing migration is in
``tests/unit/test_upgrade.py``): what is tested here is that the switch of ``current`` waits for it.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

from kiosk.config import load_config
from kiosk.store.upgrade import database_revision, head_revision

REPO = Path(__file__).parents[2]
SCRIPT = REPO / "packaging" / "deb" / "activate-release"
FROZEN = REPO / "tests" / "data" / "db" / "kiosk-0003.sqlite"
REAL = Path(sys.executable).with_name("poe-kiosk")


def _payload(root: Path, version: str, *, broken: bool = False) -> None:
    program = "#!/bin/sh\n"
    if broken:
        program += ('if [ "$1" = migrate ]; then echo "poe-kiosk migrate: migrating failed on a copy" >&2; '
                    "exit 2; fi\n")
    program += f'exec "{REAL}" "$@"\n'
    folder = root / "usr" / "lib" / "poe-kiosk"
    folder.mkdir(parents=True, exist_ok=True)
    with tarfile.open(folder / f"poe-kiosk-{version}.tar", "w") as tar:
        data = program.encode()
        info = tarfile.TarInfo("./poe-kiosk")
        info.size, info.mode = len(data), 0o755
        tar.addfile(info, io.BytesIO(data))


def _activate(root: Path, version: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POE_KIOSK_ROOT": str(root)}
    return subprocess.run(["sh", str(SCRIPT), version], env=env, capture_output=True, text=True, timeout=120,
                          check=False)


def _current(root: Path) -> str:
    return os.readlink(root / "opt" / "poe-kiosk" / "current")


def test_install_upgrade_failed_upgrade_and_pruning(tmp_path: Path) -> None:
    root = tmp_path / "root"
    database = root / "var" / "lib" / "poe-kiosk" / "kiosk.sqlite"
    for version, broken in (("1.0", False), ("2.0", False), ("3.0", True), ("4.0", False)):
        _payload(root, version, broken=broken)

    first = _activate(root, "1.0")
    assert first.returncode == 0, first.stderr
    assert _current(root) == "releases/1.0"
    config = load_config(root / "etc" / "poe-kiosk" / "kiosk.toml")
    assert config.data_dir == database.parent and oct((config.path.stat().st_mode) & 0o777) == "0o640"
    assert database_revision(database) == head_revision()

    shutil.copy(FROZEN, database)  # a terminal still on the previous schema
    second = _activate(root, "2.0")
    assert second.returncode == 0, second.stderr
    assert _current(root) == "releases/2.0" and database_revision(database) == head_revision()
    assert database_revision(database.with_name(f"kiosk.sqlite.before-{head_revision()}")) == "0003"
    migrated = hashlib.sha256(database.read_bytes()).hexdigest()

    failed = _activate(root, "3.0")
    assert failed.returncode == 1
    assert "releases/2.0 stays installed and running" in failed.stderr
    assert _current(root) == "releases/2.0"
    assert hashlib.sha256(database.read_bytes()).hexdigest() == migrated

    fourth = _activate(root, "4.0")
    assert fourth.returncode == 0, fourth.stderr
    assert _current(root) == "releases/4.0"
    assert sorted(p.name for p in (root / "opt" / "poe-kiosk" / "releases").iterdir()) == ["2.0", "4.0"]
    again = _activate(root, "4.0")  # postinst run again (dpkg --configure, apt-get install --reinstall)
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in (root / "opt" / "poe-kiosk" / "releases").iterdir()) == ["2.0", "4.0"]


def test_a_missing_bundle_is_refused_and_nothing_switches(tmp_path: Path) -> None:
    root = tmp_path / "root"
    _payload(root, "1.0")
    assert _activate(root, "1.0").returncode == 0
    done = _activate(root, "9.9")
    assert done.returncode == 1 and "bundle" in done.stderr and _current(root) == "releases/1.0"
