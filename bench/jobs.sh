#!/usr/bin/env bash
# Benchmark (not a test): whole folders in one process, one thread against several, side by side.
#   bench/jobs.sh [BATCH] [RUNS] [OTHER_JAR]    defaults: 200 briefs, 5 runs, no other jar
# Renders BATCH copies of the example brief (in 10 nested folders) to PDF with --jobs 1 and
# --jobs 2, and validates them, printing the median wall time of RUNS runs and the ratios. With
# OTHER_JAR (say, the previous main's target/brief.jar), the same work is timed with that jar in
# the same run, so the two are compared on one machine at one time. JVM flags are the launcher's.
set -euo pipefail
cd "$(dirname "$0")/.."
batch=${1:-200}
runs=${2:-5}
other=${3:-}
[ -f target/brief.jar ] || ./mvnw -B -q -DskipTests package
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)  # as ./brief runs it
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for i in $(seq -w 1 "$batch"); do
  dir="$tmp/in/group$((10#$i % 10))"
  mkdir -p "$dir"
  cp briefs/us-nato-redistribution.yaml "$dir/b$i.yaml"
done

# median_ms CMD...: runs CMD $runs times, prints the median wall time in milliseconds.
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    rm -rf "$tmp/out"
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

run() { java "${flags[@]}" -jar "$@"; }
jar=target/brief.jar
echo "$(java -version 2>&1 | head -1), $(nproc) cores, $batch briefs, median of $runs runs"
j1=$(median_ms run "$jar" render --jobs 1 --out-dir "$tmp/out" "$tmp/in")
j2=$(median_ms run "$jar" render --jobs 2 --out-dir "$tmp/out" "$tmp/in")
v1=$(median_ms run "$jar" validate --jobs 1 "$tmp/in")
v2=$(median_ms run "$jar" validate --jobs 2 "$tmp/in")
row() { awk -v l="$1" -v t="$2" -v n="$batch" 'BEGIN { printf "%-40s %7d ms  %6.2f ms a brief\n", l, t, t / n }'; }
row "render pdf, --jobs 1" "$j1"
row "render pdf, --jobs 2" "$j2"
awk -v a="$j2" -v b="$j1" 'BEGIN { printf "%-40s %7.2f   (the bar: 0.75 or less)\n", "ratio --jobs 2 / --jobs 1", a / b }'
row "validate, --jobs 1" "$v1"
row "validate, --jobs 2" "$v2"
if [ -n "$other" ]; then
  o1=$(median_ms run "$other" render --out-dir "$tmp/out" "$tmp/in")
  ov=$(median_ms run "$other" validate "$tmp/in")
  row "other jar: render pdf" "$o1"
  row "other jar: validate" "$ov"
  awk -v a="$j1" -v b="$o1" 'BEGIN { printf "%-40s %7.2f\n", "render --jobs 1 / other jar", a / b }'
  awk -v a="$v2" -v b="$ov" 'BEGIN { printf "%-40s %7.2f\n", "validate --jobs 2 / other jar", a / b }'
fi
