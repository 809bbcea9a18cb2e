#!/usr/bin/env bash
# Builds the Linux installers from a finished app image (its AOT cache already trained):
#   installer/linux/package.sh target/leadkeeper VERSION target/installer
# always a .deb (needs dpkg-deb and fakeroot), and an .rpm where rpmbuild is installed.
set -euo pipefail
cd "$(dirname "$0")/../.."

image="${1:?usage: package.sh APP_IMAGE VERSION DEST}"
version="${2:?version}"
dest="${3:?destination folder}"
jpackage="${JAVA_HOME:?JAVA_HOME must point at JDK 25}/bin/jpackage"

rm -rf "$dest"
mkdir -p "$dest"
types=(deb)
if command -v rpmbuild > /dev/null; then types+=(rpm); else echo "package: no rpmbuild here, so no .rpm"; fi
for type in "${types[@]}"; do
  "$jpackage" @installer/linux/deb.args --type "$type" --app-image "$image" --app-version "$version" --dest "$dest"
done
ls -l "$dest"
