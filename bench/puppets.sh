#!/usr/bin/env bash
# How far a burst of sock-puppet votes moves the crowd odds of a show with 20 honest forecasters
# (SockPuppetBenchmark: the crowd-odds calculation itself, no server).
# Usage: bench/puppets.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false
./mvnw -B -q -Pbench test -Dtest=SockPuppetBenchmark | grep '^BENCH' | sed 's/^BENCH //'
