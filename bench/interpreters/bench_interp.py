"""Interpreter figures, run unchanged by Atoll (concurrent.interpreters) and CPython 3.13
(test.support.interpreters). Prints one line per figure: name<TAB>value<TAB>unit.

    python bench_interp.py [--quick]
"""
import sys
import time
import _thread

try:
    from concurrent import interpreters
    from concurrent.interpreters import create_queue
    QUEUES_MODULE = "concurrent.interpreters._queues"
except ImportError:  # CPython 3.13
    from test.support import interpreters
    from test.support.interpreters.queues import create as create_queue
    QUEUES_MODULE = "test.support.interpreters.queues"


def new_interp_with_queues(**queues):
    """An interpreter with the queues bound in __main__ (CPython needs the queue module imported there first)."""
    interp = interpreters.create()
    interp.exec(f"import {QUEUES_MODULE}")
    interp.prepare_main(**queues)
    return interp

QUICK = '--quick' in sys.argv


def report(name, value, unit):
    print(f"{name}\t{value:.6g}\t{unit}", flush=True)


def best_of(runs, fn):
    return min(fn() for _ in range(runs))


def rss_bytes():
    try:
        with open('/proc/self/statm') as f:
            return int(f.read().split()[1]) * 4096
    except Exception:
        return None


def bench_create_close():
    n = 20 if QUICK else 200
    def run():
        t0 = time.perf_counter()
        for _ in range(n):
            interp = interpreters.create()
            interp.close()
        return (time.perf_counter() - t0) / n
    report("create_close", best_of(3, run) * 1e6, "us")


def bench_memory():
    n = 20 if QUICK else 100
    before = rss_bytes()
    if before is None:
        return
    keep = [interpreters.create() for _ in range(n)]
    after = rss_bytes()
    report("memory_per_interp", (after - before) / n / 1024, "KiB")
    for i in keep:
        i.close()


def bench_exec_pass():
    interp = interpreters.create()
    interp.exec("pass")
    n = 200 if QUICK else 5000
    def run():
        t0 = time.perf_counter()
        for _ in range(n):
            interp.exec("pass")
        return (time.perf_counter() - t0) / n
    report("exec_pass", best_of(3, run) * 1e6, "us")
    interp.close()


ECHO = """
while True:
    item = q_in.get()
    if item is None:
        break
    q_out.put(item)
"""


def start_exec_in_thread(interp, code):
    done = _thread.allocate_lock()
    done.acquire()
    def body():
        try:
            interp.exec(code)
        finally:
            done.release()
    _thread.start_new_thread(body, ())
    return done


def bench_round_trip():
    q_in, q_out = create_queue(), create_queue()
    interp = new_interp_with_queues(q_in=q_in, q_out=q_out)
    done = start_exec_in_thread(interp, ECHO)
    n = 20 if QUICK else 300
    for i in range(5):
        q_in.put(i)
        q_out.get()
    def run():
        t0 = time.perf_counter()
        for i in range(n):
            q_in.put(i)
            q_out.get()
        return (time.perf_counter() - t0) / n
    report("queue_round_trip", best_of(3, run) * 1e6, "us")
    q_in.put(None)
    done.acquire()
    interp.close()


SIZES = """
while True:
    item = q_in.get()
    if item is None:
        break
    q_out.put(len(item))
"""


def bench_send_bytes():
    q_in, q_out = create_queue(), create_queue()
    interp = new_interp_with_queues(q_in=q_in, q_out=q_out)
    done = start_exec_in_thread(interp, SIZES)
    for size, name in ((1024, "send_1KiB_bytes"), (64 * 1024 * 1024, "send_64MiB_bytes")):
        data = b'x' * size
        for _ in range(3):  # the receiver is waiting in get() when the timed send starts
            q_in.put(b'')
            q_out.get()
        def run():
            t0 = time.perf_counter()
            q_in.put(data)
            n = q_out.get()
            elapsed = time.perf_counter() - t0
            assert n == size
            return elapsed
        report(name, best_of(5, run) * 1e6, "us")
    q_in.put(None)
    done.acquire()
    interp.close()


def bench_send_copy():
    # A mutable structure crosses as a copy: Atoll's native copier, CPython 3.13's queue pickles it.
    value = [{"id": i, "name": f"item{i}", "tags": ["a", "b"], "score": i * 0.5} for i in range(10_000)]
    q_in, q_out = create_queue(), create_queue()
    interp = new_interp_with_queues(q_in=q_in, q_out=q_out)
    done = start_exec_in_thread(interp, SIZES)
    for _ in range(3):
        q_in.put(b'')
        q_out.get()
    def run():
        t0 = time.perf_counter()
        q_in.put(value)
        n = q_out.get()
        elapsed = time.perf_counter() - t0
        assert n == len(value)
        return elapsed
    report("send_10k_dicts_copied", best_of(5, run) * 1e3, "ms")
    q_in.put(None)
    done.acquire()
    interp.close()
    try:
        import pickle
    except ImportError:
        return
    def pickled():
        t0 = time.perf_counter()
        pickle.loads(pickle.dumps(value))
        return time.perf_counter() - t0
    report("pickle_10k_dicts", best_of(5, pickled) * 1e3, "ms")


WORK = """
def work(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s
result = work(N)
"""


def bench_parallel():
    n = 300_000 if QUICK else 3_000_000
    a, b = interpreters.create(), interpreters.create()
    for i in (a, b):
        # Warm up: the same code once, small, so neither timing includes first-run costs (compiling, JIT tiers).
        i.prepare_main(N=n // 20)
        i.exec(WORK)
        i.prepare_main(N=n)
    def serial_run():
        t0 = time.perf_counter()
        a.exec(WORK)
        b.exec(WORK)
        return time.perf_counter() - t0
    def parallel_run():
        t0 = time.perf_counter()
        da = start_exec_in_thread(a, WORK)
        db = start_exec_in_thread(b, WORK)
        da.acquire()
        db.acquire()
        return time.perf_counter() - t0
    serial = best_of(3, serial_run)
    parallel = best_of(3, parallel_run)
    report("parallel_speedup_2", serial / parallel, "x")
    a.close()
    b.close()


def main():
    which = [a for a in sys.argv[1:] if not a.startswith('--')]
    benches = {
        "create_close": bench_create_close,
        "memory": bench_memory,
        "exec_pass": bench_exec_pass,
        "round_trip": bench_round_trip,
        "send_bytes": bench_send_bytes,
        "send_copy": bench_send_copy,
        "parallel": bench_parallel,
    }
    for name, fn in benches.items():
        if not which or name in which:
            fn()


main()
