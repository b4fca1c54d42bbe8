"""Many interpreters in one process: a pipeline through queues and a CPU-bound job on every core.

    ./atoll examples/interpreters.py

Functions of this script that are sent to other interpreters are defined there by running the script again as
__mp_main__ (as multiprocessing does), so the work itself sits under `if __name__ == "__main__":`.
"""
import os
import time
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor


def count_primes(lo, hi):
    """Primes in [lo, hi), by trial division: plain CPU work."""
    count = 0
    for n in range(max(lo, 2), hi):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


def serve(requests, answers):
    """Runs in the worker interpreter, on a thread of its own, until it gets None."""
    while (item := requests.get()) is not None:
        answers.put((item, len(item)))


def main():
    # 1. Interpreters are isolated: each has its own modules and globals.
    worker = interpreters.create()
    worker.exec("import sys\ncounter = 0")
    print("created", worker, "- interpreters now:", interpreters.list_all())

    # 2. A pipeline: requests go in through one queue, answers come back through another. Immutable values (ints,
    #    strs, bytes, tuples of them) cross by reference; others (lists, dicts, instances) are copied.
    requests, answers = interpreters.create_queue(), interpreters.create_queue()
    service = worker.call_in_thread(serve, requests, answers)
    for word in ("isolated", "parallel", "cheap"):
        requests.put(word)
        print("answer:", answers.get())
    requests.put(None)
    service.join()
    worker.close()

    # 3. The same CPU-bound job, serially and then on one interpreter per core.
    cores = os.cpu_count() or 1
    limit = 200_000
    chunks = [(k * limit // cores, (k + 1) * limit // cores) for k in range(cores)]
    t0 = time.perf_counter()
    serial = sum(count_primes(lo, hi) for lo, hi in chunks)
    t1 = time.perf_counter()
    with InterpreterPoolExecutor(max_workers=cores) as pool:
        parallel = sum(pool.map(count_primes, *zip(*chunks)))
    t2 = time.perf_counter()
    print(f"primes below {limit}: {serial} serially in {t1 - t0:.2f} s, {parallel} on {cores} interpreters in {t2 - t1:.2f} s")


if __name__ == "__main__":
    main()
