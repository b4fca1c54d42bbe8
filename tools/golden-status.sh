#!/usr/bin/env bash
# Runs every golden program under ./atoll and lists the failing ones (a quick view while working; the xunit theory
# GoldenPrograms is the real test). usage: tools/golden-status.sh [FILTER]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
golden="$root/tests/Atoll.Runtime.Tests/Golden"
"$root/atoll" -V > /dev/null
pass=0; fail=0
errfile="$(mktemp)"; trap 'rm -f "$errfile"' EXIT
for f in "$golden"/*/*.py; do
  rel="${f#$golden/}"
  [[ -n "${1:-}" && "$rel" != *"$1"* ]] && continue
  [[ -f "${f%.py}.stdout" ]] || continue
  dir="$(dirname "$f")"
  out="$(cd "$dir" && timeout 20 "$root/atoll" "$f" 2>"$errfile")"; st=$?
  exp_st=0; [[ -f "${f%.py}.status" ]] && exp_st=$(cat "${f%.py}.status")
  exp_err=""; [[ -f "${f%.py}.stderr" ]] && exp_err="$(sed "s|{dir}|$dir|g" "${f%.py}.stderr")"
  if [[ "$out" == "$(cat "${f%.py}.stdout")" && "$(cat "$errfile")" == "$exp_err" && $st == $exp_st ]]; then
    pass=$((pass+1))
  else
    fail=$((fail+1)); echo "FAIL $rel"
  fi
done
echo "passed $pass, failed $fail"
