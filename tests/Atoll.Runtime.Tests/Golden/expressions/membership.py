# Membership tests: in / not in on builtin containers and custom classes.
print(1 in [1, 2], 3 in (1, 2), 3 not in [1, 2], "b" in "abc", "" in "", "ab" in "xaby", "ba" in "abc")
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {1: "v"}.values() if False else "v" in {1: "v"}.values(), (1, "v") in {1: "v"}.items())
print(2 in {1, 2}, 2 in frozenset({2}), 5 in range(0, 10, 5), 6 in range(0, 10, 5), 10 in range(10), -1 in range(-5, 0))
print(b"a" in b"abc", 97 in b"abc", b"" in b"x", [1] in [[1], [2]], (1,) in [(1,), 2])
print(1.0 in [1], True in [1], 1 in [True], None in [0, False, ""], float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan], nan in {nan}, nan in (nan,))
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in {1, 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    for i in range(5):
        print("produce", i)
        yield i
g = gen()
print(2 in g)
print(next(g))
print(10 in g)
class Everything:
    def __contains__(self, item):
        return True
print(object in Everything(), None not in Everything())
