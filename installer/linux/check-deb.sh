#!/usr/bin/env bash
# Installs the built .deb as a user would (as root, its dependencies from Debian) and checks the installed app:
#   installer/linux/check-deb.sh target/installer/leadkeeper_VERSION_amd64.deb [APP_IMAGE]
# the command line from any terminal (--version, an import and an export), the main window under Xvfb, then an
# upgrade to a newer package that keeps the user's data, and a removal that keeps it too.
set -euo pipefail
cd "$(dirname "$0")/../.."

deb="$(realpath "${1:?usage: check-deb.sh PACKAGE.deb [APP_IMAGE]}")"
image="$(realpath "${2:-target/leadkeeper}")" # the app image the package was built from, packaged again as newer
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" # this "user": the default data folder is ~/.local/share/leadkeeper
unset LEADKEEPER_HOME
# Java takes the home folder from the password database, not from $HOME: the XDG variable points it here instead.
export XDG_DATA_HOME="$HOME/.local/share"
mkdir -p "$HOME"
say() { echo "check-deb: $*"; }
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }

say "installing $(basename "$deb") ($(du -h "$deb" | cut -f1))"
apt-get update -qq > /dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" > "$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
say "installed size: $(dpkg-query -W -f='${Installed-Size}' leadkeeper) KiB"

[ "$(command -v leadkeeper)" = /usr/bin/leadkeeper ] || fail "leadkeeper is not on the PATH"
version="$(leadkeeper --version)"
say "from a terminal: $version"
[[ "$version" == leadkeeper\ * ]] || fail "--version printed: $version"

leadkeeper import src/test/resources/importing/google_forms.csv --json > "$work/import.json"
grep -q '"created":2' "$work/import.json" || fail "import: $(cat "$work/import.json")"
leadkeeper export leads --out "$work/leads.xlsx" --json > "$work/export.json"
grep -q '"leads":2' "$work/export.json" || fail "export: $(cat "$work/export.json")"
[ -s "$work/leads.xlsx" ] || fail "no workbook written"
[ -d "$HOME/.local/share/leadkeeper" ] || fail "the default data folder is not where the README says"
say "import and export from the installed location: 2 leads in, 2 leads out"

# The main window: the app reports when its first window is usable, then quits.
LEADKEEPER_STARTUP_REPORT="$work/startup.txt" LEADKEEPER_EXIT_AFTER_START=1 \
  timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" leadkeeper > "$work/window.log" 2>&1 \
  || { cat "$work/window.log"; fail "the window did not start"; }
grep -q '^first-window-ms=' "$work/startup.txt" || { cat "$work/window.log"; fail "no usable window reported"; }
say "main window shown and usable ($(grep "^first-window-ms=" "$work/startup.txt"))"
# The AOT cache was trained in target/; the JVM must take it in /opt too (it would start without it, only slower).
JAVA_TOOL_OPTIONS="-XX:AOTMode=on" leadkeeper --version > "$work/aot.log" 2>&1 \
  || { cat "$work/aot.log"; fail "the installed AOT cache cannot be used"; }
say "the installed AOT cache is used"

# An upgrade: the same app as a newer package over this one. The data folder is the user's, never the package's.
newer_version="$(dpkg-deb -f "$deb" Version | awk -F. -v OFS=. '{$NF += 1; print}')"
say "building $newer_version to upgrade to"
JAVA_HOME="${JAVA_HOME:?JAVA_HOME must point at JDK 25}" \
  installer/linux/package.sh "$image" "$newer_version" "$work/newer" > /dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$work"/newer/leadkeeper_*.deb > "$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; fail "upgrade"; }
[ "$(dpkg-query -W -f='${Version}' leadkeeper)" = "$newer_version" ] || fail "the upgrade did not install"
leadkeeper export leads --out "$work/after.csv" --json | grep -q '"leads":2' || fail "the leads did not survive the upgrade"
say "upgraded to $newer_version: the 2 leads are still there"

apt-get remove -y -qq leadkeeper > /dev/null 2>&1
[ ! -e /usr/bin/leadkeeper ] || fail "removal left /usr/bin/leadkeeper"
[ -f "$HOME/.local/share/leadkeeper/leadkeeper.mv.db" ] || fail "removal took the data folder"
say "removed: the program is gone, the data folder stays"
