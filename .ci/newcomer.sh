#!/usr/bin/env bash
# README command 1 the way a newcomer runs it: a clean clone of this commit in another
# folder, an empty HOME, `installer/setup.sh app` (no test extras), then the desk started
# offscreen on demo data until its window is shown and painted (--quit-after-start).
# Fails when any of that fails.  Leaves nothing behind unless KEEP=1.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$repo" rev-parse HEAD)"
work="$(mktemp -d "${TMPDIR:-/tmp}/illdesk-newcomer.XXXXXX")"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/illdesk"
git -C "$work/illdesk" checkout -q "$commit"
mkdir "$work/home"
cd "$work/illdesk"
# a newcomer's shell: the machine's own settings, nothing of this checkout's environment
env -u PYTHONPATH -u VIRTUAL_ENV -u ILLDESK_DATA_DIR -u ILLDESK_ISO18626_XSD \
  -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u PIP_CACHE_DIR -u QT_QPA_PLATFORM \
  HOME="$work/home" \
  bash -c 'installer/setup.sh app && QT_QPA_PLATFORM=offscreen timeout 300 .venv/bin/illdesk --demo --quit-after-start'
db="$work/home/.local/share/illdesk/illdesk.sqlite3"
[ -s "$db" ] || { echo "newcomer: no database at $db" >&2; exit 1; }
echo "newcomer: README command 1 started the desk from a clean clone ($commit)"
