# threading.Condition: wait/wait_for/notify/notify_all with Lock and RLock, timeouts and errors.
import threading

for make in (threading.Lock, threading.RLock, None):
    cond = threading.Condition(make() if make else None)
    items = []
    results = []

    def consumer(n):
        with cond:
            cond.wait_for(lambda: items)
            results.append((n, items.pop(0)))

    threads = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for value in ("a", "b", "c"):
        with cond:
            items.append(value)
            cond.notify()
    for t in threads:
        t.join()
    print(type(cond._lock).__name__, sorted(v for _, v in results), items)

# notify(n) wakes exactly n waiters; notify_all wakes the rest.
cond = threading.Condition()
waiting = [0]
woken = []
everyone_waits = threading.Condition()

def sleeper(n):
    with cond:
        waiting[0] += 1
        with everyone_waits:
            everyone_waits.notify()
        cond.wait()
        woken.append(n)

threads = [threading.Thread(target=sleeper, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
with everyone_waits:
    everyone_waits.wait_for(lambda: waiting[0] == 5)
# Every sleeper has at least entered cond; once we hold cond, they are all inside wait().
with cond:
    cond.notify(2)
with cond:
    print("woken after notify(2):", len(woken) <= 2)
    cond.notify_all()
for t in threads:
    t.join()
print("woken after notify_all:", sorted(woken))

# Timeouts: wait returns False, wait_for returns the predicate's last value.
cond = threading.Condition(threading.Lock())
with cond:
    print(cond.wait(0.01), cond.wait(0), cond.wait_for(lambda: 0, timeout=0.01), cond.wait_for(lambda: "ready", 0))
    print("lock held after wait:", cond._lock.locked())

# An RLock held several times is released completely while waiting and restored afterwards.
r = threading.RLock()
cond = threading.Condition(r)
flag = []
def setter():
    with cond:
        flag.append(r._is_owned())
        cond.notify()
with cond:
    with cond:
        t = threading.Thread(target=setter)
        t.start()
        cond.wait_for(lambda: flag)
        print("depth restored:", r._recursion_count(), "setter owned it:", flag)
t.join()

# Waiting or notifying without holding the lock.
cond = threading.Condition()
for action in (cond.wait, cond.notify, cond.notify_all):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
cond = threading.Condition(threading.Lock())
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
with cond:
    cond.notify()
    cond.notify_all()
    print("notify with no waiters is fine")
print(cond.acquire(), cond.acquire(False))
cond.release()
