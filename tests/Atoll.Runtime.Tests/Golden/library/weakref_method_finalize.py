# WeakMethod and finalize (including finalizers that run when the interpreter exits), with atexit.
import atexit
import gc
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def greet(self, who):
        return f"{self.name} greets {who}"

    def __repr__(self):
        return f"Thing({self.name})"


t = Thing("t")
wm = weakref.WeakMethod(t.greet)
print(wm()("you"), wm() == t.greet, wm == weakref.WeakMethod(t.greet), isinstance(wm, weakref.ref))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
events = []
wm2 = weakref.WeakMethod(t.greet, lambda r: events.append(("method died", r is wm2)))
del t
gc.collect()
print(wm(), wm2(), events, wm == wm2)


def report(*args, **kwargs):
    print("finalizer", args, sorted(kwargs.items()))
    return "result"


a = Thing("a")
f = weakref.finalize(a, report, 1, 2, key="v")
print(f.alive, f.atexit, f.peek()[0], f.peek()[2:])
del a
gc.collect()
print(f.alive, f(), f.peek(), f.detach())

b = Thing("b")
fb = weakref.finalize(b, report, "b called")
print(fb(), fb.alive, fb())
c = Thing("c")
fc = weakref.finalize(c, report, "never")
obj, func, args, kwargs = fc.detach()
print(obj, func is report, args, kwargs, fc.alive)
del obj, c
gc.collect()

keep1 = Thing("keep1")
keep2 = Thing("keep2")
keep3 = Thing("keep3")
weakref.finalize(keep1, print, "exit finalizer 1")
weakref.finalize(keep2, print, "exit finalizer 2")
silent = weakref.finalize(keep3, print, "not at exit")
silent.atexit = False
print(silent.atexit)


def goodbye(name, punctuation="!"):
    print("goodbye", name + punctuation)


atexit.register(goodbye, "world", punctuation=".")
atexit.register(goodbye, "twice")
atexit.register(print, "unregistered")
atexit.unregister(print)
print(atexit.register(goodbye, "last") is goodbye)
try:
    atexit.register(5)
except TypeError as e:
    print("TypeError:", e)
print("main ends")
