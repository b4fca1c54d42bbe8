# Reflected operands: __radd__ and friends, subclass priority, NotImplemented chains.
class R:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
def make(name):
    def op(self, other):
        return f"{self!r}.__{name}__({other!r})"
    return op
for dunder in ("radd", "rsub", "rmul", "rmatmul", "rtruediv", "rfloordiv", "rmod", "rdivmod", "rpow",
               "rlshift", "rrshift", "rand", "rxor", "ror"):
    setattr(R, f"__{dunder}__", make(dunder))
r = R("r")
print(1 + r, 1 - r, 1 * r, 1 @ r, 1 / r, 1 // r, 1 % r, divmod(1, r), 1 ** r, 1 << r, 1 >> r, 1 & r, 1 ^ r, 1 | r, sep="\n")
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__ (subclass goes first)"
print(Base() + Derived())
print(Derived() + Base())
class Same(Base):
    pass
print(Base() + Same())
class Refuses:
    def __add__(self, other):
        print("Refuses.__add__ -> NotImplemented")
        return NotImplemented
    def __radd__(self, other):
        print("Refuses.__radd__ -> NotImplemented")
        return NotImplemented
class Accepts:
    def __radd__(self, other):
        return "Accepts.__radd__"
print(Refuses() + Accepts())
try:
    Refuses() + Refuses()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + Refuses()
except TypeError as e:
    print(type(e).__name__, e)
class SameOnlyRadd:
    def __radd__(self, other):
        return "radd on same type"
try:
    SameOnlyRadd() + SameOnlyRadd()
except TypeError as e:
    print(type(e).__name__, e)
print(3 * [1], [1] * 3, 2 * "ab", (1,) * 2)
