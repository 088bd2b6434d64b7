#!/usr/bin/env bash
# Voting benchmark: votes saved per second through the service (H2 file database), the time to
# compute a show's crowd odds with 100,000 forecasters, and the time to render its show page.
#
# Usage: bench/voting.sh [OLD_REF]   (figures also in target/bench/voting.txt)
#   With OLD_REF (a git revision), that revision's benchmark and this tree's take turns, twice each,
#   and each figure is printed as a ratio new/old: the machines are noisy, the ratios are what to
#   quote. The old revision is checked out once in ${TMPDIR:-/tmp}/encore-bench-OLD_REF (outside
#   target/, which this tree's own build may clean).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false
OLD_REF=${1:-}

run() {
  (cd "$1" && ./mvnw -B -q -Pbench test -Dtest=VotingBenchmark) | grep '^BENCH' | sed 's/^BENCH //'
}

if [[ -z $OLD_REF ]]; then
  run .
  exit
fi

tree=${TMPDIR:-/tmp}/encore-bench-$OLD_REF
# The figures too live outside target/, which each run's build may clean; copied there at the end.
out=$(mktemp -d)
if [[ ! -d $tree ]]; then
  git worktree prune
  git worktree add --detach "$tree" "$OLD_REF" >/dev/null
fi
for round in 1 2; do
  echo "== old ($OLD_REF), round $round"
  run "$tree" | tee "$out/voting-old-$round.txt"
  echo "== new, round $round"
  run . | tee "$out/voting-new-$round.txt"
done
# The first number after each label, from each of the four runs.
figure() { grep -h "$1" "$2" | head -1 | sed "s/.*$1[^:]*: *[a-z ]*\([0-9.,]*\).*/\1/" | tr -d ,; }
echo "== new / old (each round's pair, then both rounds together; below 1 is faster for times)"
for label in "votes saved per second" "first read of a show with 100,000 forecasters" "compute crowd odds" "render show page (HTTP GET, server-side render), 100,000" \
    "render show page (HTTP GET, server-side render), 10 "; do
  key=$(echo "$label" | sed 's/[(),]/./g')
  o1=$(figure "$key" $out/voting-old-1.txt); n1=$(figure "$key" $out/voting-new-1.txt)
  o2=$(figure "$key" $out/voting-old-2.txt); n2=$(figure "$key" $out/voting-new-2.txt)
  awk -v l="$label" -v o1="$o1" -v n1="$n1" -v o2="$o2" -v n2="$n2" 'BEGIN {
    printf "%s: round 1 %.2fx, round 2 %.2fx, both %.2fx (old %s and %s, new %s and %s)\n",
      l, n1 / o1, n2 / o2, (n1 + n2) / (o1 + o2), o1, o2, n1, n2 }'
done
mkdir -p target/bench && cp "$out"/voting-*.txt target/bench/
