# hash() of ints, bools, floats and tuples of them; unhashable types.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100))
print(hash(-(2 ** 61)), hash(10 ** 30))
print(hash(1.0) == hash(1), hash(2.5), hash(-0.0), hash(True), hash(None) == hash(None))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(tuple()))
print(hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
class Default:
    pass
a = Default()
print(hash(a) == hash(a), isinstance(hash(a), int))
class Custom:
    def __hash__(self):
        return 2 ** 100
print(hash(Custom()) == hash(2 ** 100))
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()))
class NotInt:
    def __hash__(self):
        return "x"
try:
    hash(NotInt())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(3) == (3).__hash__(), hash((1, 2)) == (1, 2).__hash__())
print({(1, 2): "a", (1, 2): "b"}, {1: "x", 1.0: "y"})
