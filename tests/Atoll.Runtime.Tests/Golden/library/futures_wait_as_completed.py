# concurrent.futures.wait() with each return_when, and as_completed(), with the tasks' order fixed by events.
import threading
from concurrent.futures import (ThreadPoolExecutor, Future, wait, as_completed, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ALL_COMPLETED, TimeoutError)

gates = {name: threading.Event() for name in "abcdef"}


def task(name, fail=False):
    gates[name].wait()
    if fail:
        raise ValueError(f"{name} failed")
    return name


def names(fs):
    return sorted(f.result() if not f.exception() else "!" + str(f.exception()) for f in fs)


with ThreadPoolExecutor(max_workers=6) as pool:
    fa, fb, fc = pool.submit(task, "a"), pool.submit(task, "b"), pool.submit(task, "c", True)

    # Nothing finishes: the timeout decides.
    done, not_done = wait([fa, fb, fc], timeout=0.01)
    print("timeout:", len(done), len(not_done))

    gates["b"].set()
    result = wait([fa, fb, fc], return_when=FIRST_COMPLETED)
    print("FIRST_COMPLETED:", names(result.done), len(result.not_done), type(result).__name__)
    print(result.done is result[0], result.not_done is result[1])

    # FIRST_EXCEPTION returns when c fails, even though a has not finished.
    gates["c"].set()
    done, not_done = wait([fa, fb, fc], return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", names(done), not_done == {fa})

    gates["a"].set()
    done, not_done = wait([fa, fb, fc])
    print("ALL_COMPLETED:", names(done), not_done)
    done, not_done = wait([fa, fb], return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION without exceptions waits for all:", names(done))
    done, not_done = wait([fa, fa, fb], timeout=0)
    print("duplicates count once:", len(done))

    # as_completed yields futures in the order they finish.
    fd, fe, ff = pool.submit(task, "d"), pool.submit(task, "e"), pool.submit(task, "f")
    order = []
    release = {fd: "e", fe: "f"}
    gates["d"].set()
    for f in as_completed([ff, fe, fd]):
        order.append(f.result())
        if f in release:
            gates[release[f]].set()
    print("as_completed:", order)

    # Already finished futures come first; a timeout raises TimeoutError for the rest.
    gates_g = threading.Event()
    slow = pool.submit(gates_g.wait)
    seen = []
    try:
        for f in as_completed([fa, slow, fb], timeout=0.05):
            seen.append(f.result())
    except TimeoutError as e:
        print("as_completed timeout:", sorted(seen), e)
    gates_g.set()
    print(slow.result())

    # Futures made by hand work too; a cancelled one counts as done once the executor has been told.
    manual = Future()
    cancelled = Future()
    cancelled.cancel()
    cancelled.set_running_or_notify_cancel()
    t = threading.Timer(0, manual.set_result, ["manual"])
    t.start()
    done, not_done = wait([manual, cancelled])
    t.join()
    print(len(done), manual.result(), cancelled.cancelled())
    print([f.cancelled() for f in as_completed([cancelled])])
    print(list(as_completed([])), wait([]))
