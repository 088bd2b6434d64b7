#!/usr/bin/env bash
# Voting benchmark: votes saved per second through the service (H2 file database), the time to
# compute a show's crowd odds with 100,000 forecasters, and the time to render its show page.
#
# Usage: bench/voting.sh [OLD_REF]   (figures also in target/bench/voting.txt)
#   With OLD_REF (a git revision), that revision's benchmark and this tree's take turns, twice each,
#   and each figure is printed as a ratio new/old: the machines are noisy, the ratios are what to
#   quote (ROUNDS=3 for three turns each). The old revision is checked out once in ${TMPDIR:-/tmp}/encore-bench-OLD_REF (outside
#   target/, which this tree's own build may clean).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false
OLD_REF=${1:-}

# Each run starts from an empty database file: the benchmark adds 100,000 forecasts and tens of
# thousands of votes, and a file grown by earlier runs would slow the later ones.
run() {
  rm -f "$1"/target/bench/encore.mv.db "$1"/target/bench/encore.trace.db
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
ROUNDS=${ROUNDS:-2}
for round in $(seq 1 "$ROUNDS"); do
  echo "== old ($OLD_REF), round $round"
  run "$tree" | tee "$out/voting-old-$round.txt"
  echo "== new, round $round"
  run . | tee "$out/voting-new-$round.txt"
done
# The first number after each label, from each of the four runs.
figure() { grep -h "$1" "$2" | head -1 | sed "s/.*$1[^:]*: *[a-z ]*\([0-9.,]*\).*/\1/" | tr -d ,; }
echo "== new / old: each round's pair, then all rounds together (times: below 1 is faster)"
for label in "votes saved per second" "first read of a show with 100,000 forecasters" "compute crowd odds" \
    "render show page (HTTP GET, server-side render), 100,000" "render show page (HTTP GET, server-side render), 10 "; do
  key=$(echo "$label" | sed 's/[(),]/./g')
  line="$label:"
  old_sum=0; new_sum=0; olds=; news=
  for round in $(seq 1 "$ROUNDS"); do
    o=$(figure "$key" "$out/voting-old-$round.txt"); n=$(figure "$key" "$out/voting-new-$round.txt")
    line="$line round $round $(awk -v o="$o" -v n="$n" 'BEGIN { printf "%.2fx", n / o }'),"
    old_sum=$(awk -v a="$old_sum" -v b="$o" 'BEGIN { print a + b }'); new_sum=$(awk -v a="$new_sum" -v b="$n" 'BEGIN { print a + b }')
    olds="$olds $o"; news="$news $n"
  done
  echo "$line all $(awk -v o="$old_sum" -v n="$new_sum" 'BEGIN { printf "%.2fx", n / o }') (old$olds; new$news)"
done
mkdir -p target/bench && cp "$out"/voting-*.txt target/bench/
