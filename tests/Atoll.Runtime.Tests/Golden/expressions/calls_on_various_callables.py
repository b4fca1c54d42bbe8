# Calling functions, methods, classes, instances with __call__, builtins, and bound builtin methods.
def fn(x):
    return ("function", x)
class K:
    def __init__(self, x=None):
        self.x = x
    def m(self, y):
        return ("method", self.x, y)
    @classmethod
    def c(cls, y):
        return ("classmethod", cls.__name__, y)
    @staticmethod
    def s(y):
        return ("staticmethod", y)
    def __call__(self, z):
        return ("instance call", z)
k = K("kx")
callables = [fn, k.m, K.c, k.c, K.s, k.s, k, K, len, "abc".upper, [].append, dict.fromkeys, int.from_bytes]
args = [(1,), (2,), (3,), (4,), (5,), (6,), (7,), (8,), ("len",), (), (9,), ("ab",), (b"\x01", "big")]
for c, a in zip(callables, args):
    r = c(*a)
    print(type(c).__name__, "->", r if not isinstance(r, K) else f"K instance with x={r.x}")
print(K.m(k, "explicit self"), (lambda *a: a)(*range(3)), (fn)(0), [fn][0]("from list"))
getter = getattr(k, "m")
print(getter("via getattr"), type(getter).__name__)
