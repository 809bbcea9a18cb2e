#!/usr/bin/env bash
# Trains JDK 25's ahead-of-time cache for an app image and wires it into the launcher:
#   installer/train-aot.sh target/leadkeeper          (Linux, Windows: target/leadkeeper; macOS: target/leadkeeper.app)
# A throw-away data folder gets demo leads, the app opens its window (under Xvfb when there is no display), shows
# every main view in turn and quits (LEADKEEPER_TRAINING=1); the classes it loaded and linked go into
# lib/app/leadkeeper.aot, and lib/app/leadkeeper.cfg starts the JVM with it. A JVM that cannot use the cache (another
# build of the runtime, changed jars) starts without it, only slower.
set -euo pipefail

image="${1:?usage: train-aot.sh APP_IMAGE_DIR}"
# jpackage's app-image layouts: Linux bin/ + lib/app/, Windows the .exe + app/, macOS Contents/MacOS + Contents/app.
# On Windows the training uses the console launcher (leadkeeper-cli.exe), which shares the jars and the cfg's options.
for candidate in "$image/bin/leadkeeper" "$image/leadkeeper-cli.exe" "$image/Contents/MacOS/leadkeeper"; do
  [ -x "$candidate" ] && launcher="$candidate" && break
done
for candidate in "$image/lib/app" "$image/app" "$image/Contents/app"; do
  [ -d "$candidate" ] && app="$candidate" && break
done
[ -n "${launcher:-}" ] && [ -n "${app:-}" ] || { echo "train-aot: $image is not a Leadkeeper app image" >&2; exit 1; }
cfgs=("$app"/*.cfg)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Paths handed to Java: Git Bash on Windows spells them /tmp/…, Java wants C:/….
jpath() { if command -v cygpath > /dev/null; then cygpath -m "$1"; else echo "$1"; fi; }
data="$(jpath "$work/data")"
conf="$(jpath "$work/leadkeeper.aotconf")"
cache="$(jpath "$app/leadkeeper.aot")"

# The launcher reads JAVA_TOOL_OPTIONS (not JDK_JAVA_OPTIONS); the cfg must not name a cache while training.
for cfg in "${cfgs[@]}"; do sed -i.bak '/-XX:AOTCache=/d' "$cfg" && rm -f "$cfg.bak"; done
rm -f "$app/leadkeeper.aot"

"$launcher" --data-dir "$data" demo --leads 2000 > /dev/null

# Classes and their linking only, no method profiles (-AOTRecordTraining): replayed profiles send the methods that were
# hot in training straight to C2, whose compiles then took about a core for the whole start on a two-core laptop
# (1.2 s of C2 time in a 1.4 s start). With the cfg's raised C2 thresholds (installer/common.args) the first window
# came about 250 ms sooner; the heavy work (exports, imports) reaches those thresholds in its first seconds.
record_only="-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
training=(env "JAVA_TOOL_OPTIONS=-XX:AOTMode=record $record_only -XX:AOTConfiguration=$conf -Xlog:aot=error"
  LEADKEEPER_TRAINING=1 "$launcher" --data-dir "$data")
if [ -n "${DISPLAY:-}" ] || [ "$(uname -s)" != Linux ]; then
  "${training[@]}" # macOS and Windows always have a desktop session (CI runners too)
elif command -v xvfb-run > /dev/null; then
  xvfb-run -a -s "-screen 0 1400x900x24" "${training[@]}"
else
  echo "train-aot: no display and no xvfb-run (apt-get install xvfb); the image stays without a cache" >&2
  exit 1
fi
[ -s "$work/leadkeeper.aotconf" ] || { echo "train-aot: the training run recorded nothing" >&2; exit 1; }

# Assembling the cache needs the same runtime and class path: the launcher itself, which exits once it is written.
JAVA_TOOL_OPTIONS="-XX:AOTMode=create $record_only -XX:AOTConfiguration=$conf -XX:AOTCache=$cache -Xlog:aot=error" \
  "$launcher" --version > /dev/null

# $APPDIR is the launchers' own app folder, wherever the image is installed. Every launcher (the window's and, on
# Windows, the console's) starts with the cache.
for cfg in "${cfgs[@]}"; do
  awk '{ print } /^\[JavaOptions\]/ { print "java-options=-XX:AOTCache=$APPDIR/leadkeeper.aot" }' "$cfg" > "$cfg.new"
  mv "$cfg.new" "$cfg"
done
echo "train-aot: $(du -h "$app/leadkeeper.aot" | cut -f1) cache in $app/leadkeeper.aot"
