#!/usr/bin/env bash
# What `logs --html FILE` adds to a run of `statuscodes logs` on the generated nginx log of
# benchmarks/logs.sh: RUNS alternating runs of each (same JVM flags as logs.sh: -Xmx128m, one
# active processor), medians of wall time and of CPU time (user + sys). Target: --html adds at
# most 10 %. On a loaded machine compare the CPU times; wall time follows the load.
# Usage: bash benchmarks/logs-html.sh [LINES] (default 2000000); RUNS=5 by default.
# Needs the cli jar: ./mvnw -B -q package -pl cli -am -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."

lines=${1:-2000000}
runs=${RUNS:-5}
jar=cli/target/statuscodes-cli-0.2.0.jar
[[ -f $jar ]] || { echo "logs-html.sh: $jar is missing; build it first:" \
  "./mvnw -B -q package -pl cli -am -DskipTests" >&2; exit 2; }
dir=${LOGS_BENCH_DIR:-benchmarks/target/logs}
mkdir -p "$dir"
log=$dir/access-$lines.log
if [[ ! -f $log ]]; then
  java benchmarks/logs/GenerateLog.java "$lines" "$log.tmp" && mv "$log.tmp" "$log"
fi
cat "$log" >/dev/null # warm the page cache

run() { # $1: label; the rest: extra options
  local label=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$dir/$label.cpu" java -Xmx128m -XX:ActiveProcessorCount=1 \
    -jar "$jar" logs "$@" "$log" >/dev/null
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(awk '{ printf "%d", ($1 + $2) * 1000 }' "$dir/$label.cpu")" \
    >>"$dir/$label.times"
}
rm -f "$dir/text.times" "$dir/html.times"
for _ in $(seq "$runs"); do
  run text
  run html --html "$dir/report.html"
done
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
tw=$(cut -d' ' -f1 "$dir/text.times" | median); tc=$(cut -d' ' -f2 "$dir/text.times" | median)
hw=$(cut -d' ' -f1 "$dir/html.times" | median); hc=$(cut -d' ' -f2 "$dir/html.times" | median)
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.1f %%", (b - a) * 100 / a }'; }
cat <<MD
#### logs vs logs --html on $lines generated nginx lines ($runs runs each, medians; load at the end: $(uptime | sed 's/.*load average: //'))

| Run | Wall time | CPU (user + sys) |
|---|---:|---:|
| \`logs FILE\` | $tw ms | $tc ms |
| \`logs --html report.html FILE\` | $hw ms ($(pct "$tw" "$hw")) | $hc ms ($(pct "$tc" "$hc")) |

Report: $(du -h "$dir/report.html" | cut -f1).
MD
