# weakref.ref: calling, reuse of the basic reference, callbacks (newest first), __callback__, hash, equality, repr.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


a = Node("a")
r = weakref.ref(a)
print(r() is a, r is weakref.ref(a), r is weakref.ref(a, None))
print(type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType, type(r).__name__, type(r).__module__)
print(r.__callback__, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r], a.__weakref__ is r)

events = []
cbs = [weakref.ref(a, lambda w, i=i: events.append((i, w() is None))) for i in range(3)]
print(weakref.getweakrefcount(a), [x is r for x in weakref.getweakrefs(a)])
print(cbs[0] is not weakref.ref(a, cbs[0].__callback__), callable(cbs[1].__callback__))

text = repr(r)
print(text.startswith("<weakref at 0x"), "; to 'Node' at 0x" in text, text.endswith(">"))
def some_function():
    pass
print(repr(weakref.ref(some_function)).endswith("(some_function)>"))
print(repr(weakref.ref(Node)).endswith("(Node)>"))

b = Node("b")
rb1 = weakref.ref(b)
rb2 = weakref.ref(b, lambda w: None)
print(rb1 == rb2, rb1 != rb2, rb1 == r, hash(rb1) == hash(rb2))
attempt("lt", lambda: rb1 < rb2)
attempt("eq other", lambda: rb1 == 5)

h = Node("h")
h.__class__.__hash__ = lambda self: 42
rh = weakref.ref(h)
print(hash(rh))
del Node.__hash__

dead = Node("dead")
rd1 = weakref.ref(dead)
rd2 = weakref.ref(dead, lambda w: None)
del dead, a
gc.collect()
print(sorted(events), "callbacks newest first:", [i for i, _ in events])
print(r(), rd1(), rd1 == rd2, rd1 == rd1, rd1 != rd2)
print(repr(r).endswith("; dead>"), repr(r).startswith("<weakref at 0x"))
attempt("hash dead", lambda: hash(rd1))
print(cbs[0].__callback__, r.__callback__)
del b
gc.collect()
print(hash(rh) == 42)

attempt("no args", lambda: weakref.ref())
attempt("three args", lambda: weakref.ref(1, 2, 3))
attempt("keyword", lambda: weakref.ref(Node("k"), callback=None))
attempt("ref to ref", lambda: weakref.ref(rh))
attempt("call with arg", lambda: rh(1))
attempt("int", lambda: weakref.ref(1))
attempt("getweakrefcount int", lambda: weakref.getweakrefcount(1))
attempt("getweakrefs int", lambda: weakref.getweakrefs(1))
print(weakref.ref[int])
