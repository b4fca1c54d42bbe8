from mod_interp.compat import interpreters, queues, create_with_queues

q = queues.create()
print(q.empty(), q.qsize(), q.maxsize)
for value in (None, True, 42, 2**80, 1.25, 3j, "text", b"bytes", (1, ("nested", b"x")), [1, 2], {"k": [3]}):
    q.put(value)
print(q.qsize())
while not q.empty():
    print(repr(q.get()))
try:
    q.get_nowait()
except queues.QueueEmpty as e:
    print(type(e).__name__, isinstance(e, queues.QueueError))
try:
    q.get(timeout=0.01)
except queues.QueueEmpty as e:
    print("timed out:", type(e).__name__)

small = queues.create(2)
small.put(1)
small.put_nowait(2)
print(small.full(), small.qsize(), small.maxsize)
try:
    small.put_nowait(3)
except queues.QueueFull as e:
    print(type(e).__name__)
try:
    small.put(3, timeout=0.01)
except queues.QueueFull as e:
    print("timed out:", type(e).__name__)
print(small.get(), small.get(), small.empty())

interp = create_with_queues()
interp.prepare_main(q=q)
interp.exec("q.put(('from sub', 1))\nq.put([1, 2, 3])")
print(q.get(), q.get())
q.put("to sub")
interp.exec("print('sub got', q.get())")
interp.close()
