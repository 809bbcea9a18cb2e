#!/usr/bin/env bash
# The start-up benchmark: time from process start to the first usable window (shown, the Leads table's first page
# drawn), median of N runs, with the AOT cache and without it:
#   installer/linux/startup-time.sh [LAUNCHER] [RUNS]     (default: target/leadkeeper/bin/leadkeeper, 5)
# Runs under Xvfb when there is no display. The data folder is a throw-away one with 3,000 demo leads.
set -euo pipefail
launcher="${1:-target/leadkeeper/bin/leadkeeper}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$launcher" --data-dir "$work/data" demo --leads 3000 > /dev/null 2>&1

cat > "$work/measure.sh" <<'INNER'
#!/usr/bin/env bash
# measure.sh LAUNCHER DATA RUNS REPORT [JAVA_TOOL_OPTIONS]: one line first-window-ms=N per run into REPORT
for _ in $(seq 1 "$3"); do
  JAVA_TOOL_OPTIONS="${5:-}" LEADKEEPER_STARTUP_REPORT="$4" LEADKEEPER_EXIT_AFTER_START=1 \
    LEADKEEPER_STARTED_AT="$(date +%s%3N)" "$1" --data-dir "$2" > /dev/null 2>&1
done
INNER
chmod +x "$work/measure.sh"
measure() { # measure REPORT [JAVA_TOOL_OPTIONS]
  if [ -n "${DISPLAY:-}" ]; then "$work/measure.sh" "$launcher" "$work/data" "$runs" "$@"
  else xvfb-run -a -s "-screen 0 1400x900x24" "$work/measure.sh" "$launcher" "$work/data" "$runs" "$@"; fi
}
times() { sed -n 's/^first-window-ms=//p' "$1"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# The median of each start-up phase (the app marks them: the JVM reaching main, the data folder open, the toolkit
# up, the window built and shown), in the order they were reached.
phases() {
  sed -n 's/^phase //p' "$1" | awk -F= '{ if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } } END { for (i = 1; i <= n; i++) print order[i] }' |
    while read -r name; do printf ' %s %s' "$name" "$(sed -n "s/^phase $name=//p" "$1" | median)"; done
}

measure "$work/with.txt"
measure "$work/without.txt" "-XX:AOTMode=off"
echo "first usable window, median of $runs: $(times "$work/with.txt" | median) ms with the AOT cache" \
  "($(times "$work/with.txt" | tr '\n' ' ')), $(times "$work/without.txt" | median) ms without" \
  "($(times "$work/without.txt" | tr '\n' ' '))"
echo "phases with the cache (median ms):$(phases "$work/with.txt")"
echo "phases without:$(phases "$work/without.txt")"
