# sum() with start; enumerate() with start.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([1.5, 2, True]), sum(x * x for x in range(4)), sum([1, 2], start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(sum([2 ** 64, 2 ** 64]))
print(list(enumerate("abc")))
print(list(enumerate("abc", 1)), list(enumerate("abc", start=-2)))
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), next(e), next(e, "end"))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(dict(enumerate("hi")))
print(list(enumerate([], 5)))
print(list(enumerate(range(3), 2 ** 64)))
