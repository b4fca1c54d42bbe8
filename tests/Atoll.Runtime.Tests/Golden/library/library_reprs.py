# The reprs of threading, queue and concurrent.futures objects (addresses written as ADDR).
import threading, queue
from concurrent.futures import Future, wait
def clean(x):
    r = repr(x); out = ''; i = 0
    while i < len(r):
        if r.startswith('0x', i):
            j = i + 2
            while j < len(r) and r[j] in '0123456789abcdef': j += 1
            out += 'ADDR'; i = j
        else:
            out += r[i]; i += 1
    return out
s = threading.Semaphore(2); print(clean(s))
b = threading.BoundedSemaphore(3); b.acquire(); print(clean(b))
e = threading.Event(); print(clean(e)); e.set(); print(clean(e))
br = threading.Barrier(3); print(clean(br)); br.abort(); print(clean(br))
c = threading.Condition(threading.Lock()); print(clean(c))
f = Future(); print(clean(f)); f.set_exception(ValueError()); print(clean(f))
print(clean(wait([f])))
t = threading.Thread(target=print, daemon=True); print(clean(t))
print(threading.ExceptHookArgs([1,2,3,4]))
import concurrent.futures.thread as th
print(th.BrokenThreadPool.__mro__)
print(threading.__all__ == sorted(threading.__all__), len(threading.__all__))
print(sorted(threading.__all__))
print(queue.__all__)
q = queue.Queue(); q.put(1); print(q.queue)
