# Stress: thousands of small tasks on a few workers; every result arrives exactly once.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

lock = threading.Lock()
ran = [0]


def square(n):
    with lock:
        ran[0] += 1
    return n * n


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(square, n) for n in range(3000)]
    print(sum(f.result() for f in futures), sum(n * n for n in range(3000)))
    print(sum(pool.map(square, range(2000))), sum(n * n for n in range(2000)))
    batch = {pool.submit(square, n): n for n in range(1000)}
    seen = [batch[f] for f in as_completed(batch)]
    print(len(seen), sorted(seen) == list(range(1000)))
    done, not_done = wait([pool.submit(square, n) for n in range(500)])
    print(len(done), len(not_done), sorted(f.result() for f in done)[-1])
print(ran[0])

# Tasks that submit more tasks to the same pool, and callbacks from several threads.
results = []
with ThreadPoolExecutor(max_workers=3) as pool:
    def parent(n):
        return [pool.submit(square, n * 10 + k) for k in range(3)]
    children = [f for p in [pool.submit(parent, n) for n in range(50)] for f in p.result()]
    for f in children:
        f.add_done_callback(lambda fut: results.append(fut.result()))
    wait(children)
# Leaving the with block joined the workers, so every callback has run.
print(len(results), sorted(results) == sorted((n * 10 + k) ** 2 for n in range(50) for k in range(3)))
