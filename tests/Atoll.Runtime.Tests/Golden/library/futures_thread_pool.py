# ThreadPoolExecutor: submit, map, exceptions, shutdown, context manager, names, initializer, errors.
import sys
import threading
from concurrent.futures import ThreadPoolExecutor, Executor, CancelledError
import concurrent.futures.thread as cft

print(issubclass(ThreadPoolExecutor, Executor), issubclass(cft.BrokenThreadPool, cft._base.BrokenExecutor))

with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(pow, 2, n) for n in range(10)]
    print([f.result() for f in futures])
    print(list(pool.map(lambda a, b: a * b, range(5), range(10, 15))))
    print(list(pool.map(str.upper, ["a", "b"], timeout=30, chunksize=4)))
    print(pool.submit(sorted, [3, 1, 2], reverse=True).result())
    print(list(pool.map(abs, [])))

# A task's exception is re-raised in the caller as the same object.
problems = {}
def fail(key):
    problems[key] = ValueError(f"task {key} failed")
    raise problems[key]

pool = ThreadPoolExecutor(2)
f = pool.submit(fail, "x")
try:
    f.result()
except ValueError as e:
    print("same exception object:", e is problems["x"], e)
print(type(f.exception()).__name__)

# map() raises when it reaches the failing item; later items are not returned.
results = []
try:
    for value in pool.map(lambda n: 10 // n, [5, 2, 0, 1]):
        results.append(value)
except ZeroDivisionError as e:
    print("map stopped:", results, e)
pool.shutdown()
try:
    pool.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
pool.shutdown()

# Worker threads are named after thread_name_prefix; the pool never starts more than max_workers of them.
names = set()
lock = threading.Lock()
def record():
    with lock:
        names.add(threading.current_thread().name)
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="crew") as pool:
    for f in [pool.submit(record) for _ in range(20)]:
        f.result()
print(sorted(names) in (["crew_0"], ["crew_0", "crew_1"]))
with ThreadPoolExecutor(1) as pool:
    print(pool.submit(lambda: threading.current_thread().name.startswith("ThreadPoolExecutor-")).result())
    print(pool.submit(lambda: threading.current_thread().daemon).result())

# The initializer runs once in each worker thread before its tasks.
state = threading.local()
def setup(prefix, counter):
    state.prefix = prefix
    counter.append(1)
counter = []
with ThreadPoolExecutor(max_workers=1, initializer=setup, initargs=("job-", counter)) as pool:
    print([pool.submit(lambda n: state.prefix + str(n), n).result() for n in range(3)], len(counter))

# A failing initializer breaks the pool: pending and later submissions fail with BrokenThreadPool.
def bad_setup():
    raise OSError("cannot initialize")

class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def flush(self):
        pass

capture = Capture()
sys.stderr, saved = capture, sys.stderr
pool = ThreadPoolExecutor(max_workers=1, initializer=bad_setup)
f = pool.submit(print, "never runs")
try:
    f.result()
except cft.BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
try:
    pool.submit(print, "never runs")
except cft.BrokenThreadPool as e:
    print("submit: BrokenThreadPool:", e)
pool.shutdown()
sys.stderr = saved
lines = capture.text.splitlines()
print(lines[0], lines[-1])

# Argument errors.
for bad in (lambda: ThreadPoolExecutor(0), lambda: ThreadPoolExecutor(-1), lambda: ThreadPoolExecutor(2, initializer=5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# shutdown(cancel_futures=True) cancels what has not started; shutdown(wait=False) returns at once.
gate = threading.Event()
started = threading.Event()
def blocker():
    started.set()
    gate.wait()
    return "blocker done"
pool = ThreadPoolExecutor(max_workers=1)
first = pool.submit(blocker)
rest = [pool.submit(print, "cancelled, never printed") for _ in range(3)]
started.wait()
pool.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in rest], first.running())
gate.set()
print(first.result())
pool.shutdown(wait=True)
for f in rest:
    try:
        f.result()
    except CancelledError:
        print("CancelledError")

# The base Executor's submit is abstract; map works for any submit.
class Inline(Executor):
    def submit(self, fn, /, *args, **kwargs):
        from concurrent.futures import Future
        f = Future()
        f.set_result(fn(*args, **kwargs))
        return f

with Inline() as inline:
    print(list(inline.map(lambda x: x + 1, [1, 2, 3])))
try:
    Executor().submit(print)
except NotImplementedError:
    print("NotImplementedError")
