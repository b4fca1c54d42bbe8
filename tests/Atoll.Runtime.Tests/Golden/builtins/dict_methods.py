# Common dict methods; insertion order.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", "default"), d)
print(d.setdefault("b", 0), d.setdefault("n", []), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
del d["n"]
print(d)
print(dict(), dict(a=1), dict([("k", "v")]), dict({1: 2}, x=3), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
e = {1: "a"} | {2: "b", 1: "c"}
print(e)
e |= {3: "d"}
print(e)
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 1} != {1: 2})
k = d.keys()
d["new"] = 0
print(k, len(k), "new" in k)
print(d.keys() & {"x", "q"}, sorted(d.keys() | {"q"}), sorted(d.keys() - {"x", "y", "z"}))
print(list(reversed({1: 1, 2: 2, 3: 3})), {1: 1, 2: 2}.copy())
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e.args[0]))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        d["another"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print({1: 1, 1.0: 2, True: 3})
print(repr({"a": [1, {"b": None}]}), {(1, 2): "t"})
r = {}
r["self"] = r
print(r)
