# Sourced by the benchmarks that compare two Encores: the packaged jar of this tree, and one of an
# earlier revision, built once in a temporary git worktree and kept in target/bench.
#   new_jar        -> prints target/encore.jar, packaging it first if missing
#   old_jar REF    -> prints target/bench/encore-REF.jar, building it first if missing

new_jar() {
  [[ -f target/encore.jar ]] || ./mvnw -B -q package -DskipTests >&2
  echo target/encore.jar
}

old_jar() {
  local jar=target/bench/encore-$1.jar
  if [[ ! -f $jar ]]; then
    echo "bench: building Encore at $1 for comparison" >&2
    local tree
    tree=$(mktemp -d)
    git worktree add --detach "$tree" "$1" >/dev/null
    (cd "$tree" && ./mvnw -B -q package -DskipTests) >&2
    mkdir -p target/bench
    cp "$tree/target/encore.jar" "$jar"
    git worktree remove --force "$tree"
  fi
  echo "$jar"
}
