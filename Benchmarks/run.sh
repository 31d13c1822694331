#!/usr/bin/env bash
# Benchmarks/run.sh: build release binaries, then run every measurement side by side in one run and print one
# table (also written to $BENCH_OUT/results.md). Figures only: nothing here passes or fails.
#
#   bash Benchmarks/run.sh [bench options…]      (or: make bench)
#
# Environment:
#   BENCH_BUILD   build folder (default .build-bench in the checkout): SwiftPM scratch folders, the Python venv
#   BENCH_OUT     where results.md goes (default $BENCH_BUILD/out)
#   BENCH_STATIC  1 (default) also builds casequiz and the floor with the Swift runtime linked statically and
#                 measures both builds side by side; 0 skips that build
#   SWIFT         the swift driver (default swift)
#   BENCH_BASELINE  another casequiz binary raced in the start-up rounds (e.g. the static build of an earlier
#                 commit), for a before/after ratio measured side by side
# Options after the script name go to the `bench` driver, e.g. --quick, --sections startup,memory,
# --startup-rounds 100, --bank-sizes 1000,10000, --profile-sizes 100,10000 (see Benchmarks/Sources/bench).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BENCH_BUILD:-$ROOT/.build-bench}
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
OUT=${BENCH_OUT:-$BUILD/out}
SWIFT=${SWIFT:-swift}
STATIC=${BENCH_STATIC:-1}
mkdir -p "$BUILD" "$OUT"

log() { printf 'bench: %s\n' "$*" >&2; }

# --- What the comparisons need: bsdgames' quiz (Debian) and py-fsrs 6.3.2 (PyPI, in a venv) ----------------
QUIZ=/usr/games/quiz
if [ ! -x "$QUIZ" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  log "installing bsdgames (for the classic quiz)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends bsdgames >/dev/null 2>&1 ||
    { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends bsdgames >/dev/null; } ||
    log "could not install bsdgames; the quiz comparison is skipped"
fi
[ -x "$QUIZ" ] || { log "no $QUIZ; the quiz comparison is skipped"; QUIZ=""; }

PYTHON=""
VENV="$BUILD/py"
if [ ! -x "$VENV/bin/python" ]; then
  log "creating a Python venv for py-fsrs in $VENV"
  python3 -m venv "$VENV" >/dev/null 2>&1 || log "python3 -m venv failed (install python3-venv); py-fsrs is skipped"
fi
if [ -x "$VENV/bin/python" ]; then
  if ! "$VENV/bin/python" -c 'import importlib.metadata as m, sys; sys.exit(m.version("fsrs") != "6.3.2")' 2>/dev/null; then
    log "installing fsrs==6.3.2 from PyPI"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check 'fsrs==6.3.2' || log "pip install fsrs==6.3.2 failed"
  fi
  "$VENV/bin/python" -c 'import fsrs' 2>/dev/null && PYTHON="$VENV/bin/python"
fi

# --- Builds: release, each in a scratch folder of its own ----------------------------------------------------
PKG="$BUILD/pkg"
# SwiftPM can reuse a stale build plan for a path dependency whose sources gained a file since the last build
# ("no member" errors); a second attempt plans afresh.
build() { "$SWIFT" build "$@" >&2 || { log "build failed; retrying once"; "$SWIFT" build "$@" >&2; }; }
log "building the benchmarks and casequiz (release)"
build -c release --package-path "$ROOT/Benchmarks" --scratch-path "$PKG"
# The root package's casequiz, built as a dependency of the benchmarks package: the same flags as
# `swift build -c release` in the root, sharing the QuizCore build.
build -c release --package-path "$ROOT/Benchmarks" --scratch-path "$PKG" --product casequiz
BIN="$PKG/release"

STATIC_ARGS=()
if [ "$STATIC" = 1 ]; then
  log "building casequiz with --static-swift-stdlib"
  build -c release --static-swift-stdlib --package-path "$ROOT" --scratch-path "$BUILD/static" --product casequiz
  SWIFTC=$(dirname "$(command -v "$SWIFT")")/swiftc
  [ -x "$SWIFTC" ] || SWIFTC=swiftc
  "$SWIFTC" -O -static-stdlib "$ROOT/Benchmarks/Sources/floor/main.swift" -o "$BUILD/floor-static" 2>/dev/null
  STATIC_ARGS=(--casequiz-static "$BUILD/static/release/casequiz" --floor-static "$BUILD/floor-static")
fi

# --- Run -----------------------------------------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/casequiz-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
log "running; scratch files in $WORK"
"$BIN/bench" --work "$WORK" --out "$OUT/results.md" --data-dir "$ROOT" --peak "$BIN/peak" \
  --casequiz "$BIN/casequiz" --floor "$BIN/floor" --quiz "$QUIZ" \
  --bench-bank "$BIN/bench-bank" --bench-fsrs "$BIN/bench-fsrs" --bench-profile "$BIN/bench-profile" \
  --python "$PYTHON" --fsrs-script "$ROOT/Benchmarks/python/fsrs_replay.py" \
  "${STATIC_ARGS[@]}" ${BENCH_BASELINE:+--casequiz-baseline "$BENCH_BASELINE"} "$@"
log "table written to $OUT/results.md"
