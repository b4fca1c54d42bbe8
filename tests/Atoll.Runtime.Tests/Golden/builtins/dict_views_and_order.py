# dict views are live; ordering follows insertion; deleting and re-inserting moves a key to the end.
d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
d["d"] = 4
del d["a"]
print(list(keys), list(values), list(items), len(keys))
d["a"] = 5
print(list(d))
d["b"] = 20
print(list(d), d)
print("b" in keys, 20 in values, ("b", 20) in items, ("b", 2) in items)
print(keys == {"b", "c", "d", "a"}, keys & {"a", "z"}, sorted(keys ^ {"a", "z"}), isinstance(keys, type({}.keys())))
print(list(reversed(d.items())), list(reversed(d.values())))
it = iter(d)
print(next(it))
print(dict(zip(["x", "y"], [1, 2])), dict([(1, "one")], two=2) if False else dict([(1, "one")]))
print({**d, "a": 0} == {"b": 20, "c": 3, "d": 4, "a": 0})
m = {1: "a"}
m.update(b=2)
print(m, m.get(1), m.pop(1), m)
