#!/usr/bin/env bash
# Lighthouse on the show list and a show page, mobile and desktop presets, the previous Encore and
# this one side by side in one run (both jars running at once, fresh H2 database each, packaged jar,
# -Xmx512m; runs alternate between them). Each page is measured RUNS times per preset (default 3) and
# the median of each category is printed, with LCP, TBT and FCP (what the performance score is mostly
# made of) and the spread of the performance score: Lighthouse's simulated throttling varies a lot
# from run to run on a 2-core machine that also serves the page.
#
# Usage: bench/lighthouse.sh [OLD_REF]   (default: the last revision before the native-controls work).
# RUNS, PAGES ("/ /shows/goblin") and PRESETS ("mobile desktop") narrow or widen a run.
# Needs Chromium at /usr/bin/chromium and Node 22+ (the build's Node 24 in ~/.vaadin is used).
# Lighthouse itself comes from the npm registry into ~/.cache/encore-lighthouse on first use.
# Figures also in target/bench/lighthouse.txt; the reports in target/bench/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."
OLD_REF=${1:-9f8fa78}
RUNS=${RUNS:-3}
LIGHTHOUSE_VERSION=13.5.0
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export VAADIN_USAGE_STATS_ENABLED=false
NODE_DIR=$(ls -d "$HOME"/.vaadin/node-v24* 2>/dev/null | tail -n 1 || true)
[[ -n $NODE_DIR ]] && export PATH="$NODE_DIR/bin:$PATH"
CACHE=$HOME/.cache/encore-lighthouse
LH=$CACHE/node_modules/.bin/lighthouse
if [[ ! -x $LH ]] || ! grep -q "\"version\": \"$LIGHTHOUSE_VERSION\"" "$CACHE/node_modules/lighthouse/package.json"; then
  mkdir -p "$CACHE"
  npm install --silent --prefix "$CACHE" "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi

mkdir -p target/bench/lighthouse
source bench/jars.sh
NEW_JAR=$(new_jar)
OLD_JAR=$(old_jar "$OLD_REF")

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
OLD_PORT=${BENCH_PORT:-18095}
NEW_PORT=$((OLD_PORT + 1))
read -r -a PAGES <<< "${PAGES:-/ /shows/crash-landing-on-you}"
read -r -a PRESETS <<< "${PRESETS:-mobile desktop}"
FLAGS="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic"
report=target/bench/lighthouse.txt
: > "$report"
say() { echo "$*" | tee -a "$report"; }

start() { # jar name port
  "$JAVA_HOME/bin/java" -Xmx512m -jar "$1" --server.port="$3" --spring.datasource.url="jdbc:h2:file:$work/$2/encore" \
    --logging.level.root=warn > "$work/$2.log" 2>&1 &
  pids+=($!)
}
ready() { # port
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$1/" || true) == 200 ]]; do sleep 0.5; done
  for path in "${PAGES[@]}"; do curl -s -o /dev/null "http://localhost:$1$path"; done
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
figure() { # expression files...
  local expression=$1; shift
  for f in "$@"; do
    node -e "const r=require(process.argv[1]); console.log(Math.round($expression))" "$PWD/$f"
  done | median
}

# Both jars run at once, each on its own fresh database, and the runs alternate old, new, old, new:
# whatever else the machine does falls on both alike.
start "$OLD_JAR" old "$OLD_PORT"
start "$NEW_JAR" new "$NEW_PORT"
ready "$OLD_PORT"
ready "$NEW_PORT"
rm -f target/bench/lighthouse/*.json
say "Lighthouse $LIGHTHOUSE_VERSION, median of $RUNS runs, old and new alternating; old = $OLD_REF, new = working tree"
for path in "${PAGES[@]}"; do
  for preset in "${PRESETS[@]}"; do
    extra=()
    [[ $preset == desktop ]] && extra=(--preset=desktop)
    tag="$(echo "$path" | tr '/' '_')-$preset"
    for run in $(seq "$RUNS"); do
      for jar in old new; do
        port=$OLD_PORT
        [[ $jar == new ]] && port=$NEW_PORT
        CHROME_PATH=/usr/bin/chromium "$LH" "http://localhost:$port$path" "${extra[@]}" --quiet --output=json \
          --output-path="target/bench/lighthouse/$jar$tag-$run.json" --chrome-flags="$FLAGS" \
          --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1 || true
      done
    done
    for jar in old new; do
      files=(target/bench/lighthouse/$jar$tag-*.json)
      line="$jar $path $preset:"
      for category in performance accessibility best-practices seo; do
        line="$line $category $(figure "r.categories['$category'].score*100" "${files[@]}")"
      done
      line="$line | LCP $(figure "r.audits['largest-contentful-paint'].numericValue" "${files[@]}") ms"
      line="$line TBT $(figure "r.audits['total-blocking-time'].numericValue" "${files[@]}") ms"
      line="$line FCP $(figure "r.audits['first-contentful-paint'].numericValue" "${files[@]}") ms"
      line="$line, performance min-max $(for f in "${files[@]}"; do node -e "const r=require(process.argv[1]); console.log(Math.round(r.categories.performance.score*100))" "$PWD/$f"; done | sort -n | sed -n '1p;$p' | paste -sd-)"
      say "$line"
    done
  done
done
