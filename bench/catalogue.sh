#!/usr/bin/env bash
# The show list with a big catalogue (CatalogueBenchmark): the demo's shows, then 2,000 more; the list's
# first page, a search by a Korean title fragment, a search that matches nothing and a network filter,
# 200 requests each over HTTP, every address unique so no answer comes from the shared first-page cache.
# Usage: bench/catalogue.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false
mkdir -p target/bench
./mvnw -B -q -Pbench test -Dtest=CatalogueBenchmark | grep '^BENCH' | sed 's/^BENCH //' | tee target/bench/catalogue.txt
