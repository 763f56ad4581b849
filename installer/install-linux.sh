#!/usr/bin/env bash
# Puts the PyInstaller bundle, the menu entry and the icon in place on Linux.
#
#   installer/install-linux.sh [--user | --system] [--destdir DIR] [--uninstall] [BUNDLE]
#
#   --user      (default) for this user: ~/.local/lib/illdesk, ~/.local/bin/illdesk,
#               ~/.local/share/{applications,icons,metainfo}
#   --system    for everyone (run as root): /opt/illdesk, /usr/local/bin/illdesk,
#               /usr/share/{applications,icons,metainfo}
#   --destdir   stage everything under DIR instead of / (packagers, tests); the menu entry
#               still points at the final place
#   --uninstall remove what an install put there
#   BUNDLE      the bundle folder (default: dist/illdesk, what `pyinstaller installer/illdesk.spec`
#               makes)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
mode=user destdir="" uninstall=0 bundle="$root/dist/illdesk"
while [ $# -gt 0 ]; do
  case "$1" in
    --user) mode=user ;;
    --system) mode=system ;;
    --destdir) destdir="${2:?--destdir needs a folder}"; shift ;;
    --destdir=*) destdir="${1#--destdir=}" ;;
    --uninstall) uninstall=1 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "install-linux.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) bundle="$1" ;;
  esac
  shift
done

APP_ID=org.illdesk.illdesk
if [ "$mode" = user ]; then
  appdir="$HOME/.local/lib/illdesk" bindir="$HOME/.local/bin" share="$HOME/.local/share"
else
  appdir=/opt/illdesk bindir=/usr/local/bin share=/usr/share
fi
desktop="$share/applications/$APP_ID.desktop"
metainfo="$share/metainfo/$APP_ID.metainfo.xml"
icons="$share/icons/hicolor"
SIZES=(16 22 24 32 48 64 128 256 512)

refresh_caches() {
  [ -z "$destdir" ] || return 0
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$share/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
  fi
}

if [ "$uninstall" = 1 ]; then
  rm -rf "$destdir$appdir"
  rm -f "$destdir$bindir/illdesk" "$destdir$desktop" "$destdir$metainfo"
  rm -f "$destdir$icons/scalable/apps/$APP_ID.svg"
  for n in "${SIZES[@]}"; do rm -f "$destdir$icons/${n}x${n}/apps/$APP_ID.png"; done
  refresh_caches
  echo "illdesk removed from $destdir$appdir"
  exit 0
fi

if [ ! -x "$bundle/illdesk" ]; then
  echo "install-linux.sh: no bundle at $bundle (build it: pyinstaller installer/illdesk.spec)" >&2
  exit 1
fi
# the icon and the menu files travel inside the bundle; a source checkout has them too
pick() {
  for candidate in "$@"; do [ -f "$candidate" ] && { echo "$candidate"; return; }; done
  echo "install-linux.sh: missing ${1##*/}" >&2
  exit 1
}
icon_src="$(dirname "$(pick "$bundle/_internal/illdesk/resources/icons/illdesk.svg" \
  "$root/illdesk/resources/icons/illdesk.svg")")"
desktop_src="$(pick "$bundle/_internal/share/$APP_ID.desktop" \
  "$root/resources/linux/$APP_ID.desktop")"
metainfo_src="$(pick "$bundle/_internal/share/$APP_ID.metainfo.xml" \
  "$root/resources/linux/$APP_ID.metainfo.xml")"

staged="$destdir$appdir"
rm -rf "$staged.new"
mkdir -p "$(dirname "$staged")"
cp -a "$bundle" "$staged.new"
rm -rf "$staged"
mv "$staged.new" "$staged"
mkdir -p "$destdir$bindir"
ln -sfn "$appdir/illdesk" "$destdir$bindir/illdesk"
install -Dm644 "$icon_src/illdesk.svg" "$destdir$icons/scalable/apps/$APP_ID.svg"
for n in "${SIZES[@]}"; do
  install -Dm644 "$icon_src/illdesk-$n.png" "$destdir$icons/${n}x${n}/apps/$APP_ID.png"
done
install -Dm644 "$metainfo_src" "$destdir$metainfo"
mkdir -p "$(dirname "$destdir$desktop")"
# the menu starts the bundle by its full path: ~/.local/bin is not on every session's PATH
sed -e "s|^Exec=illdesk|Exec=$appdir/illdesk|" -e "s|^TryExec=illdesk|TryExec=$appdir/illdesk|" \
  "$desktop_src" >"$destdir$desktop"
chmod 644 "$destdir$desktop"
refresh_caches
echo "illdesk installed in $staged; menu entry $destdir$desktop; command $destdir$bindir/illdesk"
