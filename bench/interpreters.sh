#!/usr/bin/env bash
# Interpreter figures (create/close, memory, exec, queue round trip, sending bytes, two interpreters on two cores),
# Atoll against CPython 3.13 running the same script (bench/interpreters/bench_interp.py). See bench/README.md.
#   bench/interpreters.sh [--runs 5] [--quick] [--markdown]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
py="${PY313:-}"
if [[ -z "$py" ]]; then
  prefix="$(pyenv prefix 3.13.0 2>/dev/null)" || { echo "interpreters.sh: CPython 3.13 not found: set PY313" >&2; exit 2; }
  py="$prefix/bin/python"
fi
"$root/atoll" -V >/dev/null
exec "$py" "$root/bench/interpreters/run.py" --python "$py" --atoll "$root/atoll" "$@"
