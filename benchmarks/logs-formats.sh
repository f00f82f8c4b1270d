#!/usr/bin/env bash
# `statuscodes logs` on a large generated log of every format it reads, one after the other:
# lines per second of the full report on one core (taskset -c 0, -XX:ActiveProcessorCount=1)
# with the heap capped at 128 MB, beside GoAccess on the same file where GoAccess has a preset
# for the format.
#   targets: text formats >= 1 million lines/s, JSON formats >= 500 thousand lines/s (wall
#   time, JVM start included). Lines per CPU second (user + sys) are printed beside them: on a
#   loaded machine the wall time measures the load, the CPU time much less so.
# Usage: bash benchmarks/logs-formats.sh [LINES [FORMAT...]]   (default 2000000, every format)
# Needs the cli jar: ./mvnw -B -q package -pl cli -am -DskipTests
# GoAccess is optional (apt-get install -y goaccess); SKIP_GOACCESS=1 leaves it out.
set -euo pipefail
cd "$(dirname "$0")/.."

lines=${1:-2000000}
shift || true
jar=$(ls cli/target/statuscodes-cli-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -n 1)
[[ -n $jar && -f $jar ]] || { echo "logs-formats.sh: the cli jar is missing; build it first:" \
  "./mvnw -B -q package -pl cli -am -DskipTests" >&2; exit 2; }
fixtures=cli/src/test/resources/formats
formats=("$@")
if [[ ${#formats[@]} -eq 0 ]]; then
  for f in "$fixtures"/*.log; do formats+=("$(basename "$f" .log)"); done
fi
dir=${LOGS_BENCH_DIR:-benchmarks/target/logs-formats}
mkdir -p "$dir"
cpu0() { if command -v taskset >/dev/null; then taskset -c 0 "$@"; else "$@"; fi; }
now_ns() { date +%s%N; }

# GoAccess's preset for a format, where it has one (goaccess --help: --log-format; 1.7, Debian's,
# has no Traefik preset).
goaccess_preset() {
  case $1 in
    combined|timed|combined-times|upstreaminfo) echo COMBINED ;;
    alb) echo AWSALB ;;
    cloudfront) echo CLOUDFRONT ;;
    iis) echo W3C ;;
    caddy) echo CADDY ;;
    *) echo "" ;;
  esac
}
json_format() {
  case $1 in
    traefik-json|caddy|envoy-json|gcp-lb|azure-appgw) return 0 ;;
    *) return 1 ;;
  esac
}

echo "#### statuscodes logs per format, $lines lines each (load before: $(uptime | sed 's/.*load average: //'))"
echo
echo "| Format | Kind | Size | statuscodes logs: wall | lines/s (wall) | CPU | lines per CPU s | target | max RSS | GoAccess (preset): wall | GoAccess lines per CPU s |"
echo "|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|"
for name in "${formats[@]}"; do
  log=$dir/$name-$lines.log
  if [[ ! -f $log ]]; then
    java benchmarks/logs/GenerateFormatLog.java "$fixtures/$name.log" "$lines" "$log.tmp"
    mv "$log.tmp" "$log"
  fi
  cat "$log" >/dev/null # warm the page cache
  start=$(now_ns)
  cpu0 /usr/bin/time -f "%M %U %S" -o "$dir/$name.rss" java -Xmx128m -XX:ActiveProcessorCount=1 \
    -jar "$jar" logs "$log" >"$dir/$name.report.txt"
  end=$(now_ns)
  ns=$((end - start))
  rate=$(awk -v n="$lines" -v d="$ns" 'BEGIN { printf "%d", n / (d / 1e9) }')
  if json_format "$name"; then kind=JSON; target=500000; else kind=text; target=1000000; fi
  cpu=$(awk '{ printf "%.2f", $2 + $3 }' "$dir/$name.rss")
  cpu_rate=$(awk -v n="$lines" -v c="$cpu" 'BEGIN { printf "%d", (c > 0 ? n / c : 0) }')
  met=$([[ $rate -ge $target ]] && echo "met" || { [[ $cpu_rate -ge $target ]] \
    && echo "met per CPU s" || echo "**below**"; })
  detected=$(head -n 1 "$dir/$name.report.txt" | sed -n 's/.*(format \([^)]*\)).*/\1/p')
  [[ $detected == "$name" ]] || echo "logs-formats.sh: $name detected as '$detected'" >&2
  preset=$(goaccess_preset "$name")
  ga="—"
  ga_rate="—"
  if [[ -n $preset && ${SKIP_GOACCESS:-} != 1 ]] && command -v goaccess >/dev/null; then
    start=$(now_ns)
    cpu0 /usr/bin/time -f "%M %U %S" -o "$dir/$name.goaccess.rss" goaccess "$log" --log-format="$preset" --no-global-config --no-progress \
      -o "$dir/$name.goaccess.json" >/dev/null 2>"$dir/$name.goaccess.err" && ok=1 || ok=0
    end=$(now_ns)
    ga="$(awk -v d=$((end - start)) 'BEGIN { printf "%.2f", d / 1e9 }') s ($preset)"
    [[ $ok == 1 ]] || ga="failed ($preset; $dir/$name.goaccess.err)"
    ga_rate=$(awk -v n="$lines" '{ c = $2 + $3; printf "%d", (c > 0 ? n / c : 0) }' \
      "$dir/$name.goaccess.rss")
  fi
  printf '| %s | %s | %s | %s s | %s | %s s | %s | ≥ %s: %s | %s MB | %s | %s |\n' "$name" \
    "$kind" "$(du -h "$log" | cut -f1)" "$(awk -v d="$ns" 'BEGIN { printf "%.2f", d / 1e9 }')" \
    "$rate" "$cpu" "$cpu_rate" "$target" "$met" \
    "$(awk '{ printf "%d", $1 / 1024 }' "$dir/$name.rss")" "$ga" "$ga_rate"
  [[ ${KEEP_LOGS:-} == 1 ]] || rm -f "$log" # a JSON log of 2 million lines is over 2 GB
done
echo
echo "Load after: $(uptime | sed 's/.*load average: //'); JDK: $(java -version 2>&1 | head -n 1)"
