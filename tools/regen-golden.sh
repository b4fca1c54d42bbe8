#!/usr/bin/env bash
# Regenerates the expected outputs of the golden-file tests by running CPython 3.13 on each input.
#   Golden/ast/*.py     -> *.ast     (python -m ast -a)
#   Golden/errors/*.py  -> *.stderr  (python file.py; the file's path is written as {path})
#   Golden/tokenize/*.py -> *.tokens (python -m tokenize; -e under exact/), *.stderr when it writes any
#   Golden/warnings/*.py -> *.stderr (python file.py, which must succeed: its SyntaxWarnings; path as {path})
#   DeepNesting/cases.json: what ast.parse and -m ast do with each case (tools/regen-deep-nesting.py)
# usage: tools/regen-golden.sh [PY313]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
py="${1:-${PY313:-$(pyenv prefix 3.13.0 2>/dev/null)/bin/python}}"
"$py" -c 'import sys; assert sys.version_info[:2] == (3, 13), sys.version' || { echo "need CPython 3.13 (got $py)" >&2; exit 1; }
golden="$root/tests/Atoll.Syntax.Tests/Golden"
shopt -s nullglob globstar
for f in "$golden"/ast/**/*.py; do
  "$py" -m ast -a "$f" > "${f%.py}.ast"
done
for f in "$golden"/errors/**/*.py; do
  # -X frozen_modules etc. do not matter here; only stderr of the failing compile is kept.
  (cd "$(dirname "$f")" && "$py" "$f" 2> "${f%.py}.stderr.tmp" > /dev/null) && { echo "expected an error from $f" >&2; exit 1; } || true
  "$py" - "$f" "${f%.py}.stderr.tmp" "${f%.py}.stderr" <<'PYEOF'
import sys
src, tmp, out = sys.argv[1:4]
text = open(tmp, encoding="utf-8").read().replace(src, "{path}")
open(out, "w", encoding="utf-8").write(text)
PYEOF
  rm -f "${f%.py}.stderr.tmp"
done
# tokenize/exact/ runs with -e; tokenize/errors/ holds files the tokenize module rejects (exit status 1). What it
# prints on stderr (errors, SyntaxWarnings) goes to a .stderr file beside the input, with the path written as {path}.
for f in "$golden"/warnings/**/*.py; do
  # These programs run cleanly; what CPython prints on stderr is the SyntaxWarnings it gives while compiling them.
  (cd "$(dirname "$f")" && "$py" "$f" 2> "${f%.py}.stderr.tmp" > /dev/null) || { echo "expected $f to run cleanly" >&2; exit 1; }
  "$py" - "$f" "${f%.py}.stderr.tmp" "${f%.py}.stderr" <<'PYEOF'
import sys
src, tmp, out = sys.argv[1:4]
text = open(tmp, encoding="utf-8").read().replace(src, "{path}")
open(out, "w", encoding="utf-8").write(text)
PYEOF
  rm -f "${f%.py}.stderr.tmp"
done
for f in "$golden"/tokenize/**/*.py; do
  exact=()
  [[ "$f" == */tokenize/exact/* ]] && exact=(-e)
  status=0
  "$py" -m tokenize "${exact[@]}" "$f" > "${f%.py}.tokens" 2> "${f%.py}.stderr.tmp" || status=$?
  if [[ "$f" == */tokenize/errors/* ]]; then
    [[ $status == 1 ]] || { echo "expected exit status 1 from tokenize $f (got $status)" >&2; exit 1; }
  else
    [[ $status == 0 ]] || { echo "tokenize failed on $f" >&2; cat "${f%.py}.stderr.tmp" >&2; exit 1; }
  fi
  if [[ -s "${f%.py}.stderr.tmp" ]]; then
    "$py" - "$f" "${f%.py}.stderr.tmp" "${f%.py}.stderr" <<'PYEOF'
import sys
src, tmp, out = sys.argv[1:4]
text = open(tmp, encoding="utf-8").read().replace(src, "{path}")
open(out, "w", encoding="utf-8").write(text)
PYEOF
  else
    rm -f "${f%.py}.stderr"
  fi
  rm -f "${f%.py}.stderr.tmp"
done
"$py" "$root/tools/regen-deep-nesting.py"
echo "regenerated golden files under $golden and $root/tests/Atoll.Syntax.Tests/DeepNesting/cases.json"
