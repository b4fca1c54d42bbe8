# Every construct that binds a name.
import sys as system
from sys import maxsize as biggest
a = 1
b, (c, d) = 2, (3, 4)
[e, *f] = [5, 6, 7]
for g in range(1):
    pass
class CM:
    closed = False
    def __enter__(self):
        return self
    def __exit__(self, *a):
        self.closed = True
with CM() as h:
    pass
def i():
    pass
class J:
    pass
try:
    raise ValueError
except ValueError as k:
    kept = k
if (l := 12):
    pass
m = n = 13
o: int = 14
p: int
print(system.__name__, biggest > 0, a, b, c, d, e, f, g, h.closed, i.__name__, J.__name__, type(kept).__name__, l, m, n, o)
print("p" in globals(), "p" in __annotations__, "k" in globals())
del a
print("a" in globals())
def bind_in_function(arg, *args, kw=1, **kws):
    import sys
    for loop_var in [1]:
        pass
    [comp_var for comp_var in [1]]
    return sorted(locals())
print(bind_in_function(0))
match (1, 2):
    case (q, r):
        pass
print(q, r)
def target_binding():
    x = 1
    def inner():
        return x
    x = 2
    return inner()
print(target_binding())
