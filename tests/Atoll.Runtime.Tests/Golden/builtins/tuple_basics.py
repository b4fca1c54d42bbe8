# Tuples: construction, indexing, methods, immutability.
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(3))
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(1, 2 == (1, 2), (1, 2) == (1, 2), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) + (3,), (0,) * 3)
a, b, *c = t
print(a, b, c)
print(repr((1,)), repr(()), str((None, "s")))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
m = ([1], 2)
m[0].append(3)
print(m)
try:
    m[0] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(m)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__, e)
print(tuple(x * 2 for x in range(3)), 3 in t, (1, 2) in [(1, 2)])
t2 = t
t2 += (9,)
print(t, t2, t is t2)
