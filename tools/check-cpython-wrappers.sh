#!/usr/bin/env bash
# Runs CPython 3.13's own pure-Python wrappers (Lib/test/support/interpreters: interpreters, queues, channels) on top
# of Atoll's low-level modules (_interpreters, _interpqueues, _interpchannels). The wrappers are copied from the local
# CPython 3.13 into a temporary directory (never into the repository) as package `cpyinterp`, then
# tools/cpython-wrappers-check.py uses them under ./atoll and under CPython itself; the two outputs must be equal.
#   usage: tools/check-cpython-wrappers.sh      (needs CPython 3.13: $PY313 or pyenv's 3.13.0)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
py="${PY313:-$(pyenv prefix 3.13.0 2>/dev/null)/bin/python}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
lib="$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
cp -r "$lib/test/support/interpreters" "$tmp/cpyinterp"
rm -rf "$tmp/cpyinterp/__pycache__"
cp "$root/tools/cpython-wrappers-check.py" "$tmp/check.py"
(cd "$tmp" && "$root/atoll" check.py > atoll.out)
(cd "$tmp" && "$py" -B check.py > cpython.out)
if diff -u "$tmp/cpython.out" "$tmp/atoll.out"; then
  echo "CPython's wrappers run on Atoll's low-level modules: same output as CPython 3.13 ($(wc -l < "$tmp/atoll.out") lines)"
else
  echo "outputs differ (above: CPython first, then Atoll)" >&2
  exit 1
fi
