# __slots__: no __dict__, restricted attributes, inheritance, class-level conflicts.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), type(P.__dict__["x"]).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    pass
q = Q(1)
q.z = 5
print(q.z, hasattr(q, "__dict__"), vars(q))
class R(P):
    __slots__ = ("w",)
r = R(1)
r.w = 2
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, vars(w))
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)
class StrSlot:
    __slots__ = "only"
s = StrSlot()
s.only = "single string slot"
print(s.only, StrSlot.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print(type(e).__name__, e)
