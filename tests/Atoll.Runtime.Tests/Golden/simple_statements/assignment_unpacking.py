# Iterable unpacking in assignment, with and without a starred target, and its errors.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = (1,)
print(head, rest)
a, *b, c, d = 1, 2, 3, 4, 5, 6
print(a, b, c, d)
(a, b), *c = [1, 2], 3, 4
print(a, b, c)
k1, k2 = {"key1": 1, "key2": 2}
print(k1, k2)
g1, g2 = (i * i for i in range(2))
print(g1, g2)
[*everything] = "abc"
print(everything)
for bad in ("a, b = 1, 2, 3", "a, b = [1]", "a, b, *c = [1]", "a, b = 5", "a, *b = None", "a, b = 'abc'"):
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
def infinite():
    n = 0
    while True:
        n += 1
        yield n
try:
    a, b = infinite()
except ValueError as e:
    print(type(e).__name__, e)
