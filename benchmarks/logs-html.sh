#!/usr/bin/env bash
# What `logs --html FILE` adds to a run of `statuscodes logs`: RUNS alternating runs of each (same
# JVM flags as logs.sh: -Xmx128m, one active processor), medians of wall time and of CPU time
# (user + sys). Target: --html adds at most 10 %. On a loaded machine compare the CPU times; wall
# time follows the load.
#   bash benchmarks/logs-html.sh [LINES]   the generated nginx log of benchmarks/logs.sh
#                                          (default 2000000 lines, 12 endpoints)
#   ENDPOINTS=N HEAP=1g bash benchmarks/logs-html.sh   a log of N endpoints with 3 lines each
#                                          (GenerateEndpointsLog.java), with a bigger heap
#   LOGS_OPTS="--max-endpoints 100000"     options for both runs
#   STEADY=7                               also 7 alternating runs of each in one warm JVM
#                                          (HtmlSteadyState.java: the program's own CPU time)
# RUNS=5 by default. Needs the cli jar: ./mvnw -B -q package -pl cli -am -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."

lines=${1:-2000000}
runs=${RUNS:-5}
heap=${HEAP:-128m}
version=$(sed -n "s|^  <version>\(.*\)</version>$|\1|p" pom.xml | head -n 1) # the build version
jar=cli/target/statuscodes-cli-$version.jar
[[ -f $jar ]] || { echo "logs-html.sh: $jar is missing; build it first:" \
  "./mvnw -B -q package -pl cli -am -DskipTests" >&2; exit 2; }
dir=${LOGS_BENCH_DIR:-benchmarks/target/logs}
mkdir -p "$dir"
if [[ -n ${ENDPOINTS:-} ]]; then
  log=$dir/endpoints-$ENDPOINTS.log
  what="$((ENDPOINTS * 3)) generated nginx lines on $ENDPOINTS endpoints"
  if [[ ! -f $log ]]; then
    java benchmarks/logs/GenerateEndpointsLog.java "$ENDPOINTS" "$log.tmp" && mv "$log.tmp" "$log"
  fi
else
  log=$dir/access-$lines.log
  what="$lines generated nginx lines"
  if [[ ! -f $log ]]; then
    java benchmarks/logs/GenerateLog.java "$lines" "$log.tmp" && mv "$log.tmp" "$log"
  fi
fi
cat "$log" >/dev/null # warm the page cache

run() { # $1: label; the rest: extra options
  local label=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S %M" -o "$dir/$label.cpu" java -Xmx"$heap" -XX:ActiveProcessorCount=1 \
    -jar "$jar" logs ${LOGS_OPTS:-} "$@" "$log" >/dev/null
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(awk '{ printf "%d %d", ($1 + $2) * 1000, $3 / 1024 }' "$dir/$label.cpu")" \
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
#### logs ${LOGS_OPTS:+$LOGS_OPTS }vs logs ${LOGS_OPTS:+$LOGS_OPTS }--html on $what (-Xmx$heap; $runs runs each, medians; load at the end: $(uptime | sed 's/.*load average: //'))

| Run | Wall time | CPU (user + sys) |
|---|---:|---:|
| \`logs FILE\` | $tw ms | $tc ms |
| \`logs --html report.html FILE\` | $hw ms ($(pct "$tw" "$hw")) | $hc ms ($(pct "$tc" "$hc")) |

$(if [[ -n ${STEADY:-} ]]; then java -Xmx"$heap" -XX:ActiveProcessorCount=1 -cp "$jar" \
  benchmarks/logs/HtmlSteadyState.java "$log" "$STEADY"; fi)

Report: $(du -h "$dir/report.html" | cut -f1). Max RSS (median): text $(cut -d' ' -f3 "$dir/text.times" | median) MB, html $(cut -d' ' -f3 "$dir/html.times" | median) MB.
MD
