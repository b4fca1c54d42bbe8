#!/usr/bin/env bash
# Parser throughput, Atoll against CPython 3.13, over every .py file of CPython's Lib (see bench/README.md).
# Runs both sides one after the other in this run, each timing REPS passes after WARMUP untimed ones, and prints
# the median MB/s of each and their ratio. Full logs go to bench/results/ (not committed).
#
#   bench/parser.sh                 # REPS=5 WARMUP=1
#   REPS=3 WARMUP=1 bench/parser.sh # shorter
#
# CPython is $PY313 if set, else `pyenv prefix 3.13.0`/bin/python.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
reps="${REPS:-5}"
warmup="${WARMUP:-1}"

py="${PY313:-}"
if [[ -z "$py" ]]; then
  prefix="$(pyenv prefix 3.13.0 2>/dev/null)" || { echo "parser.sh: CPython 3.13 not found: set PY313 or install it with pyenv" >&2; exit 2; }
  py="$prefix/bin/python"
fi
"$py" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' || { echo "parser.sh: $py is not CPython 3.13" >&2; exit 2; }
lib="$("$py" -c 'import os; print(os.path.dirname(os.__file__))')"

results="$root/bench/results"
mkdir -p "$results"
echo "building bench/Atoll.Bench (Release)..." >&2
dotnet build bench/Atoll.Bench/Atoll.Bench.csproj -c Release -nologo -v q -clp:ErrorsOnly >"$results/build.log" 2>&1 \
  || { cat "$results/build.log" >&2; exit 1; }

# CPython first: it also lists the files it rejects, which the Atoll side then skips.
echo "CPython: ast.parse, $warmup warm-up + $reps timed passes..." >&2
"$py" bench/parse_lib.py --lib "$lib" --reps "$reps" --warmup "$warmup" --rejects-out "$results/cpython-rejects.txt" \
  >"$results/cpython.log" 2>&1 || { cat "$results/cpython.log" >&2; exit 1; }
echo "Atoll: PythonParser.Parse, $warmup warm-up + $reps timed passes (BenchmarkDotNet)..." >&2
dotnet bench/Atoll.Bench/bin/Release/net10.0/Atoll.Bench.dll --lib "$lib" --skip-list "$results/cpython-rejects.txt" \
  --reps "$reps" --warmup "$warmup" --artifacts "$results/BenchmarkDotNet" >"$results/atoll.log" 2>&1 \
  || { cat "$results/atoll.log" >&2; exit 1; }

# field SIDE KEY: the value of KEY=... on the result line of SIDE.
field() { grep -m1 "^$1 files=" "$results/$1.log" | tr ' ' '\n' | sed -n "s|^$2=||p"; }

sed -n '/^| Method/,/^$/p' "$results/atoll.log"
grep '^atoll error ' "$results/atoll.log" || true
grep -h -E '^(cpython|atoll) ' "$results/cpython.log" "$results/atoll.log" | grep -v '^atoll error '
echo
a="$(field atoll MB/s)"
c="$(field cpython MB/s)"
printf 'files: %s (%s MB); skipped (CPython rejects them): %s; files Atoll raised errors on: %s\n' \
  "$(field atoll files)" "$(field atoll MB)" "$(field cpython skipped)" "$(field atoll errors)"
printf 'Atoll    %8.2f MB/s   (median of %s; %s bytes allocated per MB of source)\n' "$a" "$reps" "$(field atoll alloc_B/MB)"
printf 'CPython  %8.2f MB/s   (median of %s; %s)\n' "$c" "$reps" "$(grep -m1 -o '3\.13\.[0-9]*' "$results/cpython.log")"
awk -v a="$a" -v c="$c" 'BEGIN { printf "ratio    %8.2fx  (Atoll / CPython)\n", a / c }'
