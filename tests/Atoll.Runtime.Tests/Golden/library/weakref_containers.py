# WeakValueDictionary, WeakKeyDictionary and WeakSet: entries go away with their objects.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Obj({self.n})"


def by_n(o):
    return o.n


objs = [Obj(i) for i in range(6)]

values = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs[:3])}, extra=objs[3])
print(len(values), sorted(values, key=str), values[1], values.get("extra"), "extra" in values, 9 in values)
values[4] = objs[4]
print(sorted(values.items(), key=lambda kv: str(kv[0])))
print(values.setdefault(4, objs[5]), values.setdefault(5, objs[5]), values.pop(5), values.pop(5, "gone"))
try:
    values.pop(5)
except KeyError as e:
    print("KeyError", e)
print(len(values.valuerefs()), sorted(v.n for v in values.values()))
copy = values.copy()
print(type(copy).__name__, len(copy), copy == values, dict(copy.items()) == dict(values.items()))

keys = weakref.WeakKeyDictionary()
for o in objs:
    keys[o] = o.n * 10
print(len(keys), keys[objs[2]], objs[2] in keys, 7 in keys, sorted(keys.values()))
print(keys.setdefault(objs[0], -1), keys.pop(objs[5]), keys.get(objs[5], "none"), len(keys.keyrefs()))

items = weakref.WeakSet(objs[:4])
items.add(objs[0])
other = weakref.WeakSet(objs[2:5])
print(len(items), objs[1] in items, 3 in items, sorted(items, key=by_n))
print(sorted(items | other, key=by_n), sorted(items & other, key=by_n), sorted(items - other, key=by_n),
      sorted(items ^ other, key=by_n))
print(items <= weakref.WeakSet(objs), items >= other, items == weakref.WeakSet(objs[:4]), items.isdisjoint(other))
items.discard(objs[3])
items.remove(objs[2])
try:
    items.remove(objs[2])
except KeyError:
    print("KeyError on remove")

# Drop objects 1 and 2 (and the loop variable): their entries disappear everywhere.
del o
victims = [objs.pop(2), objs.pop(1)]
del victims
gc.collect()
print(sorted(values, key=str), sorted(keys.values()), sorted(items, key=by_n), len(values), len(keys), len(items))
print(values.get(1), values.get(2, "default"), 1 in values)
for k, v in values.items():
    assert v is not None
print(sorted(values.keys(), key=str))

# A key given a new value keeps it after the old value dies.
old, new = Obj(100), Obj(200)
values["k"] = old
values["k"] = new
del old
gc.collect()
print(values["k"])
values.clear()
keys.clear()
items.clear()
print(len(values), len(keys), len(items))
print(repr(values).startswith("<WeakValueDictionary at 0x"), repr(keys).startswith("<WeakKeyDictionary at 0x"))
print(weakref.WeakValueDictionary[int, str])
