# A pool nobody shut down: at interpreter exit its queued tasks still run, then its workers are joined.
import threading
import concurrent.futures as cf

gate = threading.Event()


def late(n):
    gate.wait()
    print("task", n, "ran at interpreter exit")
    return n


pool = cf.ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(late, n) for n in range(3)]
pool.submit(print, "queued behind them")
# Exit callbacks run last-registered first: this one opens the gate before the pool's workers are waited for.
threading._register_atexit(gate.set)
print([n for n in sorted(dir(cf)) if not n.startswith("_") and n not in ("ProcessPoolExecutor", "InterpreterPoolExecutor")])
print("main program ends")
