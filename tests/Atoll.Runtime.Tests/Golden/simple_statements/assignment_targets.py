# Assignment to names, attributes, subscriptions, slices, and nested target lists.
a = 1
b = c = [0, 0, 0]
print(a, b, c, b is c)
class Obj:
    pass
o = Obj()
o.x = "attr"
o.inner = Obj()
o.inner.y = "nested attr"
print(o.x, o.inner.y)
d = {}
d["k"] = "v"
d[1, 2] = "tuple key"
d[(3, 4)] = "same as tuple"
print(d)
lst = [0, 1, 2, 3, 4, 5]
lst[0] = "first"
lst[-1] = "last"
print(lst)
lst[1:3] = ["x", "y", "z"]
print(lst)
lst[::2] = [10, 20, 30, 40]
print(lst)
lst[2:2] = ["inserted"]
print(lst)
lst[:] = "ab"
print(lst)
(p, q), [r, s] = "pq", ("r", "s")
print(p, q, r, s)
[t] = ["single in list"]
(u,) = ("single in tuple",)
print(t, u)
o.a, d["z"], lst[0] = 1, 2, 3
print(o.a, d["z"], lst)
i = 0
items = [10, 20, 30]
i, items[i] = 2, "changed"
print(i, items)
x = y = z = "chained"
print(x, y, z)
for o.loop_attr in range(2):
    pass
print(o.loop_attr)
for d["loop_key"], _ in [(1, 2)]:
    pass
print(d["loop_key"])
try:
    lst[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
