#!/bin/sh
# Builds target/brief.jar's start-up archive for the JDK ./brief picks (src/build/java.sh): an AOT
# cache (target/brief.aot) on JDK 25 or newer, an AppCDS archive (target/brief.jsa) on older ones,
# trained on a real render, validate and help (dev.brief.cli.Training). Beside it,
# target/brief.archive names the archive, the JDK's version and the jar's checksum, which ./brief
# reads to tell whether the archive fits. Run by `package`; it never fails the build: without an
# archive brief only starts slower.
here=$(cd "$(dirname "$0")/../.." && pwd)
target=$here/target
jar=$target/brief.jar
. "$here/src/build/java.sh"
rm -f "$target/brief.archive" "$target/brief.aot" "$target/brief.jsa"
if ! pick_java; then
  echo "brief: no start-up archive: no JDK to build it for; brief starts slower" >&2
  exit 0
fi
if [ -z "$java_version" ]; then
  echo "brief: no start-up archive: cannot tell the version of $java" >&2
  exit 0
fi
profiles=
flags=
if [ "$java_major" -ge 25 ]; then
  archive=brief.aot
  flag=-XX:AOTCacheOutput=$target/$archive
  # Classes only, no method profiles (JEP 515): with C1 alone, a JVM that finds profiles compiles
  # every method the training made hot as it starts, hot in this run or not. Measured on the
  # example, 25 interleaved runs: cold render 990 against 1120 ms of CPU, validate 550 against
  # 620. The switch is a diagnostic one; a JDK without it gets a cache with profiles.
  if "$java" -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining -version >/dev/null 2>&1; then
    profiles="-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
    # A cache without profiles has nothing to replay, yet the JVM's "Training replay" thread
    # still waits on every class initialization for it. Off, measured on the example (31
    # interleaved runs): cold render 199 against 187 ms (wall), 300 against 280 ms (CPU); validate
    # 119 against 114 ms. The launcher adds what `flags` in target/brief.archive names.
    if "$java" -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining -version >/dev/null 2>&1; then
      flags="-XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining"
    fi
  fi
else
  archive=brief.jsa
  flag=-XX:ArchiveClassesAtExit=$target/$archive
fi
# The launcher's flags (see ./brief): an archive is only used with the flags it was made with.
log=$target/brief.archive.log
# shellcheck disable=SC2086  # $profiles is zero or two words
if ! "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $profiles "$flag" -Xlog:disable -Xlog:all=off \
  -cp "$jar" dev.brief.cli.Training "$here/briefs/us-nato-redistribution.yaml" >"$log" 2>&1 ||
  [ ! -s "$target/$archive" ]; then
  cat "$log" >&2
  echo "brief: no start-up archive: training on $java_version failed; brief starts slower" >&2
  rm -f "$target/$archive"
  exit 0
fi
# Written last, so an archive that was cut short (a full disk, a build stopped) is never named.
size=$(wc -c <"$target/$archive")
printf 'archive=%s\nsize=%s\njava=%s\nversion=%s\nflags=%s\njar=%s\n' "$archive" $size "$java" \
  "$java_version" "$flags" "$(cksum <"$jar")" >"$target/brief.archive"
