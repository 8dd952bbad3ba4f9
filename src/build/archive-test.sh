#!/bin/sh
# Test (run by `verify`, after `package`): what ./brief writes to standard output is the same bytes
# with the start-up archive, with a stale one and with none, so `render -o -` is never corrupted by
# a JVM's word about its archive. Stale: made for another jar path or another jar, cut short, garbage.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
brief=$here/briefs/us-nato-redistribution.yaml
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" # where a JVM that crashes leaves its hs_err file
. "$here/src/build/java.sh"
pick_java
failed=0

# check NAME LAUNCHER: the launcher's memo on standard output is the plain JVM's, byte for byte.
# Markdown: any line a JVM adds shows there as in a PDF, and it is the quicker to render.
check() {
  "$2" render -f md -o - "$brief" >"$tmp/$1.md" 2>"$tmp/$1.err" || true
  if ! cmp -s "$tmp/plain.md" "$tmp/$1.md"; then
    echo "archive-test: $1: render -f md -o - differs from a run without archive" >&2
    failed=1
  fi
}

"$java" -jar "$here/target/brief.jar" render -f md -o - "$brief" >"$tmp/plain.md"
check "archive as built" "$here/brief"

# A copy of the launcher beside a copy of the jar: the archive there names the other jar's path.
copy=$tmp/copy
mkdir -p "$copy/src/build" "$copy/target"
cp -p "$here/brief" "$copy/"
cp -p "$here/src/build/java.sh" "$copy/src/build/"
cp -p "$here/target/brief.jar" "$copy/target/"
touch -r "$copy/target/brief.jar" "$copy/src/build" # else the copy's launcher would rebuild
if [ -f "$here/target/brief.archive" ]; then
  cp -p "$here/target/brief.archive" "$here/target/"brief.aot "$here/target/"brief.jsa "$copy/target/" 2>/dev/null || true
  check "archive for another path" "$copy/brief"
  # The jar changed after the archive, and the id file is touched so that the JVM meets them.
  touch "$copy/target/brief.jar"
  touch "$copy/target/brief.archive"
  check "archive for another jar" "$copy/brief"
  for archive in "$copy/target/brief.aot" "$copy/target/brief.jsa"; do
    [ -f "$archive" ] || continue
    head -c 4096 "$archive" >"$archive.part" && mv "$archive.part" "$archive"
  done
  # The id file is touched: the size it gives is what tells (JDK 17 crashes on a cut archive).
  touch "$copy/target/brief.archive"
  check "truncated archive" "$copy/brief"
else
  echo "archive-test: no archive was built here; checking a garbage one" >&2
fi
# An archive the id file says fits, but that is not an archive at all.
printf 'not an archive\n' >"$copy/target/brief.jsa"
cp "$copy/target/brief.jsa" "$copy/target/brief.aot"
case $java_major in
  2[5-9] | [3-9][0-9]) archive=brief.aot ;;
  *) archive=brief.jsa ;;
esac
printf 'archive=%s\nsize=15\njava=%s\nversion=%s\njar=0\n' "$archive" "$java" "$java_version" \
  >"$copy/target/brief.archive"
touch "$copy/target/brief.archive"
check "garbage archive" "$copy/brief"
exit $failed
