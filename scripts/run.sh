#!/usr/bin/env bash
# The README's run command: installs what is missing (see bootstrap.sh), then opens the kiosk.
# Extra arguments go to `poe-kiosk run` (e.g. --windowed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/poe-kiosk run "$@"
