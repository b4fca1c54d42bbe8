# weakref.proxy: attributes, operators and protocols forwarded to the referent; ReferenceError once it is gone.
import gc
import weakref


class Number:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Number(self.v + (other.v if isinstance(other, Number) else other))

    def __radd__(self, other):
        return Number(other + self.v)

    def __mul__(self, other):
        return Number(self.v * other)

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Number) else other)

    def __eq__(self, other):
        return isinstance(other, Number) and self.v == other.v

    __hash__ = object.__hash__

    def __neg__(self):
        return Number(-self.v)

    def __index__(self):
        return self.v

    def __iter__(self):
        return iter(range(self.v))

    def __str__(self):
        return f"Number {self.v}"

    def __bool__(self):
        return self.v != 0

    def __call__(self, x):
        return x * self.v


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


n = Number(3)
p = weakref.proxy(n)
print(type(p) is weakref.CallableProxyType, p is weakref.proxy(n), weakref.proxy(n, print) is not p)
print(p.v, (p + 1).v, (1 + p).v, (p + p).v, (p * 2).v, (-p).v, p < 5, p < p, p == n, bool(p), str(p))
print([10, 20, 30, 40][p], list(p), p(5), p.__class__.__name__, isinstance(p, Number))
p.v = 4
print(n.v, hasattr(p, "w"))
p.w = 1
del p.w
gc.collect()  # the proxy with a callback above is garbage
print(hasattr(n, "w"), weakref.getweakrefcount(n))
print(repr(p).startswith("<weakproxy at 0x"), "; to 'Number' at 0x" in repr(p))
attempt("hash", lambda: hash(p))
attempt("next", lambda: next(p))
attempt("ref to proxy", lambda: weakref.ref(p))


class Box:
    pass


box = Box()
bp = weakref.proxy(box)
print(type(bp) is weakref.ProxyType, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
attempt("call", lambda: bp())
attempt("len", lambda: len(bp))
attempt("missing", lambda: bp.nothing)


class Seq(list):
    pass


s = Seq([3, 1, 2])
sp = weakref.proxy(s)
sp.sort()
sp[0] = 9
del sp[1]
sp += [7]
print(s, len(sp), 9 in sp, sp[0], list(reversed(sp)), sp + [5], [5] + sp, type(sp) is Seq)

attempt("new ProxyType", lambda: weakref.ProxyType(box))
attempt("new CallableProxyType", lambda: weakref.CallableProxyType(box))
attempt("proxy no args", lambda: weakref.proxy())

seen = []
dead = Box()
dp = weakref.proxy(dead, lambda pr: seen.append(type(pr).__name__))
del dead
gc.collect()
print(seen, repr(dp).endswith("; dead>"))
for label, f in (("attr", lambda: dp.x), ("str", lambda: str(dp)), ("bool", lambda: bool(dp)), ("add", lambda: dp + 1),
                 ("eq", lambda: dp == 1), ("len", lambda: len(dp)), ("setattr", lambda: setattr(dp, "a", 1)),
                 ("hash", lambda: hash(dp))):
    attempt(label, f)
