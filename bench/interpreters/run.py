"""Runs bench_interp.py on Atoll and on CPython 3.13 several times and prints each figure side by side
(medians), with the ratio. Also measures what two separate CPython processes reach on the parallel job.

    python bench/interpreters/run.py --python PY313 --atoll ./atoll [--runs 5] [--quick] [--markdown]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "bench_interp.py")
TARGETS = {
    "create_close": "≤ 50 µs",
    "memory_per_interp": "≤ 100 KiB",
    "exec_pass": "≤ 2 µs",
    "queue_round_trip": "≤ 5 µs",
    "send_1KiB_bytes": "",
    "send_64MiB_bytes": "≤ 10 µs, flat in size",
    "send_10k_dicts_copied": "faster than pickling",
    "pickle_10k_dicts": "(dumps + loads alone)",
    "parallel_speedup_2": "≥ two processes",
}

WORK = """
def work(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s
work(N)
"""


def run_script(cmd, quick):
    args = cmd + [SCRIPT] + (["--quick"] if quick else [])
    out = subprocess.run(args, check=True, capture_output=True, text=True, timeout=600).stdout
    figures = {}
    for line in out.splitlines():
        name, value, unit = line.split("\t")
        figures[name] = (float(value), unit)
    return figures


def two_processes(python, quick):
    n = 300_000 if quick else 3_000_000
    code = f"N = {n}\n" + WORK
    def serial_run():
        t0 = time.perf_counter()
        subprocess.run([python, "-c", code], check=True)
        subprocess.run([python, "-c", code], check=True)
        return time.perf_counter() - t0
    def parallel_run():
        t0 = time.perf_counter()
        procs = [subprocess.Popen([python, "-c", code]) for _ in range(2)]
        for p in procs:
            p.wait()
        return time.perf_counter() - t0
    serial = min(serial_run() for _ in range(3))
    parallel = min(parallel_run() for _ in range(3))
    return serial / parallel


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--python", required=True)
    ap.add_argument("--atoll", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--markdown", action="store_true")
    a = ap.parse_args()
    results = {"atoll": {}, "cpython": {}}
    procs = []
    for i in range(a.runs):
        # Alternate the two sides so drifts in machine load hit both.
        for side, cmd in (("atoll", [a.atoll]), ("cpython", [a.python])):
            for name, (value, unit) in run_script(cmd, a.quick).items():
                results[side].setdefault(name, ([], unit))[0].append(value)
        procs.append(two_processes(a.python, a.quick))
        print(f"run {i + 1}/{a.runs} done", file=sys.stderr)
    rows = []
    for name in TARGETS:
        if name not in results["atoll"] and name not in results["cpython"]:
            continue
        at = results["atoll"].get(name)
        cp = results["cpython"].get(name)
        unit = (at or cp)[1]
        atv = statistics.median(at[0]) if at else None
        cpv = statistics.median(cp[0]) if cp else None
        ratio = (cpv / atv if unit != "x" else atv / cpv) if atv and cpv else None
        rows.append((name, unit, atv, cpv, ratio, TARGETS[name]))
    proc_speedup = statistics.median(procs)
    fmt = (lambda v: "n/a" if v is None else f"{v:.3g}")
    if a.markdown:
        print("| figure | unit | Atoll | CPython 3.13 | CPython / Atoll | target |")
        print("|---|---|---|---|---|---|")
        for name, unit, atv, cpv, ratio, target in rows:
            print(f"| {name} | {unit} | {fmt(atv)} | {fmt(cpv)} | {fmt(ratio)}x | {target} |")
        print(f"| parallel_speedup_2, two CPython processes | x | | {proc_speedup:.3g} | | |")
    else:
        print(f"{'figure':24} {'unit':5} {'Atoll':>12} {'CPython':>12} {'CPy/Atoll':>10}  target")
        for name, unit, atv, cpv, ratio, target in rows:
            print(f"{name:24} {unit:5} {fmt(atv):>12} {fmt(cpv):>12} {fmt(ratio):>9}x  {target}")
        print(f"{'two processes speedup':24} {'x':5} {'':>12} {proc_speedup:>12.3g}")
    print(f"(medians of {a.runs} runs; for 'x' figures the ratio is Atoll / CPython)")


main()
