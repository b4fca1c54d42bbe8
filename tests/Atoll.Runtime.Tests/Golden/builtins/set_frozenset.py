# set and frozenset operations (small ints only, so order is deterministic).
s = {3, 1, 2}
print(s, len(s), 1 in s, 5 not in s)
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(s)
print({1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2, 3}, {1, 2} ^ {2, 3})
print({1, 2}.union([5]), {1, 2}.intersection({2}, {2, 9}), {1, 2, 3}.difference([1], [2]))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}), {1, 2}.issubset([1, 2]))
print(set(), set([1, 1, 2]), set(range(4)), frozenset(), frozenset([2, 1]))
f = frozenset({1, 2})
print(f | {3}, type(f | {3}).__name__, type({3} | f).__name__, f == {1, 2}, hash(f) == hash(frozenset([2, 1])))
print({f: "frozen key"})
t = {5, 6}
t |= {7}
t &= {6, 7, 8}
t -= {8}
print(t, t.pop() in (6, 7))
u = {1, 2, 3}
u.update([4], (5,))
u.difference_update({1})
u.intersection_update(range(2, 10))
u.symmetric_difference_update({2, 7})
print(u)
u.clear()
print(u, repr(set()), repr(frozenset()))
try:
    {1}.remove(2)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
print({x % 3 for x in range(10)}, {True, 1, 1.0}, sorted({-1, -5, 3}))
