# Iterating over builtin containers and iterator types; iterators are exhausted once.
for container in ("ab", b"ab", [1, 2], (1, 2), {1, 2}, {"k": 1}, range(2), bytearray(b"ab"), frozenset([3])):
    it = iter(container)
    first = list(it)
    second = list(it)
    print(type(container).__name__, first, second)
e = enumerate("xy")
z = zip("ab", "cd")
m = map(str.upper, "ab")
f = filter(None, [0, 1])
r = reversed([1, 2])
for name, it in (("enumerate", e), ("zip", z), ("map", m), ("filter", f), ("reversed", r)):
    print(name, iter(it) is it, list(it), list(it))
s = iter("abc")
print(next(s), list(s))
d = {"a": 1}
print(list(iter(d.items())), list(iter(d.values())))
