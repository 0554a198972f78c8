"""CI (``.ci/run`` → ``scripts/test.sh``) fails on a lint error, before the tests, and runs the soak tests.

``scripts/test.sh`` runs in a scratch copy of the repository layout where ``bootstrap.sh``, ruff and the
venv's Python are stand-ins that record their arguments: the check is of the script's order and exit
status, not of ruff itself (the real ruff runs on the whole tree in every CI run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).parents[2]


def _scratch(tmp_path: Path, ruff_status: int) -> Path:
    root = tmp_path / "repo"
    (root / "scripts").mkdir(parents=True)
    (root / ".ci").mkdir()
    shutil.copy(REPO / "scripts" / "test.sh", root / "scripts" / "test.sh")
    shutil.copy(REPO / ".ci" / "run", root / ".ci" / "run")
    (root / "scripts" / "bootstrap.sh").write_text("echo bootstrap >> calls\n", encoding="utf-8")
    bin_dir = root / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    stand_ins = {"ruff": f'echo "ruff $*" >> calls\nexit {ruff_status}\n',
                 "python": 'echo "python $* POE_SOAK=${POE_SOAK:-}" >> calls\n'}
    for name, body in stand_ins.items():
        (bin_dir / name).write_text("#!/bin/sh\n" + body, encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    return root


def _run(root: Path, *command: str) -> tuple[int, list[str]]:
    env = {key: value for key, value in os.environ.items() if key != "POE_SOAK"}  # as a developer's shell
    done = subprocess.run([str(root / command[0]), *command[1:]], cwd=root, env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    calls = root / "calls"
    return done.returncode, calls.read_text(encoding="utf-8").splitlines() if calls.exists() else []


def test_a_lint_error_fails_ci_before_the_tests(tmp_path: Path) -> None:
    status, calls = _run(_scratch(tmp_path, ruff_status=1), ".ci/run")
    assert status != 0
    assert calls == ["bootstrap", "ruff check kiosk ui tests bench"]


def test_clean_code_goes_on_to_the_tests_with_the_soak_tests_on(tmp_path: Path) -> None:
    status, calls = _run(_scratch(tmp_path, ruff_status=0), ".ci/run")
    assert status == 0
    assert calls == ["bootstrap", "ruff check kiosk ui tests bench", "python -m pytest -q POE_SOAK=1"]


def test_the_readme_command_passes_its_arguments_to_pytest_without_the_soak_tests(tmp_path: Path) -> None:
    status, calls = _run(_scratch(tmp_path, ruff_status=0), "scripts/test.sh", "-k", "launch")
    assert status == 0 and calls[-1] == "python -m pytest -q -k launch POE_SOAK="
