#!/usr/bin/env bash
# Voting benchmark: votes saved per second through the service (H2 file database), the time to
# compute a show's crowd odds with 100,000 forecasters, and the time to render its show page.
# Usage: bench/voting.sh        (figures also in target/bench/voting.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false
./mvnw -B -q -Pbench test -Dtest=VotingBenchmark | grep '^BENCH' | sed 's/^BENCH //'
