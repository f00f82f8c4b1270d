#!/usr/bin/env bash
# Issue #12: `statuscodes logs` on a generated nginx access log, timed against awk counting the
# same file's status codes and against GoAccess, in one run on the same file.
#   targets: >= 1 million lines/s on one core for the full report, at most 2x awk's time, heap
#   under 128 MB (the report runs with -Xmx128m and one active processor).
# Usage: bash benchmarks/logs.sh [LINES]   (default 2000000)
# Needs the cli jar: ./mvnw -B -q package -pl cli -am -DskipTests
# GoAccess is optional (apt-get install -y goaccess); it is skipped when missing or with
# SKIP_GOACCESS=1 (it takes minutes: about 108 s for 2 million lines on a quiet machine).
set -euo pipefail
cd "$(dirname "$0")/.."

lines=${1:-2000000}
version=$(sed -n "s|^  <version>\(.*\)</version>$|\1|p" pom.xml | head -n 1) # the build version, from the root pom
jar=cli/target/statuscodes-cli-$version.jar
[[ -f $jar ]] || { echo "logs.sh: $jar is missing; build it first:" \
  "./mvnw -B -q package -pl cli -am -DskipTests" >&2; exit 2; }

dir=${LOGS_BENCH_DIR:-benchmarks/target/logs}
mkdir -p "$dir"
log=$dir/access-$lines.log

# The log: README's "timed" format, written by GenerateLog.java (fixed seed; see there).
if [[ ! -f $log ]]; then
  java benchmarks/logs/GenerateLog.java "$lines" "$log.tmp" && mv "$log.tmp" "$log"
fi
size=$(du -h "$log" | cut -f1)
echo "log: $log ($lines lines, $size)"
cat "$log" >/dev/null # warm the page cache

now_ns() { date +%s%N; }
secs() { awk -v d="$1" 'BEGIN { printf "%.2f", d / 1e9 }'; }
# From /usr/bin/time -f "%M %U %S" output: max RSS in MB, and user + system CPU seconds.
rss() { awk '{ printf "%d", $1 / 1024 }' "$1"; }
cpu() { awk '{ printf "%.2f", $2 + $3 }' "$1"; }

# 1. statuscodes logs, full report, one core, 128 MB heap; GC log for the heap after collections
start=$(now_ns)
/usr/bin/time -f "%M %U %S" -o "$dir/java.rss" java -Xmx128m -XX:ActiveProcessorCount=1 \
  -Xlog:gc:file="$dir/gc.log" -jar "$jar" logs "$log" >"$dir/report.txt"
end=$(now_ns)
java_ns=$((end - start))

# 2. awk counting status codes
start=$(now_ns)
/usr/bin/time -f "%M %U %S" -o "$dir/awk.rss" \
  awk '{c[$9]++} END {for (k in c) print k, c[k]}' "$log" >"$dir/awk.txt"
end=$(now_ns)
awk_ns=$((end - start))

# 3. GoAccess, when installed (COMBINED preset with the timing fields left out)
goaccess_line="GoAccess: not installed (apt-get install -y goaccess)"
if [[ ${SKIP_GOACCESS:-} == 1 ]]; then
  goaccess_line="GoAccess: skipped (SKIP_GOACCESS=1)"
elif command -v goaccess >/dev/null; then
  start=$(now_ns)
  /usr/bin/time -f "%M %U %S" -o "$dir/goaccess.rss" goaccess "$log" --log-format=COMBINED \
    --no-global-config --no-progress -o "$dir/goaccess.json" >/dev/null 2>"$dir/goaccess.err" || true
  end=$(now_ns)
  goaccess_line="GoAccess $(goaccess --version | head -n 1 | awk '{print $NF}'): $(secs $((end - start))) s wall, $(cpu "$dir/goaccess.rss") s CPU, max RSS $(rss "$dir/goaccess.rss") MB"
fi

java_s=$(secs $java_ns)
awk_s=$(secs $awk_ns)
rate=$(awk -v n="$lines" -v d="$java_ns" 'BEGIN { printf "%.2f", n / (d / 1e9) / 1e6 }')
ratio=$(awk -v j="$java_ns" -v a="$awk_ns" 'BEGIN { printf "%.2f", j / a }')
heap=$({ grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$dir/gc.log" || true; } \
  | sed 's/.*->\([0-9]*\)M.*/\1/' | sort -n | tail -n 1)
gcs=$(grep -c 'Pause' "$dir/gc.log" || true)
cat <<MD
#### statuscodes logs on $lines generated nginx lines ($size; load at the end: $(uptime | sed 's/.*load average: //'))

| Tool | Wall time | CPU (user + sys) | Notes |
|---|---:|---:|---|
| \`java -Xmx128m -XX:ActiveProcessorCount=1 -jar statuscodes-cli.jar logs\` (full report, JVM start included) | $java_s s | $(cpu "$dir/java.rss") s | $rate million lines/s (wall); $gcs GC pauses, heap after GC at most ${heap:-0} MB; max RSS $(rss "$dir/java.rss") MB |
| \`awk '{c[\$9]++}'\` (status counts only) | $awk_s s | $(cpu "$dir/awk.rss") s | statuscodes / awk = ${ratio}× (wall) |
| $goaccess_line | | | |

The report's first lines:
\`\`\`
$(head -n 3 "$dir/report.txt")
\`\`\`
MD
