#!/usr/bin/env bash
# The README's test command (and CI's): installs what is missing (see bootstrap.sh), then runs pytest.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/python -m pytest -q "$@"
