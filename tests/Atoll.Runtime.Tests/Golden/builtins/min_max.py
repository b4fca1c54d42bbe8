# min() and max(): iterables, several args, key, default, ties.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max("hello"), min((1.5, 1, True)))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max([("a", 2), ("b", 2), ("c", 1)], key=lambda p: p[1]))
print(min([("a", 2), ("b", 1), ("c", 1)], key=lambda p: p[1]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(max("apple", "banana", key=lambda s: s[-1]))
for args in ((), ([],)):
    try:
        max(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min([1, "x"])
except TypeError as e:
    print(type(e).__name__, e)
print(max({3: "a", 7: "b"}), min(range(10, 0, -2)), max(iter([2, 9, 4])))
print(max([[1, 2], [1, 3], [0, 9]]))
