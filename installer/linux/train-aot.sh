#!/usr/bin/env bash
# Trains JDK 25's ahead-of-time cache for an app image and wires it into the launcher:
#   installer/linux/train-aot.sh target/leadkeeper
# A throw-away data folder gets demo leads, the app opens its window (under Xvfb when there is no display), shows
# every main view in turn and quits (LEADKEEPER_TRAINING=1); the classes it loaded and linked go into
# lib/app/leadkeeper.aot, and lib/app/leadkeeper.cfg starts the JVM with it. A JVM that cannot use the cache (another
# build of the runtime, changed jars) starts without it, only slower.
set -euo pipefail

image="${1:?usage: train-aot.sh APP_IMAGE_DIR}"
launcher="$image/bin/leadkeeper"
app="$image/lib/app"
cfg="$app/leadkeeper.cfg"
[ -x "$launcher" ] || { echo "train-aot: no launcher at $launcher" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The launcher reads JAVA_TOOL_OPTIONS (not JDK_JAVA_OPTIONS); the cfg must not name a cache while training.
sed -i '/-XX:AOTCache=/d' "$cfg"
rm -f "$app/leadkeeper.aot"

"$launcher" --data-dir "$work/data" demo --leads 2000 > /dev/null

training=(env "JAVA_TOOL_OPTIONS=-XX:AOTMode=record -XX:AOTConfiguration=$work/leadkeeper.aotconf -Xlog:aot=error"
  LEADKEEPER_TRAINING=1 "$launcher" --data-dir "$work/data")
if [ -n "${DISPLAY:-}" ]; then
  "${training[@]}"
elif command -v xvfb-run > /dev/null; then
  xvfb-run -a -s "-screen 0 1400x900x24" "${training[@]}"
else
  echo "train-aot: no display and no xvfb-run (apt-get install xvfb); the image stays without a cache" >&2
  exit 1
fi
[ -s "$work/leadkeeper.aotconf" ] || { echo "train-aot: the training run recorded nothing" >&2; exit 1; }

# Assembling the cache needs the same runtime and class path: the launcher itself, which exits once it is written.
JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$work/leadkeeper.aotconf -XX:AOTCache=$app/leadkeeper.aot -Xlog:aot=error" \
  "$launcher" --version > /dev/null

# $APPDIR is the launcher's own lib/app folder, wherever the image is installed.
sed -i '/^\[JavaOptions\]/a java-options=-XX:AOTCache=$APPDIR/leadkeeper.aot' "$cfg"
echo "train-aot: $(du -h "$app/leadkeeper.aot" | cut -f1) cache in $app/leadkeeper.aot"
