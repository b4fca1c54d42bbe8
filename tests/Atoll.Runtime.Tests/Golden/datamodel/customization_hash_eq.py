# __hash__ and __eq__: defining __eq__ makes a class unhashable unless __hash__ is given.
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Both) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
print(len({Both(1), Both(1), Both(2)}), Both(3) in {Both(3)}, {Both(1): "x"}[Both(1)])
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(type(e).__name__, e)
class InheritHash(Both):
    pass
print(hash(InheritHash(5)) == hash(5))
class EqInSub(Both):
    def __eq__(self, other):
        return True
print(EqInSub.__hash__)
class KeepHash(Both):
    def __eq__(self, other):
        return True
    __hash__ = Both.__hash__
print(hash(KeepHash(7)) == hash(7))
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p in {p}, Plain() in {p})
class HashCounter:
    calls = 0
    def __hash__(self):
        HashCounter.calls += 1
        return 1
h = HashCounter()
s = {h}
h in s
d = {h: 1}
print(HashCounter.calls)
class Collide:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 0
    def __eq__(self, other):
        return self.n == other.n
    def __repr__(self):
        return f"Collide({self.n})"
print({Collide(1): "a", Collide(2): "b", Collide(1): "c"})
