#!/usr/bin/env bash
# Page-view benchmark, the previous Encore and this one side by side in one run, on the packaged jar
# with -Xmx512m (a modest server). For each jar, on a fresh H2 database:
#   1. show pages per second: cookie-less GETs of one show page, 8 connections (wrk), after a warm-up;
#   2. a storm: 150 s of cookie-less GETs over / and every show page at full speed, 8 connections,
#      with the page-view rate measured for 20 s before and after it; errors and time-outs counted;
#      then a full GC: the heap still in use, and the Vaadin sessions and UIs alive.
# The machines are noisy, so the two jars take turns and the figures to quote are the ratios.
#
# Usage: bench/storm.sh [OLD_REF]   (OLD_REF: the git revision to compare with; default the last one
# before sessions were made cheap). Needs wrk (apt-get install wrk). Figures also in target/bench/storm.txt.
# STORM_SECONDS (default 150) and THROUGHPUT_SECONDS (default 20) change the durations; OLD_ARGS passes
# extra arguments to the old jar, to measure an alternative (e.g. OLD_ARGS=--server.servlet.session.timeout=1m:
# the old design with sessions that die soon).
#
# The new jar shares a page's first response for 5 s, so the show-page rate is mostly answers from
# that cache; "uncached" asks for the same page with a query parameter no request repeats, so every
# answer is rendered anew (the old jar renders every answer anyway).
set -euo pipefail
cd "$(dirname "$0")/.."
OLD_REF=${1:-71bbfa6}
OLD_ARGS=${OLD_ARGS:-}
STORM_SECONDS=${STORM_SECONDS:-150}
THROUGHPUT_SECONDS=${THROUGHPUT_SECONDS:-20}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false
JAVA="$JAVA_HOME/bin/java"
JCMD="$JAVA_HOME/bin/jcmd"
command -v wrk >/dev/null || { echo "storm: needs wrk (apt-get install -y wrk)"; exit 1; }

mkdir -p target/bench
source bench/jars.sh
NEW_JAR=$(new_jar)
OLD_JAR=$(old_jar "$OLD_REF")

work=$(mktemp -d)
pid=
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
PORT=${BENCH_PORT:-18090}
BASE=http://127.0.0.1:$PORT
SHOW=/shows/crash-landing-on-you
cat > "$work/mix.lua" <<'LUA'
-- Every page a crawler would walk: the list and each show of the demo catalogue, in turn.
local paths = {"/", "/shows/its-okay-to-not-be-okay", "/shows/crash-landing-on-you", "/shows/goblin",
  "/shows/moon-lovers-scarlet-heart-ryeo", "/shows/romantic-doctor-teacher-kim", "/shows/hospital-playlist",
  "/shows/move-to-heaven", "/shows/my-name"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], {["Accept"] = "text/html"})
end
LUA
cat > "$work/uncached.lua" <<'LUA'
-- One show page, each request with a query parameter of its own: no answer comes from a cache.
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/shows/crash-landing-on-you?n=" .. i .. "-" .. math.random(1e9), {["Accept"] = "text/html"})
end
LUA

report=target/bench/storm.txt
: > "$report"
say() { echo "$*" | tee -a "$report"; }

start() { # jar name [extra arguments]
  rm -rf "$work/data"
  "$JAVA" -Xmx512m -jar "$1" ${3:-} --server.port=$PORT --spring.datasource.url="jdbc:h2:file:$work/data/encore" \
    --logging.level.root=warn > "$work/$2.log" 2>&1 &
  pid=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/" || true) == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "Encore ($2) exited"; cat "$work/$2.log"; exit 1; }
    sleep 0.2
  done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

# wrk's summary as "requests/s errors" (errors: socket errors, time-outs and non-2xx answers).
rate() { # seconds script-or-path
  local out
  if [[ $2 == *.lua ]]; then
    out=$(wrk -t2 -c8 -d"$1"s --timeout 2s -s "$2" "$BASE")
  else
    out=$(wrk -t2 -c8 -d"$1"s --timeout 2s -H 'Accept: text/html' "$BASE$2")
  fi
  local rps errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  errors=$(awk '/Socket errors/ {gsub(",", ""); s += $4 + $6 + $8 + $10} /Non-2xx/ {s += $5} END {print s + 0}' <<<"$out")
  echo "$rps $errors"
}

heap_after_gc() {
  "$JCMD" "$pid" GC.run >/dev/null
  "$JCMD" "$pid" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub("K,?", "", v); printf "%.0f", v / 1024; exit}}'
}

alive() { # class name -> live instances
  "$JCMD" "$pid" GC.class_histogram | awk -v c="$1" '$4 == c {print $2; found = 1} END {if (!found) print 0}'
}

cpu_seconds() { awk '{print ($14 + $15) / 100}' "/proc/$pid/stat"; }

say "Encore page views — $(nproc) cores, -Xmx512m, $("$JAVA" -version 2>&1 | head -1)"
say "old: $OLD_REF${OLD_ARGS:+ with $OLD_ARGS}   new: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)')"
# One fresh process per measurement: the old jar keeps every page view's session, so a second
# measurement on the same process would measure the heap filled by the first.
throughput() { # version script-or-path label; the rate in $measured
  local jar=$NEW_JAR args= rps errors cpu0 cpu1
  [[ $1 == old ]] && jar=$OLD_JAR && args=$OLD_ARGS
  start "$jar" "$1" "$args"
  rate 10 "$2" >/dev/null   # warm-up
  cpu0=$(cpu_seconds)
  read -r rps errors < <(rate "$THROUGHPUT_SECONDS" "$2")
  cpu1=$(cpu_seconds)
  stop
  say "round $round, $1, $3: $rps show pages/s ($errors errors), $(awk -v a="$cpu0" -v b="$cpu1" -v r="$rps" -v s="$THROUGHPUT_SECONDS" 'BEGIN {printf "%.1f", 1000 * (b - a) / (r * s)}') ms of CPU per page"
  measured=$rps
}
declare -A show_rate uncached_rate
for round in 1 2; do
  for version in old new; do
    throughput $version "$SHOW" shared
    show_rate[$version]="${show_rate[$version]:-} $measured"
    throughput $version "$work/uncached.lua" uncached
    uncached_rate[$version]="${uncached_rate[$version]:-} $measured"
  done
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
old_rate=$(median "${show_rate[old]}")
new_rate=$(median "${show_rate[new]}")
say "show pages per second: old $old_rate, new $new_rate: new/old = $(awk -v n="$new_rate" -v o="$old_rate" 'BEGIN {printf "%.1f", n / o}')x   [goal >= 5x]"
old_uncached=$(median "${uncached_rate[old]}")
new_uncached=$(median "${uncached_rate[new]}")
say "uncached show pages per second: old $old_uncached, new $new_uncached: new/old = $(awk -v n="$new_uncached" -v o="$old_uncached" 'BEGIN {printf "%.1f", n / o}')x"

for version in new old; do
  jar=$NEW_JAR; args=; [[ $version == old ]] && jar=$OLD_JAR && args=$OLD_ARGS
  start "$jar" "$version" "$args"
  rate 10 "$work/mix.lua" >/dev/null   # warm-up
  read -r before before_errors < <(rate 20 "$work/mix.lua")
  read -r storm storm_errors < <(rate "$STORM_SECONDS" "$work/mix.lua")
  read -r after after_errors < <(rate 20 "$work/mix.lua")
  heap=$(heap_after_gc)
  sessions=$(alive com.vaadin.flow.server.VaadinSession)
  uis=$(alive com.vaadin.flow.component.UI)
  say "$version, storm of ${STORM_SECONDS} s over / and every show page: before $before/s, during $storm/s, after $after/s" \
      "(after/before $(awk -v a="$after" -v b="$before" 'BEGIN {printf "%.0f", 100 * a / b}') %)" \
      "[goal >= 80 %]; errors and time-outs $((before_errors + storm_errors + after_errors)) [goal 0];" \
      "heap after a full GC $heap MiB [goal < 200]; live Vaadin sessions $sessions, UIs $uis"
  stop
done
