"""The slip-renderer process ends when the window's process is SIGKILLed (no orphan left running)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

PARENT = """
import sys, time
from ui.printing import SlipRenderer

renderer = SlipRenderer()
problem = renderer.check(timeout=120)
print(problem or renderer.process_ids()[0], flush=True)
sys.stdin.read()  # until killed
"""


def running(pid: int) -> bool:
    """Alive and not a zombie waiting for its reaper."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


def wait_until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)  # polling a condition with a deadline, not a sleep for luck
    return condition()


def test_renderer_exits_when_its_parent_is_sigkilled():
    repo = Path(__file__).parents[2]
    parent = subprocess.Popen([sys.executable, "-c", PARENT], cwd=repo, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(repo)})
    try:
        line = parent.stdout.readline().strip()
        assert line.isdigit(), line
        renderer = int(line)
        assert running(renderer)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        assert wait_until(lambda: not running(renderer), timeout=10), f"renderer {renderer} outlived its parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if "renderer" in locals() and running(renderer):
            os.kill(renderer, signal.SIGKILL)
