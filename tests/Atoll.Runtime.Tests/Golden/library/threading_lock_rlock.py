# threading.Lock and threading.RLock: acquire/release, blocking and timeouts, with statements, ownership.
import threading
import _thread

print(threading.Lock is _thread.LockType, type(threading.Lock()).__name__, type(threading.RLock()).__name__)
lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Lock(1)
except TypeError as e:
    print("TypeError:", e)

# A plain lock can be released by another thread.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by another thread:", not lock.locked())

# A thread waiting for a lock gets it when the holder releases it.
order = []
lock.acquire()
started = threading.Event()
def waiter():
    started.set()
    with lock:
        order.append("waiter got the lock")
t = threading.Thread(target=waiter)
t.start()
started.wait()
order.append("main releases")
lock.release()
t.join()
print(order)

# RLock: the owner may take it again; every acquire needs a release; other threads cannot release it.
r = threading.RLock()
print(r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
r.release()
print(r._recursion_count(), r._is_owned())
results = []
def other():
    results.append(r.acquire(blocking=False))
    try:
        r.release()
    except RuntimeError as e:
        results.append(str(e))
    results.append(r._is_owned())
t = threading.Thread(target=other)
t.start()
t.join()
print(results)
r.release()
print(r._is_owned(), r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with:", r._recursion_count())
print(r._recursion_count())

# Once the owner releases it fully, another thread can take it.
r.acquire()
r.acquire()
got = []
def take():
    got.append(r.acquire(timeout=10))
    r.release()
t = threading.Thread(target=take)
t.start()
r.release()
r.release()
t.join()
print("other thread got the RLock:", got)
