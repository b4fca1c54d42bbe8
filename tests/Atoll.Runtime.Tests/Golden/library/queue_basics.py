# queue: FIFO, LIFO and priority order, bounds, blocking and non-blocking put/get, timeouts, task_done/join.
import queue
import threading

print(queue.Empty.__module__, queue.Full.__module__, queue.SimpleQueue.__module__, issubclass(queue.ShutDown, Exception))
print(queue.Queue[int], queue.SimpleQueue[str])

q = queue.Queue()
for x in (3, 1, 2):
    q.put(x)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())

lq = queue.LifoQueue()
for x in (3, 1, 2):
    lq.put_nowait(x)
print([lq.get_nowait() for _ in range(3)])

pq = queue.PriorityQueue()
import_order = [(5, "e"), (1, "a"), (4, "d"), (2, "b"), (3, "c"), (1, "A"), (9, "z"), (0, "zero")]
for item in import_order:
    pq.put(item)
print([pq.get() for _ in range(len(import_order))])
for n in (17, 3, 99, -4, 3, 0, 42, 8, 15, 16, 23, 42):
    pq.put(n)
print([pq.get() for _ in range(pq.qsize())])

# Bounded queues.
b = queue.Queue(maxsize=2)
b.put("x")
b.put("y")
print(b.full(), b.qsize())
for action in (lambda: b.put("z", block=False), lambda: b.put_nowait("z"), lambda: b.put("z", timeout=0.01)):
    try:
        action()
    except queue.Full as e:
        print("Full", repr(e))
print(b.get(), b.full())
b.put("z", timeout=0.01)
print([b.get(), b.get()], b.empty())
for action in (lambda: b.get(False), b.get_nowait, lambda: b.get(timeout=0.01), lambda: b.get(True, 0)):
    try:
        action()
    except queue.Empty as e:
        print("Empty", repr(e))
for action in (lambda: b.get(timeout=-1), lambda: b.put(1, timeout=-1)):
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)
print(queue.Queue(0).full(), queue.Queue(-1).full())

# A blocked put waits for room; a blocked get waits for an item.
b = queue.Queue(maxsize=1)
b.put("first")
done = []
t = threading.Thread(target=lambda: (b.put("second"), done.append("put done")))
t.start()
print(b.get())
t.join()
print(done, b.get())
t = threading.Thread(target=lambda: done.append(b.get()))
t.start()
b.put("delivered")
t.join()
print(done)

# task_done() and join().
work = queue.Queue()
processed = []
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        processed.append(item * 2)
        work.task_done()
t = threading.Thread(target=worker)
t.start()
for i in range(10):
    work.put(i)
work.join()
print("joined:", processed, work.unfinished_tasks)
work.put(None)
t.join()
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)

# SimpleQueue.
s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put_nowait(2)
s.put(3, block=False, timeout=5)
print(s.qsize(), s.get(), s.get_nowait(), s.get(timeout=1), s.empty())
for action in (s.get_nowait, lambda: s.get(timeout=0.01), lambda: s.get(False)):
    try:
        action()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
t = threading.Thread(target=lambda: done.append(("simple", s.get())))
t.start()
s.put("wake")
t.join()
print(done[-1])
