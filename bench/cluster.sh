#!/usr/bin/env bash
# Encore as several nodes on one PostgreSQL database (ClusterLatencyBenchmark): how long a vote on one
# node takes to reach the kiosks on the others (2 and 3 nodes, 100 kiosks spread over them, LISTEN/NOTIFY),
# and votes saved per second with 1, 2 and 3 nodes. PostgreSQL at 127.0.0.1:5432, as for the tests.
#
# Usage: bench/cluster.sh [OLD_REF]
#   With OLD_REF (a git revision), the benchmark of that revision and this tree's take turns, twice each,
#   and the votes/s figures are printed as ratios new/old: the machines are noisy, the ratios are what
#   to quote. The old revision is checked out once in target/bench/tree-OLD_REF.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false
OLD_REF=${1:-}

run() {
  (cd "$1" && ./mvnw -B -q -Pbench test -Dtest=ClusterLatencyBenchmark) | grep '^BENCH' | sed 's/^BENCH //'
}

if [[ -z $OLD_REF ]]; then
  run .
  exit
fi

mkdir -p target/bench
tree=target/bench/tree-$OLD_REF
if [[ ! -d $tree ]]; then
  git worktree prune
  git worktree add --detach "$tree" "$OLD_REF" >/dev/null
fi
for round in 1 2; do
  echo "== old ($OLD_REF), round $round"
  run "$tree" | tee "target/bench/cluster-old-$round.txt"
  echo "== new, round $round"
  run . | tee "target/bench/cluster-new-$round.txt"
done
echo "== votes/s, new / old (each round's pair, then the sum of both rounds)"
for nodes in "1 node " "2 nodes" "3 nodes"; do
  figure() { grep -h "  $nodes:" "$@" | sed 's/.*: *\([0-9,]*\) votes.*/\1/' | tr -d ,; }
  o1=$(figure target/bench/cluster-old-1.txt); n1=$(figure target/bench/cluster-new-1.txt)
  o2=$(figure target/bench/cluster-old-2.txt); n2=$(figure target/bench/cluster-new-2.txt)
  awk -v n="$nodes" -v o1="$o1" -v n1="$n1" -v o2="$o2" -v n2="$n2" 'BEGIN {
    printf "%s: round 1 %.2fx, round 2 %.2fx, both %.2fx (old %d and %d, new %d and %d votes/s)\n",
      n, n1 / o1, n2 / o2, (n1 + n2) / (o1 + o2), o1, o2, n1, n2 }'
done
