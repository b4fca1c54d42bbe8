# Subclasses of weakref.ref with their own attributes; exceptions raised by callbacks are reported, not raised.
import gc
import sys
import weakref


class Item:
    pass


class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag="none"):
        super().__init__(ob, callback)
        self.tag = tag


class Keyed(weakref.ref):
    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


x = Item()
t = Tagged(x, tag="first")
u = Tagged(x, None, tag="second")
k = Keyed(x, None, "the key")
print(type(t).__name__, t.tag, u.tag, k.key, t() is x, k() is x, t is not u, t == u, t == k)
print(Tagged.__mro__[1] is weakref.ref, isinstance(t, weakref.ref), hash(t) == hash(k))
print(weakref.getweakrefcount(x), weakref.ref(x) is not t, weakref.ref(t) is not None)
try:
    Tagged(x, None, "third")
except TypeError as e:
    print("TypeError:", e)


class Boom:
    def __repr__(self):
        return "<Boom callback>"

    def __call__(self, wr):
        print("callback runs, referent gone:", wr() is None)
        raise ValueError("callback failed")


seen = []
y = Item()
keep = [weakref.ref(y, Boom()), weakref.ref(y, lambda w: seen.append("second callback still runs"))]
del y
gc.collect()
sys.stderr.flush()
print(seen)


class Slotted:
    __slots__ = ("v",)


class SlottedWeak:
    __slots__ = ("v", "__weakref__")


for kind in (Slotted, SlottedWeak):
    try:
        weakref.ref(kind())
        print(kind.__name__, "ok")
    except TypeError as e:
        print(kind.__name__, "TypeError:", e)
print(hasattr(Slotted(), "__weakref__"), SlottedWeak().__weakref__)

for source in ("class A(int):\n    __slots__ = ('__weakref__',)",
               "class A(tuple):\n    __slots__ = ('__weakref__',)",
               "class A(Item):\n    __slots__ = ('__weakref__',)",
               "class A:\n    __slots__ = ('__weakref__', '__weakref__')",
               "class A(int):\n    __slots__ = ()"):
    try:
        exec(source)
        print("defined")
    except TypeError as e:
        print("TypeError:", e)
