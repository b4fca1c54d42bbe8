# repr of nested and recursive containers, strings with quotes and escapes inside containers.
print([1, "a", 'b"c', "d'e", "f'g\"h", "\n", "\\", "é", "\x00", "\u200b"])
print(("tuple", ("nested",)), {"k": ["v", {"deep": (1,)}]}, {1, 2}, frozenset([1]))
a = [1]
a.append(a)
print(a)
d = {}
d["self"] = d
d["list"] = [d]
print(d)
t = ([],)
t[0].append(t)
print(t)
print([None, True, False, ..., NotImplemented, 1.0, -0.0, 1e100, 2 ** 70, 3j])
print(repr(""), repr("'"), repr('"'), repr("'\""), repr(b"'"), repr(b'"'), repr(b"'\""))
print(str([1.0, "x"]), str(("x",)), str({"x": "y"}))
print([[]] * 3, [[1, 2]] * 2, [()] * 2, [range(2)], [slice(1, 2)], [type], [len])
