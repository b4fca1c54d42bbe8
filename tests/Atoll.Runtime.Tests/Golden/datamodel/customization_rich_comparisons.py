# Rich comparisons, reflection and NotImplemented.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"V({self.v}).__eq__", type(other).__name__)
        if isinstance(other, V):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        print(f"V({self.v}).__lt__")
        if isinstance(other, V):
            return self.v < other.v
        return NotImplemented
    def __gt__(self, other):
        print(f"V({self.v}).__gt__")
        if isinstance(other, V):
            return self.v > other.v
        return NotImplemented
print(V(1) == V(1))
print(V(1) != V(2))
print(V(1) < V(2))
print(V(1) > V(2))
print(V(1) == 5)
print(5 == V(1))
print(V(1) != "x")
try:
    V(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) <= V(2)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(V):
    def __lt__(self, other):
        print("Sub.__lt__")
        return "sub-lt"
    def __gt__(self, other):
        print("Sub.__gt__")
        return "sub-gt"
print(V(1) < Sub(2))
print(Sub(1) > V(2))
class Weird:
    def __eq__(self, other):
        return "truthy string"
print(Weird() == 1, Weird() != 1, [Weird()] == [Weird()])
class NoEq:
    pass
a = NoEq()
print(a == a, a != a, a == NoEq(), a is a)
print([a] == [a], (a,) == (a,))
class AlwaysFalse:
    def __eq__(self, other):
        return False
x = AlwaysFalse()
print(x == x, [x] == [x], x in [x], [x].count(x), [x].index(x))
