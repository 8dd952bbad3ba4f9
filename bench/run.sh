#!/usr/bin/env bash
# Benchmarks (not tests): wall times of whole commands, as medians of repeated runs.
#   bench/run.sh [RUNS] [BATCH] [OTHER_JAR]     defaults: 9 runs, a batch of 200 briefs, none
# Cold: a fresh JVM for one brief (what a person at a terminal or a pre-commit hook waits for),
# through ./brief as users run it (its JDK, its start-up archive). With OTHER_JAR (say, a jar built
# from an earlier commit) the same commands run as the launcher used to run it (java on PATH, no
# archive), and the ratio new / other is printed. Typst is the reference when there is one: typst on
# PATH, or its npm package in bench/node_modules (see bench/typst.js); each row then gives its
# ratio to Typst's cold compile of bench/memo.typ. The cold commands take turns, round by round, so
# a machine that gets busier slows them all alike.
# Batch: one process over many briefs (what CI over a folder waits for); per brief = total / BATCH,
# at --jobs 1 and at one job a processor. TMPDIR=/dev/shm keeps the disk out of the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
batch=${2:-200}
other=${3:-}
example=briefs/us-nato-redistribution.yaml
[ -f target/brief.jar ] || ./mvnw -B -q -DskipTests package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ms CMD...: the wall time of one run of CMD in milliseconds.
ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The cold rows: a label and a command each, run in turns; times go to $tmp/times.N.
labels=() commands=()
cold() { labels+=("$1"); commands+=("$2"); }
cold "render, PDF" "./brief render -o $tmp/x.pdf $example"
cold "render, Markdown" "./brief render -f md -o $tmp/x.md $example"
cold "validate" "./brief validate $example"
cold "--version" "./brief --version"
if [ -n "$other" ]; then
  old="java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $other"  # as ./brief ran jars before
  cold "other jar: render, PDF" "$old render -o $tmp/y.pdf $example"
  cold "other jar: render, Markdown" "$old render -f md -o $tmp/y.md $example"
  cold "other jar: validate" "$old validate $example"
  cold "other jar: --version" "$old --version"
fi
# Typst sets the memo in the fonts brief embeds (Liberation, from brief's jar), not in whatever
# the machine has (without Liberation installed it falls back to its own, smaller, built-in font).
mkdir -p "$tmp/fonts"
unzip -q -j -o target/brief.jar 'liberation/LiberationS*.ttf' -d "$tmp/fonts"
export TYPST_FONT_PATHS=$tmp/fonts
typst=
if command -v typst >/dev/null 2>&1; then
  typst="typst compile --font-path $tmp/fonts bench/memo.typ $tmp/t.pdf"
elif command -v node >/dev/null 2>&1 && (cd bench && node -e "require.resolve('@myriaddreamin/typst-ts-node-compiler')") 2>/dev/null; then
  typst="node bench/typst.js bench/memo.typ $tmp/t.pdf"
fi
[ -z "$typst" ] || cold "typst compile (reference)" "$typst"
for _ in $(seq "$runs"); do
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086  # each command is a word list without quotes inside
    ms ${commands[$i]} >>"$tmp/times.$i"
  done
done
medians=()
for i in "${!commands[@]}"; do medians+=("$(median <"$tmp/times.$i")"); done

java -jar target/brief.jar render -o "$tmp/x.pdf" "$example" >/dev/null
size=$(wc -c <"$tmp/x.pdf")
mkdir -p "$tmp/in"
for i in $(seq -w 1 "$batch"); do cp "$example" "$tmp/in/b$i.yaml"; done
# One thread (the cost a brief on one core), then the default: one thread a processor.
batch_pdf1=$(for _ in $(seq "$runs"); do rm -rf "$tmp/out"; ms ./brief render --jobs 1 --out-dir "$tmp/out" "$tmp/in"; done | median)
batch_pdf=$(for _ in $(seq "$runs"); do rm -rf "$tmp/out"; ms ./brief render --out-dir "$tmp/out" "$tmp/in"; done | median)
batch_validate=$(for _ in $(seq "$runs"); do ms ./brief validate "$tmp/in"; done | median)

. src/build/java.sh
pick_java
archive=none
[ -f target/brief.archive ] && archive=$(sed -n 's/^archive=//p' target/brief.archive)
echo "brief $(java -jar target/brief.jar --version | cut -d' ' -f2), ./brief on $("$java" -version 2>&1 | head -1) (archive: $archive), $(nproc) cores, median of $runs runs"
[ -z "$other" ] || echo "other jar: $other on $(java -version 2>&1 | head -1)"
[ -z "$typst" ] || echo "typst: $typst"
last=$((${#commands[@]} - 1))
printf '%-30s %8s %10s %10s\n' "cold (1 brief)" "median" "/ typst" "/ other"
for i in "${!commands[@]}"; do
  t=${medians[$i]}
  vs_typst=-
  [ -z "$typst" ] || vs_typst=$(awk -v a="$t" -v b="${medians[$last]}" 'BEGIN { printf "%.2f", a / b }')
  vs_other=-
  if [ -n "$other" ] && [ "$i" -lt 4 ]; then
    vs_other=$(awk -v a="$t" -v b="${medians[$((i + 4))]}" 'BEGIN { printf "%.2f", a / b }')
  fi
  printf '%-30s %5d ms %10s %10s\n' "${labels[$i]}" "$t" "$vs_typst" "$vs_other"
done
[ -n "$typst" ] || echo "no typst on PATH nor in bench/node_modules: no ratio to typst (the bar: a cold render within 3x)"
printf '%-30s %8s bytes\n' "PDF size" "$size"
awk -v t="$batch_pdf1" -v n="$batch" -v c="${medians[0]}" 'BEGIN {
  printf "%-30s %8d ms  (%.1f ms a brief; %.1f ms a brief after start-up)\n", "batch render, PDF, --jobs 1", t, t / n, (t - c) / (n - 1) }'
awk -v t="$batch_pdf" -v n="$batch" -v c="${medians[0]}" -v j="$(nproc)" 'BEGIN {
  printf "%-30s %8d ms  (%.1f ms a brief; %.1f core-ms a brief)\n", "batch render, PDF, --jobs " j, t, t / n, t * j / n }'
awk -v t="$batch_validate" -v n="$batch" 'BEGIN {
  printf "%-30s %8d ms  (%.2f ms a brief)\n", "batch validate (" n ")", t, t / n }'
