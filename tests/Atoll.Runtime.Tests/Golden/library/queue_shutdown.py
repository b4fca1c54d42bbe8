# Queue.shutdown() (3.13): puts fail, gets drain what is left then fail; immediate drops the rest; waiters wake up.
import queue
import threading

q = queue.Queue()
for i in range(3):
    q.put(i)
q.shutdown()
print(q.is_shutdown, q.qsize())
try:
    q.put(99)
except queue.ShutDown as e:
    print("put:", type(e).__name__, repr(e))
print([q.get(), q.get_nowait(), q.get(timeout=1)])
for action in (q.get, q.get_nowait, lambda: q.get(timeout=5)):
    try:
        action()
    except queue.ShutDown:
        print("get on an empty shut-down queue: ShutDown")
for _ in range(3):
    q.task_done()
q.join()
print("joined", q.unfinished_tasks)

# immediate=True drops the items and counts them as done, so join() returns.
q = queue.LifoQueue()
for i in range(4):
    q.put(i)
print(q.get(), q.unfinished_tasks)
q.task_done()
q.shutdown(immediate=True)
print(q.qsize(), q.unfinished_tasks)
q.join()
try:
    q.get()
except queue.ShutDown:
    print("get after immediate shutdown: ShutDown")

# Blocked getters and putters wake up with ShutDown.
for immediate in (False, True):
    empty = queue.Queue()
    full = queue.Queue(maxsize=1)
    full.put("occupant")
    outcome = []
    lock = threading.Lock()
    waiting = threading.Semaphore(0)

    def getter():
        waiting.release()
        try:
            outcome.append(("got", empty.get()))
        except queue.ShutDown:
            with lock:
                outcome.append("getter: ShutDown")

    def putter():
        waiting.release()
        try:
            full.put("newcomer")
            outcome.append("put")
        except queue.ShutDown:
            with lock:
                outcome.append("putter: ShutDown")

    threads = [threading.Thread(target=getter), threading.Thread(target=getter), threading.Thread(target=putter)]
    for t in threads:
        t.start()
    for _ in threads:
        waiting.acquire()
    # Each thread is at (or about to be in) its blocking call; shutdown() wakes whoever already sleeps, and the
    # others find the queue shut down when they get there.
    empty.shutdown(immediate)
    full.shutdown(immediate)
    for t in threads:
        t.join()
    print(immediate, sorted(outcome), full.qsize())

# A consumer thread ends its loop on ShutDown once everything queued was handled.
jobs = queue.Queue()
handled = []
def consumer():
    while True:
        try:
            job = jobs.get()
        except queue.ShutDown:
            handled.append("stop")
            return
        handled.append(job)
        jobs.task_done()
t = threading.Thread(target=consumer)
t.start()
for j in "abc":
    jobs.put(j)
jobs.join()
jobs.shutdown()
t.join()
print(handled)

s = queue.PriorityQueue()
s.put(2)
s.put(1)
s.shutdown()
print(s.get(), s.get(), s.empty())
