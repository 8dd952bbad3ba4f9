#!/usr/bin/env bash
# Benchmarks (not tests): wall times of whole commands, as medians of repeated runs.
#   bench/run.sh [RUNS] [BATCH]     defaults: 9 runs, a batch of 200 briefs
# Cold: a fresh JVM for one brief (what a person at a terminal or a pre-commit hook waits for).
# Batch: one process over many briefs (what CI over a folder waits for); per brief = total / BATCH.
# If typst is on PATH, bench/memo.typ is compiled the same way and the ratio is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
batch=${2:-200}
example=briefs/us-nato-redistribution.yaml
[ -f target/brief.jar ] || ./mvnw -B -q -DskipTests package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# median_ms CMD...: runs CMD $runs times, prints the median wall time in milliseconds.
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

brief=(./brief)  # what users run: the launcher, with its JVM flags
cold_pdf=$(median_ms "${brief[@]}" render -o "$tmp/x.pdf" "$example")
cold_md=$(median_ms "${brief[@]}" render -f md -o "$tmp/x.md" "$example")
cold_validate=$(median_ms "${brief[@]}" validate "$example")
java -jar target/brief.jar render -o "$tmp/x.pdf" "$example" >/dev/null
size=$(wc -c <"$tmp/x.pdf")

mkdir -p "$tmp/in"
for i in $(seq -w 1 "$batch"); do cp "$example" "$tmp/in/b$i.yaml"; done
batch_pdf=$(median_ms "${brief[@]}" render --out-dir "$tmp/out" "$tmp/in")
batch_validate=$(median_ms "${brief[@]}" validate "$tmp/in")

echo "brief $(java -jar target/brief.jar --version | cut -d' ' -f2), $(java -version 2>&1 | head -1), $(nproc) cores, median of $runs runs"
printf '%-34s %8s ms\n' "cold render, PDF (1 brief)" "$cold_pdf"
printf '%-34s %8s ms\n' "cold render, Markdown (1 brief)" "$cold_md"
printf '%-34s %8s ms\n' "cold validate (1 brief)" "$cold_validate"
printf '%-34s %8s bytes\n' "PDF size" "$size"
awk -v t="$batch_pdf" -v n="$batch" -v c="$cold_pdf" 'BEGIN {
  printf "%-34s %8d ms  (%.1f ms a brief; %.1f ms a brief after start-up)\n", "batch render, PDF (" n " briefs)", t, t / n, (t - c) / (n - 1) }'
awk -v t="$batch_validate" -v n="$batch" 'BEGIN {
  printf "%-34s %8d ms  (%.2f ms a brief)\n", "batch validate (" n " briefs)", t, t / n }'

if command -v typst >/dev/null 2>&1; then
  cold_typst=$(median_ms typst compile bench/memo.typ "$tmp/t.pdf")
  awk -v b="$cold_pdf" -v t="$cold_typst" 'BEGIN {
    printf "%-34s %8d ms  (brief / typst = %.2f; the bar is 1.5)\n", "cold typst compile", t, b / t }'
else
  echo "typst not on PATH: no ratio (the bar: a cold render within 1.5x of typst)"
fi
