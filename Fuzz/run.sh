#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/ and runs each for a while.
#
#   Fuzz/run.sh [--seconds N] [--build-only] [TARGET...]
#
# TARGET is one of the folders of Fuzz/ holding a main.swift (default: all of them). Each run starts from the
# committed seeds (Fuzz/corpus/<target>/) and the inputs of past crashes
# (Tests/QuizCoreTests/Fixtures/FuzzRegressions/<target>/), with the tokens of Fuzz/dict/<target>.dict; what it
# learns goes to fuzz-out/<target>/corpus/ and any crashing input to fuzz-out/<target>/ (both gitignored). The
# binaries go to .build-fuzz-bin/ and are only rebuilt when a source changed. Exit status: 0 when no target
# crashed, 1 when one did, 2 on bad usage or a build failure. When this toolchain cannot build fuzzers at all,
# it says so loudly and exits 0 (or 1 with FUZZ_REQUIRED=1), so `make test` still works without libFuzzer.
#
# Environment: FUZZ_SECONDS (default 300) per target, FUZZ_RSS_MB (2048), SWIFTC (swiftc), FUZZ_REQUIRED.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

seconds="${FUZZ_SECONDS:-300}"
rss_mb="${FUZZ_RSS_MB:-2048}"
swiftc="${SWIFTC:-swiftc}"
build_only=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="${2:?--seconds needs a number}"; shift 2 ;;
    --seconds=*) seconds="${1#--seconds=}"; shift ;;
    --build-only) build_only=1; shift ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz: unknown option $1 (see Fuzz/run.sh --help)" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
case "$seconds" in ''|*[!0-9]*) echo "fuzz: --seconds must be a whole number, not \"$seconds\"" >&2; exit 2 ;; esac

all_targets=()
for main in Fuzz/*/main.swift; do all_targets+=("$(basename "$(dirname "$main")")"); done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
  [ -f "Fuzz/$target/main.swift" ] || { echo "fuzz: no target \"$target\" (targets: ${all_targets[*]})" >&2; exit 2; }
done

bin=.build-fuzz-bin
out=fuzz-out
mkdir -p "$bin" "$out"

# MARK: Can this toolchain build a fuzzer?

skip() {
  echo "" >&2
  echo "################################################################################" >&2
  echo "## FUZZING SKIPPED: $1" >&2
  echo "## The swift.org Linux toolchains ship libFuzzer and AddressSanitizer (in" >&2
  echo "## usr/lib/swift/clang/lib/linux); install one, or the C++ runtime it links with" >&2
  echo "## (Debian: apt-get install libstdc++-12-dev binutils), and run 'make fuzz-smoke'." >&2
  echo "################################################################################" >&2
  echo "" >&2
  if [ "${FUZZ_REQUIRED:-0}" = 1 ]; then exit 1; fi
  exit 0
}

command -v "$swiftc" >/dev/null 2>&1 || skip "no '$swiftc' on PATH"
linker=()
probe() {
  local dir
  dir="$(mktemp -d)"
  printf '%s\n' '@_cdecl("LLVMFuzzerTestOneInput")' \
    'public func probe(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { 0 }' >"$dir/main.swift"
  "$swiftc" -sanitize=fuzzer,address -parse-as-library "$@" "$dir/main.swift" -o "$dir/probe" >"$dir/log" 2>&1 &&
    "$dir/probe" -runs=1 >>"$dir/log" 2>&1
  local status=$?
  [ $status = 0 ] || probe_log="$(grep -v 'warning:' "$dir/log" | head -5)"
  rm -rf "$dir"
  return $status
}
probe_log=""
if [ -f "$bin/toolchain-ok" ] && [ "$(cat "$bin/toolchain-ok")" = "$("$swiftc" --version 2>&1 | head -1) lld" ]; then
  linker=(-use-ld=lld)
elif probe -use-ld=lld; then
  linker=(-use-ld=lld)  # the toolchain's own lld: no warnings about ASan's local symbols, unlike gold
  echo "$("$swiftc" --version 2>&1 | head -1) lld" >"$bin/toolchain-ok"
elif probe; then
  rm -f "$bin/toolchain-ok"
else
  skip "'$swiftc -sanitize=fuzzer,address' cannot build a fuzzer here: ${probe_log:-no output}"
fi

# MARK: Build

flags=(-sanitize=fuzzer,address -parse-as-library -O -swift-version 6 -suppress-warnings "${linker[@]}")

hash_of() { cat "$@" | sha256sum | cut -c1-16; }

# Several people may share this tree: one build at a time, from a copy of the sources so that an edit made
# during the (slow) optimized build cannot break it half-way.
exec 9>"$bin/build.lock"
flock 9
core_sources=()
while IFS= read -r file; do core_sources+=("$file"); done < <(find Sources/QuizCore -name '*.swift' | LC_ALL=C sort)
core_hash="$(printf '%s\n' "${flags[*]}" "$("$swiftc" --version 2>&1 | head -1)" | cat - "${core_sources[@]}" |
  sha256sum | cut -c1-16)"
if [ ! -f "$bin/lib/libQuizCore.a" ] || [ "$(cat "$bin/lib/core.hash" 2>/dev/null)" != "$core_hash" ]; then
  echo "fuzz: building QuizCore with libFuzzer and ASan instrumentation (a few minutes)…"
  rm -rf "$bin/QuizCore-src" "$bin/lib"
  mkdir -p "$bin/lib"
  cp -R Sources/QuizCore "$bin/QuizCore-src"
  copied=()
  while IFS= read -r file; do copied+=("$file"); done < <(find "$bin/QuizCore-src" -name '*.swift' | LC_ALL=C sort)
  if ! "$swiftc" "${flags[@]}" -wmo -module-name QuizCore -emit-module -emit-module-path "$bin/lib/QuizCore.swiftmodule" \
    -emit-library -static -o "$bin/lib/libQuizCore.a" "${copied[@]}"; then
    echo "fuzz: QuizCore does not build (see above)" >&2
    exit 2
  fi
  echo "$core_hash" >"$bin/lib/core.hash"
fi
for target in "${targets[@]}"; do
  sources=(Fuzz/Support/*.swift "Fuzz/$target/main.swift")
  edge=()
  # A target holding a `uses-edge` file is compiled with every file of Sources/QuizEdge (the line reader, the
  # game loop, the JSON output), which import the readline shim.
  if [ -f "Fuzz/$target/uses-edge" ]; then
    while IFS= read -r file; do sources+=("$file"); done < <(find Sources/QuizEdge -name '*.swift' | LC_ALL=C sort)
    edge=(-I Sources/CReadline)
  fi
  target_hash="$(printf '%s\n' "$core_hash" | cat - "${sources[@]}" Sources/CReadline/* | sha256sum | cut -c1-16)"
  if [ -x "$bin/$target" ] && [ "$(cat "$bin/$target.hash" 2>/dev/null)" = "$target_hash" ]; then continue; fi
  echo "fuzz: building $target"
  if ! "$swiftc" "${flags[@]}" -module-name "Fuzz$target" -I "$bin/lib" -L "$bin/lib" -lQuizCore "${edge[@]}" \
    "${sources[@]}" -o "$bin/$target"; then
    echo "fuzz: $target does not build (see above)" >&2
    exit 2
  fi
  echo "$target_hash" >"$bin/$target.hash"
done
flock -u 9
[ $build_only = 0 ] || exit 0

# MARK: Run

max_len() {
  case "$1" in
    BankDecoding) echo 131072 ;;    # the Cassez bank is 72 KB
    ProfileDecoding) echo 65536 ;;
    InputLine) echo 65536 ;;         # long lines; a 1 MB line is a unit test
    JSONInputLoop) echo 16384 ;;     # a script of input and signals; each run is a game over a pipe
    *) echo 4096 ;;
  esac
}

status=0
summary=()
for target in "${targets[@]}"; do
  work="$out/$target"
  mkdir -p "$work/corpus"
  seeds=("Fuzz/corpus/$target")
  regressions="Tests/QuizCoreTests/Fixtures/FuzzRegressions/$target"
  [ -d "$regressions" ] && seeds+=("$regressions")
  options=()
  [ -f "Fuzz/dict/$target.dict" ] && options+=(-dict="Fuzz/dict/$target.dict")
  log="$work/last-run.log"
  echo "fuzz: $target for ${seconds}s (log: $log)"
  set +e
  # Swift globals (the loaded bank, the catalogs) live until exit: LeakSanitizer would call them leaks. The
  # Swift runtime's own backtracer would read memory ASan guards: libFuzzer and ASan report crashes instead.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
    "$bin/$target" "$work/corpus" "${seeds[@]}" \
    -max_total_time="$seconds" -rss_limit_mb="$rss_mb" -timeout=30 -max_len="$(max_len "$target")" \
    -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$work/" "${options[@]}" >"$log" 2>&1
  code=$?
  set -e
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  took="$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)"
  # One line per run, to add up the time and executions a target has had.
  printf '%s\t%ss\t%s runs\texit %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "${took:-?}" "${runs:-?}" "$code" \
    >>"$work/history.tsv"
  if [ $code = 0 ]; then
    summary+=("$(printf '%-16s ok      %10s runs in %ss' "$target" "${runs:-?}" "${took:-$seconds}")")
  else
    status=1
    artifact="$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)"
    summary+=("$(printf '%-16s FAILED  exit %s; input: %s' "$target" "$code" "${artifact:-none (see $log)}")")
    grep -E 'ERROR|Fatal error|fuzz invariant|SUMMARY' "$log" | head -5 | sed 's/^/    /' >&2 || true
  fi
done
echo ""
echo "fuzz summary (${seconds}s per target):"
printf '  %s\n' "${summary[@]}"
if [ $status != 0 ]; then
  echo "fuzz: a target crashed; reproduce with: $bin/<target> <input>; keep the input as a regression test" >&2
fi
exit $status
