#!/usr/bin/env bash
# The README's test command (and CI's): installs what is missing (see bootstrap.sh), checks the code with
# ruff (a lint error fails the run, before the tests), then runs pytest. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
.venv/bin/ruff check kiosk ui tests bench
exec .venv/bin/python -m pytest -q "$@"
