# Default comparison behaviour: == falls back to identity, != inverts __eq__, ordering raises TypeError.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  __eq__ called")
        return self.v == other.v
print(OnlyEq(1) != OnlyEq(1))
print(OnlyEq(1) != OnlyEq(2))
class EqReturnsNotImplemented:
    def __eq__(self, other):
        return NotImplemented
x = EqReturnsNotImplemented()
print(x == x, x == EqReturnsNotImplemented(), x != x)
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == 1)
class LtOnly:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
print(LtOnly(1) < LtOnly(2), LtOnly(1) > LtOnly(2), LtOnly(3) > LtOnly(2))
try:
    LtOnly(1) <= LtOnly(2)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([LtOnly(3), LtOnly(1), LtOnly(2)], key=lambda o: o.v)[0].v, min(LtOnly(3), LtOnly(1)).v)
