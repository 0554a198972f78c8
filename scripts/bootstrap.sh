#!/usr/bin/env bash
# Installs everything the kiosk and its tests need on a fresh Debian/Ubuntu machine:
# system libraries with apt-get (when root; otherwise prints the exact command), then a .venv
# with the pinned Python dependencies. Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # barcode decoding, audio/multimedia and printing libraries that the Qt and pyzbar wheels load
  libzbar0 libpulse0 libcups2 cups-client
  # the xcb platform plugin of the Qt wheels and its GL/font dependencies
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1 libfontconfig1 libdbus-1-3
  # the site broker (tests start their own instance), PDF rasterising, a virtual screen, fonts
  mosquitto mosquitto-clients poppler-utils xvfb xauth fonts-dejavu-core
  # systemd-analyze verify checks the shipped units (tests/packaging/test_units.py)
  systemd
)

python_ok() {
  command -v python3 >/dev/null 2>&1 &&
    python3 -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}
python_ok || APT_PACKAGES+=(python3 python3-venv python3-pip)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "bootstrap: installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "bootstrap: these system packages are missing. Run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

stamp=.venv/.installed
# .venv/bin/ruff too: scripts/test.sh (CI) lints with it, and a .venv made before it was a dev dependency lacks it
if [ -f "$stamp" ] && [ "$stamp" -nt pyproject.toml ] && [ "$stamp" -nt constraints.txt ] &&
   [ "$stamp" -nt scripts/bootstrap.sh ] && [ -x .venv/bin/python ] && [ -x .venv/bin/ruff ]; then
  exit 0  # already installed from the current pins
fi
if [ ! -x .venv/bin/python ]; then
  echo "bootstrap: creating .venv"
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -c constraints.txt -e ".[dev]"
touch "$stamp"
echo "bootstrap: ready"
