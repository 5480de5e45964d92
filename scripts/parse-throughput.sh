#!/usr/bin/env bash
# Parse throughput: `gosub parse --stats` beside go/parser (scripts/goparser-bench) on the same files.
#
#   scripts/parse-throughput.sh [DIR]      DIR defaults to $(go env GOROOT)/src
#
# Both walk DIR alike (testdata, .x and _x directories skipped), read and parse every .go file on one
# thread, and print `files: N  bytes: N  seconds: S  MB/s: X  failed: F`. Each runs once unmeasured
# first, so both see a warm file cache. Needs `go` on PATH; gosub is built in release mode first.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v go >/dev/null 2>&1; then
    echo "parse-throughput: needs the Go toolchain (go) on PATH for the go/parser side" >&2
    exit 1
fi
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS=
root=${1:-$(go env GOROOT)/src}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cargo build --quiet --release -p gosub-cli
gosub=${CARGO_TARGET_DIR:-target}/release/gosub
(cd scripts/goparser-bench && go build -o "$tmp/goparser-bench" .)

echo "root: $root"
"$tmp/goparser-bench" "$root" >/dev/null
printf 'go/parser    %s\n' "$("$tmp/goparser-bench" "$root")"
# gosub exits 1 when some file has syntax errors; the stats line still counts them as failed.
"$gosub" parse --stats "$root" >/dev/null 2>&1 || true
printf 'gosub parse  %s\n' "$("$gosub" parse --stats "$root" 2>/dev/null || true)"
