# threading.Semaphore, BoundedSemaphore and Event.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(False))
s.release(2)
print(s._value)
with s:
    print("inside with:", s._value)
print("after with:", s._value)
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

# A semaphore of 0 makes a thread wait until another releases it.
gate = threading.Semaphore(0)
log = []
def waiter(n):
    gate.acquire()
    log.append(n)
threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
gate.release(3)
for t in threads:
    t.join()
print(sorted(log), gate._value)

# At most N threads inside at once.
limit = threading.Semaphore(3)
guard = threading.Lock()
inside = [0]
peak = [0]
def limited():
    for _ in range(50):
        with limit:
            with guard:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            with guard:
                inside[0] -= 1
threads = [threading.Thread(target=limited) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak <= 3:", peak[0] <= 3, "inside:", inside[0])

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
for action in (b.release, lambda: b.release(1)):
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(b._value, isinstance(b, threading.Semaphore))

# Event.
e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set(), e.wait(timeout=0))

start = threading.Event()
arrived = []
count_lock = threading.Lock()
all_arrived = threading.Event()
def runner(n):
    with count_lock:
        arrived.append(n)
        if len(arrived) == 4:
            all_arrived.set()
    print_ok = start.wait()
    with count_lock:
        results.append(print_ok)
results = []
threads = [threading.Thread(target=runner, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
all_arrived.wait()
start.set()
for t in threads:
    t.join()
print(sorted(arrived), results)
