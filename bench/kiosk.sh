#!/usr/bin/env bash
# Kiosk benchmark: vote -> kiosk latency for 100 and 500 kiosks, retained heap per kiosk UI, and the
# heap after a steady-vote soak (default 10 minutes; BENCH_SOAK_MINUTES to change).
# Usage: bench/kiosk.sh     (figures also in target/bench/kiosk.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false
./mvnw -B -q -Pbench test -Dtest=KioskBenchmark -Dbench.soak.minutes="${BENCH_SOAK_MINUTES:-10}" \
  | grep '^BENCH' | sed 's/^BENCH //'
