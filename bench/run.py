#!/usr/bin/env python3
"""Program benchmarks: Atoll against CPython 3.13 (see bench/README.md, "Program benchmarks").

Runs every bench/programs/*.py as a whole process under both implementations, alternating the two sides,
`--runs` times each, and times each process with time.perf_counter (wall clock, start-up included). CPython's
stdout is the reference: an Atoll run whose stdout differs, that exits non-zero or that times out makes that
program FAIL; failed programs are left out of the geometric mean and never stop the runner. Then it times
start-up alone (`-c pass`). Run it with CPython 3.13 (or through bench/run.sh):

    bench/run.sh                          # every program, 5 runs per side
    bench/run.sh --filter nbody --runs 3
    bench/run.sh --markdown               # the tables as Markdown, for bench/README.md
    bench/run.sh --cpython-only           # CPython's column only (no Atoll runs)

Exit status: 0 when every program passed, 1 when any failed, 2 on a usage or set-up error.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PROGRAMS = BENCH / "programs"


@dataclass
class Side:
    times: list[float] = field(default_factory=list)
    failure: str | None = None

    @property
    def median(self) -> float | None:
        return statistics.median(self.times) if self.times and self.failure is None else None


@dataclass
class Result:
    name: str
    cpython: Side = field(default_factory=Side)
    atoll: Side = field(default_factory=Side)

    @property
    def ratio(self) -> float | None:
        a, c = self.atoll.median, self.cpython.median
        return a / c if a is not None and c else None


def find_python() -> str | None:
    """CPython 3.13: $PY313, else `pyenv prefix 3.13.0`/bin/python, else this interpreter when it is 3.13."""
    if os.environ.get("PY313"):
        return os.environ["PY313"]
    if shutil.which("pyenv"):
        try:
            prefix = subprocess.run(["pyenv", "prefix", "3.13.0"], capture_output=True, text=True, timeout=30)
            if prefix.returncode == 0 and prefix.stdout.strip():
                candidate = Path(prefix.stdout.strip()) / "bin" / "python"
                if candidate.exists():
                    return str(candidate)
        except (OSError, subprocess.SubprocessError):
            pass
    if sys.version_info[:2] == (3, 13) and sys.implementation.name == "cpython":
        return sys.executable
    return None


def python_version(exe: str) -> str | None:
    try:
        p = subprocess.run([exe, "-c", "import sys, platform; print(platform.python_implementation(), "
                            "'.'.join(map(str, sys.version_info[:3])))"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return p.stdout.strip() if p.returncode == 0 else None


def short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."


def run_once(cmd: list[str], timeout: float) -> tuple[float, int | None, bytes, bytes]:
    """Runs cmd once; returns (wall seconds, exit status or None on timeout, stdout, stderr)."""
    start = time.perf_counter()
    try:
        # its own session, so that a timeout can kill the whole process group (a wrapper script's children too)
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             cwd=ROOT, start_new_session=True)
    except OSError as e:
        return time.perf_counter() - start, -1, b"", str(e).encode()
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = p.communicate()
        return time.perf_counter() - start, None, out, err
    return time.perf_counter() - start, p.returncode, out, err


def describe_failure(status: int | None, out: bytes, err: bytes, expected: bytes | None, timeout: float) -> str | None:
    """None when the run passed; else a one-line reason."""
    if status is None:
        return f"timeout after {timeout:g} s"
    if status != 0:
        lines = [ln for ln in err.decode("utf-8", "replace").splitlines() if ln.strip()]
        if not lines:
            return f"exit {status}: (no stderr)"
        # a traceback ends with the exception; anything else (a usage error, say) starts with the message
        return f"exit {status}: {short(lines[-1] if lines[0].startswith('Traceback') else lines[0])}"
    if expected is not None and out != expected:
        got = out.decode("utf-8", "replace").splitlines()
        want = expected.decode("utf-8", "replace").splitlines()
        for i in range(max(len(got), len(want))):
            g = got[i] if i < len(got) else "<missing>"
            w = want[i] if i < len(want) else "<missing>"
            if g != w:
                return f"output differs at line {i + 1}: expected {short(w, 50)!r}, got {short(g, 50)!r}"
        return "output differs (line endings or trailing bytes)"
    return None


def bench_program(prog: Path, args: argparse.Namespace) -> Result:
    res = Result(prog.stem)
    expected: bytes | None = None
    for i in range(args.runs):
        # alternate which side goes first, so neither always runs on a warmer (or busier) machine
        sides = ["cpython", "atoll"] if i % 2 == 0 else ["atoll", "cpython"]
        for side in sides:
            if side == "cpython" and res.cpython.failure:
                continue
            # the first run starts with CPython, so Atoll always has a reference output unless CPython failed
            if side == "atoll" and (args.cpython_only or res.atoll.failure or res.cpython.failure or expected is None):
                continue
            exe = args.python if side == "cpython" else args.atoll
            wall, status, out, err = run_once([exe, str(prog)], args.timeout)
            record = res.cpython if side == "cpython" else res.atoll
            failure = describe_failure(status, out, err, expected, args.timeout)
            if side == "cpython":
                if failure and expected is not None and status == 0:
                    failure = "CPython's own output varies between runs (the program is not deterministic)"
                if expected is None and failure is None:
                    expected = out
            if failure:
                record.failure = failure
            else:
                record.times.append(wall)
        progress = f"  {res.name}: run {i + 1}/{args.runs}"
        for label, s in (("cpython", res.cpython), ("atoll", res.atoll)):
            if s.failure:
                progress += f"  {label} FAIL"
            elif s.times:
                progress += f"  {label} {s.times[-1]:.3f} s"
        print(progress, file=sys.stderr, flush=True)
    if res.atoll.failure is None and not res.atoll.times and not args.cpython_only:
        res.atoll.failure = "not run (CPython failed)"
    return res


def bench_startup(args: argparse.Namespace) -> Result:
    res = Result("start-up (-c pass)")
    for i in range(args.startup_runs):
        sides = ["cpython", "atoll"] if i % 2 == 0 else ["atoll", "cpython"]
        for side in sides:
            record = res.cpython if side == "cpython" else res.atoll
            if record.failure or (side == "atoll" and args.cpython_only):
                continue
            exe = args.python if side == "cpython" else args.atoll
            wall, status, out, err = run_once([exe, "-c", "pass"], args.timeout)
            failure = describe_failure(status, out, err, b"", args.timeout)
            if failure:
                record.failure = failure
            else:
                record.times.append(wall)
    return res


def fmt_time(side: Side, markdown: bool) -> str:
    if side.failure:
        return "FAIL"
    if not side.times:
        return "—" if markdown else "-"
    return f"{statistics.median(side.times):.3f}"


def geomean(values: list[float]) -> float | None:
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def print_tables(results: list[Result], startup: Result | None, args: argparse.Namespace) -> None:
    ratios = [r.ratio for r in results if r.ratio is not None]
    gm = geomean(ratios)
    failures = [(r.name, side, s.failure) for r in results
                for side, s in (("CPython", r.cpython), ("Atoll", r.atoll)) if s.failure]
    if startup is not None:
        failures += [(startup.name, side, s.failure) for side, s in (("CPython", startup.cpython),
                                                                        ("Atoll", startup.atoll)) if s.failure]
    if args.markdown:
        print(f"| program | CPython median (s) | Atoll median (s) | Atoll / CPython |")
        print("|---|---:|---:|---:|")
        for r in results:
            ratio = f"{r.ratio:.2f}x" if r.ratio is not None else ("FAIL" if r.atoll.failure or r.cpython.failure else "—")
            print(f"| {r.name} | {fmt_time(r.cpython, True)} | {fmt_time(r.atoll, True)} | {ratio} |")
        gm_text = f"**{gm:.2f}x**" if gm is not None else "—"
        print(f"| **geometric mean** ({len(ratios)} of {len(results)} programs) | | | {gm_text} |")
        if startup is not None:
            print()
            print(f"| start-up | CPython median (s) | Atoll median (s) | Atoll / CPython |")
            print("|---|---:|---:|---:|")
            ratio = f"{startup.ratio:.2f}x" if startup.ratio is not None else ("FAIL" if startup.atoll.failure else "—")
            print(f"| `-c pass` ({args.startup_runs} runs) | {fmt_time(startup.cpython, True)} | "
                  f"{fmt_time(startup.atoll, True)} | {ratio} |")
        if failures:
            print()
            for name, side, why in failures:
                print(f"- {name}, {side}: {why}")
        return
    width = max([len(r.name) for r in results] + [len("geometric mean")])
    print(f"{'program':<{width}}  {'CPython s':>10}  {'Atoll s':>10}  {'Atoll/CPython':>13}")
    print("-" * (width + 39))
    for r in results:
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else ("FAIL" if r.atoll.failure or r.cpython.failure else "-")
        print(f"{r.name:<{width}}  {fmt_time(r.cpython, False):>10}  {fmt_time(r.atoll, False):>10}  {ratio:>13}")
    print("-" * (width + 39))
    gm_text = f"{gm:.2f}x" if gm is not None else "-"
    print(f"{'geometric mean':<{width}}  {'':>10}  {'':>10}  {gm_text:>13}   ({len(ratios)} of {len(results)} programs)")
    if startup is not None:
        ratio = f"{startup.ratio:.2f}x" if startup.ratio is not None else ("FAIL" if startup.atoll.failure else "-")
        print()
        print(f"{'start-up, -c pass':<{width}}  {fmt_time(startup.cpython, False):>10}  "
              f"{fmt_time(startup.atoll, False):>10}  {ratio:>13}   (median of {args.startup_runs} runs each)")
    if failures:
        print()
        for name, side, why in failures:
            print(f"FAIL {name} ({side}): {why}")


def main() -> int:
    ap = argparse.ArgumentParser(description="Atoll vs CPython 3.13 on bench/programs/*.py (whole-process wall time).")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per side and program (default 5)")
    ap.add_argument("--filter", default="", help="only programs whose name contains this substring")
    ap.add_argument("--atoll", default=str(ROOT / "atoll"), help="the atoll command (default: ./atoll of this repository)")
    ap.add_argument("--python", default=None, help="CPython 3.13 (default: $PY313, else `pyenv prefix 3.13.0`/bin/python)")
    ap.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    ap.add_argument("--startup-runs", type=int, default=20, help="runs per side of `-c pass` (default 20; 0 skips it)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds before one process run is killed (default 300)")
    ap.add_argument("--cpython-only", action="store_true", help="time CPython only (the Atoll column stays empty)")
    ap.add_argument("--json", metavar="PATH", help="also write every raw time and failure to PATH as JSON")
    args = ap.parse_args()
    if args.runs < 1 or args.startup_runs < 0:
        ap.error("--runs must be at least 1 and --startup-runs at least 0")

    args.python = args.python or find_python()
    if not args.python:
        print("run.py: CPython 3.13 not found: pass --python, set PY313 or install 3.13.0 with pyenv", file=sys.stderr)
        return 2
    version = python_version(args.python)
    if version is None:
        print(f"run.py: cannot run {args.python}", file=sys.stderr)
        return 2
    if not version.startswith("CPython 3.13."):
        print(f"run.py: warning: {args.python} is {version}, not CPython 3.13", file=sys.stderr)
    if not args.cpython_only:
        atoll = shutil.which(args.atoll) if os.sep not in args.atoll else args.atoll
        if not atoll or not os.access(atoll, os.X_OK):
            print(f"run.py: atoll command not found or not executable: {args.atoll}", file=sys.stderr)
            return 2
        args.atoll = str(Path(atoll).resolve())
        # One untimed call first: ./atoll builds itself when its sources changed, which must not be timed.
        print(f"run.py: untimed warm-up call: {args.atoll} -V", file=sys.stderr, flush=True)
        _, status, out, err = run_once([args.atoll, "-V"], 1800.0)
        if status != 0:
            print(f"run.py: warning: `atoll -V` failed ({describe_failure(status, out, err, None, 1800.0)}); "
                  "continuing, the Atoll runs will fail", file=sys.stderr)

    programs = sorted(p for p in PROGRAMS.glob("*.py") if args.filter in p.stem)
    if not programs:
        print(f"run.py: no program in {PROGRAMS} matches {args.filter!r}", file=sys.stderr)
        return 2

    load_before = os.getloadavg()
    started = datetime.datetime.now(datetime.timezone.utc)
    results = []
    for prog in programs:
        results.append(bench_program(prog, args))
    startup = None
    if args.startup_runs and not args.filter:
        print(f"  start-up: {args.startup_runs} runs per side of -c pass", file=sys.stderr, flush=True)
        startup = bench_startup(args)
    load_after = os.getloadavg()

    atoll_label = "not run" if args.cpython_only else args.atoll
    header = (f"{started:%Y-%m-%d %H:%M} UTC; {version} ({args.python}); atoll: {atoll_label}; {args.runs} runs per side, "
              f"median wall time of the whole process; load average {load_before[0]:.2f} before, {load_after[0]:.2f} after; "
              f"{os.cpu_count()} CPUs, {platform.machine()}")
    print(header if not args.markdown else f"_{header}_")
    print()
    print_tables(results, startup, args)

    if args.json:
        def side_dict(s: Side) -> dict:
            return {"times": s.times, "median": s.median, "failure": s.failure}
        data = {"started": started.isoformat(), "python": args.python, "python_version": version,
                "atoll": None if args.cpython_only else args.atoll, "runs": args.runs,
                "load_before": load_before, "load_after": load_after,
                "programs": [{"name": r.name, "cpython": side_dict(r.cpython), "atoll": side_dict(r.atoll),
                              "ratio": r.ratio} for r in results],
                "geomean": geomean([r.ratio for r in results if r.ratio is not None]),
                "startup": None if startup is None else {"cpython": side_dict(startup.cpython),
                                                         "atoll": side_dict(startup.atoll), "ratio": startup.ratio}}
        Path(args.json).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")

    failed = any(r.cpython.failure or r.atoll.failure for r in results)
    if startup is not None and (startup.cpython.failure or startup.atoll.failure):
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
