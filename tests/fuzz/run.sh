#!/usr/bin/env bash
# Runs each fuzz target for SECONDS seconds (all at once) and prints a
# Markdown table of executions and crashes. Exit status 1 if any target found a crash.
# Usage: tests/fuzz/run.sh <build-dir> <seconds>    (make fuzz FUZZ_SECONDS=60 calls it)
# New inputs accumulate in <build-dir>/corpus/<target>; findings go to <build-dir>/findings/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$1"
seconds="$2"
bin="$build/tests/fuzz"
targets=(datapack profile binpack)
pids=()

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

for t in "${targets[@]}"; do
  mkdir -p "$build/corpus/$t" "$build/findings/$t" "$build/logs"
  touch "$build/logs/$t.start"
  # Corpora: the writable one first, then the generated and the committed seeds.
  seeds=("$bin/seeds/$t")
  [ -d "$here/seeds/$t" ] && seeds+=("$here/seeds/$t")
  "$bin/${t}_fuzz" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
    -dict="$here/$t.dict" -artifact_prefix="$build/findings/$t/" \
    "$build/corpus/$t" "${seeds[@]}" >"$build/logs/$t.log" 2>&1 &
  pids+=("$!")
done

status=0
echo "| fuzz target | seconds | executions | exec/s | corpus | crashes |"
echo "|---|---:|---:|---:|---:|---:|"
for i in "${!targets[@]}"; do
  t="${targets[$i]}"
  rc=0
  wait "${pids[$i]}" || rc=$?
  log="$build/logs/$t.log"
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  corpus=$(find "$build/corpus/$t" -type f | wc -l)
  crashes=$(find "$build/findings/$t" -type f -newer "$build/logs/$t.start" 2>/dev/null | wc -l)
  # A crash stops libFuzzer early: count its artifact even if the stats line is missing.
  if [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ]; then crashes=1; fi
  printf '| %s_fuzz | %s | %s | %s | %s | %s |\n' "$t" "$seconds" "${runs:-?}" "${rate:-?}" \
    "$corpus" "$crashes"
  if [ "$crashes" -ne 0 ]; then
    status=1
    echo "$t: crash (exit $rc); log $log, inputs in $build/findings/$t/:" >&2
    grep -E 'ERROR|SUMMARY|invariant|Test unit written' "$log" | head -20 >&2 || true
  fi
done
exit "$status"
