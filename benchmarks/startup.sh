#!/usr/bin/env bash
# Start-up costs, measured in fresh JVMs (issues #5 and #11).
#   1. The first lookup in a fresh JVM, statuscodes beside its peers: StatusCodes.of(404), Spring's
#      HttpStatus.resolve(404), Jakarta REST's Response.Status.fromStatusCode(404) and Netty's
#      HttpResponseStatus.valueOf(404). Each *InitMain times its one call with System.nanoTime().
#      All four run with the same class path: every runtime jar of the benchmarks module (core and
#      the peers), then the benchmarks jar holding the timing classes LAST, so that the JVM has
#      opened every jar while looking for the main class, before the timer starts; what is timed
#      is class loading and initialisation, not jar opening. The four alternate within each round,
#      the first of them rotating, so that load from other processes hits them alike.
#   2. The wall time of the command line (`java -jar <cli jar> 460`) against a Hello World jar,
#      interleaved the same way; skipped when no command-line jar is built.
# Prints Markdown tables (median, p10, p90). Usage: bash benchmarks/startup.sh [RUNS], default 30.
# Needs the jars: ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-30}
version=$(sed -n "s|^  <version>\(.*\)</version>$|\1|p" pom.xml | head -n 1) # the build version, from the root pom
thin=benchmarks/target/statuscodes-benchmarks-$version.jar
hello=benchmarks/target/statuscodes-benchmarks-$version-hello.jar
deps=benchmarks/target/startup-classpath.txt
for f in "$thin" "$hello" "$deps"; do
  [[ -f $f ]] || { echo "startup.sh: $f is missing; build it first:" \
    "./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests" >&2; exit 2; }
done
cp="$(cat "$deps"):$thin"
cli=$(ls cli/target/statuscodes-cli-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)
if [[ -z $cli ]] && unzip -p core/target/statuscodes-core-$version.jar META-INF/MANIFEST.MF 2>/dev/null \
    | grep -q '^Main-Class'; then
  cli=core/target/statuscodes-core-$version.jar
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# stats FILE: median p10 p90 (nearest rank) of the numbers in FILE, one per line, in ms.
stats() {
  sort -n "$1" | awk '{ a[NR] = $1 }
    END {
      m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
      p10 = a[int(NR * 0.1 + 0.999) > 0 ? int(NR * 0.1 + 0.999) : 1]
      p90 = a[int(NR * 0.9 + 0.999)]
      printf "%.2f %.2f %.2f\n", m, p10, p90
    }'
}

now_ns() { date +%s%N; }

peers=(statuscodes spring jakarta netty)
main_of() {
  case $1 in
    statuscodes) echo io.github.statuscodes.benchmarks.ClassInitMain ;;
    spring) echo io.github.statuscodes.benchmarks.SpringInitMain ;;
    jakarta) echo io.github.statuscodes.benchmarks.JakartaInitMain ;;
    netty) echo io.github.statuscodes.benchmarks.NettyInitMain ;;
  esac
}

# Warm the page cache and the CDS archive once, unmeasured; check that each main works.
for p in "${peers[@]}"; do
  java -cp "$cp" "$(main_of "$p")" >/dev/null
done
if [[ -n $cli ]]; then
  java -jar "$cli" 460 >/dev/null
  java -jar "$hello" >/dev/null
fi

for ((i = 0; i < runs; i++)); do
  for ((k = 0; k < ${#peers[@]}; k++)); do
    p=${peers[(i + k) % ${#peers[@]}]}
    java -cp "$cp" "$(main_of "$p")" | awk '{ printf "%.3f\n", $1 / 1e6 }' >>"$tmp/$p"
  done
  if [[ -n $cli ]]; then
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
  fi
done

read -r sm _ _ < <(stats "$tmp/spring")
row() { # row NAME CALL
  read -r m p10 p90 < <(stats "$tmp/$1")
  ratio=$(awk -v m="$m" -v s="$sm" 'BEGIN { printf "%.2f", m / s }')
  echo "| $2 | $m ms | $p10 ms | $p90 ms | ${ratio}× |"
}

cat <<MD
#### Start-up ($runs fresh JVMs each, interleaved; $(java -version 2>&1 | sed -n 2p); load at the end: $(uptime | sed 's/.*load average: //'))

First call in a fresh JVM, timed inside the JVM with \`System.nanoTime()\`; every jar already open.

| First call (class loading and initialisation) | median | p10 | p90 | ÷ Spring |
|---|---:|---:|---:|---:|
$(row statuscodes '`StatusCodes.of(404)`')
$(row spring 'Spring `HttpStatus.resolve(404)`')
$(row jakarta 'Jakarta REST `Response.Status.fromStatusCode(404)`')
$(row netty 'Netty `HttpResponseStatus.valueOf(404)`')
MD

if [[ -n $cli ]]; then
  read -r cm cp10 cp90 < <(stats "$tmp/cli")
  read -r hm hp10 hp90 < <(stats "$tmp/hello")
  ratio=$(awk -v c="$cm" -v h="$hm" 'BEGIN { printf "%.2f", c / h }')
  added=$(awk -v c="$cm" -v h="$hm" 'BEGIN { printf "%.1f", c - h }')
  cat <<MD

| Wall time | median | p10 | p90 |
|---|---:|---:|---:|
| \`java -jar $(basename "$cli") 460\` | $cm ms | $cp10 ms | $cp90 ms |
| \`java -jar hello.jar\`, a Hello World | $hm ms | $hp10 ms | $hp90 ms |

The command line takes ${ratio}× the Hello World's wall time: ${added} ms more at the median.
MD
fi
