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
median() { cut -d= -f2 "$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure "$work/with.txt"
measure "$work/without.txt" "-XX:AOTMode=off"
echo "first usable window, median of $runs: $(median "$work/with.txt") ms with the AOT cache" \
  "($(cut -d= -f2 "$work/with.txt" | tr '\n' ' ')), $(median "$work/without.txt") ms without" \
  "($(cut -d= -f2 "$work/without.txt" | tr '\n' ' '))"
