#!/usr/bin/env bash
# Startup benchmark: time from `java -jar` to the first HTTP 200 on /, resident memory after that
# first page (median of RUNS runs, each on a fresh H2 database), and the production JavaScript
# bundle size, raw and gzip. Usage: bench/startup.sh [RUNS]   (builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${BENCH_PORT:-18080}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false
JAR=target/encore.jar
[[ -f $JAR ]] || ./mvnw -B -q package -DskipTests

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
times=() rss=()
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  "$JAVA_HOME/bin/java" -jar "$JAR" --server.port="$PORT" \
      --spring.datasource.url="jdbc:h2:file:$work/run$run/encore" > "$work/run$run.log" 2>&1 &
  pid=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" || true) == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "Encore exited; see $work/run$run.log"; cat "$work/run$run.log"; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  times+=("$ms") rss+=("$kb")
  printf 'run %d: first 200 on / after %d ms, RSS %d MiB\n' "$run" "$ms" $((kb / 1024))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
echo "median time to first 200 on /: $(median "${times[@]}") ms"
echo "median RSS after the first page: $(( $(median "${rss[@]}") / 1024 )) MiB"

bundle=$work/bundle
mkdir -p "$bundle"
unzip -q -o "$JAR" 'META-INF/VAADIN/webapp/VAADIN/build/*.js' -d "$bundle"
raw=0 gz=0
for f in "$bundle"/META-INF/VAADIN/webapp/VAADIN/build/*.js; do
  raw=$((raw + $(stat -c %s "$f")))
  gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
done
echo "production JavaScript bundle: $((raw / 1024)) KiB raw, $((gz / 1024)) KiB gzip ($(ls "$bundle"/META-INF/VAADIN/webapp/VAADIN/build/*.js | wc -l) files)"
