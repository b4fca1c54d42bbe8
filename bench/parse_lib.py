"""CPython's side of the parser benchmark: ast.parse over every .py file of CPython's Lib.

Run by CPython 3.13. Reads all files into memory first (I/O is not timed), then parses each once, untimed, to
find the files CPython rejects: they are skipped, counted, and listed with --rejects-out so that the Atoll side
skips the same ones. Then times ast.parse(source_bytes, filename) over all the others: --warmup untimed passes,
then --reps timed passes. Prints one `cpython ...` line with the median, as Atoll.Bench prints its `atoll ...`
line; bench/parser.sh reads both. MB = 10**6 bytes of source file.
"""

import argparse
import ast
import os
import statistics
import sys
import time
import warnings


def lib_files(lib):
    out = []
    for root, dirs, files in os.walk(lib):
        dirs[:] = sorted(d for d in dirs if d != "site-packages")
        out.extend(os.path.join(root, f) for f in sorted(files) if f.endswith(".py"))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lib", default=os.path.dirname(os.__file__), help="the Lib directory (default: this Python's)")
    ap.add_argument("--reps", type=int, default=5, help="timed passes over all files (default 5)")
    ap.add_argument("--warmup", type=int, default=1, help="untimed passes first (default 1)")
    ap.add_argument("--rejects-out", help="write the paths of files CPython rejects here, one per line")
    args = ap.parse_args()

    # Files are read as bytes: ast.parse then decodes them (BOM, coding cookie) as Atoll's SourceText.FromBytes does.
    sources = []
    for path in lib_files(args.lib):
        with open(path, "rb") as f:
            sources.append((path, f.read()))

    # SyntaxWarnings (invalid escapes in old files) are collected by Atoll's parser and not printed; keep them quiet.
    warnings.simplefilter("ignore")
    accepted, rejects = [], []
    for path, src in sources:
        try:
            ast.parse(src, path)
            accepted.append((path, src))
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            rejects.append(path)
    if args.rejects_out:
        with open(args.rejects_out, "w", encoding="utf-8") as f:
            f.writelines(p + "\n" for p in rejects)

    total = sum(len(src) for _, src in accepted)
    parse = ast.parse
    for _ in range(args.warmup):
        for path, src in accepted:
            parse(src, path)
    times = []
    for _ in range(args.reps):
        t0 = time.perf_counter()
        for path, src in accepted:
            parse(src, path)
        times.append(time.perf_counter() - t0)

    med = statistics.median(times)
    print(f"cpython files={len(accepted)} skipped={len(rejects)} errors=0 MB={total / 1e6:.2f} reps={args.reps} "
          f"median_s={med:.3f} min_s={min(times):.3f} max_s={max(times):.3f} MB/s={total / 1e6 / med:.2f}")
    print(f"cpython {sys.version.split()[0]} {sys.implementation.name} times_s=" + ",".join(f"{t:.3f}" for t in times))


if __name__ == "__main__":
    main()
