#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from its SVG (needs rsvg-convert,
# Debian package librsvg2-bin) and the Windows .ico from them (ImageMagick or Pillow).
# The results are committed; run this after changing illdesk/resources/icons/illdesk.svg.
set -euo pipefail
cd "$(dirname "$0")/.."
icons=illdesk/resources/icons
for n in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert -w "$n" -h "$n" "$icons/illdesk.svg" -o "$icons/illdesk-$n.png"
done
"${PYTHON:-.venv/bin/python}" - <<'PY'
from PIL import Image
icons = "illdesk/resources/icons"
big = Image.open(f"{icons}/illdesk-256.png")
big.save("installer/windows/illdesk.ico", sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
PY
echo "icons rendered into $icons and installer/windows/illdesk.ico"
