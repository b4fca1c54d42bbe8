# The standard type hierarchy: sequences (immutable/mutable), sets, mappings.
for v in ("s", (1,), b"b", [1], bytearray(b"x"), range(2), {1}, frozenset({1}), {1: 2}):
    mutable = hasattr(v, "__setitem__") or hasattr(v, "add")
    hashable = type(v).__hash__ is not None
    print(type(v).__name__, "mutable" if mutable else "immutable", "hashable" if hashable else "unhashable", len(v))
s = "abc"
print(s[0], type(s[0]).__name__, s[0][0][0], len(s[0]))
b = b"abc"
print(b[0], type(b[0]).__name__, b[0:1])
print(hasattr([], "__len__"), hasattr((), "__getitem__"), hasattr({}, "keys"), hasattr(set(), "__getitem__"))
print(list.__hash__, dict.__hash__, set.__hash__, tuple.__hash__ is not None)
d = {}
d[1] = "a"
d[1.0] = "b"
d[(1, 2)] = "c"
print(d)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
