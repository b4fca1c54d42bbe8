#!/usr/bin/env bash
# Parser throughput, Atoll against CPython 3.13, over every .py file of CPython's Lib (see bench/README.md).
# Both sides run in this one run, one after the other, each timing REPS passes over all files after WARMUP
# untimed ones; ROUNDS > 1 alternates the two sides that many times (the machine is shared and noisy) and takes
# the medians over all timed passes. Prints each side's median MB/s and their ratio; full logs (with
# BenchmarkDotNet's table) go to bench/results/, which is not committed.
#
#   bench/parser.sh                          # REPS=5 WARMUP=1 ROUNDS=1: about 2 minutes on 2 cores
#   REPS=3 bench/parser.sh                   # shorter
#   ROUNDS=3 bench/parser.sh                 # steadier figures on a busy machine
#
# CPython is $PY313 if set, else `pyenv prefix 3.13.0`/bin/python.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
reps="${REPS:-5}"
warmup="${WARMUP:-1}"
rounds="${ROUNDS:-1}"

py="${PY313:-}"
if [[ -z "$py" ]]; then
  prefix="$(pyenv prefix 3.13.0 2>/dev/null)" || { echo "parser.sh: CPython 3.13 not found: set PY313 or install 3.13.0 with pyenv" >&2; exit 2; }
  py="$prefix/bin/python"
fi
"$py" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' || { echo "parser.sh: $py is not CPython 3.13" >&2; exit 2; }
lib="$("$py" -c 'import os; print(os.path.dirname(os.__file__))')"

results="$root/bench/results"
mkdir -p "$results"
rm -f "$results"/cpython-*.log "$results"/atoll-*.log
echo "building bench/Atoll.Bench (Release)..." >&2
dotnet build bench/Atoll.Bench/Atoll.Bench.csproj -c Release -nologo -v q -clp:ErrorsOnly >"$results/build.log" 2>&1 \
  || { cat "$results/build.log" >&2; exit 1; }

for ((r = 1; r <= rounds; r++)); do
  # CPython first: it lists the files it rejects, which the Atoll side then skips.
  echo "round $r/$rounds: CPython ast.parse, $warmup warm-up + $reps timed passes..." >&2
  "$py" bench/parse_lib.py --lib "$lib" --reps "$reps" --warmup "$warmup" --rejects-out "$results/cpython-rejects.txt" \
    >"$results/cpython-$r.log" 2>&1 || { cat "$results/cpython-$r.log" >&2; exit 1; }
  echo "round $r/$rounds: Atoll PythonParser.Parse (BenchmarkDotNet), $warmup warm-up + $reps timed passes..." >&2
  dotnet bench/Atoll.Bench/bin/Release/net10.0/Atoll.Bench.dll --lib "$lib" --skip-list "$results/cpython-rejects.txt" \
    --reps "$reps" --warmup "$warmup" --artifacts "$results/BenchmarkDotNet" >"$results/atoll-$r.log" 2>&1 \
    || { cat "$results/atoll-$r.log" >&2; exit 1; }
done

sed -n '/^| Method/,/^$/p' "$results/atoll-$rounds.log"
"$py" - "$results" "$rounds" <<'PY'
import statistics, sys
results, rounds = sys.argv[1], int(sys.argv[2])
side = {}
for name in ("cpython", "atoll"):
    times, info, errors = [], {}, []
    for r in range(1, rounds + 1):
        for line in open(f"{results}/{name}-{r}.log", encoding="utf-8"):
            if line.startswith(f"{name} files="):
                info = dict(kv.split("=", 1) for kv in line.split()[1:])
            elif line.startswith(f"{name} ") and " times_s=" in line:
                times += [float(t) for t in line.rsplit("times_s=", 1)[1].split(",")]
                info["runtime"] = line.split()[1] + " " + line.split()[2]
            elif line.startswith("atoll error ") and r == 1:
                errors.append(line[len("atoll error "):].rstrip())
    med = statistics.median(times)
    side[name] = (float(info["MB"]) / med, med, times, info, errors)
a, c = side["atoll"], side["cpython"]
for e in a[4]:
    print("Atoll raised on a file CPython accepts:", e)
print(f"files: {a[3]['files']} ({a[3]['MB']} MB); skipped, as CPython rejects them: {c[3]['skipped']}; "
      f"files Atoll raised errors on: {a[3]['errors']}")
n = len(a[2])
print(f"Atoll    {a[0]:8.2f} MB/s  median of {n} passes ({a[1]:.3f} s; range {min(a[2]):.3f}-{max(a[2]):.3f} s); "
      f"{int(a[3]['alloc_B/MB']):,} bytes allocated per MB of source ({a[3]['runtime']})")
print(f"CPython  {c[0]:8.2f} MB/s  median of {len(c[2])} passes ({c[1]:.3f} s; range {min(c[2]):.3f}-{max(c[2]):.3f} s) "
      f"(CPython {c[3]['runtime'].split()[0]})")
print(f"ratio    {a[0] / c[0]:8.2f}x (Atoll / CPython)")
PY
