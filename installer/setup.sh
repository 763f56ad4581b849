#!/usr/bin/env bash
# Installs illdesk on a Debian machine into ./.venv.
#   installer/setup.sh app    what the desk needs to run (Qt's system libraries, fonts)
#   installer/setup.sh test   that, plus the real servers and tools the tests use
# Runs apt-get through sudo when not root.  Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-app}"

APP_DEBS=(python3 python3-venv python3-pip
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xkb1 libxrender1 libxi6
  fonts-dejavu-core fonts-wqy-zenhei cups-client postgresql-client)
TEST_DEBS=(postgresql zbar-tools poppler-utils xvfb xauth idzebra-2.0 yaz
  cups cups-bsd printer-driver-cups-pdf
  binutils nsis desktop-file-utils appstream librsvg2-bin git)  # bundle, installers, icons

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

debs=("${APP_DEBS[@]}")
[ "$mode" = test ] && debs+=("${TEST_DEBS[@]}")
missing=()
for d in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$d" 2>/dev/null | grep -q "install ok installed" || missing+=("$d")
done
if [ "${#missing[@]}" -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "$mode" = test ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
if [ "$mode" = test ]; then
  as_root bash .ci/setup-cups.sh   # a running cupsd with the cups-pdf queue the print test uses
fi
echo "illdesk installed in $(pwd)/.venv ($mode)"
