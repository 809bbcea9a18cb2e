#!/usr/bin/env bash
# Renders the app icon (assets/icon.svg) into every size and format the app and the installers use:
#   assets/generate-icons.sh        (needs ImageMagick and python3; the outputs are committed)
# assets/icon-N.png (16…1024), the window icons in src/main/resources, the Linux menu icon, the Windows .ico and
# the macOS .icns (PNG-compressed entries, as macOS 10.7+ reads them).
set -euo pipefail
cd "$(dirname "$0")/.."

render() { convert -background none -density 600 assets/icon.svg -resize "$1x$1" "PNG32:$2"; }
for size in 16 32 48 64 128 256 512 1024; do
  render "$size" "assets/icon-$size.png"
done
for size in 32 64 256; do
  cp "assets/icon-$size.png" "src/main/resources/app/leadkeeper/icons/icon-$size.png"
done
cp assets/icon-256.png installer/linux/leadkeeper.png
convert assets/icon-16.png assets/icon-32.png assets/icon-48.png assets/icon-64.png assets/icon-128.png \
  assets/icon-256.png installer/windows/leadkeeper.ico

python3 - <<'PY'
import struct
# ICNS: "icns" + total length, then per entry a 4-letter type + length + PNG bytes.
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024)]
body = b""
for kind, size in entries:
    png = open(f"assets/icon-{size}.png", "rb").read()
    body += kind.encode() + struct.pack(">I", len(png) + 8) + png
open("installer/mac/leadkeeper.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
ls -l assets/icon-*.png installer/windows/leadkeeper.ico installer/mac/leadkeeper.icns
