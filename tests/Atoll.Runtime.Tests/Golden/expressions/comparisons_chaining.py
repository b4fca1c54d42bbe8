# Comparison chaining: a < b < c evaluates b once and short-circuits.
def v(x):
    print(f"eval {x}")
    return x
print(v(1) < v(2) < v(3))
print(v(1) < v(3) < v(2))
print(v(3) < v(1) < v(2))
print(v(1) == v(1) != v(2))
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, x == 5 == 5.0, 1 < 2 > 1 < 2, 3 > 2 > 1 > 0, 1 < 2 < 2)
NONE = None
print(1 < 3 > 2 == 2 != 3 != NONE)
print((1 < 2) < 3, 1 < (2 < 3), 1 == 1 in [True], (1 == 1) in [True])
print(1 in [1] in [[1]], [] is not [] is not None)
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"{self.n} < {other.n}")
        return "truthy" if self.n < other.n else ""
print(repr(Loud(1) < Loud(2) < Loud(3)))
print(repr(Loud(1) < Loud(0) < Loud(3)))
a = [0]
print(a < [1] < [2], a < [1] > [0])
