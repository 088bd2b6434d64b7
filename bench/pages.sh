#!/usr/bin/env bash
# Page weight: retained heap per open show page, show list and kiosk UI after a full GC (200 each,
# less the session and window they share, measured on the sign-in page).
# Usage: bench/pages.sh   (figures also in target/bench/pages.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false
./mvnw -B -q -Pbench test -Dtest=PageWeightBenchmark | grep '^BENCH' | sed 's/^BENCH //'
