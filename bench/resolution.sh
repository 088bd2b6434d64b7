#!/usr/bin/env bash
# What resolving a question costs on H2 and PostgreSQL (ResolutionBenchmark): questions with 1,000 and
# 10,000 fans resolved by an admin, then the leaderboard and the crowd's record computed afresh.
# Usage: bench/resolution.sh   (PostgreSQL at 127.0.0.1:5432, as for the tests)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false
./mvnw -B -q -Pbench test -Dtest='ResolutionBenchmark,ResolutionOnPostgresBenchmark' | grep '^BENCH' | sed 's/^BENCH //'
