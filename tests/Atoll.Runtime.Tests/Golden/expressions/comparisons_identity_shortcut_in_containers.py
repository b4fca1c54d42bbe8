# Container comparisons and membership use identity before __eq__ (x is y implies x == y for containers).
class Never:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  __eq__({self.name}, {getattr(other, 'name', other)})")
        return False
    __hash__ = object.__hash__
a = Never("a")
print(a == a)
print([a] == [a])
print(a in [a])
print(a in [Never("b"), a])
print([a].count(a), [a].index(a), (a,) == (a,))
print(a in {a}, a in {a: 1})
b = Never("b")
print([a] == [b])
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan], {nan: 1}[nan], [nan].count(nan))
class Loud:
    def __eq__(self, other):
        print("  Loud.__eq__ with", type(other).__name__)
        return True
    __hash__ = object.__hash__
print(1 in [Loud()])
print([1, 2] == [1, 3], [Loud(), 2] == [0, 2])
