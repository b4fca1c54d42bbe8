# copy.copy and copy.deepcopy: atomic objects, containers, shared and recursive structures (the memo), __copy__,
# __deepcopy__, the reduce protocol (state, slots, __setstate__, list and dict subclasses), copyreg, replace().
import copy
import copyreg

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e).split(" at 0x")[0])

for v in [None, 1, 2.5, 1j, "s", b"b", (1, 2), frozenset({1}), range(3), len, int, copy.copy]:
    print(repr(v).split(" at 0x")[0], copy.copy(v) is v, copy.deepcopy(v) is v)

inner = [1, 2]
outer = [inner, inner, {"k": inner}, (inner,)]
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
print(shallow == outer, shallow is outer, shallow[0] is inner)
print(deep == outer, deep[0] is inner, deep[0] is deep[1], deep[2]["k"] is deep[0], deep[3][0] is deep[0])
t = (1, "a", (2, 3))
print(copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]), copy.deepcopy((1, [2]))[1] is not None)
rec = [1]
rec.append(rec)
r = copy.deepcopy(rec)
print(r[1] is r, r is not rec)
d = {}
d["me"] = d
print(copy.deepcopy(d)["me"] is not d)
c = []
tc = (c,)
c.append(tc)
ct = copy.deepcopy(tc)
print(ct[0][0] is ct, ct is not tc)
for v in [[1, [2]], {"a": [1]}, {1, 2}, bytearray(b"x")]:
    s = copy.copy(v)
    print(type(s).__name__, s == v, s is v)

class Plain:
    def __init__(self):
        self.items = [1, 2]
        self.name = "p"

p = Plain()
ps = copy.copy(p)
pd = copy.deepcopy(p)
print(type(ps).__name__, ps.items is p.items, pd.items is p.items, pd.items == p.items, vars(pd))

class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]

s = copy.deepcopy(Slots())
print(s.a, hasattr(s, "b"))

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called with", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) * 2)

print(copy.copy(Custom(1)).v, copy.deepcopy(Custom([3])).v)

class State:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        print("__getstate__")
        return {"v": self.v, "extra": True}
    def __setstate__(self, state):
        print("__setstate__", sorted(state))
        self.__dict__.update(state)

print(vars(copy.copy(State())), vars(copy.deepcopy(State())))

class L(list):
    pass

class D(dict):
    pass

l = L([[1], 2])
l.tag = "t"
lc = copy.copy(l)
ld = copy.deepcopy(l)
print(type(lc).__name__, lc, lc.tag, lc[0] is l[0], ld[0] is l[0], ld == l)
dd = copy.deepcopy(D(a=[1]))
print(type(dd).__name__, dd)

class ByName:
    def __reduce__(self):
        return "singleton"

singleton = ByName()
print(copy.copy(singleton) is singleton, copy.deepcopy(singleton) is singleton)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

copyreg.pickle(Point, lambda p: (Point, (p.x * 10, p.y)))
print(vars(copy.copy(Point(1, 2))), vars(copy.deepcopy(Point(1, [2]))))
del copyreg.dispatch_table[Point]

memo = {}
a = [1]
b = copy.deepcopy([a, a], memo)
print(b[0] is b[1], memo[id(a)] is b[0], len(memo))

def gen():
    yield 1

g = gen()
attempt(lambda: copy.copy(g))
attempt(lambda: copy.deepcopy(g))
next(g, None)

class Replaceable:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __replace__(self, **changes):
        return Replaceable(changes.get("x", self.x), changes.get("y", self.y))

r = copy.replace(Replaceable(1, 2), y=5)
print(r.x, r.y)
attempt(lambda: copy.replace(Plain(), x=1))
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
