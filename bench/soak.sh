#!/usr/bin/env bash
# Soak: Encore for a long stretch with its lifetimes shortened (pool connections 30 s, sessions 1 min,
# visitors 30 s; the caches of 5 s to 5 min expire many times over), every kind of write on a schedule
# (votes, rumors, moderation, status changes, imports, passkey ceremonies, deletions), 20 widget streams
# opened and dropped, two kiosks open in Chromium (src/test/java/app/encore/soak/Soak.java), and the
# Gatling fan journey (readers and voters) at modest load against it the whole time.
# Every few minutes it prints errors by kind, the heap after a full GC, threads, open files, sockets and
# HTTP sessions; it fails on any error (a write that threw, a log line at ERROR, a Gatling request that
# failed) or on growth between the first sample after warming up and the last.
# Usage: bench/soak.sh [MINUTES]   (default 60; REPORT minutes between samples, default 5; FANS, default 20)
# Figures also in target/bench/soak.txt. Needs Chromium at /usr/bin/chromium. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-60}
REPORT=${REPORT:-5}
FANS=${FANS:-20}
# The share of the journey's fans who vote (solving a new fan's proof of work as browsers do), in percent.
VOTERS=${VOTERS:-40}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
mkdir -p target/bench target/soak
report=target/bench/soak.txt
rm -f target/soak/port target/soak/gatling-*.log
./mvnw -B -q -Pload test-compile

./mvnw -B -Dtest=Soak -Dsurefire.failIfNoSpecifiedTests=false -Dsoak.minutes="$MINUTES" -Dsoak.report-minutes="$REPORT" \
  -DtrimStackTrace=false test > target/soak/soak.log 2>&1 &
soak=$!
gatling_pid=
cleanup() { [[ -n $gatling_pid ]] && kill "$gatling_pid" 2>/dev/null; kill "$soak" 2>/dev/null || true; }
trap cleanup EXIT
until [[ -s target/soak/port ]]; do
  kill -0 "$soak" 2>/dev/null || { tail -60 target/soak/soak.log; exit 1; }
  sleep 1
done
port=$(cat target/soak/port)
echo "soak: Encore on port $port for $MINUTES min; the fan journey with $FANS fans in rounds of 5 min" | tee "$report"

# The fan journey in rounds until the soak ends; each round's failed requests count as errors.
(
  failed=0
  while kill -0 "$soak" 2>/dev/null; do
    out=target/soak/gatling-$(date +%s).log
    ./mvnw -B -q -Pload gatling:test -Dfans="$FANS" -Dvoters="$VOTERS" -Dramp=20 -Dsteady=280 -Dencore.url="http://127.0.0.1:$port" > "$out" 2>&1 || true
    kill -0 "$soak" 2>/dev/null || break
    if ! grep -q '^LOAD .*votes saved' "$out"; then echo "soak: a Gatling round printed no figures ($out)"; failed=1; continue; fi
    grep '^LOAD .*votes saved' "$out" | sed 's/^LOAD /journey: /'
    grep '^LOAD  ' "$out" | grep -v 'errors 0$' | sed 's/^LOAD /journey: failed /' || true
    if grep '^LOAD' "$out" | grep -qE 'errors [1-9]'; then failed=1; fi
  done
  exit $failed
) > target/soak/journey.txt 2>&1 &
gatling_pid=$!

# Print the soak's own lines as they come.
tail -n +1 -f target/soak/soak.log --pid="$soak" | grep --line-buffered '^SOAK' | sed -u 's/^SOAK /soak: /' | tee -a "$report" &
wait "$soak" && status=0 || status=$?
pkill -f "encore.url=http://127.0.0.1:$port" 2>/dev/null || true
sleep 1
wait "$gatling_pid" && journey=0 || journey=$?
gatling_pid=
cat target/soak/journey.txt | tee -a "$report"
grep -E 'Tests run:|FAIL|Expecting|expected' target/soak/soak.log | head -20 | tee -a "$report"
if [[ $status -ne 0 ]]; then echo "soak: FAILED (see target/soak/soak.log)" | tee -a "$report"; exit 1; fi
if [[ $journey -ne 0 ]]; then echo "soak: FAILED: the fan journey had failed requests (target/soak/journey.txt)" | tee -a "$report"; exit 1; fi
echo "soak: passed" | tee -a "$report"
