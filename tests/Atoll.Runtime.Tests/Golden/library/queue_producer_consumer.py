# Stress: several producers and consumers through one bounded queue.Queue lose and duplicate nothing.
import queue
import threading

PRODUCERS = 4
CONSUMERS = 3
PER_PRODUCER = 2500

for maxsize in (0, 7):
    q = queue.Queue(maxsize)
    received = [[] for _ in range(CONSUMERS)]

    def produce(p):
        for i in range(PER_PRODUCER):
            q.put((p, i))

    def consume(c):
        mine = received[c]
        while True:
            item = q.get()
            q.task_done()
            if item is None:
                return
            mine.append(item)

    consumers = [threading.Thread(target=consume, args=(c,)) for c in range(CONSUMERS)]
    producers = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    q.join()
    for _ in consumers:
        q.put(None)
    for t in consumers:
        t.join()

    everything = [item for part in received for item in part]
    expected = {(p, i) for p in range(PRODUCERS) for i in range(PER_PRODUCER)}
    print(maxsize, len(everything), len(set(everything)) == len(everything), set(everything) == expected, q.empty())
    # Each consumer sees each producer's items in the order they were produced (the queue is FIFO).
    ordered = all(
        [i for (p, i) in part if p == producer] == sorted(i for (p, i) in part if p == producer)
        for part in received for producer in range(PRODUCERS))
    print("per-producer order kept:", ordered)

# The same through a SimpleQueue, with sentinels.
sq = queue.SimpleQueue()
totals = []
lock = threading.Lock()
def summer():
    total = 0
    while (item := sq.get()) is not None:
        total += item
    with lock:
        totals.append(total)
workers = [threading.Thread(target=summer) for _ in range(4)]
for t in workers:
    t.start()
for n in range(1, 20001):
    sq.put(n)
for _ in workers:
    sq.put(None)
for t in workers:
    t.join()
print(sum(totals), 20000 * 20001 // 2)
