# The gc module: collect() makes dead objects' callbacks run before it returns; enable/disable; callbacks.
import gc
import threading
import weakref


class Obj:
    pass


print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), isinstance(gc.collect(), int), isinstance(gc.collect(0), int))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print(len(gc.get_count()), gc.garbage, gc.is_tracked([]), gc.is_tracked(1))
old = gc.get_threshold()
gc.set_threshold(500)
print(gc.get_threshold()[0])
gc.set_threshold(*old)

phases = []
def watch(phase, info):
    phases.append((phase, info["generation"]))
gc.callbacks.append(watch)
gc.collect()
gc.callbacks.remove(watch)
print(phases)

# A chain: the first callback drops the last reference to the second object.
holder = {}
first, second = Obj(), Obj()
order = []
def first_died(wr):
    order.append("first")
    holder.clear()
keep = [weakref.ref(first, first_died), weakref.ref(second, lambda wr: order.append("second"))]
holder["second"] = second
del first, second
gc.collect()
print(order)

# A callback runs in the thread that dropped the object and collected it.
result = []
def worker():
    o = Obj()
    keep.append(weakref.ref(o, lambda wr: result.append(threading.current_thread().name)))
    del o
    gc.collect()
t = threading.Thread(target=worker, name="worker-thread")
t.start()
t.join()
print(result)
