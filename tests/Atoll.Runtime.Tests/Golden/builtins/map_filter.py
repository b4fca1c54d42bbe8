# map() and filter(): laziness, several iterables, None predicate.
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
calls = []
def noisy(x):
    calls.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b22c3")))
f = filter(None, [])
print(type(f).__name__, list(f))
try:
    map(1, [1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(1, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(str)
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(len, ["", "ab", "abc"])), list(map(int, "123")))
