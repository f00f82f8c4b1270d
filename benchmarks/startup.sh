#!/usr/bin/env bash
# Issue #5, items 3 and 6: start-up costs, measured in fresh JVMs.
#   3. the time to the first StatusCodes.of(404) (ClassInitMain times it with System.nanoTime);
#   6. the wall time of `java -jar statuscodes-cli.jar 460` against a Hello World jar, the runs
#      interleaved so that load from other processes hits both alike.
# Prints Markdown tables (median, p10, p90). Usage: bash benchmarks/startup.sh [RUNS], default 30.
# Needs the jars: ./mvnw -B -q -Pbenchmarks -pl benchmarks,cli -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-30}
version=0.1.0
core=core/target/statuscodes-core-$version.jar
cli=cli/target/statuscodes-cli-$version.jar
thin=benchmarks/target/statuscodes-benchmarks-$version.jar
hello=benchmarks/target/statuscodes-benchmarks-$version-hello.jar
for f in "$core" "$cli" "$thin" "$hello"; do
  [[ -f $f ]] || { echo "startup.sh: $f is missing; build it first:" \
    "./mvnw -B -q -Pbenchmarks -pl benchmarks,cli -am package -DskipTests" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# stats FILE: median p10 p90 (nearest rank) of the numbers in FILE, one per line, in ms.
stats() {
  sort -n "$1" | awk '{ a[NR] = $1 }
    END {
      m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
      p10 = a[int(NR * 0.1 + 0.999) > 0 ? int(NR * 0.1 + 0.999) : 1]
      p90 = a[int(NR * 0.9 + 0.999)]
      printf "%.1f %.1f %.1f\n", m, p10, p90
    }'
}

now_ns() { date +%s%N; }

# Warm the page cache and CDS archive once, unmeasured.
java -cp "$core:$thin" io.github.statuscodes.benchmarks.ClassInitMain >/dev/null
java -jar "$cli" 460 >/dev/null
java -jar "$hello" >/dev/null

for ((i = 0; i < runs; i++)); do
  # 3. class initialisation, in ns -> ms
  java -cp "$core:$thin" io.github.statuscodes.benchmarks.ClassInitMain \
    | awk '{ printf "%.3f\n", $1 / 1e6 }' >>"$tmp/init"
  # 6. command line vs Hello World, alternating which goes first
  if ((i % 2)); then order="cli hello"; else order="hello cli"; fi
  for what in $order; do
    start=$(now_ns)
    if [[ $what == cli ]]; then
      java -jar "$cli" 460 >/dev/null
    else
      java -jar "$hello" >/dev/null
    fi
    end=$(now_ns)
    awk -v d=$((end - start)) 'BEGIN { printf "%.3f\n", d / 1e6 }' >>"$tmp/$what"
  done
done

read -r im ip10 ip90 < <(stats "$tmp/init")
read -r cm cp10 cp90 < <(stats "$tmp/cli")
read -r hm hp10 hp90 < <(stats "$tmp/hello")
ratio=$(awk -v c="$cm" -v h="$hm" 'BEGIN { printf "%.2f", c / h }')
added=$(awk -v c="$cm" -v h="$hm" 'BEGIN { printf "%.1f", c - h }')

cat <<MD
#### Start-up ($runs fresh JVMs each; load at the end: $(uptime | sed 's/.*load average: //'))

| Measure | median | p10 | p90 |
|---|---:|---:|---:|
| first \`StatusCodes.of(404)\` in a fresh JVM (class initialisation) | $im ms | $ip10 ms | $ip90 ms |
| \`java -jar statuscodes-cli-$version.jar 460\` (wall) | $cm ms | $cp10 ms | $cp90 ms |
| \`java -jar hello.jar\`, a Hello World (wall) | $hm ms | $hp10 ms | $hp90 ms |

The command line takes ${ratio}× the Hello World's wall time: ${added} ms more at the median.
MD
