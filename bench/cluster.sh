#!/usr/bin/env bash
# How long a vote on one Encore node takes to reach an open screen on another (ClusterLatencyBenchmark:
# two nodes on one PostgreSQL database, LISTEN/NOTIFY). PostgreSQL at 127.0.0.1:5432, as for the tests.
# Usage: bench/cluster.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false
./mvnw -B -q -Pbench test -Dtest=ClusterLatencyBenchmark | grep '^BENCH' | sed 's/^BENCH //'
