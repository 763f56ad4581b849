#!/usr/bin/env bash
# CI: the Linux desktop bundle and the installers, the way a library gets them.
#  1. PyInstaller one-folder build from installer/illdesk.spec
#  2. the bundle, started offscreen outside the checkout with an empty HOME, opens a new
#     SQLite database with demo data and shows its window (--quit-after-start); then it
#     renders a pull slip PDF (test-print)
#  3. installer/install-linux.sh for one user (temp HOME) and for all (temp --destdir):
#     the installed command starts, the menu entry and AppStream file validate, uninstall
#     leaves nothing
#  4. makensis compiles installer/windows/illdesk.nsi against the Windows folder layout
#     (placeholder files)
# Each step prints its time.  Run from the checkout: bash .ci/bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
PY="${PY:-$root/.venv/bin/python}"
work="$(mktemp -d "${TMPDIR:-/tmp}/illdesk-bundle.XXXXXX")"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
step_start=0
step() { step_start=$SECONDS; echo "== bundle: $*"; }
done_step() { echo "== bundle: done in $((SECONDS - step_start)) s"; }
# the program under test must not see this checkout or this user's settings
clean() {
  env -u PYTHONPATH -u VIRTUAL_ENV -u ILLDESK_DATA_DIR -u XDG_DATA_HOME -u XDG_CONFIG_HOME \
    HOME="$work/home" QT_QPA_PLATFORM=offscreen "$@"
}
mkdir -p "$work/home"

step "PyInstaller build"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$work/dist" \
  --workpath "$work/build" installer/illdesk.spec
bundle="$work/dist/illdesk"
du -sh "$bundle"
done_step

step "start the bundle on a new SQLite database, show the window, print a pull slip"
cd "$work"
clean timeout 300 "$bundle/illdesk" --database-url "sqlite:///$work/desk.sqlite3" \
  --demo --quit-after-start
"$PY" - "$work/desk.sqlite3" <<'PY'
import sqlite3, sys
(n,) = sqlite3.connect(sys.argv[1]).execute("select count(*) from request").fetchone()
assert n > 0, "the bundle left an empty database"
print(f"the bundle's database holds {n} requests")
PY
clean timeout 120 "$bundle/illdesk" test-print pull-slip --out "$work/slip.pdf"
head -c 5 "$work/slip.pdf" | grep -q '%PDF-'
if command -v pdftotext >/dev/null; then
  pdftotext "$work/slip.pdf" - | grep -qi "pull" || { echo "the slip has no text" >&2; exit 1; }
fi
cd "$root"
done_step

step "install-linux.sh for one user, start the installed desk, uninstall"
HOME="$work/home" bash installer/install-linux.sh --user "$bundle"
installed="$work/home/.local/share/applications/org.illdesk.illdesk.desktop"
desktop-file-validate "$installed"
exec_path="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$installed")"
[ "$exec_path" = "$work/home/.local/lib/illdesk/illdesk" ]
[ -f "$work/home/.local/share/icons/hicolor/512x512/apps/org.illdesk.illdesk.png" ]
[ -f "$work/home/.local/share/icons/hicolor/scalable/apps/org.illdesk.illdesk.svg" ]
appstreamcli validate --no-net "$work/home/.local/share/metainfo/org.illdesk.illdesk.metainfo.xml"
(cd "$work" && clean timeout 300 "$work/home/.local/bin/illdesk" \
  --database-url "sqlite:///$work/installed.sqlite3" --demo --quit-after-start)
HOME="$work/home" bash installer/install-linux.sh --user --uninstall
left="$(find "$work/home/.local" -type f ! -path '*/illdesk/*' -name '*illdesk*' | head -5)"
[ -z "$left" ] || { echo "uninstall left: $left" >&2; exit 1; }
[ ! -e "$work/home/.local/lib/illdesk" ] && [ ! -e "$work/home/.local/bin/illdesk" ]
done_step

step "install-linux.sh for all users into a staging root"
bash installer/install-linux.sh --system --destdir "$work/root" "$bundle"
for f in opt/illdesk/illdesk usr/local/bin/illdesk usr/share/applications/org.illdesk.illdesk.desktop \
  usr/share/metainfo/org.illdesk.illdesk.metainfo.xml \
  usr/share/icons/hicolor/16x16/apps/org.illdesk.illdesk.png; do
  [ -e "$work/root/$f" ] || [ -L "$work/root/$f" ] || { echo "system install lacks /$f" >&2; exit 1; }
done
grep -q '^Exec=/opt/illdesk/illdesk' "$work/root/usr/share/applications/org.illdesk.illdesk.desktop"
[ "$(readlink "$work/root/usr/local/bin/illdesk")" = /opt/illdesk/illdesk ]
done_step

step "makensis: the Windows installer script against the Windows bundle layout"
if command -v makensis >/dev/null; then
  # the folder PyInstaller makes on Windows: two executables beside _internal\ (small
  # placeholders here: the script is what is checked, not a Windows build)
  win="$work/win/illdesk"
  mkdir -p "$win/_internal/PySide6/plugins/platforms" "$win/_internal/illdesk/resources/icons"
  printf 'MZ placeholder' >"$win/illdesk.exe"
  printf 'MZ placeholder' >"$win/illdesk-cli.exe"
  printf 'placeholder' >"$win/_internal/python311.dll"
  printf 'placeholder' >"$win/_internal/PySide6/plugins/platforms/qwindows.dll"
  cp illdesk/resources/icons/illdesk-*.png "$win/_internal/illdesk/resources/icons/"
  (cd installer/windows && makensis -V2 -WX -DBUNDLE="$win" \
    -DOUTFILE="$work/illdesk-0.1.0-setup.exe" illdesk.nsi)
  ls -l "$work/illdesk-0.1.0-setup.exe"
else
  echo "makensis is not installed (Debian package nsis): the Windows installer is not compiled" >&2
  exit 1
fi
done_step
echo "bundle: all checks passed"
