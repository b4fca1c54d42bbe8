# range and slice objects.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 8 in r, 9 in r, r.index(11), r.count(5))
print(range(5), range(0, 5), range(0, 5, 1), range(10, 0, -1), list(range(10, 0, -3)), list(range(0)))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
big = range(10 ** 20)
print(len(big) if False else "big", big[-1], 10 ** 19 in big, big[10 ** 19])
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(3)[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
print(r.start, r.stop, r.step)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100).indices(3))
print("abcdefgh"[s], [0, 1, 2, 3, 4, 5][slice(None, None, 2)], "abc"[slice(-1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    "abc"[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(list(range(-5, 5, 4)), list(range(5, -5, -4)), range(-3))
