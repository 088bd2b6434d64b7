#!/usr/bin/env bash
# Load test in Vaadin's own protocol (Gatling; src/load/java, profile "load"): for 250, 500 and 1,000
# concurrent fans (voters and readers, with think times) against the packaged jar with -Xmx512m on a
# fresh H2 database, it prints p50/p95/p99 per step, errors, votes saved per second (from the
# simulation), and from the server: its CPU, the heap after a full GC, and the Vaadin sessions and UIs
# alive at the busiest moment. The load generator runs on the same machine and takes CPU too.
# Usage: bench/load.sh [FANS...]   (default 250 500 1000; RAMP and STEADY seconds, default 30 and 120)
# Figures also in target/bench/load.txt. Fails (after every level has run) when any step of any level had
# errors or a vote was not saved; not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
LEVELS=("${@:-250 500 1000}")
RAMP=${RAMP:-30}
STEADY=${STEADY:-120}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false
JCMD="$JAVA_HOME/bin/jcmd"
PORT=${BENCH_PORT:-18090}
BASE=http://127.0.0.1:$PORT
JAR=target/encore.jar
[[ -f $JAR ]] || ./mvnw -B -q package -DskipTests
./mvnw -B -q -Pload test-compile

work=$(mktemp -d)
pid=
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p target/bench
report=target/bench/load.txt
: > "$report"
say() { echo "$*" | tee -a "$report"; }

alive() { "$JCMD" "$pid" GC.class_histogram | awk -v c="$1" '$4 == c {print $2; f = 1} END {if (!f) print 0}'; }
heap_after_gc() {
  "$JCMD" "$pid" GC.run >/dev/null
  "$JCMD" "$pid" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub("K,?", "", v); printf "%.0f", v / 1024; exit}}'
}
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
gatling() { # fans ramp steady
  local out="$work/gatling-run.log"
  ./mvnw -B -q -Pload gatling:test -Dfans="$1" -Dramp="$2" -Dsteady="$3" -Dencore.url="$BASE" > "$out" 2>&1 || true
  if ! grep -q '^LOAD' "$out"; then
    echo "load: Gatling printed no figures:" >&2; tail -40 "$out" >&2; exit 1
  fi
  grep '^LOAD' "$out" | sed 's/^LOAD //'
}

failed=
say "Encore load test, Vaadin's protocol — $(nproc) cores, server -Xmx512m, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
for fans in ${LEVELS[*]}; do
  rm -rf "$work/data"
  # The fans' addresses arrive in X-Forwarded-For, as from Encore's reverse proxy: trusted from loopback.
  "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" --server.port=$PORT --spring.datasource.url="jdbc:h2:file:$work/data/encore" \
    --encore.trusted-proxies=127.0.0.1,::1 --logging.level.root=warn > "$work/encore-$fans.log" 2>&1 &
  pid=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/" || true) == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/encore-$fans.log"; exit 1; }
    sleep 0.2
  done
  gatling 20 5 20 > /dev/null   # warm-up
  t0=$(ticks); s0=$(date +%s.%N)
  gatling "$fans" "$RAMP" "$STEADY" > "$work/gatling-$fans.txt" &
  load=$!
  # The busiest moment: most of the way through the steady phase.
  sleep $(( RAMP + STEADY * 3 / 4 ))
  sessions=$(alive com.vaadin.flow.server.VaadinSession)
  uis=$(alive com.vaadin.flow.component.UI)
  wait "$load"
  t1=$(ticks); s1=$(date +%s.%N)
  heap=$(heap_after_gc)
  cat "$work/gatling-$fans.txt" | tee -a "$report"
  if grep -qE 'errors [1-9]' "$work/gatling-$fans.txt"; then failed="$failed $fans"; fi
  say "server: CPU $(awk -v a="$t0" -v b="$t1" -v s="$s0" -v e="$s1" -v c="$(nproc)" 'BEGIN {printf "%.0f", 100 * (b - a) / 100 / (e - s) / c}') % of $(nproc) cores;" \
      "heap after a full GC $heap MiB; at the busiest moment $sessions Vaadin sessions, $uis UIs"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
done
if [[ -n $failed ]]; then
  say "load: FAILED: errors or unsaved votes at$failed fans"
  exit 1
fi
