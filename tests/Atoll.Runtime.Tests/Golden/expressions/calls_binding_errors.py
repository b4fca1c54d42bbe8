# Argument binding: the order in which CPython reports binding errors, and how the callee is named.
def f(a, b=1, /, c=2, *, d):
    return a, b, c, d
def g(a, b=1):
    return a, b
tests = [
    lambda: g(1, 2, 3, b=4),
    lambda: g(1, 2, 3, z=4),
    lambda: f(1, a=2, d=3),
    lambda: f(1, 2, 3, a=1, b=2, zz=3, d=4),
    lambda: f(1, 2, 3, 4, d=5),
    lambda: f(1),
    lambda: g(),
    lambda: g(b=2),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
class C:
    def method(self, x):
        return x
    def __call__(self, *a):
        return a
    def __repr__(self):
        return "<C instance>"
def show(*a, **k):
    return a, k
for callee in (C().method, C.method, C(), show, len, [].append, C, int, print):
    try:
        callee(*5)
    except TypeError as e:
        print("TypeError", e)
    try:
        callee(**[])
    except TypeError as e:
        print("TypeError", e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
try:
    show(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class Sub(Base, flag=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    object.__init_subclass__.__func__ if False else Base.__init_subclass__.__self__.__mro__[1].__init_subclass__(1)
except TypeError as e:
    print("TypeError", e)
