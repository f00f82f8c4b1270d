#!/usr/bin/env bash
# Runs every benchmark of issue #5 and writes the tables for BENCHMARKS.md to
# benchmarks/target/results/results.md (raw JMH CSV and JSON beside it).
#   bash benchmarks/run.sh            # everything: ~10-15 min on 2 cores
#   bash benchmarks/run.sh Lookup     # only JMH benchmarks matching a regex (extra args go to JMH)
# Environment: RUNS (fresh JVMs for start-up, default 30), JMH_OPTS (default below).
set -euo pipefail
cd "$(dirname "$0")/.."

out=benchmarks/target/results
jmh_opts=${JMH_OPTS:-"-f 2 -wi 3 -w 1s -i 5 -r 1s"}

./mvnw -B -q -Pbenchmarks -pl benchmarks,cli -am package -DskipTests
mkdir -p "$out"

{
  echo "#### Machine"
  echo
  echo "- CPU: $(nproc) × $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "- Memory: $(free -h | awk '/^Mem:/ { print $2 }')"
  echo "- OS: $(uname -sr)"
  echo "- JDK: $(java -version 2>&1 | sed -n 2p)"
  echo "- JMH: $jmh_opts -prof gc"
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Load before (1, 5, 15 min): $(uptime | sed 's/.*load average: //')"
} >"$out/machine.md"

# shellcheck disable=SC2086
java -Duser.language=en -Duser.country=US -jar benchmarks/target/benchmarks.jar \
  $jmh_opts -prof gc -rf csv -rff "$out/jmh.csv" "$@" | tee "$out/jmh.log"
printf -- '- Load after JMH: %s\n\n' "$(uptime | sed 's/.*load average: //')" >>"$out/machine.md"

java -cp benchmarks/target/benchmarks.jar io.github.statuscodes.benchmarks.ResultsReport \
  "$out/jmh.csv" >"$out/jmh.md"
bash benchmarks/startup.sh "${RUNS:-30}" >"$out/startup.md"
bash benchmarks/logs.sh >"$out/logs.md"

cat "$out/machine.md" "$out/jmh.md" "$out/startup.md" "$out/logs.md" >"$out/results.md"
echo
cat "$out/results.md"
