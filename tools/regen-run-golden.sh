#!/usr/bin/env bash
# Regenerates the expected outputs of the run-time golden tests (tests/Atoll.Runtime.Tests/Golden) by running
# CPython 3.13 on each test program.
#   Golden/<folder>/X.py -> X.stdout (always), X.stderr (only when CPython wrote to stderr),
#                           X.status (only when the exit status is not 0)
# A test program is a .py file directly in a folder under Golden/; subfolders named mod_* hold helper modules
# and packages for the tests and are never run themselves.
# Each program runs with its own folder as the working directory, as `python -B -u -X no_debug_ranges /abs/X.py`
# (-u: output of several interpreters appears in the order it was written, as Atoll writes it),
# with PYTHONHASHSEED=0 and stdin from /dev/null. In .stderr, the absolute path of the program's folder is written
# as {dir}. Expected files whose program is gone are deleted, so running this twice gives no diff.
# usage: tools/regen-run-golden.sh [PY313] [FILTER]   (FILTER: only programs whose path relative to Golden/
#                                                     contains it; stale-file cleanup is skipped then)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
py="${1:-${PY313:-$(pyenv prefix 3.13.0 2>/dev/null)/bin/python}}"
filter="${2:-}"
"$py" -c 'import sys; assert sys.version_info[:2] == (3, 13), sys.version' || { echo "need CPython 3.13 (got $py)" >&2; exit 1; }
golden="$root/tests/Atoll.Runtime.Tests/Golden"
export PYTHONDONTWRITEBYTECODE=1
"$py" -B - "$py" "$golden" "$filter" <<'PYEOF'
import os, subprocess, sys
py, golden, flt = sys.argv[1:4]
env = {k: v for k, v in os.environ.items()
       if not k.startswith("PYTHON") and k not in ("PYENV_VERSION",)}
env.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
count = failed = 0
for folder in sorted(os.listdir(golden)):
    fdir = os.path.join(golden, folder)
    if not os.path.isdir(fdir) or folder.startswith((".", "mod_")):
        continue
    names = sorted(os.listdir(fdir))
    programs = {n[:-3] for n in names if n.endswith(".py") and os.path.isfile(os.path.join(fdir, n))}
    if not flt:
        # Expected files of programs that no longer exist.
        for n in names:
            stem, ext = os.path.splitext(n)
            if ext in (".stdout", ".stderr", ".status") and stem not in programs:
                os.remove(os.path.join(fdir, n))
    for stem in sorted(programs):
        rel = f"{folder}/{stem}.py"
        if flt and flt not in rel:
            continue
        path = os.path.join(fdir, stem + ".py")
        try:
            r = subprocess.run([py, "-B", "-u", "-X", "no_debug_ranges", path], cwd=fdir, env=env,
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            print(f"TIMEOUT {rel}", file=sys.stderr)
            failed += 1
            continue
        count += 1
        out = r.stdout.decode("utf-8")
        err = r.stderr.decode("utf-8").replace(fdir, "{dir}")
        if fdir in out:
            print(f"{rel}: stdout contains the test folder's absolute path; make the output path-independent",
                  file=sys.stderr)
            failed += 1
        base = os.path.join(fdir, stem)
        with open(base + ".stdout", "w", encoding="utf-8", newline="") as f:
            f.write(out)
        for ext, text in ((".stderr", err), (".status", f"{r.returncode}\n" if r.returncode else "")):
            if text:
                with open(base + ext, "w", encoding="utf-8", newline="") as f:
                    f.write(text)
            elif os.path.exists(base + ext):
                os.remove(base + ext)
    # Belt and braces: no bytecode caches in the tree.
    for dirpath, dirnames, _ in os.walk(fdir):
        if "__pycache__" in dirnames:
            import shutil
            shutil.rmtree(os.path.join(dirpath, "__pycache__"))
            dirnames.remove("__pycache__")
print(f"ran {count} programs under {golden}")
sys.exit(1 if failed else 0)
PYEOF
