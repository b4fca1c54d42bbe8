#!/usr/bin/env bash
# Program benchmarks, Atoll against CPython 3.13: bench/programs/*.py timed as whole processes (see bench/README.md).
# Finds CPython 3.13 ($PY313, else `pyenv prefix 3.13.0`/bin/python), builds ./atoll once (untimed) and runs
# bench/run.py with it, passing every argument through:
#
#   bench/run.sh                           # every program, 5 alternating runs per side, then start-up (-c pass)
#   bench/run.sh --filter nbody --runs 3
#   bench/run.sh --markdown                # Markdown tables for bench/README.md
#   bench/run.sh --cpython-only            # CPython's column only
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
py="${PY313:-}"
if [[ -z "$py" ]]; then
  prefix="$(pyenv prefix 3.13.0 2>/dev/null)" || { echo "run.sh: CPython 3.13 not found: set PY313 or install 3.13.0 with pyenv" >&2; exit 2; }
  py="$prefix/bin/python"
fi
"$py" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' || { echo "run.sh: $py is not CPython 3.13" >&2; exit 2; }

# ./atoll builds itself when its sources are newer than the last build: do that now, so no timed run includes it.
# (run.py makes one more untimed call of whichever atoll it is given; with --atoll or --cpython-only this is skipped.)
build=1
for a in "$@"; do
  case "$a" in --atoll|--atoll=*|--cpython-only|-h|--help) build=0 ;; esac
done
if ((build)); then
  echo "run.sh: building ./atoll if needed (untimed)..." >&2
  "$root/atoll" -V >/dev/null || echo "run.sh: warning: ./atoll -V failed; the Atoll runs will fail" >&2
fi
exec "$py" "$root/bench/run.py" --python "$py" "$@"
